package engine

import (
	"runtime/debug"
	"testing"
)

// gcPercent reads GOGC without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// Overlapping runs share one tuning: the first sets it, the last restores
// what was there before the first, whatever order they end in.
func TestTuneGCOverlappingRuns(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	limit := debug.SetMemoryLimit(-1)

	a := tuneGC()
	b := tuneGC()
	a()
	a() // a second stop is no stop
	if got := gcPercent(); got != smallHeapGCPercent {
		t.Errorf("GOGC while a run is under way: %d, want %d", got, smallHeapGCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != smallHeapLimit {
		t.Errorf("memory limit while a run is under way: %d, want %d", got, smallHeapLimit)
	}
	b()
	if got := gcPercent(); got != 100 {
		t.Errorf("GOGC after the runs: %d, want 100", got)
	}
	if got := debug.SetMemoryLimit(-1); got != limit {
		t.Errorf("memory limit after the runs: %d, want %d", got, limit)
	}
}

// A GOGC of the user's is left alone.
func TestTuneGCLeavesTheUsersSettings(t *testing.T) {
	t.Setenv("GOGC", "150")
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	tuneGC()()
	if got := gcPercent(); got != 150 {
		t.Errorf("GOGC: %d, want the user's 150", got)
	}
}
