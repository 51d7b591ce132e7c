package tsfront

import (
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// Parse parses the file at path with g and hands the root to run, which
// builds the file's IR; the tree is closed after (its nodes die with it).
// It fails only when the parser gives up (time limit).
func Parse(g *tsnode.Grammar, path string, src []byte, run func(root *sitter.Node) *ir.File) (*ir.File, error) {
	tree, err := g.Parse(src)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	defer tree.Close()
	return run(tree.RootNode()), nil
}

// Recover, deferred by a front-end's Analyze, turns a panic into an error
// naming the front-end: a bug in it costs one file, never the process.
func Recover(frontEnd string, f **ir.File, err *error) {
	if r := recover(); r != nil {
		*f, *err = nil, fmt.Errorf("%s: internal error: %v", frontEnd, r)
	}
}
