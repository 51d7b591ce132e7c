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

func TestBindInnermost(t *testing.T) {
	var m map[string][]int
	if m = Bind(m, "", 1); m != nil {
		t.Error("empty name bound")
	}
	m = Bind(Bind(m, "x", 1), "x", 2)
	if len(m["x"]) != 2 {
		t.Errorf("Bind: %v", m)
	}
	root, mid, leaf := &sitter.Node{}, &sitter.Node{}, &sitter.Node{}
	parent := map[*sitter.Node]*sitter.Node{leaf: mid, mid: root}
	up := func(n *sitter.Node) *sitter.Node { return parent[n] }
	if got := Innermost(map[*sitter.Node]string{mid: "fn"}, up, leaf, "global"); got != "fn" {
		t.Errorf("Innermost = %q", got)
	}
	if got := Innermost(map[*sitter.Node]string{}, up, leaf, "global"); got != "global" {
		t.Errorf("Innermost = %q", got)
	}
}

func TestParams(t *testing.T) {
	binds := map[string][]*bind{"a": {{pos: 0, param: true}}, "b": {{pos: 1}}}
	got := Params(binds, func(b *bind) (int, bool) { return int(b.pos), b.param })
	if len(got) != 1 || got["a"] != 0 {
		t.Errorf("Params: %v", got)
	}
}
