// Package testenv holds what the slow tests share: skipping them under
// `go test -short` and finding the go command they run. Test code only.
package testenv

import (
	"os/exec"
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
