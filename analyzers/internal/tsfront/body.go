package tsfront

import sitter "github.com/smacker/go-tree-sitter"

// Body is how a front-end follows a request body to the literal it is
// built from.
type Body struct {
	// Resolve follows a variable to the value assigned to it (n itself
	// when it is no variable, nil when unknown).
	Resolve func(n *sitter.Node) *sitter.Node
	// IsLiteral reports the literal a body's keys are read from (an
	// object or array literal).
	IsLiteral func(n *sitter.Node) bool
	// Serialized is the value a serializing call encodes (the argument
	// of JSON.stringify, json_encode), or nil when n is none.
	Serialized func(n *sitter.Node) *sitter.Node
}

// Literal follows n through variables and serializing calls, a few steps
// at most, to the literal it is built from; nil when it is not one.
func (b Body) Literal(n *sitter.Node) *sitter.Node {
	for i := 0; n != nil && i < 4; i++ {
		n = b.Resolve(n)
		if n == nil {
			return nil
		}
		if b.IsLiteral(n) {
			return n
		}
		n = b.Serialized(n)
	}
	return nil
}
