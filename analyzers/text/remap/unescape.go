package remap

import "unicode/utf8"

// Unescape appends the backslash-decoded form of src[a:e] to b. It knows
// the escapes of JSON, TOML basic strings, YAML double-quoted scalars,
// shell-style double quotes and Java properties: \n \t \r \b \f \e \0
// \" \' \\ \/ \$ \: \= \# \space, \xXX, \uXXXX (with UTF-16 surrogate
// pairs) and \UXXXXXXXX. A backslash before a line break joins the lines
// (the break and the next line's indentation vanish). Any other escaped
// byte stands for itself. Decoded bytes are recorded as decoded, so spans
// that cross them are not raw.
func Unescape(b *Builder, src []byte, a, e int) {
	if e > len(src) {
		e = len(src)
	}
	b.Escapes(src, a, e, '\\', func(i int) (int, []byte) {
		c := src[i+1]
		n := 2
		var out []byte
		switch c {
		case 'n':
			out = []byte{'\n'}
		case 't':
			out = []byte{'\t'}
		case 'r':
			out = []byte{'\r'}
		case 'b':
			out = []byte{'\b'}
		case 'f':
			out = []byte{'\f'}
		case 'e':
			out = []byte{0x1b}
		case '0':
			out = []byte{0}
		case 'x':
			if r, ok := hexRune(src, i+2, 2, e); ok {
				out, n = utf8.AppendRune(nil, r), 4
			} else {
				out = []byte{'x'}
			}
		case 'u':
			if r, ok := hexRune(src, i+2, 4, e); ok {
				n = 6
				if r >= 0xD800 && r < 0xDC00 && i+12 <= e && src[i+6] == '\\' && src[i+7] == 'u' {
					if lo, ok := hexRune(src, i+8, 4, e); ok && lo >= 0xDC00 && lo < 0xE000 {
						r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
						n = 12
					}
				}
				out = utf8.AppendRune(nil, r)
			} else {
				out = []byte{'u'}
			}
		case 'U':
			if r, ok := hexRune(src, i+2, 8, e); ok {
				out, n = utf8.AppendRune(nil, r), 10
			} else {
				out = []byte{'U'}
			}
		case '\n', '\r':
			// Line continuation: skip the break and leading blanks.
			j := i + 1
			if src[j] == '\r' && j+1 < e && src[j+1] == '\n' {
				j++
			}
			j++
			for j < e && (src[j] == ' ' || src[j] == '\t') {
				j++
			}
			return j - i, nil
		default:
			out = []byte{c}
		}
		return n, out
	})
}

// hexRune reads n hex digits at src[i:] (before limit e).
func hexRune(src []byte, i, n, e int) (rune, bool) {
	if i+n > e {
		return 0, false
	}
	var r rune
	for k := 0; k < n; k++ {
		c := src[i+k]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	if r > utf8.MaxRune {
		return utf8.RuneError, true
	}
	return r, true
}
