package text

import (
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeProcfile reads `process: command` lines; commands are shell.
func analyzeProcfile(c *ctx) {
	src := c.src
	whole := remap.Identity(0, len(src))
	for off := bomLen(src); off < len(src); {
		end, next := lineAt(src, off)
		i := skipBlanks(src, off, end)
		switch k := identEnd(src, i, end, "-."); {
		case i >= end:
		case src[i] == '#':
			c.tokensAt(i, end, ir.RoleUnknown, "", true)
		case k > i && k < end && src[k] == ':':
			c.shellText(src, whole, skipBlanks(src, k+1, end), end)
		default:
			c.tokensAt(i, end, ir.RoleUnknown, "", false)
		}
		off = next
	}
}
