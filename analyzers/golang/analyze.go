package golang

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"

	"github.com/kobolint/kobolint/internal/ir"
)

// Analyze parses one Go file (it need not build, nor be a whole file: a
// snippet without a package clause or without an enclosing function is
// wrapped) and returns its IR.
func Analyze(path string, src []byte) (*ir.File, error) {
	fset := token.NewFileSet()
	f, buf, shift, warn := parseLoose(fset, path, src)
	out := build(path, fset, f, buf, src, shift)
	if warn != "" {
		out.Warnings = append(out.Warnings, warn)
	}
	return out, nil
}

// FromAST builds the IR of a file that the caller already parsed (the
// go/analysis driver). src is the file's content; positions come from fset.
func FromAST(path string, fset *token.FileSet, f *ast.File, src []byte) *ir.File {
	return build(path, fset, f, src, src, 0)
}

// wrappers turn a fragment into a file the parser accepts; the prefix has no
// newline so that line numbers stay the same.
var wrappers = []struct{ pre, post string }{
	{"", ""},
	{"package p;", ""},
	{"package p;func _(){", "\n}"},
}

// parseLoose parses src, trying the wrappers when the text is not a file.
// It returns the AST, the text that was parsed and the length of the added
// prefix.
func parseLoose(fset *token.FileSet, path string, src []byte) (*ast.File, []byte, int, string) {
	type try struct {
		f     *ast.File
		buf   []byte
		shift int
		nerr  int
		err   error
	}
	var best *try
	for i, w := range wrappers {
		buf := src
		if i > 0 {
			buf = make([]byte, 0, len(w.pre)+len(src)+len(w.post))
			buf = append(append(append(buf, w.pre...), src...), w.post...)
		}
		f, err := safeParse(fset, path, buf)
		t := &try{f: f, buf: buf, shift: len(w.pre), err: err}
		if err != nil {
			t.nerr = 1
			var el scanner.ErrorList
			if errors.As(err, &el) {
				t.nerr = len(el)
			}
		}
		if f != nil && (best == nil || t.nerr < best.nerr) {
			best = t
		}
		if err == nil {
			break
		}
		// only a text without a package clause is worth wrapping
		if i == 0 && f != nil && f.Name != nil && f.Name.Name != "" && f.Name.Name != "_" {
			break
		}
	}
	if best == nil {
		return nil, src, 0, "not parsed as Go"
	}
	warn := ""
	if best.err != nil {
		warn = fmt.Sprintf("Go syntax errors (analysed what parsed): %v", firstError(best.err))
	}
	return best.f, best.buf, best.shift, warn
}

func firstError(err error) error {
	var el scanner.ErrorList
	if errors.As(err, &el) && len(el) > 0 {
		return el[0]
	}
	return err
}

// safeParse guards against a parser panic on hostile input: one odd file
// must not stop a scan.
func safeParse(fset *token.FileSet, path string, buf []byte) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("parser failure: %v", r)
		}
	}()
	return parser.ParseFile(fset, path, buf, parser.ParseComments|parser.SkipObjectResolution)
}
