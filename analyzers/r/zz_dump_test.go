package r

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// TestDump prints the IR of the files in R_DUMP (a debugging aid).
func TestDump(t *testing.T) {
	paths := os.Getenv("R_DUMP")
	if paths == "" {
		t.Skip("set R_DUMP")
	}
	for _, p := range strings.Split(paths, ",") {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Analyze(p, src)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Print(DumpIR(f, src))
	}
}

func DumpIR(f *ir.File, src []byte) string {
	ls := lineStarts(src)
	line := func(o int) int {
		n := 0
		for i, s := range ls {
			if s <= o {
				n = i + 1
			}
		}
		return n
	}
	var b strings.Builder
	fmt.Fprintf(&b, "== %s hint=%v warnings=%d\n", f.Path, f.KoboHint, len(f.Warnings))
	for _, w := range f.Warnings {
		fmt.Fprintf(&b, "  W %s\n", w)
	}
	roles := []string{"unk", "REQ", "assign", "setting", "doc", "arg"}
	for _, u := range f.URLs {
		var ps []string
		l := 0
		for _, p := range u.Parts {
			if p.Kind == ir.Lit {
				if l == 0 && p.Span.Valid() {
					l = line(p.Span.Start)
				}
				s := fmt.Sprintf("%q", p.Text)
				if p.Via != "" {
					s += "@" + p.Via
				}
				if !p.Raw {
					s += "~"
				}
				ps = append(ps, s)
			} else {
				ps = append(ps, "{"+p.Name+"}")
			}
		}
		c := ""
		if u.Comment {
			c = " #"
		}
		fmt.Fprintf(&b, "  U%d L%d %s var=%s call=%s%s: %s\n", u.ID, l, roles[u.Role], u.Var, u.Call, c, strings.Join(ps, " + "))
	}
	for _, fr := range f.Fields {
		fmt.Fprintf(&b, "  F L%d %s kind=%d origin=%v recv=%s raw=%v ok=%v\n", line(fr.Span.Start), fr.Name, fr.Kind, fr.Origin, fr.Receiver, fr.Raw, string(src[fr.Span.Start:fr.Span.End]) == fr.Name)
	}
	for _, d := range f.Defs {
		fmt.Fprintf(&b, "  D %s (%d parts)\n", d.Name, len(d.Parts))
	}
	for _, s := range f.Suppressions {
		fmt.Fprintf(&b, "  S L%d %v\n", s.Line, s.Rules)
	}
	return b.String()
}
