package csharp

import (
	"time"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/csharp"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// grammar parses C#; one pathological file is given 20 seconds.
var grammar = tsnode.NewGrammar(csharp.GetLanguage(), 20*time.Second)

// parse returns the tree of src; the caller closes it.
func parse(src []byte) (*sitter.Tree, error) { return grammar.Parse(src) }
