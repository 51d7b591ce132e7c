package tsnode

import sitter "github.com/smacker/go-tree-sitter"

// Field is ChildByFieldName tolerating a nil node.
func Field(n *sitter.Node, name string) *sitter.Node {
	if n == nil {
		return nil
	}
	return n.ChildByFieldName(name)
}

// NamedChildren lists the named children of n.
func NamedChildren(n *sitter.Node) []*sitter.Node {
	if n == nil {
		return nil
	}
	c := int(n.NamedChildCount())
	out := make([]*sitter.Node, 0, c)
	for i := 0; i < c; i++ {
		if ch := n.NamedChild(i); ch != nil {
			out = append(out, ch)
		}
	}
	return out
}

// First returns the first of ns, or nil when there is none.
func First(ns []*sitter.Node) *sitter.Node {
	if len(ns) == 0 {
		return nil
	}
	return ns[0]
}
