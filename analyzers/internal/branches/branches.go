// Package branches merges, after an if or a try, what its clauses leave
// in the variables they assign, for the front-ends that follow values
// through a scope's variables (Python, R, Go).
//
// A name assigned in one clause holds, after the statement, every value a
// path may have left in it: the response of a request made in a try body
// stays a response after `except: data = []`, so fields read from data
// later are still read from that response. Without this the last clause
// walked would win and the reads would lose their origin.
//
// Each clause is walked from the variables before the statement. What a
// clause assigns is logged (Set) with the value it replaced, so that the
// next clause starts from the state before the statement again, and only
// the names the clauses assigned are merged: the cost is that of the
// assignments, not of the scope's size (a module of thousands of names and
// ifs).
package branches

// Tracker logs the assignments of the clause being walked. V is a
// front-end's value; same tells two values apart (a pointer's identity
// where values are pointers); merge makes one value of the distinct values
// the paths leave, in path order (ok false: none).
type Tracker[V any] struct {
	log   *clauseLog[V]
	same  func(a, b V) bool
	merge func(vals []V) (V, bool)
}

// New returns a tracker with the front-end's comparison and merge.
func New[V any](same func(a, b V) bool, merge func(vals []V) (V, bool)) *Tracker[V] {
	return &Tracker[V]{same: same, merge: merge}
}

// ForPointers is New for values held by pointer: two are the same value
// when they are the same pointer, and merge returns nil for none.
func ForPointers[T any](merge func(vals []*T) *T) *Tracker[*T] {
	return New(func(a, b *T) bool { return a == b }, func(vals []*T) (*T, bool) {
		v := merge(vals)
		return v, v != nil
	})
}

type clauseLog[V any] struct {
	owner any // the scope whose variables are logged
	prev  map[string]V
	had   map[string]bool
	outer *clauseLog[V]
}

// Set binds name in vars, the variables of scope owner, logging the old
// value when the clause being walked is of that scope.
func (t *Tracker[V]) Set(owner any, vars map[string]V, name string, v V) {
	if l := t.log; l != nil && l.owner == owner {
		if _, seen := l.prev[name]; !seen {
			old, had := vars[name]
			l.prev[name], l.had[name] = old, had
		}
	}
	vars[name] = v
}

// Walk walks each clause from the state of vars (the variables of scope
// owner) before them, then leaves in each name a clause assigned the
// merge of what the paths leave in it: each clause's value, or the value
// before for a clause that left the name alone, and the value before also
// where no clause need run (covered false). The value before comes first:
// a merge that keeps the last value keeps the last clause's, as a walk in
// order would.
func (t *Tracker[V]) Walk(owner any, vars map[string]V, clauses []func(), covered bool) {
	var order []string
	start := map[string]V{}
	bound := map[string]bool{}
	var ends []map[string]V
	for _, walk := range clauses {
		l := &clauseLog[V]{owner: owner, prev: map[string]V{}, had: map[string]bool{}, outer: t.log}
		t.log = l
		walk()
		t.log = l.outer
		end := map[string]V{}
		for name, old := range l.prev {
			if v, ok := vars[name]; ok {
				end[name] = v
			}
			if _, seen := start[name]; !seen {
				start[name], bound[name] = old, l.had[name]
				order = append(order, name)
			}
			if l.had[name] {
				vars[name] = old
			} else {
				delete(vars, name)
			}
		}
		ends = append(ends, end)
	}
	for _, name := range order {
		var vals []V
		add := func(v V) {
			for _, w := range vals {
				if t.same(w, v) {
					return
				}
			}
			vals = append(vals, v)
		}
		if !covered && bound[name] {
			add(start[name])
		}
		for _, end := range ends {
			if v, ok := end[name]; ok {
				add(v)
			} else if bound[name] {
				add(start[name])
			}
		}
		if v, ok := t.merge(vals); ok {
			t.Set(owner, vars, name, v)
		}
	}
}
