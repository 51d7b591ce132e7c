package php

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// TestDump prints the syntax tree of $DUMP_FILE; a development aid only.
// For the IR: go run ./analyzers/internal/irdump FILE.
func TestDump(t *testing.T) {
	irtest.DumpTree(t, "DUMP_FILE", func(_ string, src []byte) (*sitter.Tree, error) { return grammar.Parse(src) })
}
