package js

import (
	"path/filepath"
	"strings"

	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// The grammars of the dialects.
var (
	jsGrammar  = tsnode.NewGrammar(javascript.GetLanguage(), tsnode.ParseLimit)
	tsGrammar  = tsnode.NewGrammar(typescript.GetLanguage(), tsnode.ParseLimit)
	tsxGrammar = tsnode.NewGrammar(tsx.GetLanguage(), tsnode.ParseLimit)
)

// grammarFor picks the grammar from the file name. Apps Script (.gs) and
// extension-less scripts are plain JavaScript; .tsx needs the TSX grammar
// because `<T>x` means JSX there.
func grammarFor(path string) *tsnode.Grammar {
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
