package python

import "maps"

// Branches. A name assigned in one branch of an if or a try keeps, after
// the statement, what every path may have left in it: the response of a
// request made in the try body stays a response after
// `except: data = []`, so the fields read from data later are still read
// from that response. Without this the last branch walked would win and
// the reads would lose their origin.

// ifStmt walks each clause from the state before the statement and
// merges the states they end in (and the state before, where no else
// clause covers the case that no condition holds).
func (a *analyzer) ifStmt(n *node) {
	start := a.cur.vars
	var ends []map[string]*value
	clause := func(walk func()) {
		a.cur.vars = maps.Clone(start)
		walk()
		ends = append(ends, a.cur.vars)
	}
	covered := false
	clause(func() {
		a.eval(n.child("condition"), use{})
		a.stmt(n.child("consequence"))
	})
	for _, k := range n.kids {
		switch k.kind {
		case "elif_clause":
			clause(func() { a.walk(k) })
		case "else_clause":
			clause(func() { a.walk(k) })
			covered = true
		}
	}
	if !covered {
		// first: where values carry no origins the last one stays, and the
		// walk always left the last clause's
		ends = append([]map[string]*value{start}, ends...)
	}
	a.cur.vars = mergeStates(ends)
}

// tryStmt walks the body, then each handler from what the body may have
// assigned before it failed, and merges where they end; finally runs
// after all of them.
func (a *analyzer) tryStmt(n *node) {
	start := maps.Clone(a.cur.vars)
	a.stmt(n.child("body"))
	body := a.cur.vars
	var handlers []*node
	for _, k := range n.kids {
		switch k.kind {
		case "else_clause":
			a.cur.vars = maps.Clone(body)
			a.walk(k)
			body = a.cur.vars
		case "except_clause", "except_group_clause":
			handlers = append(handlers, k)
		}
	}
	ends := []map[string]*value{body}
	failed := mergeStates([]map[string]*value{start, body})
	for _, h := range handlers {
		a.cur.vars = maps.Clone(failed)
		a.walk(h)
		ends = append(ends, a.cur.vars)
	}
	a.cur.vars = mergeStates(ends)
	for _, k := range n.kids {
		if k.kind == "finally_clause" {
			a.walk(k)
		}
	}
}

// mergeStates is the state after paths that end in states: a name that
// holds one value on every path where it is bound keeps it; otherwise,
// when some of its values come from responses (origins) or decodes, it
// gets one value that carries all of them.
func mergeStates(states []map[string]*value) map[string]*value {
	out := map[string]*value{}
	for i, st := range states {
		for name := range st {
			if _, done := out[name]; done {
				continue
			}
			var vals []*value
			for _, other := range states[i:] {
				if v, ok := other[name]; ok && v != nil && !hasValue(vals, v) {
					vals = append(vals, v)
				}
			}
			out[name] = mergeValues(vals)
		}
	}
	return out
}

func hasValue(vals []*value, v *value) bool {
	for _, w := range vals {
		if w == v {
			return true
		}
	}
	return false
}

// mergeValues is one value for several that a name may hold. Values
// without origins or decodes leave the last one (what the walk always
// did); otherwise the first value with origins, carrying every value's.
func mergeValues(vals []*value) *value {
	if len(vals) == 0 {
		return nil
	}
	last := vals[len(vals)-1]
	var base *value
	for _, v := range vals {
		if len(v.origin) > 0 || len(v.dec) > 0 {
			base = v
			break
		}
	}
	if base == nil || len(vals) == 1 {
		return last
	}
	m := base.copyVal()
	for _, v := range vals {
		m.origin = union(m.origin, v.origin)
		m.dec = union(m.dec, v.dec)
	}
	m.emitted = base.emitted
	return m
}
