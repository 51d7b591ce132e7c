package text

import (
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeProcfile reads `process: command` lines; commands are shell.
func analyzeProcfile(c *ctx) {
	src := c.src
	c.eachLine([]string{"#"}, func(i, end, next int) int {
		if k := identEnd(src, i, end, "-."); k > i && k < end && src[k] == ':' {
			c.shellText(src, c.whole, skipBlanks(src, k+1, end), end)
		} else {
			c.tokensAt(i, end, ir.RoleUnknown, "", false)
		}
		return next
	})
}
