package batch

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress tells how a campaign goes: on a terminal a progress bar, with a
// line above it for each repository that failed; elsewhere (CI logs) a
// plain line per repository. Every line also goes to batch.log in the
// campaign's folder, with the time.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	bar   *progressbar.ProgressBar
	log   *os.File
	total int
	n     int
}

func newProgress(w io.Writer, terminal bool, total int, logPath string) *progress {
	p := &progress{w: w, total: total}
	if f, err := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644); err == nil {
		p.log = f
	} else {
		fmt.Fprintln(w, "kobolint: batch.log:", err)
	}
	if terminal && total > 0 {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("kobolint batch"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionFullWidth(),
		)
	}
	return p
}

// note shows a line that is not about one repository.
func (p *progress) note(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.print(line, true)
	p.logLine(line)
}

func (p *progress) print(line string, show bool) {
	if p.bar != nil {
		if !show {
			return
		}
		_ = p.bar.Clear()
	}
	fmt.Fprintln(p.w, line)
}

func (p *progress) logLine(line string) {
	if p.log != nil {
		fmt.Fprintf(p.log, "%s %s\n", time.Now().UTC().Format(time.RFC3339), line)
	}
}

func (p *progress) done(r Record, reused bool, took time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	line := logLine(r, reused, took)
	p.logLine(line)
	if p.bar != nil {
		if r.Status == statusFailed {
			p.print(line, true)
		}
		p.bar.Describe("done: " + r.Name)
		_ = p.bar.Add(1)
		return
	}
	fmt.Fprintf(p.w, "[%d/%d] %s\n", p.n, p.total, line)
}

func (p *progress) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
	if p.log != nil {
		p.log.Close()
	}
}

// logLine is a repository's line: status, name, commit and counts, or
// why it failed.
func logLine(r Record, reused bool, took time.Duration) string {
	if r.Status == statusFailed {
		return fmt.Sprintf("failed  %s (%s): %s", r.Name, r.URL, r.Error)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-7s %s %s", "ok", r.Name, shortSHA(r.Commit))
	if r.Findings == 0 {
		b.WriteString(": no v1 API use")
	} else {
		fmt.Fprintf(&b, ": %d finding(s), %d fixed, %d need a person", r.Findings, r.Fixed, r.Open)
		if r.Notes > 0 {
			fmt.Fprintf(&b, ", %d note(s)", r.Notes)
		}
	}
	if r.Patch != "" {
		b.WriteString("; " + r.Patch)
	}
	if r.Branch != "" {
		b.WriteString("; branch " + r.Branch)
	}
	if len(r.Warnings) > 0 {
		fmt.Fprintf(&b, "; %d warning(s): %s", len(r.Warnings), r.Warnings[0])
	}
	if reused {
		b.WriteString(" (current: kept from an earlier run)")
	} else {
		fmt.Fprintf(&b, " (%s)", took.Round(100*time.Millisecond))
	}
	return b.String()
}

func shortSHA(s string) string {
	if len(s) > 12 {
		return s[:12]
	}
	return s
}
