package engine

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// The collector's pace. A scan's live heap is small: a few MB where few
// files mention Kobo, 10-20 MB on dense client code, findings being
// streamed (stream.go). With Go's default target (twice the live heap)
// the collector runs every few milliseconds, and on two CPUs its marking
// competes with the second worker: `--jobs 2` spent a fifth more CPU than
// `--jobs 1` on the same dense corpus, most of it in the collector. So
// while the live heap is small the target is five times the live heap
// (GOGC 400), under a soft limit of 64 MiB for the whole heap, which
// bounds the peak of a dense scan whatever its size. A live heap past
// bigHeap (one very large file) gets the default target back and no limit:
// near the limit the collector would run without pause. A GOGC or
// GOMEMLIMIT set by the user is left alone.
const (
	smallHeapGCPercent = 400
	smallHeapLimit     = 64 << 20
	bigHeap            = 32 << 20
)

// sentinel is a heap object whose finalizer runs once per collection
// (it holds a pointer so that it is never part of a tiny allocation block,
// whose finalizers may never run).
type sentinel struct {
	_ *int
	_ [16]byte
}

// tuneGC sets the small-heap pace until the returned stop is called or the
// live heap grows past bigHeap.
func tuneGC() (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(smallHeapGCPercent)
	prevLimit := debug.SetMemoryLimit(smallHeapLimit)
	var done atomic.Bool
	restore := func() {
		if done.CompareAndSwap(false, true) {
			debug.SetGCPercent(prev)
			debug.SetMemoryLimit(prevLimit)
		}
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
			if done.Load() {
				return
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > bigHeap {
				restore()
				return
			}
			arm()
		})
	}
	arm()
	return restore
}
