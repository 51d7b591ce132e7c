package csharp

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// index records the tree's shape once (see tsnode.Nav).
func (a *analyzer) index(root *sitter.Node) { a.nav = tsnode.Index(root, maxDepth) }

// kids returns the named children of n.
func (a *analyzer) kids(n *sitter.Node) []*sitter.Node { return a.nav.Kids(n) }

// up returns the parent of n.
func (a *analyzer) up(n *sitter.Node) *sitter.Node { return a.nav.Up(n) }
