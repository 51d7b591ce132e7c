package r

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the lexical class of a token.
type Kind uint8

const (
	Space     Kind = iota // blanks, tabs, \r, form feeds, a BOM
	Newline               // one '\n'
	Comment               // '#' up to the end of the line
	Ident                 // name, keyword, `...`, ..1
	Backtick              // `quoted name`
	String                // "..." or '...'
	RawString             // r"(...)" and friends
	Number                // 1, 1.5e-3, 0x1p3, 2L, 3i
	Op                    // operators and punctuation
	Error                 // bytes that are not R: unterminated strings, stray chars
)

var kindNames = [...]string{"Space", "Newline", "Comment", "Ident", "Backtick", "String", "RawString", "Number", "Op", "Error"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind?"
}

// Token is a half-open byte range of the source with its kind. Tokens of a
// file cover it exactly, in order, so that the lexer can be checked by
// concatenation.
type Token struct {
	Kind       Kind
	Start, End int
}

// Lex splits src into tokens. It never fails: bytes that are not valid R
// become Error tokens. `[[` is one token, and so is the `]]` that closes it
// (R's own lexer tells `x[[1]]` from `x[y[1]]` the same way, with a stack of
// open brackets).
func Lex(src []byte) []Token {
	lx := lexer{src: src}
	lx.run()
	return lx.toks
}

type lexer struct {
	src   []byte
	pos   int
	toks  []Token
	stack []string // open brackets: "(", "{", "[", "[["
}

func (lx *lexer) emit(k Kind, end int) {
	if end <= lx.pos {
		end = lx.pos + 1 // always make progress
	}
	if end > len(lx.src) {
		end = len(lx.src)
	}
	lx.toks = append(lx.toks, Token{Kind: k, Start: lx.pos, End: end})
	lx.pos = end
}

func (lx *lexer) at(i int) byte {
	if i < len(lx.src) {
		return lx.src[i]
	}
	return 0
}

func (lx *lexer) run() {
	for lx.pos < len(lx.src) {
		lx.next()
	}
}

