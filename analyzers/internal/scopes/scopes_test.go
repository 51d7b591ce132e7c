package scopes

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

type bind struct {
	pos   uint32
	value bool
	param bool
}

func (b *bind) Pos() uint32    { return b.pos }
func (b *bind) HasValue() bool { return b.value }
func (b *bind) Settled() bool  { return b.value || b.param }

func TestPick(t *testing.T) {
	decl := &bind{pos: 0}
	first := &bind{pos: 10, value: true}
	second := &bind{pos: 20, value: true}
	bs := []*bind{decl, first, second}
	for _, tc := range []struct {
		pos  uint32
		want *bind
	}{{15, first}, {25, second}, {5, first}} {
		if got := Pick(bs, tc.pos); got != tc.want {
			t.Errorf("pos %d: got %+v", tc.pos, got)
		}
	}
	if got := Pick([]*bind{decl}, 5); got != decl {
		t.Error("the first binding is the last resort")
	}
	if Pick[*bind](nil, 5) != nil {
		t.Error("no bindings, no pick")
	}
}

type named struct {
	name  string
	param int // position, or -1
}

func (n *named) Name() string { return n.name }

func TestBind(t *testing.T) {
	var m map[string][]int
	if m = Bind(m, "", 1); m != nil {
		t.Error("empty name bound")
	}
	m = Bind(Bind(m, "x", 1), "x", 2)
	if len(m["x"]) != 2 {
		t.Errorf("Bind: %v", m)
	}
}

func TestTree(t *testing.T) {
	root, fn, closed, leaf, stray := &sitter.Node{}, &sitter.Node{}, &sitter.Node{}, &sitter.Node{}, &sitter.Node{}
	parent := map[*sitter.Node]*sitter.Node{leaf: closed, closed: fn, fn: root}
	tr := NewTree[*named, string](root, func(n *sitter.Node) *sitter.Node { return parent[n] })
	tr.Global.Add(&named{name: "g", param: -1})
	f := tr.Open(fn, tr.Global)
	f.Data = "fn"
	a := &named{name: "a", param: 0}
	f.Add(a)
	f.Add(&named{name: "local", param: -1})
	c := tr.Open(closed, f)
	c.Closed = true
	if got := tr.Of(leaf); got != c {
		t.Errorf("Of(leaf) = %+v", got)
	}
	if got := tr.Of(stray); got != tr.Global {
		t.Error("a node outside every scope is in the global one")
	}
	if got := tr.Lookup("a", fn); len(got) != 1 || got[0] != a {
		t.Errorf("Lookup(a) = %v", got)
	}
	if got := tr.Lookup("g", fn); len(got) != 1 {
		t.Error("an open scope sees the names around it")
	}
	if got := tr.Declaring("local", fn); got != f {
		t.Errorf("Declaring(local) = %+v", got)
	}
	if got := tr.Lookup("a", leaf); got != nil {
		t.Error("a closed scope hides the names around it")
	}
	params := tr.Params(fn, func(b *named) (int, bool) { return b.param, b.param >= 0 })
	if len(params) != 1 || params["a"] != 0 {
		t.Errorf("Params: %v", params)
	}
	if len(tr.Params(stray, func(*named) (int, bool) { return 0, true })) != 0 {
		t.Error("a node that opens no scope has no parameters")
	}
}
