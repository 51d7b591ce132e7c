package urlparts

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// Env binds parameter names to the parts of the arguments of one call,
// while a wrapper's URL is evaluated for a call site.
type Env struct {
	Vars map[string][]ir.Part
}

// Get returns the parts bound to name; a nil Env binds nothing.
func (e *Env) Get(name string) ([]ir.Part, bool) {
	if e == nil || e.Vars == nil {
		return nil, false
	}
	p, ok := e.Vars[name]
	return p, ok
}

// Hole is an unresolved value named name, spanning n.
func Hole(n *sitter.Node, name string) []ir.Part {
	return []ir.Part{{Kind: ir.Hole, Name: name, Span: ir.Span{Start: int(n.StartByte()), End: int(n.EndByte())}}}
}

// WithVia returns a copy of p whose parts without a Via name say they came
// through via (a variable, a parameter).
func WithVia(p []ir.Part, via string) []ir.Part {
	out := make([]ir.Part, len(p))
	copy(out, p)
	for i := range out {
		if out[i].Via == "" {
			out[i].Via = via
		}
	}
	return out
}

// MaxParts bounds the parts of one expression; longer ones keep their
// first parts (where hosts and paths are) and end in a hole.
const MaxParts = 256

// Cap applies MaxParts.
func Cap(p []ir.Part) []ir.Part {
	if len(p) <= MaxParts {
		return p
	}
	out := make([]ir.Part, MaxParts+1)
	copy(out, p[:MaxParts])
	out[MaxParts] = ir.Part{Kind: ir.Hole, Name: "..."}
	return out
}

// result is a memoised evaluation.
type result struct {
	parts []ir.Part
	ok    bool
}

// Memo remembers evaluations made without parameter bindings: such a node
// always evaluates the same, and the memo keeps chains of definitions
// (b = a + a; c = b + b) linear.
type Memo map[*sitter.Node]result

// Eval returns eval() capped, from the memo when e is nil.
func (m Memo) Eval(n *sitter.Node, e *Env, eval func() ([]ir.Part, bool)) ([]ir.Part, bool) {
	if e == nil {
		if r, hit := m[n]; hit {
			return r.parts, r.ok
		}
		parts, ok := eval()
		parts = Cap(parts)
		m[n] = result{parts, ok}
		return parts, ok
	}
	parts, ok := eval()
	return Cap(parts), ok
}

// Bind evaluates the arguments of one call for the parameters of the
// function called (name to position; missing arguments stay unbound).
func Bind(params map[string]int, args []*sitter.Node, eval func(arg *sitter.Node) []ir.Part) *Env {
	e := &Env{Vars: map[string][]ir.Part{}}
	for name, idx := range params {
		if idx < len(args) {
			e.Vars[name] = eval(args[idx])
		}
	}
	return e
}
