package golang

import "maps"

// Branches. A name assigned in a clause of an if statement holds, after
// it, every value a path may have left in it: `if len(data) == 0 { data =
// nil }` leaves the response data held before as one of them, so fields
// read from data later are still read from that response. The walk used
// to leave only the last clause's value.

// ifStmt walks the body and the else clause each from the variables
// before them, and merges where they end (with the variables before,
// where no else clause covers the case that the condition fails).
func (a *analyzer) ifStmt(body, els func()) {
	before := a.env
	a.env = maps.Clone(before)
	body()
	ends := []map[string]*value{a.env}
	if els != nil {
		a.env = maps.Clone(before)
		els()
		ends = append(ends, a.env)
	} else {
		ends = append([]map[string]*value{before}, ends...)
	}
	a.env = mergeEnvs(ends)
}

// mergeEnvs is the variables after paths that end in envs: a name that
// holds one value on every path where it is bound keeps it; otherwise it
// gets the last path's value with every path's origins, when some come
// from responses (values without origins keep the last path's, as the
// walk always did).
func mergeEnvs(envs []map[string]*value) map[string]*value {
	out := map[string]*value{}
	for _, env := range envs {
		for name := range env {
			if _, done := out[name]; done {
				continue
			}
			var vals []*value
			for _, e := range envs {
				if v, ok := e[name]; ok && v != nil && !containsValue(vals, v) {
					vals = append(vals, v)
				}
			}
			out[name] = mergeValues(vals)
		}
	}
	return out
}

func containsValue(vals []*value, v *value) bool {
	for _, w := range vals {
		if w == v {
			return true
		}
	}
	return false
}

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
