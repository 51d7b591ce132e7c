package origins

import sitter "github.com/smacker/go-tree-sitter"

// Flow follows values back to the requests whose responses they hold:
// an expression, what a function returns, the value a binding (of type
// B) gives its name. The front-end gives the three steps, uncached; they
// ask the Flow for the parts at depth+1, and the Flow caches each answer
// for the pass, cuts cycles and stops past its depth limit.
type Flow[B comparable] struct {
	limit   int
	expr    func(n *sitter.Node, depth int) []int
	returns func(fn *sitter.Node, depth int) []int
	binding func(b B, depth int) []int
	memo    Memo[B]
}

// NewFlow returns a Flow with the front-end's steps; past depth limit it
// yields nil.
func NewFlow[B comparable](limit int, expr, returns func(*sitter.Node, int) []int, binding func(B, int) []int) *Flow[B] {
	return &Flow[B]{limit: limit, expr: expr, returns: returns, binding: binding, memo: NewMemo[B]()}
}

// Of is the origin of expression n (nil for nil).
func (f *Flow[B]) Of(n *sitter.Node, depth int) []int {
	if n == nil || depth > f.limit {
		return nil
	}
	return f.memo.Node(n, func() []int { return f.expr(n, depth) })
}

// Returned is the origin of what function fn returns.
func (f *Flow[B]) Returned(fn *sitter.Node, depth int) []int {
	return f.memo.Func(fn, depth > f.limit, func() []int { return f.returns(fn, depth) })
}

// Bound is the origin of the value b gives its name.
func (f *Flow[B]) Bound(b B, depth int) []int {
	return f.memo.Binding(b, depth > f.limit, func() []int { return f.binding(b, depth) })
}

// Reset forgets the answers, for a later pass that knows more (types).
func (f *Flow[B]) Reset() { f.memo = NewMemo[B]() }
