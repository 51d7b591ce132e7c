// Package lazyre holds regular expressions that are compiled on first use.
//
// Package initialisation runs at every start of kobolint, for every package
// linked in; a regular expression compiled there is paid for by every run,
// also by a single-file check that never uses it (the batch, redaction and
// shell front-end expressions were a tenth of such a run's CPU).
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that compiles expr on its first call and returns
// the same *regexp.Regexp on every call. Like regexp.MustCompile, it panics
// (on that first call) when expr is not valid: expressions are constants
// of the program, checked by its tests.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
