// Package lang picks the front-end for a file from its name and first bytes.
// It knows no front-end: analyzers/registry registers them (imported by the
// kobolint command and by tests), so that a tool that needs only one
// language (the go vet tool, the golangci-lint plugin) links only that one.
package lang

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// AnalyzeFunc is the signature every front-end exports as Analyze.
type AnalyzeFunc func(path string, src []byte) (*ir.File, error)

// Language is one registered front-end.
type Language struct {
	Name    string
	Analyze AnalyzeFunc
	// Exts are lower-case file endings with the dot (".py").
	Exts []string
	// Names are exact lower-case base names (makefile, dockerfile).
	Names []string
	// Prefixes are lower-case base-name prefixes (".env" matches .env.prod).
	Prefixes []string
	// Shebangs are interpreter names looked for on a #! first line.
	Shebangs []string
	// Sniff, when set, claims a file without an extension from its first
	// bytes (Apps Script saved without .gs).
	Sniff func(head []byte) bool
	// Fallback scans a file of this language that Analyze cannot read
	// (it does not parse, it is too large): hosts and endpoints from its
	// text, without a parser.
	Fallback ScanFunc
}

// ScanFunc reads what it can of a file without parsing it.
type ScanFunc func(path string, src []byte) *ir.File

// DefaultFallback scans a file whose language is not known, or whose
// front-end has no Fallback of its own.
var DefaultFallback ScanFunc

var registered []*Language

// templateSuffix holds the endings of a file's copies meant to be filled in
// (config.js.example, settings.py.sample).
var templateSuffix = map[string]bool{".example": true, ".sample": true, ".dist": true, ".template": true,
	".tmpl": true, ".default": true, ".orig": true, ".tpl": true}

// Register adds a front-end; called from analyzers/registry only.
func Register(l *Language) { registered = append(registered, l) }

// All returns the registered languages.
func All() []*Language { return registered }

// ByName returns the language called name, or nil.
func ByName(name string) *Language {
	for _, l := range registered {
		if l.Name == name {
			return l
		}
	}
	return nil
}

// Detect returns the front-end for a file, or nil when no front-end applies.
// head is the start of the file (a few hundred bytes are enough).
func Detect(path string, head []byte) *Language {
	base := strings.ToLower(filepath.Base(path))
	ext := filepath.Ext(base)
	for _, l := range registered {
		for _, n := range l.Names {
			if base == n {
				return l
			}
		}
	}
	if ext != "" {
		for _, l := range registered {
			for _, e := range l.Exts {
				if ext == e || strings.HasSuffix(base, e) {
					return l
				}
			}
		}
	}
	for _, l := range registered {
		for _, p := range l.Prefixes {
			if strings.HasPrefix(base, p) {
				return l
			}
		}
	}
	if inner, ok := strings.CutSuffix(base, ext); ok && templateSuffix[ext] && filepath.Ext(inner) != "" {
		// a copy meant to be filled in (config.js.example, settings.py.dist)
		// is read as the file it stands for
		return Detect(inner, head)
	}
	if interp := shebang(head); interp != "" {
		for _, l := range registered {
			for _, s := range l.Shebangs {
				if interp == s {
					return l
				}
			}
		}
		return nil
	}
	if ext == "" && len(head) > 0 {
		for _, l := range registered {
			if l.Sniff != nil && l.Sniff(head) {
				return l
			}
		}
	}
	return nil
}

// shebang returns the interpreter named on a #! line ("python3" -> "python").
func shebang(head []byte) string {
	if !bytes.HasPrefix(head, []byte("#!")) {
		return ""
	}
	line := head[2:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	fields := strings.Fields(string(line))
	if len(fields) == 0 {
		return ""
	}
	prog := filepath.Base(fields[0])
	if prog == "env" {
		for _, f := range fields[1:] {
			if !strings.HasPrefix(f, "-") {
				prog = f
				break
			}
		}
	}
	prog = strings.TrimRight(prog, "0123456789.")
	return prog
}
