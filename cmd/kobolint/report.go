package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/analyzers/notebook"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/report"
	"github.com/kobolint/kobolint/internal/textpos"
	"github.com/kobolint/kobolint/rules"
)

// newReport gathers what the printers show about a run.
func newReport(res *engine.Result, fs []finding.Finding, problems []engine.Problem, sum report.Summary, t *rules.Table) *report.Report {
	r := reportHeader(t)
	r.Findings, r.Summary = fs, sum
	r.Problems = reportProblems(problems)
	annotateCells(fs, r.ReadFile)
	return r
}

// reportHeader is what the printers show about a run but its findings,
// totals and problems.
func reportHeader(t *rules.Table) *report.Report {
	wd, _ := os.Getwd()
	// the files as they are now: after --fix, the remaining findings'
	// positions are those of the fixed content on disk
	read := func(path string) ([]byte, error) { return os.ReadFile(filepath.FromSlash(path)) }
	return &report.Report{Version: version, Table: t, WorkDir: wd, SourceRoot: report.SourceRoot(wd), ReadFile: read}
}

// streamView prints a streamed run's findings as the engine hands them
// over, through the view of applyView (selection, then baseline), and
// counts them.
type streamView struct {
	out      report.Stream
	f        *checkFlags
	base     *baseline
	count    report.Counter
	known    int
	failing  bool
	readFile func(string) ([]byte, error)
}

// newStreamView returns a view printing to w, or nil when the format does
// not stream.
func newStreamView(w io.Writer, f *checkFlags, t *rules.Table) (*streamView, error) {
	hdr := reportHeader(t)
	out, ok := report.NewStream(w, f.format, hdr)
	if !ok {
		return nil, nil
	}
	v := &streamView{out: out, f: f, readFile: hdr.ReadFile}
	if f.baseline != "" {
		b, err := readBaseline(f.baseline)
		if err != nil {
			return nil, err
		}
		v.base = b
	}
	setColor(w, f)
	return v, nil
}

// add is the engine's Sink.
func (v *streamView) add(ff *engine.FileFindings) error {
	fs := ff.Findings[:0]
	for i := range ff.Findings {
		fd := &ff.Findings[i]
		if !ff.Selected(fd) {
			continue
		}
		if v.base != nil && v.base.known(fd, ff.Repo) {
			v.known++
			continue
		}
		fs = append(fs, *fd)
	}
	if len(fs) == 0 {
		return nil
	}
	annotateCells(fs, v.readFile)
	v.count.Add(fs)
	v.failing = v.failing || countsAsFailure(fs)
	return v.out.Add(fs)
}

// close prints the totals and the problems.
func (v *streamView) close(res *engine.Result) error {
	sum := v.count.Summary(res.FilesScanned)
	sum.Baselined = v.known
	sum.Problems = countFailing(res.Problems)
	return v.out.Close(sum, reportProblems(res.Problems))
}

// annotateCells gives each finding in a notebook the index of its cell.
// A notebook that no longer parses keeps its findings without one.
func annotateCells(fs []finding.Finding, read func(string) ([]byte, error)) {
	type nb struct {
		spans [][2]int
		lines *textpos.Lines
	}
	cache := map[string]*nb{}
	for i := range fs {
		f := &fs[i]
		if !strings.EqualFold(filepath.Ext(f.Path), ".ipynb") {
			continue
		}
		n, ok := cache[f.Path]
		if !ok {
			if src, err := read(f.Path); err == nil {
				if spans, err := notebook.CellSpans(src); err == nil {
					n = &nb{spans: spans, lines: textpos.New(src)}
				}
			}
			cache[f.Path] = n
		}
		if n == nil {
			continue
		}
		if c := notebook.CellAt(n.spans, n.lines.Offset(f.Line, f.Column)); c >= 0 {
			f.Cell = &c
		}
	}
}
