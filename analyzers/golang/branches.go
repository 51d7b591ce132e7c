package golang

// Branches. A name assigned in a clause of an if statement holds, after
// it, every value a path may have left in it: `if len(data) == 0 { data =
// nil }` leaves the response data held before as one of them, so fields
// read from data later are still read from that response. The walk and
// the merge of the variables are package branches'; this file gives it
// Go's clauses and the merge of two values.

// setVar binds name, logged for the clause of an if being walked.
func (a *analyzer) setVar(name string, v *value) { a.branch.Set(nil, a.env, name, v) }

// ifStmt walks the body and the else clause each from the variables
// before them (with those variables as one more path where no else clause
// covers the case that the condition fails).
func (a *analyzer) ifStmt(body, els func()) {
	clauses := []func(){body}
	if els != nil {
		clauses = append(clauses, els)
	}
	a.branch.Walk(nil, a.env, clauses, els != nil)
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
