package golang

// Branches. A name assigned in a clause of an if statement holds, after
// it, every value a path may have left in it: `if len(data) == 0 { data =
// nil }` leaves the response data held before as one of them, so fields
// read from data later are still read from that response. The walk used
// to leave only the last clause's value.
//
// What a clause assigns is logged (setVar) with the value it replaced, so
// that the else clause starts from the state before the statement again
// and only the names the clauses assigned are merged: the cost is that of
// the assignments, not of the function's size.

// clauseLog records the names a clause assigns, with the value each held
// before (had false: unbound).
type clauseLog struct {
	prev  map[string]*value
	had   map[string]bool
	outer *clauseLog
}

// setVar binds name, logging the old value for the clause being walked.
func (a *analyzer) setVar(name string, v *value) {
	if l := a.log; l != nil {
		if _, seen := l.prev[name]; !seen {
			old, had := a.env[name]
			l.prev[name], l.had[name] = old, had
		}
	}
	a.env[name] = v
}

// ifStmt walks the body and the else clause each from the variables
// before them, and leaves in each name they assigned the merge of what
// the paths leave in it (with the value before, where no else clause
// covers the case that the condition fails).
func (a *analyzer) ifStmt(body, els func()) {
	clauses := []func(){body}
	if els != nil {
		clauses = append(clauses, els)
	}
	var order []string
	start := map[string]*value{}
	bound := map[string]bool{}
	var ends []map[string]*value
	for _, walk := range clauses {
		l := &clauseLog{prev: map[string]*value{}, had: map[string]bool{}, outer: a.log}
		a.log = l
		walk()
		a.log = l.outer
		end := map[string]*value{}
		for name, old := range l.prev {
			if v, ok := a.env[name]; ok {
				end[name] = v
			}
			if _, seen := start[name]; !seen {
				start[name], bound[name] = old, l.had[name]
				order = append(order, name)
			}
			if l.had[name] {
				a.env[name] = old
			} else {
				delete(a.env, name)
			}
		}
		ends = append(ends, end)
	}
	for _, name := range order {
		var vals []*value
		add := func(v *value) {
			if v != nil && !containsValue(vals, v) {
				vals = append(vals, v)
			}
		}
		if els == nil && bound[name] {
			add(start[name]) // first: the last clause's value stays where none has origins
		}
		for _, end := range ends {
			if v, ok := end[name]; ok {
				add(v)
			} else if bound[name] {
				add(start[name])
			}
		}
		if v := mergeValues(vals); v != nil {
			a.setVar(name, v)
		}
	}
}

func containsValue(vals []*value, v *value) bool {
	for _, w := range vals {
		if w == v {
			return true
		}
	}
	return false
}

// mergeValues is one value for several a name may hold: the last, with
// every value's origins.
func mergeValues(vals []*value) *value {
	if len(vals) == 0 {
		return nil
	}
	last := vals[len(vals)-1]
	var origin []int
	for _, v := range vals {
		origin = mergeIDs(origin, v.origin)
	}
	if len(vals) == 1 || len(origin) == len(last.origin) {
		return last
	}
	m := last.clone()
	m.origin = origin
	return m
}
