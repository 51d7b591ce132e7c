package urlparts

import (
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestExpand(t *testing.T) {
	// "a%sb%%c{x" at offset 10, raw: %s becomes the argument, %% is kept
	// verbatim, { stops the scan.
	in := []ir.Part{{Kind: ir.Lit, Text: "a%sb%%c{%s", Span: ir.Span{Start: 10, End: 20}, Raw: true}, {Kind: ir.Hole, Name: "h"}}
	arg := ir.Part{Kind: ir.Hole, Name: "id"}
	out := Expand(in, "%{", func(p ir.Part, i int) Directive {
		switch {
		case p.Text[i] == '{':
			return Directive{End: -1}
		case i+1 < len(p.Text) && p.Text[i+1] == '%':
			return Directive{End: i + 2, Keep: true}
		case i+1 < len(p.Text) && p.Text[i+1] == 's':
			return Directive{End: i + 2, Parts: []ir.Part{arg}}
		}
		return Directive{End: i}
	})
	want := []ir.Part{
		{Kind: ir.Lit, Text: "a", Span: ir.Span{Start: 10, End: 11}, Raw: true},
		arg,
		{Kind: ir.Lit, Text: "b%%c{%s", Span: ir.Span{Start: 13, End: 20}, Raw: true},
		{Kind: ir.Hole, Name: "h"},
	}
	if len(out) != len(want) {
		t.Fatalf("got %+v", out)
	}
	for i := range want {
		if out[i].Kind != want[i].Kind || out[i].Text != want[i].Text || out[i].Name != want[i].Name || out[i].Span != want[i].Span {
			t.Errorf("part %d: got %+v, want %+v", i, out[i], want[i])
		}
	}
}
