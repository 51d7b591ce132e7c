package origins

import (
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestParamOffers(t *testing.T) {
	lit := func(s string) []ir.Part { return []ir.Part{{Kind: ir.Lit, Text: s}} }
	f := &ir.File{URLs: []ir.URL{
		{Role: ir.RoleRequest, Parts: lit("https://kc.example.org/api/v1/forms"), Comment: true},
		{Role: ir.RoleAssign, Parts: lit("https://kc.example.org/api/v1")},
		{Role: ir.RoleRequest, Parts: lit("https://kc.example.org/api/v1/data")},
		ir.Result("projects", ir.Span{}),
	}}
	var o ParamOffers
	if o.Offer(f, "titles", 0, []int{0, 1, 7, -1}) {
		t.Fatal("a comment, an assignment and unknown ids were offered")
	}
	if !o.Offer(f, "titles", 0, []int{1, 2, 3}) || len(f.Defs) != 1 || f.Defs[0].Name != "titles@0" || f.Defs[0].Parts[0].Text != "https://kc.example.org/api/v1/data" {
		t.Fatalf("the request was not offered first: %+v", f.Defs)
	}
	if !o.Offer(f, "titles", 0, []int{3}) || len(f.Defs) != 1 {
		t.Fatalf("a name was offered twice: %+v", f.Defs)
	}
	if !o.Offer(f, "titles", 1, []int{3}) || len(f.Defs) != 2 || f.Defs[1].Parts[0].Name != ir.FuncDef("projects") {
		t.Fatalf("a result was not offered: %+v", f.Defs)
	}
}
