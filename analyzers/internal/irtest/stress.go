package irtest

import (
	"fmt"
	"strings"
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

// Doubling is a source of n definitions after head, each joining the one
// before it twice, then tail: line spells definition i, with %[1]d for i
// and %[2]d for i-1. Inlined naively the last one has 2^n parts; see
// Bounded.
func Doubling(head, line, tail string, n int) string {
	var sb strings.Builder
	sb.WriteString(head)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&sb, line, i, i-1)
	}
	sb.WriteString(tail)
	return sb.String()
}

// OneURLEach runs analyze on workers goroutines (see Parallel) over the
// files file(g, i) names and spells, each holding exactly one URL: pooled
// parsers must give every file its own result.
func OneURLEach(t *testing.T, analyze func(string, []byte) (*ir.File, error), workers, perWorker int, file func(g, i int) (path, src string)) {
	t.Helper()
	Parallel(t, workers, perWorker, func(g, i int) error {
		path, src := file(g, i)
		f, err := analyze(path, []byte(src))
		if err != nil {
			return err
		}
		if len(f.URLs) != 1 {
			return fmt.Errorf("%s: %d URLs", path, len(f.URLs))
		}
		return nil
	})
}

// Degrades analyses each of inputs as each of paths: broken or hostile
// input must give no error (the front-end reads what it can) and an IR
// that holds the invariants (CheckSpans).
func Degrades(t *testing.T, analyze func(string, []byte) (*ir.File, error), paths []string, inputs ...string) {
	t.Helper()
	for _, in := range inputs {
		for _, path := range paths {
			f, err := analyze(path, []byte(in))
			if err != nil {
				t.Errorf("%s %q: %v", path, in[:min(len(in), 40)], err)
				continue
			}
			CheckSpans(t, f, []byte(in))
		}
	}
}
