package text

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeHTTP reads request files of the VS Code REST Client and JetBrains
// HTTP client: `@name = value` defines a variable used as {{name}},
// `METHOD url` lines are requests, `#` and `//` lines are comments, and
// headers and bodies are scanned for URL tokens.
func analyzeHTTP(c *ctx) {
	src := c.src
	c.eachLine([]string{"#", "//"}, func(i, end, next int) int {
		line := string(src[i:end])
		if line[0] == '@' {
			k := identEnd(src, i+1, end, "-.")
			eq := skipBlanks(src, k, end)
			if k > i+1 && eq < end && src[eq] == '=' {
				name := string(src[i+1 : k])
				v := skipBlanks(src, eq+1, end)
				ve := commentStart(src, v, end, "#")
				c.config = true
				c.valueAt(v, trimRight(src, v, ve), name, true, false)
				c.config = false
				c.defineIn(name, src, c.whole, v, ve)
			}
			return next
		}
		method, _, _ := strings.Cut(line, " ")
		if !names.HTTPMethod(method) {
			c.tokensAt(i, end, ir.RoleUnknown, "", false)
			return next
		}
		// the request's URL is the first token after the method
		u := skipBlanks(src, i+len(method), end)
		if toks := scanTokens(src[u:end]); len(toks) > 0 {
			if ps := c.expand(parts(src, c.whole, shiftTok(toks[0], u))); ir.HasLit(ps) {
				c.b.AddURL(ir.URL{Parts: ps, Role: ir.RoleRequest, Call: method})
			}
		}
		return next
	})
}
