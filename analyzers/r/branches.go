package r

import "github.com/kobolint/kobolint/analyzers/internal/branches"

// Branches. A name assigned in a clause of an if statement holds, after
// it, every value a path may have left in it: `if (length(data) == 0)
// data <- list()` leaves the response that data held before as one of
// them, so fields read from data later are still read from that
// response. The walk and the merge of the variables are package
// branches'; this file gives it the merge of R's values.

// newBranches is the tracker of the clauses of ifs. R's values are not
// comparable: every path's value counts (merging one twice changes
// nothing). The merge starts from the last path's value, whose text a
// string keeps, as the walk in order left it.
func newBranches() *branches.Tracker[value] {
	return branches.New(func(value, value) bool { return false }, func(vals []value) (value, bool) {
		if len(vals) == 0 {
			return value{}, false
		}
		v := vals[len(vals)-1]
		for i := len(vals) - 2; i >= 0; i-- {
			v = merge(v, vals[i])
		}
		return v, true
	})
}
