package shell

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// FuzzAnalyze: no input makes the front-end panic, every span it reports
// lies inside the input (raw ones spelling it), and suppressions are on
// real lines; as a script and as a crontab.
// The seeds are in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	irtest.FuzzTarget{
		Analyze: Analyze,
		Paths:   []string{"x.sh", "crontab"},
		Check: func(t *testing.T, file *ir.File, _ []byte) {
			for _, s := range file.Suppressions {
				if s.Line < 1 {
					t.Fatalf("suppression line %d", s.Line)
				}
			}
		},
	}.Fuzz(f)
}
