package engine

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
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
// bigHeap (one very large file, or a program that runs the engine and
// holds much else) gets the previous pace back: near the limit the
// collector would run without pause. A GOGC or GOMEMLIMIT set by the user
// is left alone.
//
// The settings are the process's: runs that overlap (the language server,
// tests running the command in-process) share one tuning, set by the
// first and restored by the last, so that none leaves another's settings
// behind.
const (
	smallHeapGCPercent = 400
	smallHeapLimit     = 64 << 20
	bigHeap            = 32 << 20
)

var gcTune struct {
	sync.Mutex
	users     int   // runs under way
	tuned     bool  // the small-heap pace is set
	prev      int   // what it replaced
	prevLimit int64 //
}

// sentinel is a heap object whose finalizer runs once per collection
// (it holds a pointer so that it is never part of a tiny allocation block,
// whose finalizers may never run).
type sentinel struct {
	_ *int
	_ [16]byte
}

// tuneGC sets the small-heap pace for a run; the returned stop ends the
// run's part in it.
func tuneGC() (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	gcTune.Lock()
	gcTune.users++
	if gcTune.users == 1 {
		gcTune.prev = debug.SetGCPercent(smallHeapGCPercent)
		gcTune.prevLimit = debug.SetMemoryLimit(smallHeapLimit)
		gcTune.tuned = true
		armSentinel()
	}
	gcTune.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			gcTune.Lock()
			defer gcTune.Unlock()
			gcTune.users--
			if gcTune.users == 0 {
				untune()
			}
		})
	}
}

// untune restores the pace the tuning replaced; gcTune is locked.
func untune() {
	if gcTune.tuned {
		debug.SetGCPercent(gcTune.prev)
		debug.SetMemoryLimit(gcTune.prevLimit)
		gcTune.tuned = false
	}
}

// armSentinel checks the live heap after each collection while the
// small-heap pace is set, and restores the previous pace past bigHeap.
func armSentinel() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		gcTune.Lock()
		defer gcTune.Unlock()
		if !gcTune.tuned {
			return
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > bigHeap {
			untune()
			return
		}
		armSentinel()
	})
}
