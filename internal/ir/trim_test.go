package ir

import "testing"

func TestTrimSlash(t *testing.T) {
	raw := Part{Kind: Lit, Text: "https://kc.example.org/", Span: Span{10, 33}, Raw: true}
	got := TrimSlash([]Part{raw})
	if len(got) != 1 || got[0].Text != "https://kc.example.org" || got[0].Span != (Span{10, 32}) {
		t.Fatalf("raw literal: %+v", got)
	}
	if raw.Text != "https://kc.example.org/" {
		t.Fatal("the input was changed")
	}
	hole := Part{Kind: Hole, Name: "base"}
	if got := TrimSlash([]Part{hole}); len(got) != 1 || got[0] != hole {
		t.Fatalf("a hole at the end is kept: %+v", got)
	}
	if got := TrimSlash([]Part{hole, {Kind: Lit, Text: "/"}}); len(got) != 1 || got[0] != hole {
		t.Fatalf("a literal that was only the slash goes: %+v", got)
	}
	escaped := Part{Kind: Lit, Text: "a/", Span: Span{0, 6}}
	if got := TrimSlash([]Part{escaped}); got[0].Span != escaped.Span {
		t.Fatalf("a literal that is not raw keeps its span: %+v", got)
	}
}
