package text

import (
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeKVLines is the line-based reading used when a configuration file
// does not parse: `key: value`, `key = value` and `KEY=value` lines give a
// setting under key, `#`/`;` lines are comments, anything else is scanned
// for URL tokens.
func analyzeKVLines(c *ctx) {
	src := c.src
	c.eachLine([]string{"#", ";"}, func(i, end, next int) int {
		if src[i] == '-' {
			i = skipBlanks(src, i+1, end)
		}
		k := identEnd(src, i, end, ".-")
		j := skipBlanks(src, k, end)
		if k > i && j < end && (src[j] == ':' || src[j] == '=') {
			v := skipBlanks(src, j+1, end)
			ve := commentStart(src, v, end, "#")
			ve = trimRight(src, v, ve)
			switch {
			case ve-v >= 2 && src[v] == '"' && src[ve-1] == '"':
				var b remap.Builder
				remap.Unescape(&b, src, v+1, ve-1)
				c.value(b.Text(), b.Map(), string(src[i:k]), false, false)
			case ve-v >= 2 && src[v] == '\'' && src[ve-1] == '\'':
				c.valueAt(v+1, ve-1, string(src[i:k]), false, false)
			default:
				c.valueAt(v, ve, string(src[i:k]), false, false)
			}
			if ve < end {
				c.tokensAt(ve, end, ir.RoleUnknown, "", true)
			}
		} else {
			c.tokensAt(i, end, ir.RoleUnknown, "", false)
		}
		return next
	})
}
