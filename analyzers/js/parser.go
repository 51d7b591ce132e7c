package js

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"time"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"
)

// grammar names one tree-sitter language and keeps a pool of parsers for it:
// creating a parser is cheap but not free, and files are analysed by many
// goroutines at once, each needing its own parser.
type grammar struct {
	lang *sitter.Language
	pool sync.Pool
}

func newGrammar(l *sitter.Language) *grammar {
	g := &grammar{lang: l}
	g.pool.New = func() any {
		p := sitter.NewParser()
		p.SetLanguage(l)
		p.SetOperationLimit(int(parseTimeout / time.Microsecond))
		return p
	}
	return g
}

var (
	jsGrammar  = newGrammar(javascript.GetLanguage())
	tsGrammar  = newGrammar(typescript.GetLanguage())
	tsxGrammar = newGrammar(tsx.GetLanguage())
)

// parseTimeout bounds the time spent on one pathological file; tree-sitter
// returns an error then and the file is reported as not analysable.
const parseTimeout = 20 * time.Second

// grammarFor picks the grammar from the file name. Apps Script (.gs) and
// extension-less scripts are plain JavaScript; .tsx needs the TSX grammar
// because `<T>x` means JSX there.
func grammarFor(path string) *grammar {
	ext := codeExt(path)
	switch ext {
	case ".ts", ".mts", ".cts":
		return tsGrammar
	case ".tsx":
		return tsxGrammar
	}
	return jsGrammar
}

// Endings of template copies of a source file (config.ts.example): the
// file is written in the language of the ending before.
var templateExts = map[string]bool{
	".example": true, ".sample": true, ".dist": true, ".template": true, ".tmpl": true, ".default": true,
}

// codeExt is the lower-case ending that names the file's language, the
// inner one for a template copy.
func codeExt(path string) string {
	ext := strings.ToLower(filepath.Ext(path))
	if templateExts[ext] {
		return strings.ToLower(filepath.Ext(strings.TrimSuffix(path, filepath.Ext(path))))
	}
	return ext
}

// isTS reports whether the file is TypeScript (type declarations expected).
func isTS(path string) bool {
	g := grammarFor(path)
	return g == tsGrammar || g == tsxGrammar
}

// parse returns the tree of src; the caller closes it.
//
// The time limit is the parser's own timeout, not a cancellable context:
// go-tree-sitter sets a parser's cancellation flag from a goroutine that may
// fire after the parse has finished, and never clears it, which would poison
// a pooled parser for every later file.
func (g *grammar) parse(src []byte) (*sitter.Tree, error) {
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
