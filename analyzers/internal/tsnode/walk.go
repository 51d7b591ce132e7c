package tsnode

import sitter "github.com/smacker/go-tree-sitter"

// Walk calls visit on root and the named nodes below it in source order
// (pre-order), down to maxDepth levels below root.
func (nv *Nav) Walk(root *sitter.Node, maxDepth int, visit func(n *sitter.Node)) {
	var walk func(n *sitter.Node, d int)
	walk = func(n *sitter.Node, d int) {
		if d > maxDepth {
			return
		}
		visit(n)
		for _, c := range nv.Kids(n) {
			walk(c, d+1)
		}
	}
	walk(root, 0)
}
