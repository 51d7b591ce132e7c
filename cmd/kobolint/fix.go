package main

import (
	"errors"
	"io"

	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
)

// runFixes applies or prints fixes. It returns the findings that remain.
func runFixes(w io.Writer, res *engine.Result, fs []finding.Finding, f *checkFlags, opts engine.Options, args []string) ([]finding.Finding, bool, error) {
	return fs, false, errors.New("--fix and --diff are not available yet")
}
