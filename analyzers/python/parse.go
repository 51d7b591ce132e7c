package python

// node is a Go copy of one tree-sitter node. The analysis walks the tree
// several times; copying it once lets the C tree be freed right after
// parsing (see cparse.go).
type node struct {
	kind       string
	field      string // field name in the parent ("left", "function", ...)
	start, end int
	named      bool
	kids       []*node
	parent     *node
}

// maxDepth bounds the copied tree. CPython itself refuses nesting far below
// this, so only junk input is cut (and a warning says so).
const maxDepth = 400

// tree is a parsed file: the root, the comments (kept apart from the
// syntax so that the walk never meets them), and whether the parser had to
// cut anything.
type tree struct {
	root     *node
	comments []*node
	cut      bool
	errors   bool
}

// child returns the first child with the given field name.
func (n *node) child(field string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.field == field {
			return k
		}
	}
	return nil
}

// namedKids returns the named children.
func (n *node) namedKids() []*node {
	if n == nil {
		return nil
	}
	out := make([]*node, 0, len(n.kids))
	for _, k := range n.kids {
		if k.named {
			out = append(out, k)
		}
	}
	return out
}

// firstNamed returns the first named child, or nil.
func (n *node) firstNamed() *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.named {
			return k
		}
	}
	return nil
}

// op returns the operator of a binary or boolean operator node.
func (n *node) op() string {
	if o := n.child("operator"); o != nil {
		return o.kind
	}
	return ""
}
