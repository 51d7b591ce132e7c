package engine

import (
	"testing"

	"github.com/kobolint/kobolint/internal/lang"
)

// BenchmarkWalk lists the candidate files of the corpus directories
// (gitignore, excludes, language by name) without reading them.
func BenchmarkWalk(b *testing.B) {
	roots := benchRoots()
	n := 0
	for i := 0; i < b.N; i++ {
		n = 0
		_ = walkFiles(roots, Options{}, func(string, string, *lang.Language) { n++ }, func(Problem) {})
	}
	b.ReportMetric(float64(n), "files")
}

// BenchmarkRun is a whole scan of the corpus directories in process:
// walk, read, prefilter, front-ends, rules.
func BenchmarkRun(b *testing.B) {
	roots := benchRoots()
	for i := 0; i < b.N; i++ {
		if _, err := Run(roots, Options{NoSources: true}); err != nil {
			b.Fatal(err)
		}
	}
}
