package php

import (
	"time"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/php"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// grammar parses PHP; one pathological file is given 20 seconds.
var grammar = tsnode.NewGrammar(php.GetLanguage(), 20*time.Second)

// parse returns the tree of src; the caller closes it.
func parse(src []byte) (*sitter.Tree, error) { return grammar.Parse(src) }
