package urlparts

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestReplaceCall(t *testing.T) {
	from, to, opaque, empty := &sitter.Node{}, &sitter.Node{}, &sitter.Node{}, &sitter.Node{}
	consts := map[*sitter.Node]string{from: "v1", to: "v2", empty: ""}
	constString := func(n *sitter.Node) (string, bool) { s, ok := consts[n]; return s, ok }
	spanOf := func(*sitter.Node) ir.Span { return ir.Span{Start: 3, End: 9} }
	base := []ir.Part{lit("/api/v1/v1", 0, true)}
	if got := text(ReplaceCall(base, []*sitter.Node{from, to}, true, constString, spanOf)); got != "/api/v2/v2" {
		t.Errorf("all: %q", got)
	}
	if got := text(ReplaceCall(base, []*sitter.Node{from, to}, false, constString, spanOf)); got != "/api/v2/v1" {
		t.Errorf("first: %q", got)
	}
	for _, args := range [][]*sitter.Node{{from}, {from, opaque}, {empty, to}} {
		if got := ReplaceCall(base, args, true, constString, spanOf); got[0] != base[0] {
			t.Errorf("args %v changed the parts: %+v", args, got)
		}
	}
	// an unknown value: to is somewhere inside it
	slashFrom, slashTo := &sitter.Node{}, &sitter.Node{}
	consts[slashFrom], consts[slashTo] = "/forms/", "/data/"
	hole := []ir.Part{{Kind: ir.Hole, Name: "url"}}
	got := ReplaceCall(hole, []*sitter.Node{slashFrom, slashTo}, false, constString, spanOf)
	if text(got) != "{url}/data/{url…}" || got[1].Raw || got[1].Span.Start != 3 {
		t.Errorf("unknown base: %+v", got)
	}
	if got := ReplaceCall(hole, []*sitter.Node{from, to}, false, constString, spanOf); len(got) != 1 {
		t.Errorf("a replacement that is no path piece changed the parts: %+v", got)
	}
}
