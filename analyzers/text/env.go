package text

import (
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeEnv reads dotenv-style files (.env, .env.example, .Renviron,
// .envrc): KEY=value lines, optionally after `export`, with single or
// double quotes (double quotes may span lines and hold escapes) and `#`
// comments. ${VAR} refers to a key defined above.
func analyzeEnv(c *ctx) { c.eachLine([]string{"#"}, c.envAssignment) }

// envAssignment reads one KEY=value starting at i on a line ending at end;
// it returns where the next line starts (later when a quote spans lines).
func (c *ctx) envAssignment(i, end, next int) int {
	src := c.src
	if hasWord(src[i:end], "export") {
		i = skipBlanks(src, i+len("export"), end)
	}
	k := identEnd(src, i, end, ".-")
	j := skipBlanks(src, k, end)
	if k == i || j >= end || src[j] != '=' {
		c.tokensAt(i, end, ir.RoleUnknown, "", false)
		return next
	}
	name := string(src[i:k])
	v := skipBlanks(src, j+1, end)
	if v < end && (src[v] == '"' || src[v] == '\'') {
		q := closingQuote(src, v, src[v] == '"')
		if q < 0 {
			c.warn("unterminated quote in value of " + name)
			q = end
		}
		var b remap.Builder
		if src[v] == '"' {
			remap.Unescape(&b, src, v+1, q)
		} else {
			b.Copy(v+1, src[v+1:q])
		}
		m := b.Map()
		c.value(b.Text(), m, name, true, false)
		c.defineIn(name, b.Text(), m, 0, b.Len())
		if q < len(src) {
			le, nx := lineAt(src, q)
			c.tokensAt(min(q+1, le), le, ir.RoleUnknown, "", true)
			next = nx
		}
		return next
	}
	ve := commentStart(src, v, end, "#")
	if ve < end {
		c.tokensAt(ve, end, ir.RoleUnknown, "", true)
	}
	c.valueAt(v, ve, name, true, false)
	if v < ve {
		c.defineIn(name, src, c.whole, v, ve)
	}
	return next
}

// hasWord reports whether b starts with w followed by a blank.
func hasWord(b []byte, w string) bool {
	return len(b) > len(w) && string(b[:len(w)]) == w && (b[len(w)] == ' ' || b[len(w)] == '\t')
}
