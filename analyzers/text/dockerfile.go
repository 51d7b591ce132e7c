package text

import (
	"bytes"
	"strings"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeDockerfile reads a Dockerfile instruction by instruction
// (backslash continuations joined, comment lines inside them dropped).
// ENV, ARG and LABEL give settings (`ENV KC_URL=https://...`, the old
// `ENV KC_URL https://...` form, `ARG BASE=...`), and later $VAR/${VAR}
// expand to them. RUN, CMD, ENTRYPOINT and HEALTHCHECK are shell commands
// (handed to the shell front-end when there is one); other instructions are
// scanned for URL tokens.
func analyzeDockerfile(c *ctx) {
	src := c.src
	escape := byte('\\')
	for off := bomLen(src); off < len(src); {
		end, next := lineAt(src, off)
		i := skipBlanks(src, off, end)
		if i >= end {
			off = next
			continue
		}
		if src[i] == '#' {
			if bytes.HasPrefix(bytes.ToLower(src[i:end]), []byte("# escape=`")) {
				escape = '`'
			}
			c.tokensAt(i, end, ir.RoleUnknown, "", true)
			off = next
			continue
		}
		// Join the logical line.
		var b remap.Builder
		for {
			e := trimRight(src, i, end)
			if e > i && src[e-1] == escape && next < len(src) {
				b.Copy(i, src[i:e-1])
				off = next
				// Skip comment and blank lines inside the instruction.
				for off < len(src) {
					end, next = lineAt(src, off)
					i = skipBlanks(src, off, end)
					if i < end && src[i] == '#' {
						c.tokensAt(i, end, ir.RoleUnknown, "", true)
						off = next
						continue
					}
					if i >= end && next < len(src) {
						off = next
						continue
					}
					break
				}
				continue
			}
			b.Copy(i, src[i:e])
			break
		}
		c.dockerInstruction(b.Text(), b.Map())
		off = next
	}
}

func (c *ctx) dockerInstruction(text []byte, m *remap.Map) {
	k := 0
	for k < len(text) && !isSpace(text[k]) {
		k++
	}
	instr := strings.ToUpper(string(text[:k]))
	a := skipBlanks(text, k, len(text))
	switch instr {
	case "ENV", "ARG", "LABEL":
		c.dockerPairs(text, m, a, instr == "ENV")
	case "RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "SHELL", "ONBUILD":
		if a < len(text) && text[a] == '[' {
			// Exec form: a JSON list of words, no shell.
			c.tokensIn(text, m, a, len(text), ir.RoleUnknown, "", false)
			return
		}
		c.shellText(text, m, a, len(text))
	default:
		c.tokensIn(text, m, a, len(text), ir.RoleUnknown, "", false)
	}
}

// dockerPairs reads `k=v k2="v 2"` (or, for ENV, the old `k v` form).
func (c *ctx) dockerPairs(text []byte, m *remap.Map, a int, env bool) {
	k := identEnd(text, a, len(text), ".-")
	if k > a && env && k < len(text) && text[k] != '=' {
		// ENV KEY value: the rest of the line is the value.
		name := string(text[a:k])
		v := skipBlanks(text, k, len(text))
		c.valueIn(text, m, v, len(text), name, true, false)
		c.defineIn(name, text, m, v, len(text))
		return
	}
	for i := a; i < len(text); {
		i = skipBlanks(text, i, len(text))
		k := identEnd(text, i, len(text), ".-")
		if k == i || k >= len(text) || text[k] != '=' {
			// Skip a word that is not an assignment.
			for i < len(text) && !isSpace(text[i]) {
				i++
			}
			continue
		}
		name := strings.Trim(string(text[i:k]), "\"")
		v := k + 1
		var ve, next int
		if v < len(text) && (text[v] == '"' || text[v] == '\'') {
			q := closingQuote(text, v, text[v] == '"')
			if q < 0 {
				q = len(text)
			}
			v, ve, next = v+1, q, q+1
		} else {
			ve = v
			for ve < len(text) && !isSpace(text[ve]) {
				if text[ve] == '\\' {
					ve++
				}
				ve++
			}
			ve = min(ve, len(text))
			next = ve
		}
		c.valueIn(text, m, v, ve, name, true, false)
		c.defineIn(name, text, m, v, ve)
		i = next
	}
}
