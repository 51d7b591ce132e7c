package php

import (
	"testing"
	"time"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: no input makes the front-end panic or take more than five
// seconds, and every span it reports lies inside the input (raw parts
// spelled exactly). The file name picks PHP, a Blade template, a config
// file.
// The seeds are in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	irtest.FuzzTarget{
		Analyze: Analyze,
		Paths:   []string{"x.php", "resources/views/a/b.blade.php", "config/kobo.php"},
		Limit:   5 * time.Second,
	}.Fuzz(f)
}
