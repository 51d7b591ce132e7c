package python

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: any input is analysed without error or panic, and every span
// lies inside the input (raw parts and reads match their source). The
// fixtures are seeds too.
// The seeds are in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	var fixtures []string
	files, _ := filepath.Glob("../../testdata/python/*.py")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			fixtures = append(fixtures, string(b))
		}
	}
	irtest.FuzzTarget{Analyze: Analyze, Paths: []string{"fuzz.py"}, NoErrors: true}.Fuzz(f, fixtures...)
}
