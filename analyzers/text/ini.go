package text

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeINI reads INI-style files (.ini, .cfg, .conf) and, with props
// set, Java .properties files. [section] headers prefix keys
// ("kobo.url"); `key = value` and `key: value` lines are settings;
// indented lines continue the previous value (setup.cfg lists); `#` and `;`
// start comments at the start of a line or after a blank. In .properties
// files backslash escapes (`https\://`) are decoded and a trailing
// backslash continues the line. Lines of other shapes (nginx directives,
// `key value`) are scanned for URL tokens.
func analyzeINI(c *ctx, props bool) {
	src := c.src
	section, lastKey := "", ""
	for off := bomLen(src); off < len(src); {
		end, next := lineAt(src, off)
		i := skipBlanks(src, off, end)
		indented := i > off
		switch {
		case i >= end:
			lastKey = ""
		case src[i] == '#' || src[i] == ';' || (props && src[i] == '!'):
			c.tokensAt(i, end, ir.RoleUnknown, "", true)
		case src[i] == '[' && !props:
			if k := strings.IndexByte(string(src[i:end]), ']'); k > 0 {
				section = strings.TrimSpace(string(src[i+1 : i+k]))
				c.noteName(section)
				lastKey = ""
			} else {
				c.tokensAt(i, end, ir.RoleUnknown, "", false)
			}
		case indented && lastKey != "" && !props:
			// Continuation of a multi-line value.
			ve := commentStart(src, i, end, "#;")
			c.valueAt(i, ve, lastKey, false, false)
		default:
			k := i
			for k < end && src[k] != '=' && src[k] != ':' && src[k] != ' ' && src[k] != '\t' {
				if props && src[k] == '\\' {
					k++
				}
				k++
			}
			k = min(k, end)
			sep := skipBlanks(src, k, end)
			if k == i || sep >= end || (src[sep] != '=' && src[sep] != ':') {
				if props && k > i {
					// `key value` is also a properties assignment.
					next = c.propsValue(skipBlanks(src, k, end), end, next, qualify(section, string(src[i:k])))
					lastKey = ""
					break
				}
				c.tokensAt(i, end, ir.RoleUnknown, "", false)
				lastKey = ""
				break
			}
			key := qualify(section, strings.TrimSpace(string(src[i:k])))
			c.noteName(key)
			v := skipBlanks(src, sep+1, end)
			if props {
				next = c.propsValue(v, end, next, key)
				break
			}
			ve := commentStart(src, v, end, "#;")
			if ve < end {
				c.tokensAt(ve, end, ir.RoleUnknown, "", true)
			}
			if v+1 < ve && (src[v] == '"' || src[v] == '\'') && src[ve-1] == src[v] {
				c.valueAt(v+1, ve-1, key, true, false)
			} else {
				c.valueAt(v, trimRight(src, v, ve), key, true, false)
			}
			lastKey = key
		}
		off = next
	}
}

func qualify(section, key string) string {
	if section == "" {
		return key
	}
	return section + "." + key
}

func trimRight(src []byte, a, e int) int {
	for e > a && isSpace(src[e-1]) {
		e--
	}
	return e
}

// propsValue decodes a .properties value starting at v on a line ending
// at end, following backslash continuations, and returns the next line.
func (c *ctx) propsValue(v, end, next int, key string) int {
	src := c.src
	var b remap.Builder
	for {
		// Count trailing backslashes: an odd number continues the line.
		n := 0
		for k := end - 1; k >= v && src[k] == '\\'; k-- {
			n++
		}
		if n%2 == 1 && next < len(src) {
			remap.Unescape(&b, src, v, end-1)
			v = skipBlanks(src, next, len(src))
			end, next = lineAt(src, v)
			continue
		}
		remap.Unescape(&b, src, v, end)
		break
	}
	c.value(b.Text(), b.Map(), key, true, false)
	return next
}
