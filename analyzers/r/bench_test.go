package r

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// BenchmarkAnalyze runs the front-end over the repository's fixtures for
// its language (MB/s of the front-end alone, one core).
func BenchmarkAnalyze(b *testing.B) {
	irtest.BenchmarkFixtures(b, Analyze, "../../testdata/r", ".r")
}
