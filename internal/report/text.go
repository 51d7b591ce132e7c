package report

import (
	"fmt"
	"io"

	"github.com/fatih/color"

	"github.com/kobolint/kobolint/internal/finding"
)

// printText writes one line per finding, ruff style:
//
//	path:line:col: KB201 [error] message
//
// followed by a fix hint, and a closing summary. Colour is decided by the
// caller through color.NoColor (terminal detection, --no-color, NO_COLOR).
func printText(w io.Writer, r *Report) error {
	return printStream(newTextStream(w), r)
}

type textStream struct {
	w                   io.Writer
	pathC, codeC, hintC *color.Color
	sevC                map[string]*color.Color
}

func newTextStream(w io.Writer) *textStream {
	return &textStream{
		w:     w,
		pathC: color.New(color.Bold),
		codeC: color.New(color.FgRed, color.Bold),
		sevC: map[string]*color.Color{
			finding.Error:   color.New(color.FgRed),
			finding.Warning: color.New(color.FgYellow),
			finding.Info:    color.New(color.FgCyan),
		},
		hintC: color.New(color.FgGreen),
	}
}

func (s *textStream) Add(fs []finding.Finding) error {
	w := s.w
	for _, f := range fs {
		sc := s.sevC[f.Severity]
		if sc == nil {
			sc = color.New()
		}
		fmt.Fprintf(w, "%s:%d:%d: %s %s %s\n", s.pathC.Sprint(f.Path), f.Line, f.Column,
			s.codeC.Sprint(f.Rule), sc.Sprint("["+f.Severity+"]"), f.Message)
		switch {
		case len(f.Fix.Edits) > 0 && f.Fix.Safety == "safe":
			fmt.Fprintf(w, "  %s\n", s.hintC.Sprint("fixable with --fix"))
		case len(f.Fix.Edits) > 0 && f.Fix.Reason != "":
			fmt.Fprintf(w, "  %s: %s\n", s.hintC.Sprint("fixable with --fix --unsafe-fixes"), f.Fix.Reason)
		case len(f.Fix.Edits) > 0:
			fmt.Fprintf(w, "  %s\n", s.hintC.Sprint("fixable with --fix --unsafe-fixes"))
		case f.Fix.Reason != "":
			fmt.Fprintf(w, "  no automatic fix: %s\n", f.Fix.Reason)
		}
	}
	return nil
}

func (s *textStream) Close(sum Summary, _ []Problem) error {
	w := s.w
	notes := ""
	if sum.Notes > 0 {
		notes = fmt.Sprintf("; %d note(s) at info, which fail no check", sum.Notes)
	}
	if sum.Problems > 0 {
		// a clean summary must not hide a file that could not be judged
		notes += fmt.Sprintf("; %d problem(s) on stderr fail the check", sum.Problems)
	}
	uses := sum.Findings - sum.Notes
	switch {
	case uses == 0 && sum.Baselined > 0:
		fmt.Fprintf(w, "No new v1 API use (%d known ones in the baseline; %d files scanned)%s.\n", sum.Baselined, sum.FilesScanned, notes)
	case uses == 0:
		fmt.Fprintf(w, "No v1 API use found (%d files scanned)%s.\n", sum.FilesScanned, notes)
	default:
		fmt.Fprintf(w, "Found %d v1 API use(s) in %d file(s) (%d files scanned); %d fixable%s.\n",
			uses, sum.FilesWithFindings, sum.FilesScanned, sum.Fixable, notes)
	}
	return nil
}
