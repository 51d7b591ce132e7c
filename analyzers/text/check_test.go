package text

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

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
	irtest.CheckSpans(t, f, []byte(src))
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
