package js

import (
	"bytes"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/internal/ir"
)

// Minified or generated bundles (a 2.6 MB trace viewer, vendor bundles)
// would cost seconds and hundreds of MB to parse and follow, and their
// variable flow is meaningless to a reader. They are read as text instead:
// every string literal that looks like a URL or a path is still reported,
// field reads are not.

// largeFile is the size beyond which a script is taken for a bundled or
// vendored library (p5.js, a webpack bundle): nobody hand-writes 1 MiB of
// API client, and following its data flow would cost seconds.
const largeFile = 1 << 20

// minifiedLine is the line length beyond which a file counts as minified.
const minifiedLine = 8 << 10

// looksMinified: some line is very long, or the file is long with almost
// no line breaks.
func looksMinified(src []byte) bool {
	if len(src) < minifiedLine {
		return false
	}
	start := 0
	for start < len(src) {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src) - start
		}
		if end > minifiedLine {
			return true
		}
		start += end + 1
	}
	return false
}

// scanLiterals emits the URL-looking string literals of a minified file.
func scanLiterals(path, lang string, src []byte) *ir.File {
	f := &ir.File{Path: path, Lang: lang, Syntax: fixsyntax.JS{}}
	b := ir.Builder{File: f}
	for i := 0; i < len(src); i++ {
		q := src[i]
		if q != '"' && q != '\'' && q != '`' {
			continue
		}
		j := i + 1
		escaped := false
		for j < len(src) && src[j] != q && src[j] != '\n' {
			if src[j] == '\\' {
				escaped = true
				j++
			}
			j++
		}
		if j >= len(src) || src[j] != q {
			continue
		}
		text := src[i+1 : j]
		if !escaped && (bytes.Contains(text, []byte("/")) || bytes.Contains(text, []byte("."))) && len(text) < 2048 {
			b.AddURL(ir.URL{Parts: []ir.Part{{Kind: ir.Lit, Text: string(text), Span: ir.Span{Start: i + 1, End: j}, Raw: true}}})
		}
		i = j
	}
	f.Warnings = append(f.Warnings, "minified, generated or bundled code: only its string literals were read")
	return f
}

// qtTranslation recognises a Qt Linguist translation file (.ts, XML).
func qtTranslation(src []byte) bool {
	head := bytes.TrimLeft(src[:min(len(src), 512)], " \t\r\n\xef\xbb\xbf")
	return bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<!DOCTYPE TS"))
}
