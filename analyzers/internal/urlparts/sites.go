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

// Request emits parts as the URL of the request call (its callee as
// spelled) and remembers it at call and at each of args, the nodes the URL
// was read from (the URL argument; a host and a path), which handled marks
// so that they are not emitted again on their own. Empty parts emit
// nothing (ok false).
func (s Sites) Request(b *ir.Builder, handled map[*sitter.Node]bool, parts []ir.Part, callee string,
	call *sitter.Node, args ...*sitter.Node) (id int, ok bool) {
	if len(parts) == 0 {
		return 0, false
	}
	id = b.AddURL(ir.URL{Parts: parts, Role: ir.RoleRequest, Call: callee})
	s.Add(id, call)
	for _, arg := range args {
		s.Add(id, arg)
		handled[arg] = true
	}
	return id, true
}

// Of is the URLs emitted for arg (unwrapped), or when arg is an
// identifier, for the value valueOf finds for it (ok false: none).
func (s Sites) Of(arg *sitter.Node, valueOf func(ident *sitter.Node) (value *sitter.Node, ok bool)) []int {
	if arg == nil {
		return nil
	}
	if ids := s[arg]; len(ids) > 0 {
		return ids
	}
	if arg.Type() == "identifier" {
		if v, ok := valueOf(arg); ok {
			return s[v]
		}
	}
	return nil
}
