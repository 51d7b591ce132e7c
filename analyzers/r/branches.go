package r

// Branches. A name assigned in a clause of an if statement holds, after
// it, every value a path may have left in it: `if (length(data) == 0)
// data <- list()` leaves the response that data held before as one of
// them, so fields read from data later are still read from that
// response. The walk used to leave only the last clause's value.
//
// What a clause assigns in its scope is logged with the value it
// replaced, so that the next clause starts from the state before the
// statement again and only the names the clauses assigned are merged: the
// cost is that of the assignments, not of the scope's size.

// branches tracks one if statement: the names its clauses assigned, with
// their values before it, and what each clause left in them.
type branches struct {
	sc    *scope
	prev  map[string]value // the clause being walked: values it replaced
	had   map[string]bool
	order []string
	start map[string]value // every clause: the values before the statement
	bound map[string]bool
	ends  []map[string]value
	outer *branches
}

func (a *analyzer) startBranches(sc *scope) *branches {
	b := &branches{sc: sc, prev: map[string]value{}, had: map[string]bool{}, start: map[string]value{}, bound: map[string]bool{}, outer: a.branch}
	a.branch = b
	return b
}

// logged notes, before the clause being walked assigns name, the value it
// replaces.
func (b *branches) logged(name string) {
	if _, seen := b.prev[name]; seen {
		return
	}
	old, had := b.sc.vars[name]
	b.prev[name], b.had[name] = old, had
}

// next closes the clause just walked: its values are kept and the names
// it assigned go back to what they were before the statement.
func (b *branches) next() {
	end := map[string]value{}
	for name, old := range b.prev {
		if v, ok := b.sc.vars[name]; ok {
			end[name] = v
		}
		if _, seen := b.start[name]; !seen {
			b.start[name], b.bound[name] = old, b.had[name]
			b.order = append(b.order, name)
		}
		if b.had[name] {
			b.sc.vars[name] = old
		} else {
			delete(b.sc.vars, name)
		}
	}
	b.ends = append(b.ends, end)
	b.prev, b.had = map[string]value{}, map[string]bool{}
}

// end sets each name a clause assigned to the merge of the values the
// clauses left in it and, where a clause (or the missing else) left it
// alone, the value before: the last clause's value comes first, so that
// a string keeps the text the walk gave it before.
func (b *branches) end(a *analyzer, covered bool) {
	a.branch = b.outer
	for _, name := range b.order {
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
			} else if b.bound[name] {
				add(b.start[name])
			}
		}
		if !covered && b.bound[name] {
			add(b.start[name])
		}
		if !have {
			continue
		}
		if a.branch != nil && a.branch.sc == b.sc {
			a.branch.logged(name)
		}
		b.sc.vars[name] = v
	}
}
