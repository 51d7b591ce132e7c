package golang

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: no input makes the front-end panic, and every span it emits
// lies inside the input (raw parts matching it byte for byte).
// The seeds are in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	irtest.FuzzTarget{Analyze: Analyze, Paths: []string{"f.go"}}.Fuzz(f)
}
