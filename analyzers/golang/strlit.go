package golang

import (
	"strconv"
	"unicode/utf8"
)

// lit is a decoded Go string literal. offs maps each byte offset of text
// (and len(text)) to the file offset it came from, so that a piece of the
// value can be located even when escapes sit before it.
type lit struct {
	text string
	offs []int
	// raw: text is byte for byte the source between the quotes.
	raw bool
}

// decodeLit decodes the source text of a string literal starting at file
// offset base. It never fails: a malformed escape is kept as written, so a
// broken file still yields spans inside the input.
func decodeLit(src string, base int) lit {
	if len(src) < 2 {
		return lit{text: "", offs: []int{base}}
	}
	q := src[0]
	inner := src[1:]
	if inner[len(inner)-1] == q && len(inner) >= 1 {
		inner = inner[:len(inner)-1]
	}
	start := base + 1
	switch q {
	case '`':
		// Raw strings: only carriage returns are dropped (Go spec).
		var b []byte
		offs := make([]int, 0, len(inner)+1)
		raw := true
		for i := 0; i < len(inner); i++ {
			if inner[i] == '\r' {
				raw = false
				continue
			}
			b = append(b, inner[i])
			offs = append(offs, start+i)
		}
		offs = append(offs, start+len(inner))
		return lit{text: string(b), offs: offs, raw: raw}
	case '"', '\'':
	default:
		return lit{text: "", offs: []int{base}}
	}
	var b []byte
	offs := make([]int, 0, len(inner)+1)
	raw := true
	for i := 0; i < len(inner); {
		c := inner[i]
		if c != '\\' {
			b = append(b, c)
			offs = append(offs, start+i)
			i++
			continue
		}
		raw = false
		v, mb, tail, err := strconv.UnquoteChar(inner[i:], q)
		n := len(inner[i:]) - len(tail)
		if err != nil || n <= 0 {
			// keep the backslash literally and go on
			b = append(b, c)
			offs = append(offs, start+i)
			i++
			continue
		}
		var enc []byte
		if v < utf8.RuneSelf || !mb {
			enc = []byte{byte(v)}
		} else {
			enc = utf8.AppendRune(nil, v)
		}
		for range enc {
			offs = append(offs, start+i)
		}
		b = append(b, enc...)
		i += n
	}
	offs = append(offs, start+len(inner))
	return lit{text: string(b), offs: offs, raw: raw}
}

// span returns the file range of text[a:b] and whether that range holds
// exactly those bytes (so an edit inside it is safe).
func (l lit) span(a, b int, src []byte) (int, int, bool) {
	if a < 0 {
		a = 0
	}
	if b > len(l.text) {
		b = len(l.text)
	}
	if a > b {
		a = b
	}
	s, e := l.offs[a], l.offs[b]
	exact := e >= s && e <= len(src) && s >= 0 && string(src[s:e]) == l.text[a:b]
	return s, e, exact
}
