package shell

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/bash"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/internal/ir"
)

// parseTimeoutMicros bounds one tree-sitter parse: a pathological file must
// cost seconds, not the whole run.
const parseTimeoutMicros = 10_000_000

// parsers are reused across files: creating a tree-sitter parser and
// setting its language is the expensive part of a small parse.
var parsers = sync.Pool{New: func() any {
	p := sitter.NewParser()
	p.SetLanguage(bash.GetLanguage())
	p.SetOperationLimit(parseTimeoutMicros)
	return p
}}

// parse runs tree-sitter on src. The caller closes the tree.
func parse(src []byte) (*sitter.Tree, error) {
	p := parsers.Get().(*sitter.Parser)
	tree, err := p.ParseCtx(context.Background(), nil, guardBraces(src))
	if err != nil {
		// A parser stopped half-way keeps state; start it afresh.
		p.Reset()
	}
	parsers.Put(p)
	if err != nil {
		return nil, err
	}
	if tree == nil {
		return nil, fmt.Errorf("shell parser returned no tree")
	}
	return tree, nil
}

// Analyze turns a shell script (or a crontab) into IR.
func Analyze(path string, src []byte) (*ir.File, error) {
	return AnalyzeSnippet(path, src, Options{Crontab: IsCrontab(path)})
}

// SpanMapper carries spans of a snippet back into the file it was taken
// from. *remap.Map of analyzers/text/remap satisfies it. raw reports whether
// the file bytes at [start, end) are the snippet bytes one for one.
type SpanMapper interface {
	Span(s, e int) (start, end int, raw bool)
}

// Options say how a snippet sits in its file, for front-ends that embed
// shell: Markdown fences, R Markdown bash chunks, Makefile recipes, notebook
// %%bash cells and !curl lines.
type Options struct {
	// Map turns snippet offsets into file offsets. Nil: the snippet is the
	// file (offsets are kept).
	Map SpanMapper
	// Outer is the whole file, used to number the lines of suppression
	// directives. Nil: the snippet is numbered on its own.
	Outer []byte
	// Vars are shell variables known before the snippet starts (earlier
	// cells, Makefile variables): their parts are inlined where the snippet
	// uses them. Their spans must already be file spans.
	Vars map[string][]ir.Part
	// Crontab reads the snippet as crontab lines (schedule + command).
	Crontab bool
	// SystemCrontab: the lines carry a user name after the schedule
	// (/etc/crontab, /etc/cron.d/*).
	SystemCrontab bool
}

// AnalyzeSnippet analyses shell code embedded in another file. Every span
// of the result is a span of the outer file (through opt.Map), and a literal
// part is Raw only when its text is copied byte for byte from there. The
// caller merges the result into its own ir.File, renumbering URL IDs (and
// the Origin lists that refer to them) if it holds other URLs.
func AnalyzeSnippet(path string, code []byte, opt Options) (f *ir.File, err error) {
	f = &ir.File{Path: path, Lang: "shell", Syntax: fixsyntax.Shell{}}
	defer func() {
		// Last line of defence: a bug here must cost one file, not the run.
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("shell front-end: internal error: %v", r)
		}
	}()
	a := newAnalyzer(f, code, opt)
	work := sanitize(code)
	if opt.Crontab {
		work = blankCronSchedules(work, opt.SystemCrontab || isSystemCrontab(path))
	}
	tree, work, err := parseFixed(work)
	if err != nil {
		return nil, fmt.Errorf("shell front-end: %w", err)
	}
	defer tree.Close()
	root := tree.RootNode()
	w := &walker{a: a, src: work, base: 0}
	a.findWrappers(root, work)
	w.stmt(root, nil)
	if root.HasError() {
		f.Warnings = append(f.Warnings, "shell syntax error; the file was analysed in part")
	}
	sort.SliceStable(f.Suppressions, func(i, j int) bool { return f.Suppressions[i].Line < f.Suppressions[j].Line })
	return f, nil
}

// IsCrontab reports whether a file name is a crontab.
func IsCrontab(path string) bool {
	base := strings.ToLower(filepath.Base(filepath.ToSlash(path)))
	return base == "crontab" || strings.HasSuffix(base, ".crontab") || strings.HasSuffix(base, ".cron") ||
		isSystemCrontab(path)
}

// isSystemCrontab: /etc/crontab and /etc/cron.d/* carry a user field.
func isSystemCrontab(path string) bool {
	p := filepath.ToSlash(path)
	return strings.HasSuffix(p, "etc/crontab") || strings.Contains(p, "/cron.d/") || strings.HasPrefix(p, "cron.d/")
}

// sanitize returns the bytes tree-sitter sees: a byte order mark and the CR
// of CRLF line ends become spaces, so that offsets stay those of the file
// and no word ends in "\r". The original bytes stay the reference for Raw.
func sanitize(src []byte) []byte {
	hasBOM := bytes.HasPrefix(src, []byte("\xEF\xBB\xBF"))
	if !hasBOM && bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	out := make([]byte, len(src))
	copy(out, src)
	if hasBOM {
		out[0], out[1], out[2] = ' ', ' ', ' '
	}
	for i := 0; i+1 < len(out); i++ {
		if out[i] == '\r' && out[i+1] == '\n' {
			out[i] = ' '
		}
	}
	return out
}

// guardBraces works around a crash of the bash grammar's scanner: looking
// for a brace range ({1..9}) it calls the C isdigit() on the character
// after "{" (and after "{1.."), which reads outside the C library's table
// for a code point above 255 (or an invalid byte, decoded as U+FFFD) and
// can kill the process. The non-ASCII bytes in such a place are replaced
// by '_' in a copy, byte for byte, so that every offset still points into
// src, from which the callers read the text.
func guardBraces(src []byte) []byte {
	out := src
	for i := bytes.IndexByte(src, '{'); i >= 0; {
		j := skipDigits(src, i+1)
		if j+1 < len(src) && src[j] == '.' && src[j+1] == '.' {
			if k := skipDigits(src, j+2); k < len(src) && src[k] >= 0x80 {
				out = blank(out, src, k)
			}
		}
		if j < len(src) && src[j] >= 0x80 {
			out = blank(out, src, j)
		}
		next := bytes.IndexByte(src[i+1:], '{')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return out
}

func skipDigits(src []byte, i int) int {
	for i < len(src) && src[i] >= '0' && src[i] <= '9' {
		i++
	}
	return i
}

// blank replaces the run of non-ASCII bytes at i by '_', copying src into
// out first if out is still src.
func blank(out, src []byte, i int) []byte {
	if &out[0] == &src[0] {
		out = append([]byte(nil), src...)
	}
	for ; i < len(out) && src[i] >= 0x80; i++ {
		out[i] = '_'
	}
	return out
}
