package csharp

import (
	sitter "github.com/smacker/go-tree-sitter"
)

// nav caches the tree's shape. ts_node_parent walks down from the root on
// every call, and each child access is a cgo call: the passes ask for
// parents and children many times, so one walk records them all.
type nav struct {
	kids   map[*sitter.Node][]*sitter.Node
	parent map[*sitter.Node]*sitter.Node
}

// index records the named children and the parent of every node down to
// maxDepth; deeper nodes fall back to the tree's own accessors.
func (a *analyzer) index(root *sitter.Node) {
	a.nav = nav{kids: map[*sitter.Node][]*sitter.Node{}, parent: map[*sitter.Node]*sitter.Node{}}
	type item struct {
		n     *sitter.Node
		depth int
	}
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth > maxDepth {
			continue
		}
		ks := namedChildren(it.n)
		a.nav.kids[it.n] = ks
		for _, k := range ks {
			a.nav.parent[k] = it.n
			stack = append(stack, item{k, it.depth + 1})
		}
	}
}

// kids returns the named children of n.
func (a *analyzer) kids(n *sitter.Node) []*sitter.Node {
	if n == nil {
		return nil
	}
	if ks, ok := a.nav.kids[n]; ok {
		return ks
	}
	return namedChildren(n)
}

// up returns the parent of n.
func (a *analyzer) up(n *sitter.Node) *sitter.Node {
	if n == nil {
		return nil
	}
	if p, ok := a.nav.parent[n]; ok {
		return p
	}
	if _, indexed := a.nav.kids[n]; indexed {
		return nil // the root
	}
	return n.Parent()
}
