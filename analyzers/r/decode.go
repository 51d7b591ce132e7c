package r

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// strContent returns the byte range of a string token's value (inside the
// quotes or raw delimiters), its decoded text, and whether the decoded text
// is byte-for-byte the source (no escapes).
func strContent(src []byte, t Token) (start, end int, text string, raw bool) {
	s := src[t.Start:t.End]
	switch t.Kind {
	case RawString:
		open, close := rawDelims(s)
		if len(s) < open+close {
			return t.Start, t.Start, "", false
		}
		start, end = t.Start+open, t.End-close
		return start, end, string(src[start:end]), true
	case String, Backtick:
		if len(s) < 2 {
			return t.Start, t.Start, "", false
		}
		start, end = t.Start+1, t.End-1
		text = unescape(src[start:end])
		return start, end, text, text == string(src[start:end])
	}
	return t.Start, t.End, string(s), true
}

// unescape resolves R's string escapes: \n \t \r \0 \a \b \f \v \\ \" \' \`
// \ooo (octal, 1-3 digits), \xhh (1-2 hex), \uXXXX, \u{XXXX}, \UXXXXXXXX,
// \U{XXXXXXXX}. An unknown escape (an error in R) keeps the character.
func unescape(b []byte) string {
	if !strings.ContainsRune(string(b), '\\') {
		return string(b)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' || i+1 >= len(b) {
			sb.WriteByte(c)
			i++
			continue
		}
		e := b[i+1]
		i += 2
		switch e {
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case 'r':
			sb.WriteByte('\r')
		case 'a':
			sb.WriteByte('\a')
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'v':
			sb.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i - 1
			n := 0
			for j < len(b) && n < 3 && b[j] >= '0' && b[j] <= '7' {
				j++
				n++
			}
			v, _ := strconv.ParseUint(string(b[i-1:j]), 8, 32)
			sb.WriteByte(byte(v))
			i = j
		case 'x':
			j := i
			for j < len(b) && j-i < 2 && isHex(b[j]) {
				j++
			}
			if j == i {
				sb.WriteString(`\x`)
				continue
			}
			v, _ := strconv.ParseUint(string(b[i:j]), 16, 32)
			sb.WriteByte(byte(v))
			i = j
		case 'u', 'U':
			max := 4
			if e == 'U' {
				max = 8
			}
			j, end := i, i
			if i < len(b) && b[i] == '{' {
				j = i + 1
				end = j
				for end < len(b) && end-j < max && isHex(b[end]) {
					end++
				}
				if end < len(b) && b[end] == '}' && end > j {
					writeRune(&sb, b[j:end])
					i = end + 1
					continue
				}
				sb.WriteByte('\\')
				sb.WriteByte(e)
				continue
			}
			for end < len(b) && end-j < max && isHex(b[end]) {
				end++
			}
			if end == j {
				sb.WriteByte('\\')
				sb.WriteByte(e)
				continue
			}
			writeRune(&sb, b[j:end])
			i = end
		default:
			// \\ \" \' \` \space and unknown escapes: the character itself.
			sb.WriteByte(e)
		}
	}
	return sb.String()
}

func writeRune(sb *strings.Builder, hex []byte) {
	v, err := strconv.ParseUint(string(hex), 16, 32)
	if err != nil || v > utf8.MaxRune {
		sb.WriteRune(utf8.RuneError)
		return
	}
	sb.WriteRune(rune(v))
}
