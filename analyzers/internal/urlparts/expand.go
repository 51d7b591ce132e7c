package urlparts

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Directive is what a format directive found in a literal stands for.
type Directive struct {
	// End is the byte after the directive; End <= the directive's start
	// means there is none there, End < 0 that none follows in this
	// literal (the scan stops).
	End int
	// Keep leaves the directive's text as it is (an escape the format
	// keeps verbatim); otherwise Parts replace it.
	Keep  bool
	Parts []ir.Part
}

// Expand applies a format (printf's %s, str.format's {0}, composite
// formatting's {0:D}) to the literal parts of its format string: at each
// byte of a literal that is one of starts, find reads the directive there
// and the text it covers becomes the parts it stands for (an argument's
// parts, a hole, an escaped character). The text between directives is
// cut from the literal (Cut), so raw spans stay exact; other parts are
// kept.
func Expand(parts []ir.Part, starts string, find func(p ir.Part, i int) Directive) []ir.Part {
	var out []ir.Part
	for _, p := range parts {
		if p.Kind != ir.Lit || !strings.ContainsAny(p.Text, starts) {
			out = append(out, p)
			continue
		}
		last := 0
	scan:
		for i := 0; i < len(p.Text); i++ {
			if strings.IndexByte(starts, p.Text[i]) < 0 {
				continue
			}
			d := find(p, i)
			switch {
			case d.End < 0:
				break scan
			case d.End <= i:
				continue
			case !d.Keep:
				out = append(out, Cut(p, last, i)...)
				out = append(out, d.Parts...)
				last = d.End
			}
			i = d.End - 1
		}
		out = append(out, Cut(p, last, len(p.Text))...)
	}
	return out
}
