package irtest

import (
	"testing"
	"time"

	"github.com/kobolint/kobolint/internal/ir"
)

// FuzzTarget is a front-end under fuzzing.
type FuzzTarget struct {
	// Analyze is the front-end.
	Analyze func(path string, src []byte) (*ir.File, error)
	// Paths are the file names it is given, picked by the fuzzed byte
	// (the name chooses a dialect or reader).
	Paths []string
	// NoErrors fails on an error: the front-end analyses any input (in
	// part) rather than giving up.
	NoErrors bool
	// Limit fails an input that takes longer (0: no bound).
	Limit time.Duration
	// Check holds the front-end's own further checks, if any.
	Check func(t *testing.T, f *ir.File, src []byte)
}

// Fuzz runs the target on its seed corpus (testdata/fuzz/<FuzzName>, the
// second value the index of a path), on the extra seeds given (each under
// every path), and then on fuzzed input: no input may panic, and what the front-end returns must
// hold the IR invariants (CheckSpans).
func (ft FuzzTarget) Fuzz(f *testing.F, seeds ...string) {
	for _, s := range seeds {
		for i := range ft.Paths {
			f.Add([]byte(s), uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, which uint8) {
		path := ft.Paths[int(which)%len(ft.Paths)]
		start := time.Now()
		file, err := ft.Analyze(path, src)
		if d := time.Since(start); ft.Limit > 0 && d > ft.Limit {
			t.Fatalf("%s: %d bytes took %v", path, len(src), d)
		}
		if err != nil {
			if ft.NoErrors {
				t.Fatalf("%s: %v", path, err)
			}
			return
		}
		CheckSpans(t, file, src)
		if ft.Check != nil {
			ft.Check(t, file, src)
		}
	})
}
