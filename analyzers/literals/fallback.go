package literals

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Scan reads the string literals and comments of a file in any language
// with this package's lexer, its syntax chosen by the file's name: the
// engine's fallback for a file whose own front-end failed or that is too
// large to parse. A file of no known ending is read with `#` comments and
// both quotes. It never fails.
func Scan(path string, src []byte) (f *ir.File) {
	defer func() {
		if r := recover(); r != nil {
			f = &ir.File{Path: path, Lang: "literals", Warnings: []string{fmt.Sprintf("literals: internal error: %v", r)}}
		}
	}()
	return analyze(path, "literals", syntaxFor(path), src)
}

// backquoted is C-like syntax with Go raw strings and JavaScript template
// literals (their ${...} stay text: the lexer splits only "..." strings).
var backquoted = syntax{line: []string{"//"}, block: [][2]string{{"/*", "*/"}}, quotes: "\"'`"}

// syntaxFor picks the lexer syntax by a file's ending.
func syntaxFor(path string) syntax {
	ext := strings.ToLower(filepath.Ext(path))
	for _, l := range Languages {
		for _, e := range l.Exts {
			if ext == e {
				return l.syntax
			}
		}
	}
	switch ext {
	case ".go", ".js", ".mjs", ".cjs", ".jsx", ".gs", ".ts", ".mts", ".cts", ".tsx":
		return backquoted
	case ".cs":
		return cLike
	}
	return hashed // Python, R and the rest
}
