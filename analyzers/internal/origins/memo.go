package origins

import sitter "github.com/smacker/go-tree-sitter"

// Memo caches the origins of expressions, functions (what they return)
// and bindings (of type B) for one pass. One busy set serves all three, so
// a function whose return value is being computed also reads as busy when
// it is met as an expression.
type Memo[B comparable] struct {
	nodes    map[*sitter.Node][]int
	funcs    map[*sitter.Node][]int
	bindings map[B][]int
	busy     map[any]bool
}

// NewMemo returns an empty memo.
func NewMemo[B comparable]() Memo[B] {
	return Memo[B]{
		nodes:    map[*sitter.Node][]int{},
		funcs:    map[*sitter.Node][]int{},
		bindings: map[B][]int{},
		busy:     map[any]bool{},
	}
}

// Node returns the cached origin of expression n or computes it; a cycle
// back to n yields nil.
func (m *Memo[B]) Node(n *sitter.Node, compute func() []int) []int {
	return cached(m.nodes, m.busy, n, false, compute)
}

// Func returns the cached origin of what fn returns or computes it; past
// the depth limit (tooDeep) or in a cycle it yields nil, uncached.
func (m *Memo[B]) Func(fn *sitter.Node, tooDeep bool, compute func() []int) []int {
	return cached(m.funcs, m.busy, fn, tooDeep, compute)
}

// Binding is Func for the value a binding gives its name.
func (m *Memo[B]) Binding(b B, tooDeep bool, compute func() []int) []int {
	return cached(m.bindings, m.busy, b, tooDeep, compute)
}

// Busy reports a key whose origin is being computed.
func (m *Memo[B]) Busy(k any) bool { return m.busy[k] }

func cached[K comparable](done map[K][]int, busy map[any]bool, k K, tooDeep bool, compute func() []int) []int {
	if o, ok := done[k]; ok {
		return o
	}
	if busy[k] || tooDeep {
		return nil
	}
	busy[k] = true
	o := compute()
	delete(busy, k)
	done[k] = o
	return o
}
