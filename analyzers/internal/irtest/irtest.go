// Package irtest holds what the front-ends' unit tests share: running a
// front-end with the IR invariants checked, rendering parts as text, and
// picking URLs and field reads out of an ir.File. Test code only.
package irtest

import (
	"slices"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/strlit"
	"github.com/kobolint/kobolint/internal/ir"
)

// Analyze runs a front-end on src, failing the test on an error or on a
// broken invariant (see CheckSpans).
func Analyze(t testing.TB, analyze func(path string, src []byte) (*ir.File, error), path, src string) *ir.File {
	t.Helper()
	f, err := analyze(path, []byte(src))
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	CheckSpans(t, f, []byte(src))
	return f
}

// For binds a front-end to the file name a package's tests give it: the
// result runs Analyze on src as that file.
func For(analyze func(path string, src []byte) (*ir.File, error), path string) func(t testing.TB, src string) *ir.File {
	return func(t testing.TB, src string) *ir.File {
		t.Helper()
		return Analyze(t, analyze, path, src)
	}
}

// Flat renders parts as text with holes as {name}.
func Flat(parts []ir.Part) string { return strlit.Flat(parts) }

// Defs maps the names of a file's definitions to their text (Flat); a name
// defined twice keeps its last.
func Defs(f *ir.File) map[string]string {
	defs := map[string]string{}
	for _, d := range f.Defs {
		defs[d.Name] = Flat(d.Parts)
	}
	return defs
}

// URLWith returns the first non-comment URL whose text contains s and
// whose role is role (any role when role is -1).
func URLWith(f *ir.File, s string, role int) *ir.URL {
	for i := range f.URLs {
		u := &f.URLs[i]
		if !u.Comment && strings.Contains(Flat(u.Parts), s) && (role < 0 || int(u.Role) == role) {
			return u
		}
	}
	return nil
}

// Spell lists the code URLs of f whose role is role (any role when -1),
// each as label(u), a space and its text (Flat): "GET https://...".
func Spell(f *ir.File, role int, label func(ir.URL) string) []string {
	var out []string
	for _, u := range f.URLs {
		if !u.Comment && (role < 0 || int(u.Role) == role) {
			out = append(out, label(u)+" "+Flat(u.Parts))
		}
	}
	return out
}

// WantAll reports each of wants that got lacks.
func WantAll(t testing.TB, got []string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !slices.Contains(got, w) {
			t.Errorf("no %q in\n  %s", w, strings.Join(got, "\n  "))
		}
	}
}

// FieldsNamed returns the reads of name.
func FieldsNamed(f *ir.File, name string) []ir.FieldRead {
	var out []ir.FieldRead
	for _, fr := range f.Fields {
		if fr.Name == name {
			out = append(out, fr)
		}
	}
	return out
}

// OneField returns the one read of name in f; when there is not exactly
// one it reports an error and returns false.
func OneField(t testing.TB, f *ir.File, name string) (ir.FieldRead, bool) {
	t.Helper()
	frs := FieldsNamed(f, name)
	if len(frs) != 1 {
		t.Errorf("%s: %d reads, want 1: %+v", name, len(frs), frs)
		return ir.FieldRead{}, false
	}
	return frs[0], true
}

// HasOrigin reports that fr may hold the response of URL id.
func HasOrigin(fr ir.FieldRead, id int) bool {
	for _, o := range fr.Origin {
		if o == id {
			return true
		}
	}
	return false
}

// CheckSpans asserts the invariants every front-end owes the engine:
// spans inside the input (URL parts, definitions, field reads, decodes),
// raw parts and raw fields spelled exactly, URL IDs equal to their index,
// origins naming URLs of the file (or OriginFile, OriginLocal), no
// front-end's internal marker (Foreign) left in a part, and suppressions on
// real lines.
func CheckSpans(t testing.TB, f *ir.File, src []byte) {
	t.Helper()
	in := func(s ir.Span) bool { return s.Start >= 0 && s.End <= len(src) && s.Start <= s.End }
	isURL := func(o int) bool { return o >= 0 && o < len(f.URLs) }
	for i, u := range f.URLs {
		if u.ID != i {
			t.Fatalf("URL %d has ID %d", i, u.ID)
		}
		for _, p := range u.Parts {
			if !in(p.Span) {
				t.Fatalf("URL %d part %+v: span outside input (len %d)", u.ID, p, len(src))
			}
			if p.Kind == ir.Lit && p.Raw && string(src[p.Span.Start:p.Span.End]) != p.Text {
				t.Fatalf("URL %d raw part %q does not match source %q", u.ID, p.Text, src[p.Span.Start:p.Span.End])
			}
			if p.Foreign != "" {
				t.Fatalf("URL %d part %q: internal marker leaked (%q)", u.ID, p.Text, p.Foreign)
			}
		}
	}
	for _, d := range f.Defs {
		for _, p := range d.Parts {
			if !in(p.Span) {
				t.Fatalf("definition %s part %+v: span outside input", d.Name, p)
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
		for _, o := range fr.Origin {
			if o != ir.OriginFile && o != ir.OriginLocal && !isURL(o) {
				t.Fatalf("field %q: origin %d is no URL", fr.Name, o)
			}
		}
	}
	for _, sp := range f.Suppressions {
		if sp.Line < 1 {
			t.Fatalf("suppression on line %d", sp.Line)
		}
	}
	for _, d := range f.Decodes {
		if !in(d.Span) {
			t.Fatalf("decode span %v outside input", d.Span)
		}
		if len(d.Origin) == 0 {
			t.Fatalf("decode at %v has no origin", d.Span)
		}
		for _, o := range d.Origin {
			if !isURL(o) {
				t.Fatalf("decode at %v: origin %d is no URL", d.Span, o)
			}
		}
	}
}

// OriginTexts spells the URLs a field read's origin names ("file" for
// ir.OriginFile, "local" for ir.OriginLocal).
func OriginTexts(f *ir.File, fr ir.FieldRead) []string {
	var out []string
	for _, o := range fr.Origin {
		switch o {
		case ir.OriginFile:
			out = append(out, "file")
		case ir.OriginLocal:
			out = append(out, "local")
		default:
			out = append(out, Flat(f.URLs[o].Parts))
		}
	}
	return out
}
