package tsfront

import (
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// Parse parses the file with g, indexes the tree (see index) and hands
// its root to run, the front-end's passes; it returns the IR they built
// (see finish). The tree is closed after: its nodes die with it. It fails
// only when the parser gives up (time limit).
func (b *Base) Parse(g *tsnode.Grammar, run func(root *sitter.Node)) (*ir.File, error) {
	tree, err := g.Parse(b.Src)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", b.Path, err)
	}
	defer tree.Close()
	root := tree.RootNode()
	b.index(root)
	run(root)
	return b.finish(), nil
}

// Recover, deferred by a front-end's Analyze, turns a panic into an error
// naming the front-end: a bug in it costs one file, never the process.
func Recover(frontEnd string, f **ir.File, err *error) {
	if r := recover(); r != nil {
		*f, *err = nil, fmt.Errorf("%s: internal error: %v", frontEnd, r)
	}
}
