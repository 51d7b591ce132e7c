package shell

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// analyze runs the front-end and checks the span invariants every result
// must hold.
func analyze(t *testing.T, path, src string) *ir.File {
	t.Helper()
	f, err := Analyze(path, []byte(src))
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	if msg := checkSpans(f, []byte(src)); msg != "" {
		t.Fatal(msg)
	}
	return f
}

// checkSpans returns a complaint when a span leaves the input or a raw
// part or field does not spell the source.
func checkSpans(f *ir.File, src []byte) string {
	in := func(s ir.Span) bool { return s.Start >= 0 && s.End >= s.Start && s.End <= len(src) }
	for _, u := range f.URLs {
		for _, p := range u.Parts {
			if p.Kind != ir.Lit {
				continue
			}
			if !in(p.Span) {
				return "part span out of the input"
			}
			if p.Raw && string(src[p.Span.Start:p.Span.End]) != p.Text {
				return "raw part does not spell the source: " + p.Text
			}
		}
		for _, o := range []int{u.ID} {
			if o < 0 || o >= len(f.URLs) || f.URLs[o].ID != o {
				return "bad URL ID"
			}
		}
	}
	for _, fr := range f.Fields {
		if !in(fr.Span) {
			return "field span out of the input"
		}
		if fr.Raw && string(src[fr.Span.Start:fr.Span.End]) != fr.Name {
			return "raw field does not spell the source: " + fr.Name
		}
		for _, o := range fr.Origin {
			if o != ir.OriginFile && (o < 0 || o >= len(f.URLs)) {
				return "field origin is no URL ID"
			}
		}
	}
	return ""
}

// text spells a URL's parts, holes as {name}.
func text(parts []ir.Part) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Kind == ir.Lit {
			b.WriteString(p.Text)
		} else {
			b.WriteString("{" + p.Name + "}")
		}
	}
	return b.String()
}

// urlsOf lists the URLs whose text is s.
func urlsOf(f *ir.File, s string) []ir.URL {
	var out []ir.URL
	for _, u := range f.URLs {
		if text(u.Parts) == s {
			out = append(out, u)
		}
	}
	return out
}

// oneURL returns the single URL with text s and role r.
func oneURL(t *testing.T, f *ir.File, s string, r ir.Role) ir.URL {
	t.Helper()
	var got []ir.URL
	for _, u := range urlsOf(f, s) {
		if u.Role == r {
			got = append(got, u)
		}
	}
	if len(got) != 1 {
		t.Fatalf("want one URL %q with role %d, got %d; all: %s", s, r, len(got), dumpURLs(f))
	}
	return got[0]
}

func dumpURLs(f *ir.File) string {
	var b strings.Builder
	for _, u := range f.URLs {
		b.WriteString("\n  ")
		b.WriteString(text(u.Parts))
		b.WriteString(" role=")
		b.WriteByte('0' + byte(u.Role))
		b.WriteString(" call=" + u.Call + " var=" + u.Var)
		if u.Comment {
			b.WriteString(" comment")
		}
	}
	return b.String()
}

// fieldsNamed lists the field reads called name.
func fieldsNamed(f *ir.File, name string) []ir.FieldRead {
	var out []ir.FieldRead
	for _, fr := range f.Fields {
		if fr.Name == name {
			out = append(out, fr)
		}
	}
	return out
}

// originTexts spells the URLs a field's origin points to ("file" for
// OriginFile).
func originTexts(f *ir.File, fr ir.FieldRead) []string {
	var out []string
	for _, o := range fr.Origin {
		if o == ir.OriginFile {
			out = append(out, "file")
			continue
		}
		out = append(out, text(f.URLs[o].Parts))
	}
	return out
}

// at returns the offset of the n-th (0-based) occurrence of sub in src.
func at(src, sub string, n int) int {
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(src[off:], sub)
		if k < 0 {
			return -1
		}
		if i == n {
			return off + k
		}
		off += k + 1
	}
}
