package batch

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kobolint/kobolint/fixers"
	"github.com/kobolint/kobolint/internal/redact"
)

// maxListed bounds each list of a commit message; the rest is in the
// repository's JSON report.
const maxListed = 100

// commitMessage is the message of a fix commit: what was changed, and what
// still needs a person, one finding a line. Each line starts with "- ", so
// no line can look like the "---" that ends a mail's message for git am;
// credentials in the code are masked.
func commitMessage(name string, o outcome, files int, s *Settings) string {
	var b strings.Builder
	b.WriteString("Move KoboToolbox API calls from v1 to v2\n\n")
	fmt.Fprintf(&b, "kobolint rewrote %d use(s) of the removed KoboToolbox v1 API to the\nKPI v2 API in %d file(s).", len(o.Fixed), files)
	if s.UnsafeFixes {
		b.WriteString(" Fixes marked (unsafe) change behaviour\n(for example one page of results instead of all): review them.")
	}
	b.WriteString("\n\nChanged:\n")
	listed := 0
	for _, f := range o.Fixed {
		if listed == maxListed {
			fmt.Fprintf(&b, "- ... and %d more (see %s.json)\n", len(o.Fixed)-listed, name)
			break
		}
		to := f.Message
		if f.V2 != nil {
			to = *f.V2
		}
		mark := ""
		if f.Fix.Safety == fixers.SafetyUnsafe {
			mark = " (unsafe)"
		}
		fmt.Fprintf(&b, "- %s:%d %s: %s -> %s%s\n", f.Path, f.Line, f.Rule, oneLine(f.V1), oneLine(to), mark)
		listed++
	}
	if len(o.Open) > 0 {
		fmt.Fprintf(&b, "\nStill needs a person (%d):\n", len(o.Open))
		listed = 0
		for _, f := range o.Open {
			if listed == maxListed {
				fmt.Fprintf(&b, "- ... and %d more (see %s.json)\n", len(o.Open)-listed, name)
				break
			}
			fmt.Fprintf(&b, "- %s:%d %s: %s: %s\n", f.Path, f.Line, f.Rule, oneLine(f.V1), oneLine(openReason(f, s.UnsafeFixes)))
			listed++
		}
	}
	if len(o.Notes) > 0 {
		fmt.Fprintf(&b, "\n%d note(s) at info remain: advice that fails no check.\n", len(o.Notes))
	}
	fmt.Fprintf(&b, "\nMade with kobolint %s (kobolint batch).\n", s.Version)
	return b.String()
}

// oneLine masks credentials and keeps a value on one line.
func oneLine(s string) string {
	s = redact.Text(s)
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	return truncate(s, 160)
}

// truncate cuts s to at most n bytes, at a character's start, marking the
// cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	s = s[:n] + "..."
	return s
}
