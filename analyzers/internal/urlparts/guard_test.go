package urlparts

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestGuard(t *testing.T) {
	g := Guard{}
	n := &sitter.Node{}
	lit := []ir.Part{{Kind: ir.Lit, Text: "/a"}}
	var inner bool
	p, ok := g.Eval(n, func() ([]ir.Part, bool) {
		// re-entering n is a cycle
		_, inner = g.Eval(n, func() ([]ir.Part, bool) { return lit, true }, func() ([]ir.Part, bool) { return nil, false })
		return lit, true
	}, nil)
	if !ok || len(p) != 1 || inner || len(g) != 0 {
		t.Fatalf("Eval: %v %v inner=%v guard=%v", p, ok, inner, g)
	}
	ret := func(*sitter.Node) *sitter.Node { return n }
	bind := func() *Env { return &Env{Vars: map[string][]ir.Part{"x": lit}} }
	eval := func(_ *sitter.Node, e *Env) ([]ir.Part, bool) {
		// a recursive call of the same helper is refused
		if _, again := g.Helper(n, ret, bind, nil); again {
			t.Error("recursion not cut")
		}
		return e.Get("x")
	}
	if p, ok := g.Helper(n, ret, bind, eval); !ok || len(p) != 1 {
		t.Fatalf("Helper: %v %v", p, ok)
	}
	if _, ok := g.Helper(n, func(*sitter.Node) *sitter.Node { return nil }, bind, eval); ok {
		t.Error("no single return must not evaluate")
	}
}
