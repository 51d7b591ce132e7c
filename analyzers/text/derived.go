package text

import (
	"fmt"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// Derived reads a text derived from a file (a notebook's markdown cell, a
// `%env` line, a fenced block) with one of this package's readers and
// returns its IR in file coordinates. kindName is "markdown", "yaml",
// "json", "toml", "ini", "properties", "env", "dockerfile", "makefile" or
// "plain"; m maps code to the file at path, whose lines fileLines indexes.
// Suppression directives in code land on the file's lines.
func Derived(kindName, path string, fileLines *remap.Lines, code []byte, m *remap.Map) *ir.File {
	return derived(kindByName(kindName), path, fileLines, code, m)
}

func derived(k kind, path string, fileLines *remap.Lines, code []byte, m *remap.Map) (f *ir.File) {
	sub := newCtx(path, code)
	defer func() {
		if r := recover(); r != nil {
			f = &ir.File{Path: path, Lang: Name, Warnings: []string{fmt.Sprintf("text: internal error on embedded text: %v", r)}}
		}
	}()
	analyzeKind(sub, k)
	sub.f.Suppressions = dedupeSuppressions(append(sub.f.Suppressions, suppressions(code)...))
	m.File(sub.f, sub.lines, fileLines)
	return sub.f
}

// Code reads code in lang ("python", "r", "shell", ...) derived from the
// file at path and mapped to it by m: with that language's front-end when
// one is linked in, otherwise with the URL scan (role fallback; text after
// a `#` that starts a comment is marked Comment). ok tells which happened.
func Code(lang, path string, fileLines *remap.Lines, code []byte, m *remap.Map, fallback ir.Role) (f *ir.File, ok bool) {
	return CodeWith(lang, path, fileLines, code, m, fallback, nil)
}

// CodeWith is Code with variables known before the code (their parts hold
// file spans), for front-ends that take them (shell); with the URL scan
// they expand $NAME / ${NAME} holes.
func CodeWith(lang, path string, fileLines *remap.Lines, code []byte, m *remap.Map, fallback ir.Role, vars map[string][]ir.Part) (f *ir.File, ok bool) {
	if f, ok := Embedded(lang, path, code, m, fileLines, vars); ok {
		return f, true
	}
	c := newCtx(path, nil)
	c.lines = fileLines
	for k, v := range vars {
		c.vars[k] = v
	}
	c.hashCommentScan(code, m, fallback)
	textLines := remap.NewLines(code)
	for _, s := range suppressions(code) {
		s.Line = fileLines.Line(m.Offset(textLines.Start(s.Line)))
		c.f.Suppressions = append(c.f.Suppressions, s)
	}
	return c.f, false
}

// codeScan scans code of an unknown language: `#` and `//` comments.
func (c *ctx) codeScan(code []byte, m *remap.Map, role ir.Role) {
	c.commentScan(code, m, role, true)
}

// hashCommentScan scans code line by line for URL tokens; a `#` outside
// quotes, at the start of the line or after a blank, starts a comment.
func (c *ctx) hashCommentScan(code []byte, m *remap.Map, role ir.Role) {
	c.commentScan(code, m, role, false)
}

// commentScan is hashCommentScan, with `//` comments too when slashes is
// set.
func (c *ctx) commentScan(code []byte, m *remap.Map, role ir.Role, slashes bool) {
	for off := 0; off < len(code); {
		end, next := lineAt(code, off)
		cm := end
		var quote byte
		for i := off; i < end; i++ {
			ch := code[i]
			switch {
			case quote != 0:
				switch ch {
				case '\\':
					i++
				case quote:
					quote = 0
				}
			case ch == '"' || ch == '\'':
				quote = ch
			case (ch == '#' || slashes && ch == '/' && i+1 < end && code[i+1] == '/') && (i == off || code[i-1] == ' ' || code[i-1] == '\t'):
				cm = i
				i = end
			}
		}
		c.tokensIn(code, m, off, cm, role, "", false)
		c.tokensIn(code, m, cm, end, role, "", true)
		off = next
	}
}
