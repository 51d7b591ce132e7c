package comments

import (
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestComment(t *testing.T) {
	src := []byte("x = 1 // see https://example.org/a kobolint:ignore\n")
	f := &ir.File{}
	b := &ir.Builder{File: f}
	start := 6
	Comment(b, src, start, len(src)-1, func(int) int { return 7 })
	if len(f.Suppressions) != 1 || f.Suppressions[0].Line != 7 {
		t.Errorf("suppressions: %+v", f.Suppressions)
	}
	if len(f.URLs) != 1 || !f.URLs[0].Comment || f.URLs[0].Parts[0].Text != "https://example.org/a" {
		t.Fatalf("URLs: %+v", f.URLs)
	}
	if sp := f.URLs[0].Parts[0].Span; string(src[sp.Start:sp.End]) != "https://example.org/a" {
		t.Errorf("span %+v", sp)
	}
	Comment(b, src, 5, 99, nil) // out of range: nothing, no panic
	if len(f.URLs) != 1 {
		t.Errorf("out-of-range comment emitted %d URLs", len(f.URLs)-1)
	}
}

func TestSortByLine(t *testing.T) {
	s := []ir.Suppression{{Line: 3, Rules: []string{"a"}}, {Line: 1}, {Line: 3, Rules: []string{"b"}}}
	SortByLine(s)
	if s[0].Line != 1 || s[1].Rules[0] != "a" || s[2].Rules[0] != "b" {
		t.Errorf("%+v", s)
	}
}
