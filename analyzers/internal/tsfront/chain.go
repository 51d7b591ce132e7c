package tsfront

import sitter "github.com/smacker/go-tree-sitter"

// maxChain bounds the links ChainRoot follows.
const maxChain = 64

// ChainRoot is the innermost receiver of a chain of member accesses,
// calls and subscripts (resp of resp.json()["a"].b), the receiver a field
// read names in messages. next steps from one link, unwrapped, to its
// receiver; ok false means the link is the root (a name, `this`, a
// literal). It is nil when a link has no receiver or the chain is
// absurdly long.
func (b *Base) ChainRoot(n *sitter.Node, next func(link *sitter.Node) (receiver *sitter.Node, ok bool)) *sitter.Node {
	for i := 0; n != nil && i < maxChain; i++ {
		n = b.Lang.Keeps.Unwrap(n)
		r, ok := next(n)
		if !ok {
			return n
		}
		n = r
	}
	return nil
}

// Awaited steps from `await x` to x (see ChainRoot).
func Awaited(n *sitter.Node) (*sitter.Node, bool) {
	c := n.NamedChild(0)
	return c, c != nil
}

// Resolve follows n to the expression that defines its value (a name to
// what it was assigned, a member to its initializer). step looks at one
// unwrapped node: ok with the node its value comes from, or not ok with
// the answer (the node itself when it defines the value, nil when that is
// not known). It is nil past MaxEval steps, counted from depth.
func (b *Base) Resolve(n *sitter.Node, depth int, step func(n *sitter.Node, depth int) (next *sitter.Node, ok bool)) *sitter.Node {
	for ; n != nil && depth < MaxEval; depth++ {
		n = b.Lang.Keeps.Unwrap(n)
		next, ok := step(n, depth)
		if !ok {
			return next
		}
		n = next
	}
	return nil
}
