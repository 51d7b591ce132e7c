package python

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/strlit"
	"github.com/kobolint/kobolint/internal/ir"
)

// strPrefix returns the lower-cased prefix letters of a string node (r, b,
// f, u and their combinations), read from its string_start child.
func strPrefix(src []byte, s *node) string {
	for _, k := range s.kids {
		if k.kind == "string_start" {
			txt := string(src[k.start:k.end])
			i := strings.IndexAny(txt, `"'`)
			if i < 0 {
				return ""
			}
			return strings.ToLower(txt[:i])
		}
	}
	return ""
}

// contentParts decodes one string_content node into literal parts. Runs of
// source text that decode to themselves become Raw parts with exact spans;
// each escape (and, in f-strings, each doubled brace) becomes its own
// non-raw part, so that edits stay possible around it.
func contentParts(src []byte, c *node, raw, fstr bool) []ir.Part {
	s, e := c.start, c.end
	if s < 0 || e > len(src) || s >= e {
		return nil
	}
	return strlit.Parts(src, s, e, func(b []byte) (string, int) {
		if fstr && (b[0] == '{' || b[0] == '}') && len(b) > 1 && b[1] == b[0] {
			return string(b[0]), 2
		}
		if b[0] != '\\' || raw {
			return "", 0
		}
		// not an escape Python knows (n == 0): the backslash stays as is
		return decodeEscape(b)
	})
}

// decodeEscape decodes the escape sequence at the start of b (which begins
// with a backslash). It returns the decoded text and the number of bytes
// consumed, or n == 0 when the backslash does not start a known escape.
func decodeEscape(b []byte) (string, int) {
	if len(b) < 2 {
		return "", 0
	}
	switch c := b[1]; c {
	case '\n':
		return "", 2
	case '\r':
		if len(b) > 2 && b[2] == '\n' {
			return "", 3
		}
		return "", 2
	case '\\', '\'', '"':
		return string(c), 2
	case 'a':
		return "\a", 2
	case 'b':
		return "\b", 2
	case 'f':
		return "\f", 2
	case 'n':
		return "\n", 2
	case 'r':
		return "\r", 2
	case 't':
		return "\t", 2
	case 'v':
		return "\v", 2
	case 'x':
		return hexEscape(b, 2)
	case 'u':
		return hexEscape(b, 4)
	case 'U':
		return hexEscape(b, 8)
	case 'N':
		if len(b) > 3 && b[2] == '{' {
			if j := strings.IndexByte(string(b[3:min(len(b), 200)]), '}'); j >= 0 {
				// The character name is not resolved; a placeholder keeps the
				// text non-empty and never looks like a URL piece.
				return "?", 3 + j + 1
			}
		}
		return "", 0
	}
	if b[1] >= '0' && b[1] <= '7' {
		n, v := 1, 0
		for n < 4 && n < len(b) && b[n] >= '0' && b[n] <= '7' {
			v = v*8 + int(b[n]-'0')
			n++
		}
		return string(rune(v)), n
	}
	return "", 0
}

func hexEscape(b []byte, digits int) (string, int) {
	if len(b) < 2+digits {
		return "", 0
	}
	r, ok := strlit.HexRune(b[2 : 2+digits])
	if !ok {
		return "", 0
	}
	return string(r), 2 + digits
}

// litText joins the text of the literal parts.
func litText(parts []ir.Part) string { return strlit.Spell(parts, func(string) string { return "" }) }

// urlish reports whether parts qualify as a URL candidate: some literal
// text with a '/' or a '.' in it.
func urlish(parts []ir.Part) bool {
	for _, p := range parts {
		if p.Kind == ir.Lit && strings.ContainsAny(p.Text, "/.") {
			return true
		}
	}
	return false
}
