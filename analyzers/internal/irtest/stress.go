package irtest

import (
	"sync"
	"testing"
	"time"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// Parallel runs one(g, i) for i < perWorker on each of workers goroutines
// and fails the test with the first error returned. Front-ends pool their
// parsers: this shows that no state (a cancellation flag) is carried from
// one file to the next.
func Parallel(t *testing.T, workers, perWorker int, one func(g, i int) error) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for g := 0; g < workers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				if err := one(g, i); err != nil {
					errs <- err
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// Bounded runs a front-end on src (see Analyze), failing the test when it
// takes longer than limit or makes a URL with more parts than
// urlparts.MaxParts (plus the hole that ends a capped list): inputs that
// double at each step must stay bounded.
func Bounded(t *testing.T, analyze func(string, []byte) (*ir.File, error), path, src string, limit time.Duration) *ir.File {
	t.Helper()
	start := time.Now()
	f := Analyze(t, analyze, path, src)
	if d := time.Since(start); d > limit {
		t.Fatalf("took %v", d)
	}
	for _, u := range f.URLs {
		if len(u.Parts) > urlparts.MaxParts+1 {
			t.Fatalf("URL with %d parts", len(u.Parts))
		}
	}
	return f
}
