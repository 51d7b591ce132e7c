// Package testenv holds what the slow tests share: skipping them under
// `go test -short` and finding the go command they run. Test code only.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Slow skips t under -short; why says what makes it slow.
func Slow(t testing.TB, why string) {
	t.Helper()
	if testing.Short() {
		t.Skip(why)
	}
}

// GoCommand returns the command `go args...` for t to run, skipping t
// under -short (see Slow) or when there is no go command on PATH.
func GoCommand(t testing.TB, why string, args ...string) *exec.Cmd {
	t.Helper()
	Slow(t, why)
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	return exec.Command(goBin, args...)
}

// WriteFiles writes the files kv names, as name and content pairs, below
// dir (making the folders they need) and returns the path of the last.
func WriteFiles(t testing.TB, dir string, kv ...string) string {
	t.Helper()
	var p string
	for i := 0; i+1 < len(kv); i += 2 {
		p = filepath.Join(dir, kv[i])
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(kv[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// WriteTemp writes content to a file called name in a new temporary
// folder of t and returns its path.
func WriteTemp(t testing.TB, name, content string) string {
	t.Helper()
	return WriteFiles(t, t.TempDir(), name, content)
}
