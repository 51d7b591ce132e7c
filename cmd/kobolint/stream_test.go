package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
)

// TestStreamedCheckMatchesHeld runs check over the fixtures with the
// findings streamed from the engine to the printer (the default without
// --fix) and held to the end, and wants the same output, errors and exit
// status in every streaming format, with selections, a baseline and
// comments.
func TestStreamedCheckMatchesHeld(t *testing.T) {
	testenv.Slow(t, "runs the fixtures many times")
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(t.TempDir(), "baseline.json")
	_, out, _ := runCLI(t, root, "check", "--format", "json", "testdata/python")
	if err := os.WriteFile(base, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func() { holdFindings = false }()
	for _, format := range []string{"json", "text", "github"} {
		for _, extra := range [][]string{nil, {"--select", "KB2,KB4"}, {"--baseline", base}, {"--comments", "--exit-zero"}} {
			args := append([]string{"check", "--format", format}, extra...)
			args = append(args, "testdata")
			holdFindings = true
			hc, hout, herr := runCLI(t, root, args...)
			holdFindings = false
			sc, sout, serr := runCLI(t, root, args...)
			if hc != sc || hout != sout || herr != serr {
				t.Errorf("%v: streamed (exit %d, %d bytes) differs from held (exit %d, %d bytes)", args, sc, len(sout), hc, len(hout))
			}
			if len(hout) < 1000 {
				t.Errorf("%v: only %d bytes of output", args, len(hout))
			}
		}
	}
}
