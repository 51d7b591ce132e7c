package js

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func analyze(t *testing.T, path, src string) *ir.File {
	t.Helper()
	f, err := Analyze(path, []byte(src))
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	checkSpans(t, f, []byte(src))
	return f
}

// flat renders parts as text with holes as {name}.
func flat(parts []ir.Part) string {
	var sb strings.Builder
	for _, p := range parts {
		if p.Kind == ir.Hole {
			sb.WriteString("{" + p.Name + "}")
		} else {
			sb.WriteString(p.Text)
		}
	}
	return sb.String()
}

// urlWith returns the first non-comment URL whose text contains s and
// whose role is role (any role when role is -1).
func urlWith(f *ir.File, s string, role int) *ir.URL {
	for i := range f.URLs {
		u := &f.URLs[i]
		if !u.Comment && strings.Contains(flat(u.Parts), s) && (role < 0 || int(u.Role) == role) {
			return u
		}
	}
	return nil
}

// fieldsNamed returns the reads of name.
func fieldsNamed(f *ir.File, name string) []ir.FieldRead {
	var out []ir.FieldRead
	for _, fr := range f.Fields {
		if fr.Name == name {
			out = append(out, fr)
		}
	}
	return out
}

// checkSpans asserts the invariants every front-end owes the engine:
// spans inside the input, raw parts spelled exactly, raw fields exact.
func checkSpans(t *testing.T, f *ir.File, src []byte) {
	t.Helper()
	in := func(s ir.Span) bool { return s.Start >= 0 && s.End <= len(src) && s.Start <= s.End }
	for _, u := range f.URLs {
		for _, p := range u.Parts {
			if !in(p.Span) {
				t.Fatalf("URL %d part %+v: span outside input (len %d)", u.ID, p, len(src))
			}
			if p.Kind == ir.Lit && p.Raw && string(src[p.Span.Start:p.Span.End]) != p.Text {
				t.Fatalf("URL %d raw part %q does not match source %q", u.ID, p.Text, src[p.Span.Start:p.Span.End])
			}
		}
	}
	for _, fr := range f.Fields {
		if !in(fr.Span) || !in(fr.Access) || !in(fr.Expr) {
			t.Fatalf("field %+v: span outside input", fr)
		}
		if fr.Raw && string(src[fr.Span.Start:fr.Span.End]) != fr.Name {
			t.Fatalf("raw field %q spelled %q", fr.Name, src[fr.Span.Start:fr.Span.End])
		}
	}
	for i, u := range f.URLs {
		if u.ID != i {
			t.Fatalf("URL %d has ID %d", i, u.ID)
		}
	}
}

func hasOrigin(fr ir.FieldRead, id int) bool {
	for _, o := range fr.Origin {
		if o == id {
			return true
		}
	}
	return false
}
