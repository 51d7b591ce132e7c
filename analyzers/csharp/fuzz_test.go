package csharp

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: no input makes the front-end panic, and every span it
// reports lies inside the input (raw parts spelled exactly).
// The seeds are in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	irtest.FuzzTarget{Analyze: Analyze, Paths: []string{"F.cs"}}.Fuzz(f)
}
