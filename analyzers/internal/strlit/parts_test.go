package strlit

import (
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func backslash(b []byte) (string, int) {
	if b[0] != '\\' || len(b) < 2 {
		return "", 0
	}
	if text, ok := Simple(b[1]); ok {
		return text, 2
	}
	return string(b[1]), 2
}

func TestParts(t *testing.T) {
	src := []byte(`"a\nb\q"`)
	got := Parts(src, 1, len(src)-1, backslash)
	want := []ir.Part{
		{Kind: ir.Lit, Text: "a", Span: ir.Span{Start: 1, End: 2}, Raw: true},
		{Kind: ir.Lit, Text: "\n", Span: ir.Span{Start: 2, End: 4}},
		{Kind: ir.Lit, Text: "b", Span: ir.Span{Start: 4, End: 5}, Raw: true},
		{Kind: ir.Lit, Text: "q", Span: ir.Span{Start: 5, End: 7}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("part %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestPartsEmptyAndClamped(t *testing.T) {
	if got := Parts([]byte(`""`), 1, 1, backslash); len(got) != 1 || !got[0].Raw || got[0].Span != (ir.Span{Start: 1, End: 1}) {
		t.Errorf("empty: %+v", got)
	}
	// Bounds outside src and an escape claiming more than is left.
	long := func([]byte) (string, int) { return "x", 99 }
	got := Parts([]byte("ab"), -3, 10, long)
	if len(got) != 1 || got[0].Span != (ir.Span{Start: 0, End: 2}) {
		t.Errorf("clamped: %+v", got)
	}
}

func TestText(t *testing.T) {
	src := []byte(`a\nb`)
	if got := Text(Parts(src, 0, len(src), backslash)); got != "a\nb" {
		t.Errorf("Text = %q", got)
	}
}

func TestHexRune(t *testing.T) {
	for _, tc := range []struct {
		digits string
		want   rune
		ok     bool
	}{{"41", 'A', true}, {"1F600", '😀', true}, {"d800", 0xd800, true}, {"4g", 0, false}, {"", 0, false}, {"100000000", 0, false}} {
		if r, ok := HexRune([]byte(tc.digits)); ok != tc.ok || ok && r != tc.want {
			t.Errorf("HexRune(%q) = %U, %v", tc.digits, r, ok)
		}
	}
}
