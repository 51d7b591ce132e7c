package tsnode

import sitter "github.com/smacker/go-tree-sitter"

// Nav caches the tree's shape. ts_node_parent walks down from the root on
// every call, and each child access is a cgo call: the passes ask for
// parents and children many times, so one walk records them all.
type Nav struct {
	kids   map[*sitter.Node][]*sitter.Node
	parent map[*sitter.Node]*sitter.Node
	// maxDepth bounds the indexing and each walk, so that absurdly nested
	// input costs a bounded walk.
	maxDepth int
}

// Index records the named children and the parent of every node down to
// maxDepth; deeper nodes fall back to the tree's own accessors. The
// walks of the Nav go at most maxDepth levels below where they start.
func Index(root *sitter.Node, maxDepth int) Nav {
	nv := Nav{kids: map[*sitter.Node][]*sitter.Node{}, parent: map[*sitter.Node]*sitter.Node{}, maxDepth: maxDepth}
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
		ks := NamedChildren(it.n)
		nv.kids[it.n] = ks
		for _, k := range ks {
			nv.parent[k] = it.n
			stack = append(stack, item{k, it.depth + 1})
		}
	}
	return nv
}

// Kids returns the named children of n.
func (nv *Nav) Kids(n *sitter.Node) []*sitter.Node {
	if n == nil {
		return nil
	}
	if ks, ok := nv.kids[n]; ok {
		return ks
	}
	return NamedChildren(n)
}

// KidsOfType returns the named children of n of node type typ, in order
// (the accessor lists of a property, the declarators of a declaration).
func (nv *Nav) KidsOfType(n *sitter.Node, typ string) []*sitter.Node {
	var out []*sitter.Node
	for _, k := range nv.Kids(n) {
		if k.Type() == typ {
			out = append(out, k)
		}
	}
	return out
}

// Up returns the parent of n (nil for the indexed root).
func (nv *Nav) Up(n *sitter.Node) *sitter.Node {
	if n == nil {
		return nil
	}
	if p, ok := nv.parent[n]; ok {
		return p
	}
	if _, indexed := nv.kids[n]; indexed {
		return nil // the root
	}
	return n.Parent()
}

// Enclosing returns the nearest proper ancestor of n that match accepts,
// or nil.
func (nv *Nav) Enclosing(n *sitter.Node, match func(*sitter.Node) bool) *sitter.Node {
	for p := nv.Up(n); p != nil; p = nv.Up(p) {
		if match(p) {
			return p
		}
	}
	return nil
}
