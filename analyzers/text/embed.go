package text

import (
	"fmt"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// frontEnd is a language front-end usable on embedded code. analyze is
// the plain contract (spans of code); snippet, when set, maps spans itself
// through m and knows variables defined before the code (their parts hold
// file spans); its suppression lines are lines of code.
type frontEnd struct {
	analyze func(path string, code []byte) (*ir.File, error)
	snippet func(path string, code []byte, m *remap.Map, vars map[string][]ir.Part) (*ir.File, error)
}

// frontEnds maps a language ("shell", "python", "r", "js") to the
// front-end that reads code embedded in text files: Markdown fences,
// Dockerfile RUN lines, Makefile recipes, Procfile commands, notebook
// cells. Each embed_<lang>.go file adds one entry, so a language whose
// front-end is missing falls back to the plain URL scan.
var frontEnds = map[string]frontEnd{}

// Embedded runs the front-end registered for lang on code, a text derived
// from the file at path (mapped back by m), and returns its IR in file
// coordinates (fileLines indexes the file). vars are variables known
// before the code (file spans). ok is false when there is no such
// front-end or it failed: the caller then scans the text itself.
func Embedded(lang, path string, code []byte, m *remap.Map, fileLines *remap.Lines, vars map[string][]ir.Part) (f *ir.File, ok bool) {
	fe, found := frontEnds[lang]
	if !found {
		return nil, false
	}
	defer func() {
		if r := recover(); r != nil {
			f, ok = nil, false
		}
	}()
	codeLines := remap.NewLines(code)
	var err error
	if fe.snippet != nil {
		f, err = fe.snippet(path, code, m, vars)
		if err != nil || f == nil {
			return nil, false
		}
		for i := range f.Suppressions {
			s := &f.Suppressions[i]
			s.Line = fileLines.Line(m.Offset(codeLines.Start(s.Line)))
		}
		return f, true
	}
	f, err = fe.analyze(path, code)
	if err != nil || f == nil {
		return nil, false
	}
	m.File(f, codeLines, fileLines)
	return f, true
}

// HasFrontEnd reports whether code in lang is handed to its front-end.
func HasFrontEnd(lang string) bool { _, ok := frontEnds[lang]; return ok }

// embed analyses text[a:e] as lang and merges the result into the file;
// without a front-end (or when it fails) the range is scanned for URL
// tokens with the fallback role.
func (c *ctx) embed(lang string, text []byte, m *remap.Map, a, e int, fallback ir.Role) {
	if a >= e {
		return
	}
	if f, ok := Embedded(lang, c.path, text[a:e], m.Sub(a, e), c.lines, c.vars); ok {
		for i := range f.URLs {
			f.URLs[i].Parts = c.expand(f.URLs[i].Parts)
		}
		remap.Merge(c.f, f, false)
		return
	}
	if HasFrontEnd(lang) {
		c.warn(fmt.Sprintf("%s front-end failed on embedded code at offset %d; scanned for URLs", lang, m.Offset(a)))
	}
	c.tokensIn(text, m, a, e, fallback, "", false)
}

// shellText handles shell commands held in text[a:e].
func (c *ctx) shellText(text []byte, m *remap.Map, a, e int) {
	c.embed("shell", text, m, a, e, ir.RoleUnknown)
}
