package csharp

import (
	"strings"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/strlit"
	"github.com/kobolint/kobolint/internal/ir"
)

// decodeMode says which escapes a piece of literal text has.
type decodeMode struct {
	backslash bool // regular strings: \n, \", \u0041 ...
	quotes    bool // verbatim strings: "" is one quote
	braces    bool // interpolated strings: {{ and }} are one brace
}

// litParts decodes src[start:end] into Lit parts (see strlit.Parts) with
// the escapes m allows.
func litParts(src []byte, start, end int, m decodeMode) []ir.Part {
	return strlit.Parts(src, start, end, m.escape)
}

// escape is the strlit.Escape of m.
func (m decodeMode) escape(b []byte) (string, int) {
	switch c := b[0]; {
	case m.backslash && c == '\\':
		return decodeEscape(b)
	case m.quotes && c == '"' && len(b) > 1 && b[1] == '"':
		return "\"", 2
	case m.braces && (c == '{' || c == '}') && len(b) > 1 && b[1] == c:
		return string(c), 2
	}
	return "", 0
}

// decodeEscape decodes the C# escape at the start of b (b[0] is '\').
func decodeEscape(b []byte) (string, int) {
	if len(b) < 2 {
		return "", len(b)
	}
	hex := func(min, max int) (string, int) {
		j := 2
		for j < len(b) && j-2 < max && isHex(b[j]) {
			j++
		}
		if j-2 < min {
			return string(b[1:2]), 2
		}
		r, _ := strlit.HexRune(b[2:j]) // at most 8 digits: always 32 bits
		return string(r), j
	}
	if text, ok := strlit.Simple(b[1]); ok {
		return text, 2
	}
	switch b[1] {
	case 'a':
		return "\a", 2
	case 'e':
		return "\x1b", 2
	case 'x':
		return hex(1, 4)
	case 'u':
		return hex(4, 4)
	case 'U':
		return hex(8, 8)
	}
	_, size := utf8.DecodeRune(b[1:])
	return string(b[1 : 1+size]), 1 + size
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// stringParts decodes a non-interpolated string literal node.
func (a *analyzer) stringParts(n *sitter.Node) []ir.Part {
	s, e := int(n.StartByte()), int(n.EndByte())
	if e > len(a.Src) {
		e = len(a.Src)
	}
	if s >= e {
		return litParts(a.Src, s, s, decodeMode{})
	}
	raw := a.Src[s:e]
	switch n.Type() {
	case "verbatim_string_literal":
		// @"..."
		inner, end := s+2, e-1
		if len(raw) < 3 || raw[0] != '@' || raw[len(raw)-1] != '"' {
			inner, end = s+min(2, len(raw)), e
		}
		return litParts(a.Src, inner, max(inner, end), decodeMode{quotes: true})
	case "raw_string_literal":
		return a.rawParts(n)
	case "utf8_string_literal":
		// "..."u8
		return litParts(a.Src, s+1, max(s+1, e-3), decodeMode{backslash: true})
	}
	inner, end := s+1, e
	if len(raw) >= 2 && raw[len(raw)-1] == '"' {
		end = e - 1
	}
	return litParts(a.Src, inner, max(inner, end), decodeMode{backslash: true})
}

// rawParts decodes a raw string literal ("""...""").
func (a *analyzer) rawParts(n *sitter.Node) []ir.Part {
	for _, c := range a.Kids(n) {
		if c.Type() == "raw_string_content" {
			s, e := int(c.StartByte()), int(c.EndByte())
			text := string(a.Src[s:min(e, len(a.Src))])
			if !strings.ContainsAny(text, "\r\n") {
				return litParts(a.Src, s, e, decodeMode{})
			}
			// Multi-line raw strings drop their first and last line breaks
			// and the closing line's indentation: the text differs from
			// the source, so the part is not raw.
			return []ir.Part{{Kind: ir.Lit, Text: dedentRaw(text), Span: ir.Span{Start: s, End: e}}}
		}
	}
	s, e := int(n.StartByte()), int(n.EndByte())
	q := 0
	for s+q < e && a.Src[s+q] == '"' {
		q++
	}
	if e-q >= s+q {
		return litParts(a.Src, s+q, e-q, decodeMode{})
	}
	return litParts(a.Src, s, s, decodeMode{})
}

// dedentRaw applies the raw string rule: the whitespace before the closing
// quotes is removed from every line.
func dedentRaw(t string) string {
	t = strings.ReplaceAll(t, "\r\n", "\n")
	lines := strings.Split(t, "\n")
	if len(lines) < 2 {
		return t
	}
	indent := lines[len(lines)-1]
	if strings.TrimSpace(indent) != "" {
		indent = ""
	}
	body := lines[1 : len(lines)-1]
	if strings.TrimSpace(lines[0]) != "" {
		body = lines[:len(lines)-1]
	}
	for i, l := range body {
		body[i] = strings.TrimPrefix(l, indent)
	}
	return strings.Join(body, "\n")
}

// constString is the value of a literal without interpolation.
func (a *analyzer) constString(n *sitter.Node) (string, bool) {
	n = unwrap(n)
	if n == nil {
		return "", false
	}
	switch n.Type() {
	case "string_literal", "verbatim_string_literal", "raw_string_literal", "utf8_string_literal":
	case "interpolated_string_expression":
		for _, c := range a.Kids(n) {
			if c.Type() == "interpolation" {
				return "", false
			}
		}
		return strlit.Text(a.interpolatedParts(n, nil, 0)), true
	default:
		return "", false
	}
	return strlit.Text(a.stringParts(n)), true
}

// nameSpan is the span of a string literal's content, and whether it is
// spelled without escapes.
func (a *analyzer) nameSpan(n *sitter.Node) (ir.Span, bool) {
	parts := a.stringParts(n)
	if len(parts) == 1 && parts[0].Raw {
		return parts[0].Span, true
	}
	if len(parts) == 0 {
		return ir.Span{Start: int(n.StartByte()), End: int(n.StartByte())}, false
	}
	return ir.Span{Start: parts[0].Span.Start, End: parts[len(parts)-1].Span.End}, false
}
