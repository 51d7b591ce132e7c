package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
)

// TestGoVet builds kobolint-vet and runs it through `go vet -vettool` on the
// example module of testdata/govet (no dependencies, no network).
func TestGoVet(t *testing.T) {
	tool := filepath.Join(t.TempDir(), "kobolint-vet")
	build := testenv.GoCommand(t, "builds a binary and runs go vet", "build", "-o", tool, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "govet", "example"))
	if err != nil {
		t.Fatal(err)
	}
	vet := testenv.GoCommand(t, "runs go vet", "vet", "-vettool="+tool, "./...")
	vet.Dir = example
	vet.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off", "GOTOOLCHAIN=local")
	out, err := vet.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded; want findings\n%s", out)
	}
	text := string(out)
	for _, want := range []string{"main.go:12:", "KB101:", "main.go:15:", "KB401:", "KB403:", "main.go:20:", "KB201: v1 endpoint /api/v1/data"} {
		if !strings.Contains(text, want) {
			t.Errorf("go vet output lacks %q:\n%s", want, text)
		}
	}
}
