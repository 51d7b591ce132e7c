package text

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeMakefile reads a Makefile: variable assignments (`VAR = v`,
// `VAR := v`, `VAR ?= v`, `VAR != cmd`, with export/override) are settings
// under VAR, and each target's recipe lines (tab-indented) are shell code
// in which $(VAR) and ${VAR} expand to the variables above and $$ is a
// dollar sign. `#` starts a comment outside recipes.
func analyzeMakefile(c *ctx) {
	src := c.src
	var recipe remap.Builder
	flush := func() {
		if recipe.Len() > 0 {
			c.shellText(recipe.Text(), recipe.Map(), 0, recipe.Len())
		}
		recipe = remap.Builder{}
	}
	inRecipe := false
	for off := bomLen(src); off < len(src); {
		end, next := lineAt(src, off)
		if off == end {
			off = next
			continue
		}
		if src[off] == '\t' && inRecipe {
			next = c.recipeLine(&recipe, off+1, end, next)
			off = next
			continue
		}
		i := skipBlanks(src, off, end)
		if i >= end {
			off = next
			continue
		}
		if src[i] == '#' {
			c.tokensAt(i, end, ir.RoleUnknown, "", true)
			off = next
			continue
		}
		// Join backslash continuations of the logical line.
		lineEnd := end
		for lineEnd > i && src[lineEnd-1] == '\\' && next < len(src) {
			lineEnd, next = lineAt(src, next)
		}
		if name, v, op, ok := makeAssignment(src, i, lineEnd); ok {
			flush()
			inRecipe = false
			ve := makeComment(src, v, lineEnd)
			if ve < lineEnd {
				c.tokensAt(ve, lineEnd, ir.RoleUnknown, "", true)
			}
			if op == "!=" {
				c.shellText(src, c.whole, v, ve)
			} else {
				c.valueAt(v, trimRight(src, v, ve), name, true, false)
				if op != "+=" {
					c.defineIn(name, src, c.whole, v, ve)
				}
			}
			off = next
			continue
		}
		if colon := targetColon(src, i, lineEnd); colon >= 0 {
			flush()
			inRecipe = true
			// `target: prereqs ; command`
			if semi := strings.IndexByte(string(src[colon:lineEnd]), ';'); semi >= 0 {
				c.recipeLine(&recipe, colon+semi+1, lineEnd, next)
			}
			off = next
			continue
		}
		// Directives (include, ifeq, define bodies...): scan the text.
		c.tokensAt(i, lineEnd, ir.RoleUnknown, "", false)
		off = next
	}
	flush()
}

// makeAssignment recognises `[export|override] NAME op value`.
func makeAssignment(src []byte, i, end int) (name string, v int, op string, ok bool) {
	for _, w := range []string{"export", "override", "private"} {
		if hasWord(src[i:end], w) {
			i = skipBlanks(src, i+len(w), end)
		}
	}
	k := identEnd(src, i, end, ".-")
	if k == i {
		return "", 0, "", false
	}
	j := skipBlanks(src, k, end)
	for _, o := range []string{"::=", ":::=", ":=", "?=", "+=", "!=", "="} {
		if strings.HasPrefix(string(src[j:end]), o) {
			return string(src[i:k]), skipBlanks(src, j+len(o), end), o, true
		}
	}
	return "", 0, "", false
}

// makeComment returns where a comment starts in an assignment value.
func makeComment(src []byte, a, e int) int {
	for i := a; i < e; i++ {
		if src[i] == '#' && (i == a || src[i-1] != '\\') {
			return i
		}
	}
	return e
}

// targetColon returns the offset of the colon of a rule line, or -1.
func targetColon(src []byte, i, end int) int {
	for k := i; k < end; k++ {
		switch src[k] {
		case ':':
			if k+1 < end && src[k+1] == '=' {
				return -1
			}
			return k
		case '=', '#':
			return -1
		}
	}
	return -1
}

// recipeLine appends one recipe line (from a, after the tab) to the recipe
// text: leading @ - + are dropped, $(VAR)/${VAR} become ${VAR} and $$ a
// dollar sign. Continued lines stay continued for the shell.
func (c *ctx) recipeLine(b *remap.Builder, a, end, next int) int {
	src := c.src
	for a < end && (src[a] == '@' || src[a] == '-' || src[a] == '+' || src[a] == ' ') {
		a++
	}
	b.Escapes(src, a, end, '$', func(i int) (int, []byte) {
		switch src[i+1] {
		case '$':
			return 2, []byte{'$'}
		case '(', '{':
			closer := byte(')')
			if src[i+1] == '{' {
				closer = '}'
			}
			k := identEnd(src, i+2, end, ".-")
			if k > i+2 && k < end && src[k] == closer {
				return k + 1 - i, []byte("${" + string(src[i+2:k]) + "}")
			}
		}
		return 0, nil
	})
	b.Virtual(end, []byte{'\n'})
	return next
}
