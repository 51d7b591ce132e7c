package tsnode

import sitter "github.com/smacker/go-tree-sitter"

// maxWrappers bounds the wrappers stripped or climbed in one go, so that
// absurd nesting costs a bounded walk.
const maxWrappers = 64

// Inner says where a wrapper node keeps the value it wraps.
type Inner struct {
	// Field names the child holding the value; "" means a named child.
	Field string
	// Last takes the last named child instead of the first.
	Last bool
}

// Wrappers is a language's table of syntax that keeps a value unchanged
// (parentheses, casts, assertions).
type Wrappers struct {
	// Strip lists the kinds Unwrap looks through and where their value is.
	Strip map[string]Inner
	// Climb lists the kinds ParentSkipping climbs over; it may hold more
	// than Strip (await keeps the value for a caller looking up).
	Climb map[string]bool
}

// Unwrap strips wrappers from n; a wrapper without its value stays.
func (w *Wrappers) Unwrap(n *sitter.Node) *sitter.Node {
	for i := 0; n != nil && i < maxWrappers; i++ {
		in, ok := w.Strip[n.Type()]
		if !ok {
			return n
		}
		if in.Field != "" {
			v := n.ChildByFieldName(in.Field)
			if v == nil {
				return n
			}
			n = v
			continue
		}
		c := int(n.NamedChildCount())
		switch {
		case c == 0:
			return n
		case in.Last:
			n = n.NamedChild(c - 1)
		default:
			n = n.NamedChild(0)
		}
	}
	return n
}

// ParentSkipping climbs from n over wrappers, returning the first real
// parent and the child of it on the way.
func (w *Wrappers) ParentSkipping(nv *Nav, n *sitter.Node) (parent, child *sitter.Node) {
	child = n
	for i := 0; i < maxWrappers; i++ {
		p := nv.Up(child)
		if p == nil {
			return nil, child
		}
		if w.Climb[p.Type()] {
			child = p
			continue
		}
		return p, child
	}
	return nil, child
}
