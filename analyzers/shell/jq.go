package shell

import "strings"

// jqField is one field read found in a jq filter: `.name`, `."name"`,
// `.["name"]`, `x["name"]` or the shorthand key of `{name}`.
type jqField struct {
	name       string
	start, end int // the name in the filter text (inside quotes when quoted)
	escaped    bool
	receiver   string
}

// jq lexer frames: what an open bracket started.
const (
	frParen = iota
	frBracket
	frObject
	frInterp // \( ... ) inside a string
)

type jqFrame struct {
	kind   int
	keyPos bool // an object frame expecting a key
}

// jqFields lexes a jq filter and returns its field reads. It is a lexer
// with bracket tracking, not a parser: enough to tell paths (.a.b, .[].c)
// from builtins (length, select, map), variables ($x, $__loc__), formats
// (@tsv), string contents and object keys ({a: .b}).
func jqFields(s string) []jqField {
	var out []jqField
	var stack []jqFrame
	top := func() *jqFrame {
		if len(stack) == 0 {
			return nil
		}
		return &stack[len(stack)-1]
	}
	// atKey consumes the "expecting a key" state of the innermost object.
	atKey := func() bool {
		if f := top(); f != nil && f.kind == frObject && f.keyPos {
			f.keyPos = false
			return true
		}
		return false
	}
	// closes pops the innermost frame when it is of the given kind.
	closes := func(kind int) {
		if f := top(); f != nil && f.kind == kind {
			stack = stack[:len(stack)-1]
		}
	}
	i := 0
	inString := false
	for i < len(s) && len(stack) < 1000 {
		c := s[i]
		if inString {
			switch c {
			case '\\':
				if i+1 < len(s) && s[i+1] == '(' {
					stack = append(stack, jqFrame{kind: frInterp})
					inString = false
					i += 2
					continue
				}
				i += 2
			case '"':
				inString = false
				i++
			default:
				i++
			}
			continue
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '#':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '"':
			key := atKey()
			end, _, _ := jqString(s, i)
			if key || hasInterp(s[i:end]) {
				// A key string, or one with \( ): lex it for interpolations.
				inString = true
				i++
				continue
			}
			i = end
		case c == '.':
			i = jqDot(s, i, &out)
		case c == '[':
			// x["name"] after a path: a field read by quoted name.
			if prev := lastNonSpace(s, i); prev >= 0 && strings.IndexByte("]\")?", s[prev]) >= 0 || prev >= 0 && isIdentByte(s[prev]) && !endsWithKeyword(s[:prev+1]) {
				if f, end, ok := bracketName(s, i); ok {
					out = append(out, f)
					i = end
					continue
				}
			}
			stack = append(stack, jqFrame{kind: frBracket})
			i++
		case c == ']':
			closes(frBracket)
			i++
		case c == '{':
			atKey()
			stack = append(stack, jqFrame{kind: frObject, keyPos: true})
			i++
		case c == '}':
			closes(frObject)
			i++
		case c == '(':
			atKey()
			stack = append(stack, jqFrame{kind: frParen})
			i++
		case c == ')':
			if f := top(); f != nil {
				switch f.kind {
				case frInterp:
					stack = stack[:len(stack)-1]
					inString = true
				case frParen:
					stack = stack[:len(stack)-1]
				}
			}
			i++
		case c == ',':
			if f := top(); f != nil && f.kind == frObject {
				f.keyPos = true
			}
			i++
		case c == '$' || c == '@':
			atKey() // {$x} is a variable, never a field
			j := i + 1
			for j < len(s) && (isIdentByte(s[j]) || s[j] == ':') {
				j++
			}
			i = j
		case isIdentStart(c):
			j := i
			for j < len(s) && (isIdentByte(s[j]) || s[j] == ':' && j+1 < len(s) && s[j+1] == ':') {
				if s[j] == ':' {
					j++
				}
				j++
			}
			if atKey() {
				k := skipSpace(s, j)
				if k >= len(s) || s[k] == ',' || s[k] == '}' {
					// {name} is {name: .name}; it is also the output key, so
					// renaming it would change the output: not editable
					out = append(out, jqField{name: s[i:j], start: i, end: j, receiver: ".", escaped: true})
				}
			}
			i = j
		case c >= '0' && c <= '9':
			i = jqNumber(s, i)
		default:
			i++
		}
	}
	return out
}

