package urlparts

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// Sites maps the nodes URLs were emitted for (a string-building expression,
// a request call, its URL argument) to the IDs of those URLs: origins of
// field reads are looked up there.
type Sites map[*sitter.Node][]int

// Add remembers the URL id at each of nodes.
func (s Sites) Add(id int, nodes ...*sitter.Node) {
	for _, n := range nodes {
		s[n] = append(s[n], id)
	}
}

// Expr emits the expression n as a URL when eval finds that it builds a
// string with URL text (HasURLText): with the role, variable and callee
// ctx gives, remembered at n, and offered to def as a definition. It
// reports whether n was emitted (its pieces are then inside a URL).
func (s Sites) Expr(b *ir.Builder, n *sitter.Node, eval func(*sitter.Node) ([]ir.Part, bool),
	ctx func(*sitter.Node) (ir.Role, string, string), def func(*sitter.Node, []ir.Part)) bool {
	p, ok := eval(n)
	if !ok || !HasURLText(p) {
		return false
	}
	role, v, call := ctx(n)
	s.Add(b.AddURL(ir.URL{Parts: p, Role: role, Var: v, Call: call}), n)
	def(n, p)
	return true
}
