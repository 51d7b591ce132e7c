package urlparts

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// Two functions: outer(u) calls inner(p, u) (second parameter), and inner
// calls fetch(base + p). inner is found in round one, outer in round two.
func TestFindWrappersAndExpand(t *testing.T) {
	inner, outer := &sitter.Node{}, &sitter.Node{}
	fetch, callInner := &sitter.Node{}, &sitter.Node{}
	parent := map[*sitter.Node]*sitter.Node{fetch: inner, callInner: outer}
	found := map[*sitter.Node]*Wrapper{}
	s := WrapperSearch{
		Calls: []*sitter.Node{callInner, fetch},
		URL: func(call *sitter.Node) []ir.Part {
			switch {
			case call == fetch:
				return []ir.Part{{Kind: ir.Lit, Text: "https://h/"}, {Kind: ir.Hole, Name: "p"}}
			case call == callInner && found[inner] != nil:
				return []ir.Part{{Kind: ir.Hole, Name: "u"}}
			}
			return nil
		},
		Up:         func(n *sitter.Node) *sitter.Node { return parent[n] },
		IsFunction: func(n *sitter.Node) bool { return n == inner || n == outer },
		Params: func(fn *sitter.Node) map[string]int {
			if fn == inner {
				return map[string]int{"x": 0, "p": 1}
			}
			return map[string]int{"u": 0}
		},
	}
	FindWrappers(found, s)
	if w := found[inner]; w == nil || w.Param != "p" || w.Index != 1 || w.Inner != fetch {
		t.Fatalf("inner: %+v", w)
	}
	if w := found[outer]; w == nil || w.Param != "u" || w.Inner != callInner {
		t.Fatalf("outer: %+v", w)
	}

	g := Guard{}
	arg := []ir.Part{{Kind: ir.Lit, Text: "forms"}}
	got := found[inner].Expand(g, arg, func(call *sitter.Node, e *Env) ([]ir.Part, bool) {
		if again := found[inner].Expand(g, nil, nil); len(again) != 0 {
			t.Error("recursion not cut")
		}
		p, _ := e.Get("p")
		return ir.Join([]ir.Part{{Kind: ir.Lit, Text: "https://h/"}}, p), true
	})
	if len(got) != 2 || got[1].Text != "forms" {
		t.Errorf("Expand: %+v", got)
	}
	if got := found[inner].Expand(g, arg, func(*sitter.Node, *Env) ([]ir.Part, bool) { return nil, false }); len(got) != 1 {
		t.Errorf("no request inside: %+v", got)
	}
}

func TestSettled(t *testing.T) {
	var c Settled[int]
	n := &sitter.Node{}
	calls := 0
	f := func(*sitter.Node) int { calls++; return calls }
	if c.Get(n, f) != 1 || c.Get(n, f) != 2 {
		t.Fatal("unsettled answers must be computed afresh")
	}
	c.Settle()
	first := c.Get(n, f)
	if second := c.Get(n, f); first != 3 || second != 3 {
		t.Fatal("settled answers must be kept")
	}
}
