package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

var (
	binDir  string
	binOnce sync.Once
	binErr  error
	binOut  []byte
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kobolint-bin-")
	if err != nil {
		panic(err)
	}
	binDir = dir
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// buildKobolint builds the kobolint binary once per test run, for the
// tests that drive it as a subprocess (--version, the language server).
func buildKobolint(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(binDir, "kobolint")
	binOnce.Do(func() {
		// -buildvcs=auto (the default, which a GOFLAGS of this machine
		// turns off) stamps the commit in a git checkout
		binOut, binErr = exec.Command("go", "build", "-buildvcs=auto", "-o", bin, ".").CombinedOutput()
	})
	if binErr != nil {
		t.Fatalf("go build: %v\n%s", binErr, binOut)
	}
	return bin
}
