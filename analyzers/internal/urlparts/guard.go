package urlparts

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// Guard is the set of definitions and functions whose evaluation is under
// way. Reaching one of them again is a cycle (`url = url + "/x"`, a
// recursive helper), which is cut instead of followed.
type Guard map[*sitter.Node]bool

// Eval returns eval() with n marked as under way meanwhile; when n is under
// way already it returns cycle() instead.
func (g Guard) Eval(n *sitter.Node, eval, cycle func() ([]ir.Part, bool)) ([]ir.Part, bool) {
	if g[n] {
		return cycle()
	}
	g[n] = true
	defer delete(g, n)
	return eval()
}

// Helper evaluates a call of fn, a local function whose value is the one
// expression ret(fn) returns, with fn's parameters bound by bind() to the
// call's arguments. ok is false when fn is being expanded already
// (recursion), returns no single expression, or that expression does not
// build a string.
func (g Guard) Helper(fn *sitter.Node, ret func(fn *sitter.Node) *sitter.Node, bind func() *Env,
	eval func(ret *sitter.Node, e *Env) ([]ir.Part, bool)) ([]ir.Part, bool) {
	if g[fn] {
		return nil, false
	}
	r := ret(fn)
	if r == nil {
		return nil, false
	}
	g[fn] = true
	defer delete(g, fn)
	return eval(r, bind())
}
