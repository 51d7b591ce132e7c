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
	base := []ir.Part{lit("/api/v1/v1", 0, true)}
	if got := text(ReplaceCall(base, []*sitter.Node{from, to}, true, constString)); got != "/api/v2/v2" {
		t.Errorf("all: %q", got)
	}
	if got := text(ReplaceCall(base, []*sitter.Node{from, to}, false, constString)); got != "/api/v2/v1" {
		t.Errorf("first: %q", got)
	}
	for _, args := range [][]*sitter.Node{{from}, {from, opaque}, {empty, to}} {
		if got := ReplaceCall(base, args, true, constString); got[0] != base[0] {
			t.Errorf("args %v changed the parts: %+v", args, got)
		}
	}
}
