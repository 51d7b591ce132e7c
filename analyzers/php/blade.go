package php

import (
	"bytes"

	"github.com/kobolint/kobolint/analyzers/js/textscan"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeBlade reads a Blade template: its echoes ({{ $p['title'] }},
// {!! ... !!}), directives (@foreach($projects as $p), @if(...)) and
// @php blocks become a PHP program whose expressions are the template's
// own bytes, analysed as PHP and mapped back; the rest is an HTML page;
// {{-- --}} comments are comments.
func analyzeBlade(path string, src []byte) (*ir.File, error) {
	bp := translateBlade(src)
	code := bp.b.Text()
	f, err := analyzeCode(path, code, false)
	if err != nil {
		return nil, err
	}
	bp.b.Map().File(f, remap.NewLines(code), remap.NewLines(src))
	mergeHTML(f, path, bp.page)
	b := ir.Builder{File: f}
	lines := remap.NewLines(src)
	for _, c := range bp.comments {
		textscan.Comment(&b, src, c[0], c[1], lines.Line)
	}
	textscan.SortByLine(f.Suppressions)
	return f, nil
}

// bladeProgram is a template turned into PHP.
type bladeProgram struct {
	b        remap.Builder
	page     []byte   // the template with Blade syntax blanked: its HTML
	comments [][2]int // {{-- --}} comments
}

// Directives that open a block, and the PHP statement they stand for
// (the directive's parenthesised argument follows the keyword).
var bladeOpen = map[string][2]string{
	"if": {"if", " {\n"}, "elseif": {"} elseif", " {\n"}, "unless": {"if (!", ") {\n"},
	"isset": {"if (isset", ") {\n"}, "empty": {"if (empty", ") {\n"}, "foreach": {"foreach", " {\n"},
	"forelse": {"foreach", " {\n"}, "for": {"for", " {\n"}, "while": {"while", " {\n"},
	"switch": {"switch", " {\n"}, "case": {"case ", ":\n"},
}

// Directives without argument and the PHP they stand for.
var bladeBare = map[string]string{
	"else": "} else {\n", "endif": "}\n", "endforeach": "}\n", "endfor": "}\n", "endwhile": "}\n",
	"endunless": "}\n", "endisset": "}\n", "endempty": "}\n", "endforelse": "}\n", "endswitch": "}\n",
	"empty": "} if (0) {\n", "break": "break;\n", "continue": "continue;\n", "default": "default:\n",
}

func translateBlade(src []byte) *bladeProgram {
	bp := &bladeProgram{page: make([]byte, len(src))}
	copy(bp.page, src)
	b := &bp.b
	b.Virtual(0, []byte("<?php\n"))
	blankRange := func(s, e int) { blank(bp.page[s:e], src[s:e]) }
	for i := 0; i < len(src); {
		rest := src[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("{{--")):
			e := indexAfter(src, i+4, "--}}")
			bp.comments = append(bp.comments, [2]int{i, e})
			blankRange(i, e)
			i = e
		case bytes.HasPrefix(rest, []byte("@{{")):
			i += 3
		case bytes.HasPrefix(rest, []byte("{{")), bytes.HasPrefix(rest, []byte("{!!")):
			open, close := "{{", "}}"
			if rest[1] == '!' {
				open, close = "{!!", "!!}"
			}
			s := i + len(open)
			e := indexAfter(src, s, close)
			inner := max(s, e-len(close))
			if e > len(src) || !bytes.HasSuffix(src[:e], []byte(close)) {
				inner = e
			}
			b.Virtual(i, []byte("echo "))
			b.Copy(s, src[s:inner])
			b.Virtual(inner, []byte(";\n"))
			blankRange(i, e)
			i = e
		case bytes.HasPrefix(rest, []byte("<?php")), bytes.HasPrefix(rest, []byte("<?=")):
			s := i + 5
			if rest[2] == '=' {
				s = i + 3
				b.Virtual(i, []byte("echo "))
			}
			e := indexAfter(src, s, "?>")
			inner := e
			if bytes.HasSuffix(src[:e], []byte("?>")) {
				inner = e - 2
			}
			b.Copy(s, src[s:max(s, inner)])
			b.Virtual(inner, []byte(";\n"))
			blankRange(i, e)
			i = e
		case rest[0] == '@' && (i == 0 || !wordByte(src[i-1]) && src[i-1] != '@'):
			i = bp.directive(src, i, blankRange)
		default:
			i++
		}
	}
	return bp
}

// directive translates the Blade directive at src[i] ('@') and returns
// where it ends.
func (bp *bladeProgram) directive(src []byte, i int, blankRange func(s, e int)) int {
	j := i + 1
	for j < len(src) && wordByte(src[j]) {
		j++
	}
	word := string(src[i+1 : j])
	if word == "" {
		return i + 1
	}
	b := &bp.b
	k := j
	for k < len(src) && (src[k] == ' ' || src[k] == '\t') {
		k++
	}
	if word == "php" && (k >= len(src) || src[k] != '(') {
		end := bytes.Index(src[j:], []byte("@endphp"))
		if end < 0 {
			end = len(src) - j
		}
		b.Copy(j, src[j:j+end])
		b.Virtual(j+end, []byte(";\n"))
		e := min(len(src), j+end+len("@endphp"))
		blankRange(i, e)
		return e
	}
	if k < len(src) && src[k] == '(' {
		e := matchParen(src, k)
		if op, ok := bladeOpen[word]; ok {
			b.Virtual(i, []byte(op[0]))
			b.Copy(k, src[k:e])
			b.Virtual(e, []byte(op[1]))
		} else {
			// @extends('layout', [...]), @include(...), @json($x): a call
			b.Virtual(i, []byte(bladeCall+word))
			b.Copy(k, src[k:e])
			b.Virtual(e, []byte(";\n"))
		}
		blankRange(i, e)
		return e
	}
	if php, ok := bladeBare[word]; ok {
		b.Virtual(i, []byte(php))
		blankRange(i, j)
	}
	return j
}

// bladeCall prefixes the function a directive without PHP equivalent
// becomes.
const bladeCall = "blade_"

// matchParen returns the offset after the parenthesis closing the one at
// src[open], skipping strings; the end of src when it is not closed.
func matchParen(src []byte, open int) int {
	depth := 0
	for i := open; i < len(src); i++ {
		switch c := src[i]; c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		case '\'', '"':
			for i++; i < len(src) && src[i] != c; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case '\n':
			if depth == 1 && i-open > 4096 {
				return i
			}
		}
	}
	return len(src)
}

// indexAfter returns the offset after the first s at or after from, or
// the end of src.
func indexAfter(src []byte, from int, s string) int {
	if from >= len(src) {
		return len(src)
	}
	k := bytes.Index(src[from:], []byte(s))
	if k < 0 {
		return len(src)
	}
	return from + k + len(s)
}

func wordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
