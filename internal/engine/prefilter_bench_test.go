package engine

import (
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
)

// BenchmarkPrefilter measures the byte prefilter alone over the corpus held
// in memory (MB/s is the number to compare with ripgrep's search speed).
func BenchmarkPrefilter(b *testing.B) { benchPrefilter(b, interesting) }

// BenchmarkPrefilterReference is the same with one search per marker, the
// way the prefilter was first written: the anchored scan must beat it.
func BenchmarkPrefilterReference(b *testing.B) { benchPrefilter(b, interestingRef) }

func benchPrefilter(b *testing.B, interesting func([]byte, [][]byte) bool) {
	files := loadBenchCorpus(b)
	b.SetBytes(benchBytes)
	b.ResetTimer()
	hits := 0
	for i := 0; i < b.N; i++ {
		hits = 0
		for _, f := range files {
			if !looksBinary(f.src) && interesting(f.src, nil) {
				hits++
			}
		}
	}
	b.ReportMetric(float64(hits), "marked-files")
}

// TestInterestingOnCorpus compares the anchored prefilter with the plain
// reference on every file of the benchmark corpus.
func TestInterestingOnCorpus(t *testing.T) {
	testenv.Slow(t, "reads a corpus")
	for _, f := range loadBenchCorpus(t) {
		if got, want := interesting(f.src, nil), interestingRef(f.src, nil); got != want {
			t.Errorf("%s: interesting = %v, reference says %v", f.path, got, want)
		}
	}
}
