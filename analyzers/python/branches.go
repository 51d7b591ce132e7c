package python

// Branches. A name assigned in one branch of an if or a try keeps, after
// the statement, what every path may have left in it: the response of a
// request made in the try body stays a response after
// `except: data = []`, so the fields read from data later are still read
// from that response. Without this the last branch walked would win and
// the reads would lose their origin.
//
// The walk and the merge of the variables are package branches'; this
// file gives it Python's clauses and the merge of two values.

// setVar binds name in the current scope, logged for the clause of an if
// or try being walked.
func (a *analyzer) setVar(name string, v *value) { a.branch.Set(a.cur, a.cur.vars, name, v) }

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
	var els *node
	var handlers []func()
	for _, k := range n.kids {
		switch k.kind {
		case "else_clause":
			els = k
		case "except_clause", "except_group_clause":
			handlers = append(handlers, func() { a.walk(k) })
		}
	}
	clauses := append([]func(){func() {
		a.stmt(n.child("body"))
		if els != nil {
			a.walk(els)
		}
	}}, handlers...)
	a.branches(clauses, len(handlers) == 0)
	for _, k := range n.kids {
		if k.kind == "finally_clause" {
			a.walk(k)
		}
	}
}

// branches walks the clauses from the state before them and merges what
// they leave (see package branches).
func (a *analyzer) branches(clauses []func(), covered bool) {
	sc := a.cur
	for i, walk := range clauses {
		clauses[i] = func() {
			walk()
			a.cur = sc
		}
	}
	a.branch.Walk(sc, sc.vars, clauses, covered)
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
		if knownOrigin(v.origin) || len(v.dec) > 0 {
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
