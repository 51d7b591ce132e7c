package text

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// checkSpans verifies the IR invariants every caller relies on: spans
// inside the file, raw parts equal to the bytes they point at.
func checkSpans(t testing.TB, src []byte, f *ir.File) {
	t.Helper()
	in := func(s ir.Span) bool { return s.Start >= 0 && s.End >= s.Start && s.End <= len(src) }
	for _, u := range f.URLs {
		for _, p := range u.Parts {
			if !in(p.Span) {
				t.Fatalf("part %+v outside [0,%d]", p, len(src))
			}
			if p.Kind == ir.Lit && p.Raw && string(src[p.Span.Start:p.Span.End]) != p.Text {
				t.Fatalf("raw part %q but file holds %q", p.Text, src[p.Span.Start:p.Span.End])
			}
		}
	}
	for _, d := range f.Defs {
		for _, p := range d.Parts {
			if !in(p.Span) {
				t.Fatalf("def part %+v outside the file", p)
			}
		}
	}
	for _, fr := range f.Fields {
		if !in(fr.Span) {
			t.Fatalf("field %+v outside the file", fr)
		}
	}
}

// render describes a URL as `L<line> role var: text` with holes as {name}.
func render(src []byte, u ir.URL) string {
	var sb strings.Builder
	line := -1
	for _, p := range u.Parts {
		if p.Kind == ir.Hole {
			sb.WriteString("{" + p.Name + "}")
			continue
		}
		if line < 0 && p.Via == "" {
			line = strings.Count(string(src[:p.Span.Start]), "\n") + 1
		}
		sb.WriteString(p.Text)
	}
	if line < 0 && len(u.Parts) > 0 {
		line = strings.Count(string(src[:u.Parts[0].Span.Start]), "\n") + 1
	}
	c := ""
	if u.Comment {
		c = " comment"
	}
	return fmt.Sprintf("L%d %s%s %s: %s", line, roleName(u.Role), c, u.Var, sb.String())
}

func roleName(r ir.Role) string {
	return [...]string{"unknown", "request", "assign", "setting", "doc", "arg"}[r]
}

// analyze runs Analyze and returns rendered URLs.
func analyze(t *testing.T, path, src string) (*ir.File, []string) {
	t.Helper()
	f, err := Analyze(path, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, []byte(src), f)
	var out []string
	for _, u := range f.URLs {
		out = append(out, render([]byte(src), u))
	}
	return f, out
}

// expectURLs compares rendered URLs with the expected list (order kept).
func expectURLs(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
