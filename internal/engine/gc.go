package engine

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// A scan of a repository where few files mention Kobo has a live heap of a
// few MB, so the collector (target: twice the live heap, at least 4 MB)
// runs every few milliseconds: 40 collections in a 0.3 s scan of the Go
// and Python standard libraries, a fifth of the wall time. While the live
// heap is small, the target is raised (GOGC 200 instead of 100); once it
// passes smallHeap (a dense client repository) the usual target is back,
// so that peak memory there is what it was. Such a scan stays under 4 MB
// live; a dense one, findings streamed (stream.go), grows to 10-20 MB,
// where GOGC 200 would cost a third more peak memory for a few percent of
// CPU. A GOGC set by the user is left alone.

const (
	smallHeapGCPercent = 200
	smallHeap          = 8 << 20
)

// sentinel is a heap object whose finalizer runs once per collection
// (it holds a pointer so that it is never part of a tiny allocation block,
// whose finalizers may never run).
type sentinel struct {
	_ *int
	_ [16]byte
}

// tuneGC raises the GC target for a small heap until the returned stop is
// called or the live heap grows past smallHeap.
func tuneGC() (stop func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(smallHeapGCPercent)
	var done atomic.Bool
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
			if done.Load() {
				return
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > smallHeap {
				if done.CompareAndSwap(false, true) {
					debug.SetGCPercent(prev)
				}
				return
			}
			arm()
		})
	}
	arm()
	return func() {
		if done.CompareAndSwap(false, true) {
			debug.SetGCPercent(prev)
		}
	}
}
