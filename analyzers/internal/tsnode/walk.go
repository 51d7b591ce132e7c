package tsnode

import sitter "github.com/smacker/go-tree-sitter"

// Walk calls visit on root and the named nodes below it in source order
// (pre-order), down to the Nav's depth bound below root.
func (nv *Nav) Walk(root *sitter.Node, visit func(n *sitter.Node)) {
	var walk func(n *sitter.Node, d int)
	walk = func(n *sitter.Node, d int) {
		if d > nv.maxDepth {
			return
		}
		visit(n)
		for _, c := range nv.Kids(n) {
			walk(c, d+1)
		}
	}
	walk(root, 0)
}

// WalkIn is Walk for a visit that carries what encloses a node (a scope,
// a namespace) down the tree: visit gets the value of n's parent and
// returns the value n's children get.
func WalkIn[C any](nv *Nav, root *sitter.Node, c C, visit func(n *sitter.Node, c C) C) {
	var walk func(n *sitter.Node, c C, d int)
	walk = func(n *sitter.Node, c C, d int) {
		if d > nv.maxDepth {
			return
		}
		c = visit(n, c)
		for _, k := range nv.Kids(n) {
			walk(k, c, d+1)
		}
	}
	walk(root, c, 0)
}

// WalkPruned is Walk for a visit that can leave out what is below n
// (comments, imports, attributes): it returns whether to go below n.
func (nv *Nav) WalkPruned(root *sitter.Node, visit func(n *sitter.Node) bool) {
	var walk func(n *sitter.Node, d int)
	walk = func(n *sitter.Node, d int) {
		if d > nv.maxDepth || !visit(n) {
			return
		}
		for _, c := range nv.Kids(n) {
			walk(c, d+1)
		}
	}
	walk(root, 0)
}
