package python

// Branches. A name assigned in one branch of an if or a try keeps, after
// the statement, what every path may have left in it: the response of a
// request made in the try body stays a response after
// `except: data = []`, so the fields read from data later are still read
// from that response. Without this the last branch walked would win and
// the reads would lose their origin.
//
// Each clause is walked from the variables before the statement. What a
// clause assigns is logged (setVar) with the value it replaced, so that
// the next clause starts from the state before the statement again and
// only the names the clauses assigned are merged: the cost is that of the
// assignments, not of the scope's size (a module with thousands of names
// and ifs).

// clauseLog records the names a clause assigns in its scope, with the
// value each held before (nil and false: unbound).
type clauseLog struct {
	sc    *scope
	prev  map[string]*value
	had   map[string]bool
	outer *clauseLog
}

// setVar binds name in the current scope, logging the old value for the
// clause being walked.
func (a *analyzer) setVar(name string, v *value) {
	if l := a.log; l != nil && l.sc == a.cur {
		if _, seen := l.prev[name]; !seen {
			old, had := a.cur.vars[name]
			l.prev[name], l.had[name] = old, had
		}
	}
	a.cur.vars[name] = v
}

// ifStmt walks the clauses of an if; the state before it is one more
// path where no else clause covers the case that no condition holds.
func (a *analyzer) ifStmt(n *node) {
	clauses := []func(){func() {
		a.eval(n.child("condition"), use{})
		a.stmt(n.child("consequence"))
	}}
	covered := false
	for _, k := range n.kids {
		switch k.kind {
		case "elif_clause", "else_clause":
			clauses = append(clauses, func() { a.walk(k) })
			covered = covered || k.kind == "else_clause"
		}
	}
	a.branches(clauses, covered)
}

// tryStmt walks the body (and its else clause) as one path and each
// handler as another; a handler may run after any part of the body, so
// for a name it leaves alone both the body's value and the value before
// count. finally runs after all of them.
func (a *analyzer) tryStmt(n *node) {
	body := []*node{n.child("body")}
	var handlers []func()
	for _, k := range n.kids {
		switch k.kind {
		case "else_clause":
			body = append(body, k)
		case "except_clause", "except_group_clause":
			handlers = append(handlers, func() { a.walk(k) })
		}
	}
	clauses := append([]func(){func() {
		for _, b := range body {
			if b.kind == "else_clause" {
				a.walk(b)
			} else {
				a.stmt(b)
			}
		}
	}}, handlers...)
	a.branches(clauses, len(handlers) == 0)
	for _, k := range n.kids {
		if k.kind == "finally_clause" {
			a.walk(k)
		}
	}
}

// branches walks each clause from the state before them and leaves in
// each name a clause assigned the merge of what the paths leave in it:
// each clause's value, or the value before for a clause that left the
// name alone, and the value before also where no clause need run
// (!covered).
func (a *analyzer) branches(clauses []func(), covered bool) {
	sc := a.cur
	type before struct {
		v   *value
		had bool
	}
	var order []string
	start := map[string]before{}
	var ends []map[string]*value
	for _, walk := range clauses {
		l := &clauseLog{sc: sc, prev: map[string]*value{}, had: map[string]bool{}, outer: a.log}
		a.log = l
		walk()
		a.log = l.outer
		a.cur = sc
		end := map[string]*value{}
		for name, old := range l.prev {
			if v, ok := sc.vars[name]; ok {
				end[name] = v
			}
			if _, seen := start[name]; !seen {
				start[name] = before{old, l.had[name]}
				order = append(order, name)
			}
			if l.had[name] {
				sc.vars[name] = old
			} else {
				delete(sc.vars, name)
			}
		}
		ends = append(ends, end)
	}
	for _, name := range order {
		b := start[name]
		var vals []*value
		add := func(v *value) {
			if v != nil && !hasValue(vals, v) {
				vals = append(vals, v)
			}
		}
		if !covered && b.had {
			// first: where values carry no origins the last one stays, and
			// the walk always left the last clause's
			add(b.v)
		}
		for _, end := range ends {
			if v, ok := end[name]; ok {
				add(v)
			} else if b.had {
				add(b.v)
			}
		}
		if v := mergeValues(vals); v != nil {
			a.setVar(name, v)
		}
	}
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
