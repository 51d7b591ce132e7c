package text

import (
	"bytes"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeHTML reads an HTML page: <script> bodies are JavaScript (handed
// to that front-end when there is one, scanned otherwise), <!-- -->
// comments are comments, and text and attributes are documentation.
func analyzeHTML(c *ctx) {
	src := c.src
	m := remap.Identity(0, len(src))
	lower := asciiLower(src)
	for i := bomLen(src); i < len(src); {
		cm := indexFrom(lower, i, "<!--")
		sc := indexFrom(lower, i, "<script")
		next := min(cm, sc)
		c.proseIn(src, m, i, next, false)
		if next >= len(src) {
			return
		}
		if next == cm {
			e := indexFrom(lower, cm+4, "-->")
			c.tokensIn(src, m, cm, e, ir.RoleDoc, "", true)
			i = min(len(src), e+3)
			continue
		}
		open := indexFrom(lower, sc, ">")
		c.proseIn(src, m, sc, open, false)
		body := min(len(src), open+1)
		e := indexFrom(lower, body, "</script")
		c.embed("js", src, m, body, e, ir.RoleUnknown)
		i = e
		if i < len(src) {
			i = min(len(src), indexFrom(lower, e, ">")+1)
		}
	}
}

// indexFrom finds s in b at or after i; len(b) when absent.
func indexFrom(b []byte, i int, s string) int {
	if i >= len(b) {
		return len(b)
	}
	k := bytes.Index(b[i:], []byte(s))
	if k < 0 {
		return len(b)
	}
	return i + k
}

// asciiLower lowers ASCII letters only, so offsets stay those of b.
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}
