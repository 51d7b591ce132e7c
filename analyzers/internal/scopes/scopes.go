// Package scopes is the name resolution the tree-sitter front-ends share:
// a Tree of Scopes (function bodies and the file) holding each
// front-end's own bindings, lookup through enclosing scopes, parameters
// by position, and Pick, the binding in effect at a point. What a binding
// records differs by language; these types work on it through small
// accessors.
package scopes

import sitter "github.com/smacker/go-tree-sitter"

// Binding is what Pick needs to know of a front-end's binding.
type Binding interface {
	// Pos is the byte offset where the binding takes effect.
	Pos() uint32
	// HasValue reports a binding with an assigned expression.
	HasValue() bool
	// Settled reports a binding that gives its name a value at Pos
	// (one with a value, a parameter, an import).
	Settled() bool
}

// Pick chooses the binding in effect at pos: the last settled one at or
// before pos, else the first with a value, else the first; the zero B
// when bs is empty.
func Pick[B Binding](bs []B, pos uint32) B {
	var best B
	found := false
	for _, b := range bs {
		if b.Pos() <= pos && b.Settled() {
			best, found = b, true
		}
	}
	if found {
		return best
	}
	for _, b := range bs {
		if b.HasValue() {
			return b
		}
	}
	if len(bs) > 0 {
		return bs[0]
	}
	return best
}

// Bind appends b to the bindings of name in m, making m when it is nil;
// an empty name binds nothing. It returns m.
func Bind[B any](m map[string][]B, name string, b B) map[string][]B {
	if name == "" {
		return m
	}
	if m == nil {
		m = map[string][]B{}
	}
	m[name] = append(m[name], b)
	return m
}

// innermost returns the scope recorded in scopes for n or its nearest
// ancestor (up gives parents; at most 10000 levels), else global.
func innermost[S any](scopes map[*sitter.Node]S, up func(*sitter.Node) *sitter.Node, n *sitter.Node, global S) S {
	for i := 0; n != nil && i < 10000; i++ {
		if s, ok := scopes[n]; ok {
			return s
		}
		n = up(n)
	}
	return global
}
