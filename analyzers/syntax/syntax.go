// Package syntax tells whether a file still parses after a fix. The fixers'
// promise is that a fixed file is as valid as it was: the fixture tests run
// every fixed file through Check.
package syntax

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"path/filepath"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/bash"
	"github.com/smacker/go-tree-sitter/csharp"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/python"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"
	"gopkg.in/yaml.v3"

	rlex "github.com/kobolint/kobolint/analyzers/r"
)

// Check parses src as the language of path and returns the first syntax
// error, or nil. Languages without a parser here (Markdown, INI, .env, ...)
// always pass: any text is valid there.
func Check(path string, src []byte) error {
	base := strings.ToLower(filepath.Base(path))
	switch ext := filepath.Ext(base); ext {
	case ".py", ".pyw":
		return treeSitter(python.GetLanguage(), src)
	case ".sh", ".bash":
		return treeSitter(bash.GetLanguage(), src)
	case ".js", ".mjs", ".cjs", ".jsx", ".gs":
		return treeSitter(javascript.GetLanguage(), src)
	case ".ts", ".mts", ".cts":
		return treeSitter(typescript.GetLanguage(), src)
	case ".tsx":
		return treeSitter(tsx.GetLanguage(), src)
	case ".cs":
		return treeSitter(csharp.GetLanguage(), src)
	case ".go":
		_, err := parser.ParseFile(token.NewFileSet(), path, src, parser.AllErrors)
		return err
	case ".r":
		return rTokens(src)
	case ".json", ".ipynb":
		if !json.Valid(src) {
			var v any
			return json.Unmarshal(src, &v)
		}
		return nil
	case ".yml", ".yaml":
		var v any
		dec := yaml.NewDecoder(bytes.NewReader(src))
		for {
			if err := dec.Decode(&v); err != nil {
				if errors.Is(err, io.EOF) {
					return nil
				}
				return err
			}
		}
	}
	return nil
}

// treeSitter reports the first ERROR or MISSING node.
func treeSitter(lang *sitter.Language, src []byte) error {
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(lang)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		return err
	}
	defer tree.Close()
	root := tree.RootNode()
	if !root.HasError() {
		return nil
	}
	if n := firstError(root); n != nil {
		pt := n.StartPoint()
		return fmt.Errorf("syntax error at %d:%d", pt.Row+1, pt.Column+1)
	}
	return fmt.Errorf("syntax error")
}

func firstError(n *sitter.Node) *sitter.Node {
	if n.IsError() || n.IsMissing() {
		return n
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		if c := n.Child(i); c != nil && c.HasError() {
			if e := firstError(c); e != nil {
				return e
			}
		}
	}
	return nil
}

// rTokens: the R lexer marks what is not R (unterminated strings, stray
// bytes) as Error tokens; brackets must balance.
func rTokens(src []byte) error {
	depth := 0
	for _, t := range rlex.Lex(src) {
		if t.Kind == rlex.Error {
			return fmt.Errorf("invalid R token at byte %d", t.Start)
		}
		if t.Kind == rlex.Op {
			switch string(src[t.Start:t.End]) {
			case "(", "[", "{", "[[":
				depth++
			case ")", "]", "}", "]]":
				depth--
			}
		}
	}
	if depth != 0 {
		return fmt.Errorf("unbalanced brackets in R code")
	}
	return nil
}
