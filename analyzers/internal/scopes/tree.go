package scopes

import sitter "github.com/smacker/go-tree-sitter"

// Named is a binding that knows the name it binds.
type Named interface{ Name() string }

// Scope is one function body, or the file: the names bound in it. B is
// the front-end's binding; D is what the front-end keeps of each scope
// besides (JavaScript: the class `this` names; PHP: where each variable
// is read).
type Scope[B Named, D any] struct {
	Node   *sitter.Node
	Parent *Scope[B, D]
	Binds  map[string][]B
	// Closed hides the names of Parent: a PHP function sees only its own
	// variables (and those it `use`s, bound in it).
	Closed bool
	Data   D
}

// Add binds b's name to b in s.
func (s *Scope[B, D]) Add(b B) { s.Binds = Bind(s.Binds, b.Name(), b) }

// Tree holds the scopes of one file, each under the node that opens it.
type Tree[B Named, D any] struct {
	Global *Scope[B, D]
	At     map[*sitter.Node]*Scope[B, D]
	up     func(*sitter.Node) *sitter.Node
}

// NewTree returns a tree whose global scope is opened by root; up gives a
// node's parent.
func NewTree[B Named, D any](root *sitter.Node, up func(*sitter.Node) *sitter.Node) *Tree[B, D] {
	g := &Scope[B, D]{Node: root}
	return &Tree[B, D]{Global: g, At: map[*sitter.Node]*Scope[B, D]{root: g}, up: up}
}

// Open records a scope opened by n inside parent and returns it.
func (t *Tree[B, D]) Open(n *sitter.Node, parent *Scope[B, D]) *Scope[B, D] {
	s := &Scope[B, D]{Node: n, Parent: parent}
	t.At[n] = s
	return s
}

// Of returns the innermost scope containing n.
func (t *Tree[B, D]) Of(n *sitter.Node) *Scope[B, D] { return innermost(t.At, t.up, n, t.Global) }

// Declaring returns the innermost scope around at that binds name,
// looking no further out than a Closed scope, or nil.
func (t *Tree[B, D]) Declaring(name string, at *sitter.Node) *Scope[B, D] {
	for s := t.Of(at); s != nil; s = s.Parent {
		if len(s.Binds[name]) > 0 {
			return s
		}
		if s.Closed {
			return nil
		}
	}
	return nil
}

// Lookup returns the bindings of name visible at at: those of the scope
// Declaring it.
func (t *Tree[B, D]) Lookup(name string, at *sitter.Node) []B {
	if s := t.Declaring(name, at); s != nil {
		return s.Binds[name]
	}
	return nil
}

// Params maps the parameter names of the function fn to their positions,
// for the bindings of its scope that param accepts (ok).
func (t *Tree[B, D]) Params(fn *sitter.Node, param func(B) (index int, ok bool)) map[string]int {
	out := map[string]int{}
	s := t.At[fn]
	if s == nil {
		return out
	}
	for name, bs := range s.Binds {
		for _, b := range bs {
			if idx, ok := param(b); ok {
				out[name] = idx
			}
		}
	}
	return out
}
