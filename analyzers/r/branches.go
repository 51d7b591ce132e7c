package r

import "maps"

// Branches. A name assigned in a clause of an if statement holds, after
// it, every value a path may have left in it: `if (length(data) == 0)
// data <- list()` leaves the response that data held before as one of
// them, so fields read from data later are still read from that
// response. The walk used to leave only the last clause's value.

// branches tracks one if statement: the scope's variables before it, and
// what each clause walked so far left in the names it assigned.
type branches struct {
	sc       *scope
	before   map[string]value
	assigned map[string]bool
	ends     []map[string]value // per clause: the values of the names it assigned
	outer    *branches
}

func (a *analyzer) startBranches(sc *scope) *branches {
	b := &branches{sc: sc, before: maps.Clone(sc.vars), assigned: map[string]bool{}, outer: a.branch}
	a.branch = b
	return b
}

// next closes the clause just walked: its values are kept and the scope
// goes back to what it was before the statement, for the next clause.
func (b *branches) next() {
	end := map[string]value{}
	for name := range b.assigned {
		if v, ok := b.sc.vars[name]; ok {
			end[name] = v
		}
		if v, ok := b.before[name]; ok {
			b.sc.vars[name] = v
		} else {
			delete(b.sc.vars, name)
		}
	}
	b.ends = append(b.ends, end)
	b.assigned = map[string]bool{}
}

// end sets each name a clause assigned to the merge of the values the
// clauses left in it and, where a clause (or the missing else) left it
// alone, the value before: the last clause's value comes first, so that
// a string keeps the text the walk gave it before.
func (b *branches) end(a *analyzer, covered bool) {
	a.branch = b.outer
	names := map[string]bool{}
	for _, e := range b.ends {
		for n := range e {
			names[n] = true
		}
	}
	for name := range names {
		var v value
		have := false
		add := func(x value) {
			if !have {
				v, have = x, true
				return
			}
			v = merge(v, x)
		}
		for i := len(b.ends) - 1; i >= 0; i-- {
			if x, ok := b.ends[i][name]; ok {
				add(x)
			} else if x, ok := b.before[name]; ok {
				add(x)
			}
		}
		if x, ok := b.before[name]; ok && !covered {
			add(x)
		}
		b.sc.vars[name] = v
		if b.outer != nil && b.outer.sc == b.sc {
			b.outer.assigned[name] = true
		}
	}
}
