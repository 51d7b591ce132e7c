package js

import (
	"strings"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/strlit"
	"github.com/kobolint/kobolint/internal/ir"
)

// litParts decodes the JavaScript string text src[start:end] (between the
// quotes) into Lit parts (see strlit.Parts): escapes start with a backslash.
func litParts(src []byte, start, end int) []ir.Part {
	return strlit.Parts(src, start, end, jsEscape)
}

func jsEscape(b []byte) (string, int) {
	if b[0] != '\\' {
		return "", 0
	}
	return decodeEscape(b)
}

// decodeEscape decodes the escape sequence at the start of b (b[0] is the
// backslash) and returns its value and length.
func decodeEscape(b []byte) (string, int) {
	if len(b) < 2 {
		return "", len(b)
	}
	if text, ok := strlit.Simple(b[1]); ok {
		return text, 2
	}
	switch c := b[1]; c {
	case '\r':
		if len(b) > 2 && b[2] == '\n' {
			return "", 3
		}
		return "", 2
	case '\n':
		return "", 2
	case 'x':
		if len(b) >= 4 {
			if r, ok := strlit.HexRune(b[2:4]); ok {
				return string(r), 4
			}
		}
		return "x", 2
	case 'u':
		if len(b) >= 3 && b[2] == '{' {
			if j := strings.IndexByte(string(b[3:min(len(b), 12)]), '}'); j > 0 {
				if r, ok := strlit.HexRune(b[3 : 3+j]); ok && utf8.ValidRune(r) {
					return string(r), 4 + j
				}
			}
			return "u", 2
		}
		if len(b) >= 6 {
			if r, ok := strlit.HexRune(b[2:6]); ok {
				return string(r), 6
			}
		}
		return "u", 2
	default:
		_, size := utf8.DecodeRune(b[1:])
		return string(b[1 : 1+size]), 1 + size
	}
}

// stringBounds returns the byte range between the quotes of a string or
// template node, tolerating an unterminated literal.
func (a *analyzer) stringBounds(n *sitter.Node) (int, int) {
	s, e := int(n.StartByte()), int(n.EndByte())
	if e > len(a.Src) {
		e = len(a.Src)
	}
	if s >= e {
		return s, s
	}
	q := a.Src[s]
	inner := s
	if q == '"' || q == '\'' || q == '`' {
		inner = s + 1
	}
	end := e
	if end-1 >= inner && a.Src[end-1] == q {
		end--
	}
	return inner, end
}

// stringParts decodes a string literal node.
func (a *analyzer) stringParts(n *sitter.Node) []ir.Part {
	s, e := a.stringBounds(n)
	return litParts(a.Src, s, e)
}

// constString returns the value of a string literal, or of a template
// string without substitutions.
func (a *analyzer) constString(n *sitter.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	n = unwrap(n)
	switch n.Type() {
	case "string":
	case "template_string":
		for _, c := range a.Kids(n) {
			if c.Type() == "template_substitution" {
				return "", false
			}
		}
	default:
		return "", false
	}
	return strlit.Text(a.stringParts(n)), true
}

// nameSpan returns the span of a string key's content and whether the
// content is spelled without escapes.
func (a *analyzer) nameSpan(n *sitter.Node) (ir.Span, bool) {
	if n.Type() == "string" || n.Type() == "template_string" {
		s, e := a.stringBounds(n)
		raw := true
		for i := s; i < e; i++ {
			if a.Src[i] == '\\' {
				raw = false
				break
			}
		}
		return ir.Span{Start: s, End: e}, raw
	}
	return ir.Span{Start: int(n.StartByte()), End: int(n.EndByte())}, true
}
