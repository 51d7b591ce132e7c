package tsnode

import sitter "github.com/smacker/go-tree-sitter"

// SingleReturn is the value of the one return statement in body (a
// statement block), or nil when body has none, several, or a bare return.
// Returns inside nested functions (nested reports them) are not counted.
// Both the JavaScript and the C# grammar call the statement
// "return_statement".
func (nv *Nav) SingleReturn(body *sitter.Node, nested func(*sitter.Node) bool) *sitter.Node {
	var ret *sitter.Node
	count := 0
	var walk func(n *sitter.Node, d int)
	walk = func(n *sitter.Node, d int) {
		if d > 200 || count > 1 {
			return
		}
		for _, c := range nv.Kids(n) {
			if nested(c) {
				continue
			}
			if c.Type() == "return_statement" {
				count++
				if c.NamedChildCount() > 0 {
					ret = c.NamedChild(0)
				}
				continue
			}
			walk(c, d+1)
		}
	}
	walk(body, 0)
	if count != 1 {
		return nil
	}
	return ret
}

// Returns calls visit with the value (first named child) of every node of
// one of kinds below root: return statements, and for C# the `=> expr`
// clause. It does not look inside those nodes, inside nested functions
// (nested reports them), or deeper than the Nav's depth bound.
func (nv *Nav) Returns(root *sitter.Node, nested func(*sitter.Node) bool, visit func(value *sitter.Node), kinds ...string) {
	var walk func(n *sitter.Node, d int)
	walk = func(n *sitter.Node, d int) {
		if d > nv.maxDepth {
			return
		}
		for _, c := range nv.Kids(n) {
			if nested(c) {
				continue
			}
			if isKind(c, kinds) {
				if c.NamedChildCount() > 0 {
					visit(c.NamedChild(0))
				}
				continue
			}
			walk(c, d+1)
		}
	}
	walk(root, 0)
}

func isKind(n *sitter.Node, kinds []string) bool {
	t := n.Type()
	for _, k := range kinds {
		if t == k {
			return true
		}
	}
	return false
}