func (lx *lexer) next() {
	p := lx.pos
	c := lx.src[p]
	switch {
	case c == '\n':
		lx.emit(Newline, p+1)
	case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
		e := p + 1
		for e < len(lx.src) {
			b := lx.src[e]
			if b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != '\v' {
				break
			}
			e++
		}
		lx.emit(Space, e)
	case c == '#':
		e := p
		for e < len(lx.src) && lx.src[e] != '\n' {
			e++
		}
		lx.emit(Comment, e)
	case c == '"' || c == '\'':
		lx.lexQuoted(c, String)
	case c == '`':
		lx.lexQuoted('`', Backtick)
	case (c == 'r' || c == 'R') && (lx.at(p+1) == '"' || lx.at(p+1) == '\''):
		if !lx.lexRawString() {
			lx.lexIdent()
		}
	case c >= '0' && c <= '9', c == '.' && isDigit(lx.at(p+1)):
		lx.lexNumber()
	case c == '.' || c == '_' || isASCIILetter(c):
		if c == '_' {
			// A lone _ is the placeholder of |> (R 4.2); a name cannot
			// start with '_' (the old assignment arrow).
			n := lx.at(p + 1)
			if isASCIILetter(n) || isDigit(n) || n == '.' || n == '_' || n >= utf8.RuneSelf {
				lx.emit(Error, p+1)
			} else {
				lx.emit(Ident, p+1)
			}
			return
		}
		lx.lexIdent()
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRune(lx.src[p:])
		switch {
		case r == utf8.RuneError && size <= 1:
			lx.emit(Error, p+1)
		case r == '\uFEFF' || r == '\u00A0' || unicode.IsSpace(r):
			lx.emit(Space, p+size)
		case unicode.IsLetter(r):
			lx.lexIdent()
		default:
			lx.emit(Error, p+size)
		}
	default:
		lx.lexOp()
	}
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isHex(c byte) bool         { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// lexQuoted reads a string quoted by q as a token of kind (a String, or
// a Backtick name); escapes are decoded later (decode.go). An unterminated
// one runs to the end of the input as an Error token.
func (lx *lexer) lexQuoted(q byte, kind Kind) {
	e := lx.pos + 1
	for e < len(lx.src) {
		switch lx.src[e] {
		case '\\':
			e += 2
			continue
		case q:
			lx.emit(kind, e+1)
			return
		}
		e++
	}
	lx.emit(Error, len(lx.src))
}

// lexRawString reads r"(...)", R'[...]', r"{...}", r"--(...)--". It returns
// false when the prefix is not followed by a valid opening delimiter, in
// which case the 'r' is an ordinary name.
func (lx *lexer) lexRawString() bool {
	p := lx.pos
	q := lx.src[p+1]
	i := p + 2
	dashes := 0
	for i < len(lx.src) && lx.src[i] == '-' {
		dashes++
		i++
	}
	var closer byte
	switch lx.at(i) {
	case '(':
		closer = ')'
	case '[':
		closer = ']'
	case '{':
		closer = '}'
	default:
		return false
	}
	i++
	for ; i < len(lx.src); i++ {
		if lx.src[i] != closer {
			continue
		}
		j := i + 1
		n := 0
		for n < dashes && j < len(lx.src) && lx.src[j] == '-' {
			n++
			j++
		}
		if n == dashes && lx.at(j) == q && j < len(lx.src) {
			lx.emit(RawString, j+1)
			return true
		}
	}
	lx.emit(Error, len(lx.src))
	return true
}

// rawDelims returns the length of the opening and closing delimiters of a
// raw string token text (r"--( and )--").
func rawDelims(text []byte) (open, close int) {
	dashes := 0
	for 2+dashes < len(text) && text[2+dashes] == '-' {
		dashes++
	}
	return 3 + dashes, 2 + dashes
}

func (lx *lexer) lexNumber() {
	s := lx.src
	e := lx.pos
	if s[e] == '0' && (lx.at(e+1)|0x20) == 'x' {
		e = mantissa(s, e+2, isHex)
		if e < len(s) && s[e]|0x20 == 'p' {
			e = lx.exponent(e)
		}
	} else {
		e = mantissa(s, e, isDigit)
		if e < len(s) && s[e]|0x20 == 'e' {
			e = lx.exponent(e)
		}
	}
	if e < len(s) && (s[e] == 'L' || s[e] == 'i') {
		e++
	}
	lx.emit(Number, e)
}

// mantissa skips digits, a point and more digits from e.
func mantissa(s []byte, e int, digit func(byte) bool) int {
	for e < len(s) && digit(s[e]) {
		e++
	}
	if e < len(s) && s[e] == '.' {
		e++
		for e < len(s) && digit(s[e]) {
			e++
		}
	}
	return e
}

// exponent consumes an 'e'/'p' exponent at e if digits follow it.
func (lx *lexer) exponent(e int) int {
	j := e + 1
	if lx.at(j) == '+' || lx.at(j) == '-' {
		j++
	}
	if !isDigit(lx.at(j)) {
		return e
	}
	for j < len(lx.src) && isDigit(lx.src[j]) {
		j++
	}
	return j
}

func (lx *lexer) lexIdent() {
	e := lx.pos
	for e < len(lx.src) {
		c := lx.src[e]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) || isDigit(c) || c == '.' || c == '_' {
				e++
				continue
			}
			break
		}
		r, size := utf8.DecodeRune(lx.src[e:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
			break
		}
		e += size
	}
	lx.emit(Ident, e)
}

// ops lists the multi-character operators, longest first where they share
// a prefix.
var ops = []string{
	"<<-", "->>", ":::", "|>", "<-", "->", "<=", ">=", "==", "!=", "&&", "||",
	"::", ":=", "**",
}

func (lx *lexer) lexOp() {
	p := lx.pos
	c := lx.src[p]
	switch c {
	case '%':
		e := p + 1
		for e < len(lx.src) && lx.src[e] != '%' && lx.src[e] != '\n' {
			e++
		}
		if e < len(lx.src) && lx.src[e] == '%' {
			lx.emit(Op, e+1)
		} else {
			lx.emit(Error, e)
		}
		return
	case '(', '{':
		lx.stack = append(lx.stack, string(c))
		lx.emit(Op, p+1)
		return
	case '[':
		if lx.at(p+1) == '[' {
			lx.stack = append(lx.stack, "[[")
			lx.emit(Op, p+2)
			return
		}
		lx.stack = append(lx.stack, "[")
		lx.emit(Op, p+1)
		return
	case ')', '}':
		lx.pop()
		lx.emit(Op, p+1)
		return
	case ']':
		top := lx.pop()
		if top == "[[" && lx.at(p+1) == ']' {
			lx.emit(Op, p+2)
			return
		}
		lx.emit(Op, p+1)
		return
	}
	for _, op := range ops {
		if hasPrefixAt(lx.src, p, op) {
			lx.emit(Op, p+len(op))
			return
		}
	}
	switch c {
	case '+', '-', '*', '/', '^', '<', '>', '=', '!', '&', '|', '~', '?', ':', '$', '@', ',', ';', '\\':
		lx.emit(Op, p+1)
	default:
		lx.emit(Error, p+1)
	}
}

func (lx *lexer) pop() string {
	if len(lx.stack) == 0 {
		return ""
	}
	t := lx.stack[len(lx.stack)-1]
	lx.stack = lx.stack[:len(lx.stack)-1]
	return t
}

func hasPrefixAt(s []byte, p int, pre string) bool {
	if p+len(pre) > len(s) {
		return false
	}
	return string(s[p:p+len(pre)]) == pre
}
