package shell

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: no input makes the front-end panic and the IR holds the
// invariants of irtest.CheckSpans (suppressions on real lines among them);
// as a script and as a crontab.
// The seeds are in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	irtest.FuzzTarget{Analyze: Analyze, Paths: []string{"x.sh", "crontab"}}.Fuzz(f)
}
