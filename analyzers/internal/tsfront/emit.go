package tsfront

import (
	"slices"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// Step is what a front-end's visit says about a node in the source-order
// walk of Emit.
type Step uint8

const (
	// Walk: consider n as a URL expression, then walk below it.
	Walk Step = iota
	// Skip: nothing at or below n is a URL this code uses (a comment
	// already handled, a name, an attribute holding routes).
	Skip
	// Below: n's own URL is emitted already (a request call); walk below
	// it without considering n itself.
	Below
	// Inside: n is part of a URL emitted already; walk below it without
	// emitting its pieces again.
	Inside
)

// Emitter is what Emit asks of a front-end.
type Emitter struct {
	// Comments are the node types of comments: their URL-looking words
	// and suppressions are recorded (Base.Comment).
	Comments []string
	// Opaque are the node types below which no URL this code uses is
	// looked for (imports, attributes that hold routes and wire names).
	Opaque []string
	// Visit handles what else is the language's own at n (names that
	// hint at Kobo, request calls) and says how the walk goes on.
	Visit func(n *sitter.Node, inURL bool) Step
	// Candidate reports expressions that may build a string.
	Candidate func(n *sitter.Node) bool
	// Eval evaluates an expression emitted as a URL; Base.EvalTop when
	// nil.
	Eval func(n *sitter.Node) ([]ir.Part, bool)
	// Role says what an expression is for, from its parent (wrappers
	// climbed) and the child of the parent it is in: the role, the
	// variable it is stored in and the call it is passed to (see
	// Base.Context).
	Role func(parent, child *sitter.Node) (ir.Role, string, string)
	// Def records the value of a definition other files may use.
	Def func(n *sitter.Node, parts []ir.Part)
}

// Emit walks the tree below root in source order and emits its URLs:
// those of requests (through Lang.Visit), then every maximal
// string-building expression whose text looks like part of a URL, and the
// comments on the way. The pieces below an emitted expression are not
// emitted again.
func (b *Base) Emit(root *sitter.Node) {
	e := b.Lang.Emitter
	if e.Eval == nil {
		e.Eval = b.EvalTop
	}
	b.emit(root, &e, false, 0)
}

func (b *Base) emit(n *sitter.Node, e *Emitter, inURL bool, depth int) {
	if depth > MaxDepth {
		return
	}
	if slices.Contains(e.Comments, n.Type()) {
		b.Comment(n)
		return
	}
	if slices.Contains(e.Opaque, n.Type()) {
		return
	}
	self := false
	switch e.Visit(n, inURL) {
	case Skip:
		return
	case Below:
		self = true
	case Inside:
		inURL = true
	}
	if b.Handled[n] {
		inURL = true
	}
	if !inURL && !self && e.Candidate(n) {
		inURL = b.URLAt.Expr(&b.B, n, e.Eval, b.Context, e.Def)
	}
	for _, c := range b.Kids(n) {
		b.emit(c, e, inURL, depth+1)
	}
}

// Context is the role of expression n, the variable it is stored in and
// the call it is passed to, as its parent tells (Emitter.Role); unknown
// at the top.
func (b *Base) Context(n *sitter.Node) (ir.Role, string, string) {
	p, child := b.ParentSkipping(n)
	if p == nil {
		return ir.RoleUnknown, "", ""
	}
	return b.Lang.Role(p, child)
}
