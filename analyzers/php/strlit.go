package php

import (
	"strconv"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/strlit"
	"github.com/kobolint/kobolint/internal/ir"
)

// lit is a literal part spelled exactly as in the source at [s, e).
func (a *analyzer) lit(s, e int) ir.Part {
	s, e = max(0, min(s, len(a.Src))), max(0, min(e, len(a.Src)))
	if e < s {
		e = s
	}
	return ir.Part{Kind: ir.Lit, Text: string(a.Src[s:e]), Span: ir.Span{Start: s, End: e}, Raw: true}
}

// escapePart is the decoded value of an escape sequence node.
func (a *analyzer) escapePart(n *sitter.Node, single bool) ir.Part {
	s, e := int(n.StartByte()), min(int(n.EndByte()), len(a.Src))
	text := ""
	if s < e {
		text = decodeEscape(a.Src[s:e], single)
	}
	return ir.Part{Kind: ir.Lit, Text: text, Span: ir.Span{Start: s, End: max(s, e)}}
}

// decodeEscape is the value of one PHP escape sequence (b starts with
// the backslash). In single-quoted strings only \' and \\ are escapes.
func decodeEscape(b []byte, single bool) string {
	if len(b) < 2 || b[0] != '\\' {
		return string(b)
	}
	if single {
		if b[1] == '\'' || b[1] == '\\' {
			return string(b[1:2])
		}
		return string(b)
	}
	switch b[1] {
	case 'e':
		return "\x1b"
	case '$', '"', '\\', '\'':
		return string(b[1:2])
	case 'x':
		if r, ok := strlit.HexRune(b[2:]); ok && uint32(r) <= 0xff {
			return string([]byte{byte(r)}) // a byte, not a code point
		}
	case 'u':
		if len(b) > 4 && b[2] == '{' && b[len(b)-1] == '}' {
			if r, ok := strlit.HexRune(b[3 : len(b)-1]); ok && utf8.ValidRune(r) {
				return string(r)
			}
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if v, err := strconv.ParseUint(string(b[1:]), 8, 16); err == nil {
			return string([]byte{byte(v)})
		}
	}
	if text, ok := strlit.Simple(b[1]); ok && len(b) == 2 {
		return text
	}
	return string(b)
}

// contentEnd is where the text of a quoted literal node starts and ends
// (inside its quotes; a b prefix is skipped).
func (a *analyzer) inner(n *sitter.Node) (int, int) {
	s, e := int(n.StartByte()), min(int(n.EndByte()), len(a.Src))
	if s < e && (a.Src[s] == 'b' || a.Src[s] == 'B') {
		s++
	}
	if s < e && (a.Src[s] == '\'' || a.Src[s] == '"') {
		s++
	}
	if e > s && (a.Src[e-1] == '\'' || a.Src[e-1] == '"') {
		e--
	}
	return s, max(s, e)
}

// stringParts decodes a string literal node. Interpolated values are
// evaluated with evalPiece (nil: holes named as spelled).
func (a *analyzer) stringParts(n *sitter.Node, evalPiece func(*sitter.Node) []ir.Part) []ir.Part {
	var out []ir.Part
	switch n.Type() {
	case "string":
		for _, c := range a.Kids(n) {
			switch c.Type() {
			case "string_content":
				out = append(out, a.lit(int(c.StartByte()), int(c.EndByte())))
			case "escape_sequence":
				out = append(out, a.escapePart(c, true))
			}
		}
	case "encapsed_string", "heredoc", "nowdoc":
		body := n
		if v := field(n, "value"); v != nil {
			body = v
		} else if n.Type() != "encapsed_string" {
			body = a.firstOfType(n, "heredoc_body")
			if body == nil {
				body = a.firstOfType(n, "nowdoc_body")
			}
		}
		for _, c := range a.Kids(body) {
			switch c.Type() {
			case "string_content", "nowdoc_string", "string_value":
				out = append(out, a.lit(int(c.StartByte()), int(c.EndByte())))
			case "escape_sequence":
				out = append(out, a.escapePart(c, false))
			default:
				if evalPiece != nil {
					out = append(out, evalPiece(c)...)
				} else {
					out = append(out, a.hole(c)...)
				}
			}
		}
	}
	if len(out) == 0 {
		s, _ := a.inner(n)
		if n.Type() == "heredoc" || n.Type() == "nowdoc" {
			s = int(n.EndByte())
		}
		out = []ir.Part{a.lit(s, s)}
	}
	return out
}

// constString is the value of a literal without interpolation.
func (a *analyzer) constString(n *sitter.Node) (string, bool) {
	n = unwrap(n)
	if n == nil || !isString(n) {
		return "", false
	}
	for _, c := range a.Kids(n) {
		switch c.Type() {
		case "string_content", "escape_sequence", "nowdoc_string", "heredoc_start", "heredoc_end", "string_value":
			continue
		case "heredoc_body", "nowdoc_body":
			for _, d := range a.Kids(c) {
				switch d.Type() {
				case "string_content", "escape_sequence", "nowdoc_string":
				default:
					return "", false
				}
			}
			continue
		}
		return "", false
	}
	return strlit.Text(a.stringParts(n, nil)), true
}

// nameSpan is the span of a string literal's content, and whether it is
// spelled without escapes.
func (a *analyzer) nameSpan(n *sitter.Node) (ir.Span, bool) {
	parts := a.stringParts(n, nil)
	if len(parts) == 1 && parts[0].Raw {
		return parts[0].Span, true
	}
	return ir.Span{Start: parts[0].Span.Start, End: parts[len(parts)-1].Span.End}, false
}
