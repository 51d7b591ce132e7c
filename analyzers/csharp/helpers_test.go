package csharp

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyze runs the front-end with the IR invariants checked.
func analyze(t *testing.T, path, src string) *ir.File {
	t.Helper()
	return irtest.Analyze(t, Analyze, path, src)
}
