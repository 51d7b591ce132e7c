package text

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeTOML reads TOML line by line: [table] and [[array]] headers set
// the key prefix, `key = value` lines (dotted and quoted keys too) give
// settings under table.key, and every string of the value (basic strings
// with escapes, literal strings, multi-line strings, strings in arrays and
// inline tables) is read. `#` outside strings starts a comment.
func analyzeTOML(c *ctx) {
	src := c.src
	table := ""
	for off := bomLen(src); off < len(src); {
		end, next := lineAt(src, off)
		i := skipBlanks(src, off, end)
		switch {
		case i >= end:
		case src[i] == '#':
			c.tokensAt(i, end, ir.RoleUnknown, "", true)
		case src[i] == '[':
			j := i + 1
			if j < end && src[j] == '[' {
				j++
			}
			k := strings.IndexByte(string(src[j:end]), ']')
			if k >= 0 {
				table = tomlKey(src[j : j+k])
				c.noteName(table)
				if h := commentStart(src, j+k, end, "#"); h < end {
					c.tokensAt(h, end, ir.RoleUnknown, "", true)
				}
			}
		default:
			eq := tomlKeyEnd(src, i, end)
			if eq < end && src[eq] == '=' {
				key := tomlKey(src[i:eq])
				if table != "" {
					key = table + "." + key
				}
				c.noteName(key)
				next = c.tomlValue(skipBlanks(src, eq+1, end), key)
			} else {
				c.tokensAt(i, end, ir.RoleUnknown, "", false)
			}
		}
		off = next
	}
}

// tomlKeyEnd returns the offset of the '=' after a (possibly quoted,
// dotted) key, or end.
func tomlKeyEnd(src []byte, i, end int) int {
	for i < end {
		switch src[i] {
		case '"', '\'':
			q := closingQuote(src, i, src[i] == '"')
			if q < 0 || q >= end {
				return end
			}
			i = q + 1
		case '=':
			return i
		case '#':
			return end
		default:
			i++
		}
	}
	return end
}

// tomlKey normalises a key: parts trimmed and unquoted, joined with dots.
func tomlKey(b []byte) string {
	var parts []string
	s := strings.TrimSpace(string(b))
	for s != "" {
		if s[0] == '"' || s[0] == '\'' {
			if k := strings.IndexByte(s[1:], s[0]); k >= 0 {
				parts = append(parts, s[1:k+1])
				s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[k+2:]), "."))
				continue
			}
		}
		k := strings.IndexByte(s, '.')
		if k < 0 {
			parts = append(parts, strings.TrimSpace(s))
			break
		}
		parts = append(parts, strings.TrimSpace(s[:k]))
		s = strings.TrimSpace(s[k+1:])
	}
	return strings.Join(parts, ".")
}

// tomlValue reads the value starting at i (strings may span lines) and
// returns the offset of the line after it.
func (c *ctx) tomlValue(i int, key string) int {
	src := c.src
	end, next := lineAt(src, i)
	// A single string value is a setting; strings inside arrays or inline
	// tables are reported under the same key.
	depth := 0
	for i < len(src) {
		if i >= end {
			if depth == 0 {
				return next
			}
			// Arrays may span lines.
			i = next
			if i >= len(src) {
				return i
			}
			end, next = lineAt(src, i)
			continue
		}
		switch ch := src[i]; ch {
		case '#':
			c.tokensAt(i, end, ir.RoleUnknown, "", true)
			i = end
		case '[', '{':
			depth++
			i++
		case ']', '}':
			depth = max(0, depth-1)
			i++
		case '"', '\'':
			var b remap.Builder
			multi := i+2 < len(src) && src[i+1] == ch && src[i+2] == ch
			var close, after int
			_ = close
			if multi {
				k := strings.Index(string(src[i+3:]), strings.Repeat(string(ch), 3))
				if k < 0 {
					c.warn("unterminated multi-line string in " + key)
					return len(src)
				}
				a := i + 3
				// A newline right after the opening quotes is trimmed.
				if a < len(src) && src[a] == '\r' {
					a++
				}
				if a < len(src) && src[a] == '\n' {
					a++
				}
				close, after = i+3+k, i+3+k+3
				if ch == '"' {
					remap.Unescape(&b, src, a, close)
				} else {
					b.Copy(a, src[a:close])
				}
			} else {
				q := closingQuote(src, i, ch == '"')
				if q < 0 || q > end {
					c.tokensAt(i, end, ir.RoleUnknown, key, false)
					i = end
					continue
				}
				close, after = q, q+1
				if ch == '"' {
					remap.Unescape(&b, src, i+1, q)
				} else {
					b.Copy(i+1, src[i+1:q])
				}
			}
			c.value(b.Text(), b.Map(), key, depth == 0, false)
			if after > end {
				end, next = lineAt(src, after)
			}
			i = after
		default:
			i++
		}
	}
	return len(src)
}
