package tsnode

import (
	"context"
	"errors"
	"sync"
	"time"

	sitter "github.com/smacker/go-tree-sitter"
)

// Grammar is one tree-sitter language with a pool of parsers for it:
// files are analysed by many goroutines at once, each needing its own
// parser, and making one and setting its language is the costly part of
// a small parse.
type Grammar struct {
	pool sync.Pool
}

// ParseLimit is the time the front-ends of whole programming languages
// (C#, JavaScript/TypeScript, PHP) give one pathological file.
const ParseLimit = 20 * time.Second

// NewGrammar makes the pool of parsers for lang; limit bounds the time
// one pathological file may take (the parse then fails, and the file is
// reported as not analysable).
func NewGrammar(lang *sitter.Language, limit time.Duration) *Grammar {
	g := &Grammar{}
	g.pool.New = func() any {
		p := sitter.NewParser()
		p.SetLanguage(lang)
		p.SetOperationLimit(int(limit / time.Microsecond))
		return p
	}
	return g
}

// Parse returns the tree of src; the caller closes it.
//
// The time limit is the parser's own, not a cancellable context:
// go-tree-sitter sets a parser's cancellation flag from a goroutine that
// may fire after the parse has finished and never clears it, which would
// poison a pooled parser for every later file.
func (g *Grammar) Parse(src []byte) (*sitter.Tree, error) {
	p := g.pool.Get().(*sitter.Parser)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil || tree == nil {
		// An interrupted parser keeps state from the aborted run; drop it
		// rather than returning it to the pool.
		p.Close()
		if err == nil {
			err = errors.New("parser returned no tree")
		}
		return nil, err
	}
	g.pool.Put(p)
	return tree, nil
}
