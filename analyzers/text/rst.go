package text

import (
	"bytes"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeRST reads reStructuredText: `.. code-block:: lang` (also code::,
// sourcecode::) bodies go to their front-end, `::` literal blocks are
// read like unlabelled Markdown code, `..` comments are comments, and the
// rest is prose (RoleDoc).
func analyzeRST(c *ctx) {
	text := c.src
	pendingLang, literal := "", false
	for off := bomLen(text); off < len(text); {
		end, next := lineAt(text, off)
		i := skipBlanks(text, off, end)
		line := string(text[i:end])
		if i >= end {
			off = next
			continue
		}
		if pendingLang != "" || literal {
			lang := pendingLang
			pendingLang, literal = "", false
			if i > off {
				// Options (:linenos:) and then the indented body.
				bodyEnd, indent := rstBlock(text, off, i-off)
				body := off
				for body < bodyEnd {
					e, n := lineAt(text, body)
					if s := strings.TrimSpace(string(text[body:e])); strings.HasPrefix(s, ":") && strings.Count(s, ":") >= 2 && lang != "" {
						body = n
						continue
					}
					break
				}
				c.codeBlock(lang, text, c.whole, body, bodyEnd, indent)
				off = bodyEnd
				continue
			}
		}
		switch {
		case strings.HasPrefix(line, ".. "):
			if d := rstDirective(line); d != "" {
				pendingLang = d
				off = next
				continue
			}
			if strings.HasPrefix(line, ".. _") || strings.Contains(line, "::") {
				c.proseIn(text, c.whole, i, end, false)
			} else {
				c.tokensIn(text, c.whole, i, end, ir.RoleDoc, "", true)
			}
		default:
			c.proseIn(text, c.whole, i, end, false)
			if strings.HasSuffix(strings.TrimSpace(line), "::") {
				literal = true
			}
		}
		off = next
	}
}

// rstDirective returns the language of a code directive line, "-" for a
// code directive without one, or "".
func rstDirective(line string) string {
	for _, d := range []string{".. code-block::", ".. code::", ".. sourcecode::", ".. prompt::"} {
		if rest, ok := strings.CutPrefix(line, d); ok {
			f := strings.Fields(rest)
			if len(f) == 0 {
				return "-"
			}
			return strings.ToLower(f[0])
		}
	}
	return ""
}

// rstBlock returns the end of the indented block starting at off (whose
// first line is indented by indent) and that indentation.
func rstBlock(text []byte, off, indent int) (int, int) {
	p := off
	lastNonBlank := off
	for p < len(text) {
		e, n := lineAt(text, p)
		i := skipBlanks(text, p, e)
		if i < e {
			if i-p < indent && bytes.TrimSpace(text[p:e]) != nil {
				break
			}
			lastNonBlank = n
		}
		p = n
	}
	return lastNonBlank, indent
}
