package strlit

import (
	"strconv"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Escape reports whether b (the rest of the literal's text) starts with an
// escape sequence: its value and length, or n == 0 when it does not.
type Escape func(b []byte) (text string, n int)

// Parts decodes src[start:end] into Lit parts. Runs without escapes are
// raw parts with exact spans; each escape is its own non-raw part. An empty
// range yields one empty raw part, keeping the literal's place.
func Parts(src []byte, start, end int, esc Escape) []ir.Part {
	if start < 0 {
		start = 0
	}
	if end > len(src) {
		end = len(src)
	}
	if start >= end {
		return []ir.Part{{Kind: ir.Lit, Span: ir.Span{Start: start, End: start}, Raw: true}}
	}
	var out []ir.Part
	run := start
	flush := func(to int) {
		if to > run {
			out = append(out, ir.Part{Kind: ir.Lit, Text: string(src[run:to]), Span: ir.Span{Start: run, End: to}, Raw: true})
		}
	}
	for i := start; i < end; {
		text, n := esc(src[i:end])
		if n <= 0 {
			i++
			continue
		}
		n = min(n, end-i) // an escape never reaches past the literal
		flush(i)
		out = append(out, ir.Part{Kind: ir.Lit, Text: text, Span: ir.Span{Start: i, End: i + n}})
		i += n
		run = i
	}
	flush(end)
	return out
}

// Simple is the value of the one-letter escapes C-family languages share
// (\n \t \r \b \f \v \0), given the byte after the backslash.
func Simple(c byte) (string, bool) {
	switch c {
	case 'n':
		return "\n", true
	case 't':
		return "\t", true
	case 'r':
		return "\r", true
	case 'b':
		return "\b", true
	case 'f':
		return "\f", true
	case 'v':
		return "\v", true
	case '0':
		return "\x00", true
	}
	return "", false
}

// HexRune is the code point hex digits spell (\x41, \u0041, \u{1F600}),
// false when they are not hex or exceed 32 bits. Whether it is a valid
// rune is the caller's to judge; string() spells one that is not as
// U+FFFD.
func HexRune(digits []byte) (rune, bool) {
	v, err := strconv.ParseUint(string(digits), 16, 32)
	return rune(v), err == nil
}

// Text is the decoded text of literal parts (holes add nothing).
func Text(parts []ir.Part) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p.Text)
	}
	return sb.String()
}

// Spell renders parts as text: literals as they read, each hole as
// hole(its name).
func Spell(parts []ir.Part, hole func(name string) string) string {
	var sb strings.Builder
	for _, p := range parts {
		if p.Kind == ir.Hole {
			sb.WriteString(hole(p.Name))
		} else {
			sb.WriteString(p.Text)
		}
	}
	return sb.String()
}

// Flat renders parts with holes as {name}, to compare or show values.
func Flat(parts []ir.Part) string { return Spell(parts, Braced) }

// Braced is a hole's name in braces: {name}.
func Braced(name string) string { return "{" + name + "}" }