// jqDot lexes what starts with '.' at s[i] and returns where it ends.
func jqDot(s string, i int, out *[]jqField) int {
	j := i + 1
	switch {
	case j < len(s) && s[j] == '.':
		return j + 1 // .. recursive descent
	case j < len(s) && isIdentStart(s[j]):
		k := j
		for k < len(s) && isIdentByte(s[k]) {
			k++
		}
		*out = append(*out, jqField{name: s[j:k], start: j, end: k, receiver: receiverBefore(s, i)})
		return k
	case j < len(s) && s[j] == '"':
		end, name, esc := jqString(s, j)
		if !hasInterp(s[j:end]) && end-j >= 2 && closedString(s, j, end) {
			*out = append(*out, jqField{name: name, start: j + 1, end: end - 1, escaped: esc, receiver: receiverBefore(s, i)})
		}
		return end
	case j < len(s) && s[j] == '[':
		if f, end, ok := bracketName(s, j); ok {
			f.receiver = receiverBefore(s, i)
			*out = append(*out, f)
			return end
		}
		return j // the '[' opens an index or slice
	case j < len(s) && s[j] >= '0' && s[j] <= '9':
		return jqNumber(s, j)
	}
	return j
}

// bracketName reads `["name"]` at s[i] == '['.
func bracketName(s string, i int) (jqField, int, bool) {
	k := skipSpace(s, i+1)
	if k >= len(s) || s[k] != '"' {
		return jqField{}, 0, false
	}
	end, name, esc := jqString(s, k)
	if hasInterp(s[k:end]) || end-k < 2 || !closedString(s, k, end) {
		return jqField{}, 0, false
	}
	m := skipSpace(s, end)
	if m < len(s) && s[m] == '?' {
		m = skipSpace(s, m+1)
	}
	if m >= len(s) || s[m] != ']' {
		return jqField{}, 0, false
	}
	return jqField{name: name, start: k + 1, end: end - 1, escaped: esc, receiver: receiverBefore(s, i)}, m + 1, true
}

// jqString reads a string literal at s[i] == '"': its end (after the
// closing quote), its decoded value, and whether it had escapes.
func jqString(s string, i int) (int, string, bool) {
	var b strings.Builder
	esc := false
	j := i + 1
	depth := 0
	for j < len(s) {
		c := s[j]
		if depth > 0 {
			// inside \( ... ): skip to the matching parenthesis
			switch c {
			case '(':
				depth++
			case ')':
				depth--
			}
			j++
			continue
		}
		switch c {
		case '"':
			return j + 1, b.String(), esc
		case '\\':
			esc = true
			if j+1 < len(s) {
				switch s[j+1] {
				case '(':
					depth = 1
				case 'n':
					b.WriteByte('\n')
				case 't':
					b.WriteByte('\t')
				default:
					b.WriteByte(s[j+1])
				}
			}
			j += 2
			continue
		}
		b.WriteByte(c)
		j++
	}
	return len(s), b.String(), esc
}

// closedString: the literal s[i:end] ends with its closing quote (an
// unterminated one runs to the end of the filter).
func closedString(s string, i, end int) bool {
	return end-i >= 2 && end <= len(s) && s[end-1] == '"' && (end != len(s) || !escapedAt(s, end-1))
}

// escapedAt: the byte at i is preceded by an odd number of backslashes.
func escapedAt(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func hasInterp(lit string) bool { return strings.Contains(lit, `\(`) }

// receiverBefore is the path expression right before s[i] ("." when the
// field starts a path), for messages: `.results[]` in `.results[].uid`.
func receiverBefore(s string, i int) string {
	j := i
	for j > 0 {
		c := s[j-1]
		if isIdentByte(c) || strings.IndexByte(".[]?\"$", c) >= 0 {
			j--
			continue
		}
		break
	}
	r := strings.TrimLeft(s[j:i], "[]?\"")
	if r == "" {
		return "."
	}
	return r
}

func jqNumber(s string, i int) int {
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == 'e' || s[i] == 'E') {
		i++
	}
	return i
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

func lastNonSpace(s string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			return j
		}
	}
	return -1
}

// endsWithKeyword: `then ["a"]` is an array, not an index.
func endsWithKeyword(s string) bool {
	j := len(s)
	for j > 0 && isIdentByte(s[j-1]) {
		j--
	}
	switch s[j:] {
	case "then", "else", "elif", "and", "or", "not", "as", "reduce", "foreach", "if", "try", "catch", "label", "def", "import", "include":
		return true
	}
	return false
}

func isIdentStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isIdentByte(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }
