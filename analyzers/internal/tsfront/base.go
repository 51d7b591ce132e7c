package tsfront

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// MaxDepth bounds tree walks, so that absurdly nested input cannot
// exhaust the stack; deeper code is simply not analysed.
const MaxDepth = 1500

// MaxEval bounds the nesting of variable inlining and wrapper expansion
// in one evaluation.
const MaxEval = 24

// Lang is what Base needs of a front-end's own syntax.
type Lang struct {
	// Keeps is the syntax that keeps a value (parentheses, casts).
	Keeps *tsnode.Wrappers
	// Hole is an unresolved value as one hole, named as the language
	// names it.
	Hole func(n *sitter.Node) []ir.Part
	// EvalNode evaluates one unwrapped node (see Base.Eval).
	EvalNode func(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool)
	// IsFunction reports nodes that define a function or method.
	IsFunction func(n *sitter.Node) bool
	// Params are a function's plain parameters by position.
	Params func(fn *sitter.Node) map[string]int
	// Emitter finds the file's URLs (see Base.Emit).
	Emitter
}

// Base is the state of one file shared by the tree-sitter front-ends.
type Base struct {
	Nav   tsnode.Nav
	Path  string
	Src   []byte
	IR    *ir.File
	B     ir.Builder
	lines *remap.Lines
	Lang  Lang

	// Calls are the file's calls in source order.
	Calls []*sitter.Node
	// Wrappers are the local functions that pass a parameter on to the
	// URL of a request (see urlparts.FindWrappers).
	Wrappers map[*sitter.Node]*urlparts.Wrapper
	// Evaluating and Expanding guard against recursion through variables
	// and wrappers; EvalMemo caches evaluations.
	Evaluating urlparts.Guard
	EvalMemo   urlparts.Memo
	Expanding  urlparts.Guard
	// URLAt maps the expressions URLs were emitted for to their IDs;
	// Handled marks the URL arguments already emitted with their request.
	URLAt   urlparts.Sites
	Handled map[*sitter.Node]bool
}

// New returns the state for the file at path in language lang, whose
// fixes are written with syntax.
func New(path, lang string, syntax ir.Syntax, src []byte) Base {
	file := &ir.File{Path: path, Lang: lang, Syntax: syntax}
	return Base{
		Path: path, Src: src, IR: file, B: ir.Builder{File: file},
		Wrappers:   map[*sitter.Node]*urlparts.Wrapper{},
		Evaluating: urlparts.Guard{},
		EvalMemo:   urlparts.Memo{},
		Expanding:  urlparts.Guard{},
		URLAt:      urlparts.Sites{},
		Handled:    map[*sitter.Node]bool{},
	}
}

// index records the tree's shape (see tsnode.Nav) and warns when the
// parser had to skip parts of the file.
func (b *Base) index(root *sitter.Node) {
	if root.HasError() {
		b.IR.Warnings = append(b.IR.Warnings, "syntax errors: parts of the file were skipped")
	}
	b.Nav = tsnode.Index(root, MaxDepth)
}

// FindCalls lists the nodes isCall accepts, in source order, as Calls.
func (b *Base) FindCalls(root *sitter.Node, isCall func(*sitter.Node) bool) {
	b.Nav.Walk(root, func(n *sitter.Node) {
		if isCall(n) {
			b.Calls = append(b.Calls, n)
		}
	})
}

// Text returns the source of n, clamped to the input.
func (b *Base) Text(n *sitter.Node) string { return tsnode.Text(b.Src, n) }

// Spelled returns the source of n on one line, for names and messages.
func (b *Base) Spelled(n *sitter.Node) string { return tsnode.Spelled(b.Src, n) }

// HasToken reports whether n has an anonymous child spelled tok.
func (b *Base) HasToken(n *sitter.Node, tok string) bool { return tsnode.HasToken(b.Src, n, tok) }

// Operator returns the operator token of a binary or assignment
// expression.
func (b *Base) Operator(n *sitter.Node) string { return tsnode.Operator(b.Src, n) }

// ParentSkipping climbs from n over the syntax that keeps a value
// (Lang.Keeps), returning the first real parent and its child on the way.
func (b *Base) ParentSkipping(n *sitter.Node) (parent, child *sitter.Node) {
	return b.Lang.Keeps.ParentSkipping(&b.Nav, n)
}

// Kids returns the named children of n.
func (b *Base) Kids(n *sitter.Node) []*sitter.Node { return b.Nav.Kids(n) }

// TypeNames lists the type names a type expression t mentions, in order.
// name says what one node gives: a name ("" for none) and whether the
// names inside it count too.
func (b *Base) TypeNames(t *sitter.Node, name func(n *sitter.Node) (string, bool)) []string {
	var out []string
	var walk func(n *sitter.Node, d int)
	walk = func(n *sitter.Node, d int) {
		if n == nil || d > 64 {
			return
		}
		nm, inside := name(n)
		if nm != "" {
			out = append(out, nm)
		}
		if !inside {
			return
		}
		for _, c := range b.Kids(n) {
			walk(c, d+1)
		}
	}
	walk(t, 0)
	return out
}

// KidsOfType returns the named children of n of node type typ.
func (b *Base) KidsOfType(n *sitter.Node, typ string) []*sitter.Node { return b.Nav.KidsOfType(n, typ) }

// Up returns the parent of n.
func (b *Base) Up(n *sitter.Node) *sitter.Node { return b.Nav.Up(n) }

// Hint sets IR.KoboHint when the text of n (a name, an import) names
// Kobo.
func (b *Base) Hint(n *sitter.Node) {
	if !b.IR.KoboHint {
		b.HintText(b.Text(n))
	}
}

// HintText sets IR.KoboHint when s (a name, a module path, a key) names
// Kobo.
func (b *Base) HintText(s string) {
	if !b.IR.KoboHint && names.SaysKobo(s) {
		b.IR.KoboHint = true
	}
}

// EnclosingFunction returns the innermost function around n (see
// Lang.IsFunction), or nil at the top level.
func (b *Base) EnclosingFunction(n *sitter.Node) *sitter.Node {
	return b.Nav.Enclosing(n, b.Lang.IsFunction)
}

// Line returns the 1-based line of byte offset off.
func (b *Base) Line(off int) int {
	if b.lines == nil {
		b.lines = remap.NewLines(b.Src)
	}
	return b.lines.Line(off)
}

// Comment emits the URL-looking words of a comment node (Comment=true)
// and its kobolint:ignore directives.
func (b *Base) Comment(n *sitter.Node) {
	comments.Comment(&b.B, b.Src, int(n.StartByte()), int(n.EndByte()), b.Line)
}

// Eval turns an expression into URL parts. ok reports that it builds a
// string from something the file spells out (a literal, a concatenation
// with one, a known join), as opposed to an opaque value given as one
// hole. e binds the parameters of the wrapper being expanded; depth
// bounds the nesting (MaxEval).
func (b *Base) Eval(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	if n == nil {
		return nil, false
	}
	n = b.Lang.Keeps.Unwrap(n)
	if depth > MaxEval {
		return b.Lang.Hole(n), false
	}
	return b.EvalMemo.Eval(n, e, func() ([]ir.Part, bool) { return b.Lang.EvalNode(n, e, depth) })
}

// CallEnv binds fn's parameters to the parts of args (the call-site
// substitution of a wrapper), each evaluated in outer.
func (b *Base) CallEnv(fn *sitter.Node, args []*sitter.Node, outer *urlparts.Env, depth int) *urlparts.Env {
	return urlparts.Bind(b.Lang.Params(fn), args, func(arg *sitter.Node) []ir.Part {
		p, _ := b.Eval(arg, outer, depth+1)
		return p
	})
}

// EvalTop evaluates n outside any call (no parameter bindings).
func (b *Base) EvalTop(n *sitter.Node) ([]ir.Part, bool) { return b.Eval(n, nil, 0) }

// finish orders the suppressions by line, as the IR requires.
func (b *Base) finish() *ir.File {
	comments.SortByLine(b.IR.Suppressions)
	return b.IR
}

// Concat evaluates a string concatenation: the parts of left, then those
// of right. ok when either side is spelled out; without a literal on
// either side it may be arithmetic, but the pieces are still kept apart
// so that each variable stays a named hole.
func (b *Base) Concat(left, right *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	l, lok := b.Eval(left, e, depth+1)
	r, rok := b.Eval(right, e, depth+1)
	return ir.Join(l, r), lok || rok
}

// FirstSpelled evaluates a choice among alternatives (the branches of a
// conditional, a value and its default after `??`): the first alternative
// the file spells out stands for the value of n; when none is, n is one
// hole.
func (b *Base) FirstSpelled(n *sitter.Node, e *urlparts.Env, depth int, alts ...*sitter.Node) ([]ir.Part, bool) {
	for _, alt := range alts {
		if p, ok := b.Eval(alt, e, depth+1); ok {
			return p, true
		}
	}
	return b.Lang.Hole(n), false
}

// FieldOr returns n's child in the field name, or else its last named
// child of type typ: grammars (and their versions) differ in which
// children they give a field name.
func (b *Base) FieldOr(n *sitter.Node, name, typ string) *sitter.Node {
	if f := tsnode.Field(n, name); f != nil {
		return f
	}
	var found *sitter.Node
	for _, c := range b.Kids(n) {
		if c.Type() == typ {
			found = c
		}
	}
	return found
}

// ArgValues returns the values of the arguments of a call's argument
// list: for each child of type argType, its last named child (the value
// of a named argument, or of one passed by reference).
func (b *Base) ArgValues(list *sitter.Node, argType string) []*sitter.Node {
	var out []*sitter.Node
	for _, c := range b.Kids(list) {
		if c.Type() != argType || c.NamedChildCount() == 0 {
			continue
		}
		out = append(out, c.NamedChild(int(c.NamedChildCount())-1))
	}
	return out
}
