package js

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// FuzzAnalyze: no input makes the front-end panic, and every span it
// reports lies inside the input (raw parts spelled exactly); the
// JavaScript sniffer takes any bytes too.
// The seeds are in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	irtest.FuzzTarget{
		Analyze: Analyze,
		Paths:   []string{"a.js", "a.ts", "a.tsx", "Code.gs"},
		Check:   func(t *testing.T, _ *ir.File, src []byte) { _ = LooksLikeJS(src) },
	}.Fuzz(f)
}
