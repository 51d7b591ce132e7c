package report

import (
	"io"

	"github.com/kobolint/kobolint/internal/finding"
)

// Stream writes a report whose findings arrive in order, a file's worth at
// a time, so that a run with many findings never holds them (engine
// Options.Sink). The text, JSON and GitHub formats print each finding as it
// comes, their totals and problems at the end; their Printers are a Stream
// fed at once, so both ways write the same bytes. SARIF names the rules of
// all results before the first one, so it has no Stream.
type Stream interface {
	// Add prints findings that follow those already added.
	Add(fs []finding.Finding) error
	// Close prints the summary and the problems, and flushes.
	Close(sum Summary, problems []Problem) error
}

// streams are the formats that can stream, by name.
var streams = map[string]func(w io.Writer, r *Report) Stream{
	"text":   func(w io.Writer, _ *Report) Stream { return newTextStream(w) },
	"json":   func(w io.Writer, r *Report) Stream { return newJSONStream(w, r.Version) },
	"github": func(w io.Writer, _ *Report) Stream { return &githubStream{w: w} },
}

// NewStream returns a Stream of the format writing to w, with what r says
// about the run (its findings, summary and problems are not used), or false
// when the format cannot stream. Nothing is written before the first Add
// or Close.
func NewStream(w io.Writer, format string, r *Report) (Stream, bool) {
	mk, ok := streams[format]
	if !ok {
		return nil, false
	}
	return &lazyStream{make: func() Stream { return mk(w, r) }}, true
}

// lazyStream makes its stream at the first use: a run that fails before
// its first finding prints nothing.
type lazyStream struct {
	make func() Stream
	s    Stream
}

func (l *lazyStream) get() Stream {
	if l.s == nil {
		l.s = l.make()
	}
	return l.s
}

func (l *lazyStream) Add(fs []finding.Finding) error { return l.get().Add(fs) }
func (l *lazyStream) Close(sum Summary, problems []Problem) error {
	return l.get().Close(sum, problems)
}

// printStream prints a held report through a format's Stream.
func printStream(s Stream, r *Report) error {
	if err := s.Add(r.Findings); err != nil {
		return err
	}
	return s.Close(r.Summary, r.Problems)
}

// Counter makes a Summary from findings as they stream past (NewSummary
// for a held report).
type Counter struct {
	sum  Summary
	last string
}

// Add counts findings that follow those already counted (in path order).
func (c *Counter) Add(fs []finding.Finding) {
	for _, f := range fs {
		c.sum.Findings++
		if f.Path != c.last {
			// findings come by path: a new path is a new file
			c.sum.FilesWithFindings++
			c.last = f.Path
		}
		if f.Severity == finding.Info {
			c.sum.Notes++
		}
		if len(f.Fix.Edits) > 0 {
			c.sum.Fixable++
		}
	}
}

// Summary returns the totals, with the files scanned.
func (c *Counter) Summary(scanned int) Summary {
	s := c.sum
	s.FilesScanned = scanned
	return s
}
