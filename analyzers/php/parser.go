package php

import (
	"context"
	"errors"
	"sync"
	"time"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/php"
)

// parseTimeout bounds the time spent on one pathological file.
const parseTimeout = 20 * time.Second

// parsers are pooled: files are analysed by many goroutines at once.
var parsers = sync.Pool{New: func() any {
	p := sitter.NewParser()
	p.SetLanguage(php.GetLanguage())
	p.SetOperationLimit(int(parseTimeout / time.Microsecond))
	return p
}}

// parse returns the tree of src; the caller closes it. As in the other
// tree-sitter front-ends, the parser's own limit is used rather than a
// cancellable context, which could leave a pooled parser cancelled.
func parse(src []byte) (*sitter.Tree, error) {
	p := parsers.Get().(*sitter.Parser)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil || tree == nil {
		p.Close()
		if err == nil {
			err = errors.New("parser returned no tree")
		}
		return nil, err
	}
	parsers.Put(p)
	return tree, nil
}
