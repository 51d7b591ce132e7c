package main

import (
	"bytes"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// heapWatch keeps the heap profile of the moment the live heap was largest
// (--memprofile, a hidden flag for measuring kobolint itself): a profile
// taken after the run shows only what the printers still hold, while peak
// memory is decided in the middle of a run.
type heapWatch struct {
	rate int // the MemProfileRate before, restored by write
	stop chan struct{}
	done chan struct{}
	peak uint64
	prof bytes.Buffer
}

func watchHeap() *heapWatch {
	w := &heapWatch{rate: runtime.MemProfileRate, stop: make(chan struct{}), done: make(chan struct{})}
	runtime.MemProfileRate = 4096 // finer than the default, for a readable profile
	go w.run()
	return w
}

func (w *heapWatch) run() {
	defer close(w.done)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-tick.C:
		}
		metrics.Read(sample)
		live := sample[0].Value.Uint64()
		// Both the metric and the heap profile describe the heap as of the
		// last finished collection; a new profile only for 5% more.
		if live > w.peak+w.peak/20 {
			w.peak = live
			w.prof.Reset()
			_ = pprof.Lookup("heap").WriteTo(&w.prof, 0)
		}
	}
}

// write stops watching and writes the profile of the largest live heap
// seen, or one taken now when the run was too short for a collection.
func (w *heapWatch) write(path string) error {
	close(w.stop)
	<-w.done
	if w.prof.Len() == 0 {
		runtime.GC()
		_ = pprof.Lookup("heap").WriteTo(&w.prof, 0)
	}
	// a process that runs the command again (the tests) would otherwise
	// sample every 4 KB of allocation from now on: minutes where seconds were
	runtime.MemProfileRate = w.rate
	return os.WriteFile(path, w.prof.Bytes(), 0o644)
}
