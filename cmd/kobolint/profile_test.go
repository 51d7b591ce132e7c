package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// --memprofile and --cpuprofile write pprof files (gzipped protocol
// buffers) and change nothing in the report.
func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	files(t, dir, "sync.py", "import requests\nrequests.get('https://kc.kobotoolbox.org/api/v1/forms')\n")
	_, plain, _ := runCLI(t, dir, "check", "--format", "json", "sync.py")
	mem, cpu := filepath.Join(dir, "heap.pprof"), filepath.Join(dir, "cpu.pprof")
	rate := runtime.MemProfileRate
	code, out, errs := runCLI(t, dir, "check", "--format", "json", "--memprofile", mem, "--cpuprofile", cpu, "sync.py")
	if runtime.MemProfileRate != rate {
		// the process (these tests, or a program running the command)
		// would sample every few KB of allocation from now on
		t.Errorf("--memprofile left MemProfileRate at %d (was %d)", runtime.MemProfileRate, rate)
	}
	if code != 1 || out != plain {
		t.Fatalf("with profiles: exit %d, stderr %q, report changed:\n%s\nwant\n%s", code, errs, out, plain)
	}
	for _, p := range []string{mem, cpu} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
			t.Errorf("%s: not a pprof file (%d bytes)", filepath.Base(p), len(b))
		}
	}
}
