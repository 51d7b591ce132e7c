// Package jsonx parses JSON keeping the byte offsets of every value, so
// that a string found in a configuration file or a notebook cell can be
// traced back to the bytes that spell it. encoding/json forgets positions;
// this parser remembers them and nothing else (numbers stay unparsed).
//
// Lenient mode accepts what people put in "JSON" configuration files:
// // and /* */ comments (their spans are collected) and trailing commas.
package jsonx

import (
	"fmt"
	"strings"

	"github.com/kobolint/kobolint/analyzers/text/remap"
)

// Kind is the type of a JSON value.
type Kind uint8

const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// Value is one JSON value with its position. For a string, [Start, End)
// includes the quotes.
type Value struct {
	Kind       Kind
	Start, End int
	Members    []Member // objects, in source order
	Elems      []*Value // arrays
}

// Member is one key/value pair of an object.
type Member struct {
	Key      string
	KeyStart int // offset of the key's opening quote
	KeyEnd   int
	Value    *Value
}

// Get returns the value of the first member called key, or nil.
func (v *Value) Get(key string) *Value {
	if v == nil || v.Kind != Object {
		return nil
	}
	for _, m := range v.Members {
		if m.Key == key {
			return m.Value
		}
	}
	return nil
}

// Str returns the decoded text of a string value ("" for other kinds).
func (v *Value) Str(src []byte) string {
	if v == nil || v.Kind != String {
		return ""
	}
	var b remap.Builder
	Decode(&b, src, v)
	return string(b.Text())
}

// Decode appends the decoded content of a string value to b, mapped to
// its bytes in src.
func Decode(b *remap.Builder, src []byte, v *Value) {
	if v == nil || v.Kind != String || v.End-v.Start < 2 {
		return
	}
	remap.Unescape(b, src, v.Start+1, v.End-1)
}

// SyntaxError says where parsing stopped.
type SyntaxError struct {
	Offset, Line, Col int
	Msg               string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at line %d, column %d (offset %d): %s", e.Line, e.Col, e.Offset, e.Msg)
}

// Doc is a parsed document.
type Doc struct {
	Root *Value
	// Comments are the spans of // and /* */ comments (lenient mode).
	Comments [][2]int
}

const maxDepth = 2000

type parser struct {
	src      []byte
	i        int
	lenient  bool
	comments [][2]int
	depth    int
}

// Parse parses src. A UTF-8 byte order mark is skipped.
func Parse(src []byte, lenient bool) (*Doc, error) {
	p := &parser{src: src, lenient: lenient}
	if strings.HasPrefix(string(src[:min(3, len(src))]), "\xef\xbb\xbf") {
		p.i = 3
	}
	p.ws()
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.ws()
	if p.i < len(p.src) {
		return nil, p.errf("unexpected %q after the top-level value", p.src[p.i])
	}
	return &Doc{Root: v, Comments: p.comments}, nil
}

func (p *parser) errf(format string, args ...any) error {
	off := min(p.i, len(p.src))
	line, col := 1, 1
	for _, c := range p.src[:off] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return &SyntaxError{Offset: off, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) ws() {
	for p.i < len(p.src) {
		switch c := p.src[p.i]; c {
		case ' ', '\t', '\n', '\r':
			p.i++
		case '/':
			if !p.lenient || p.i+1 >= len(p.src) {
				return
			}
			start := p.i
			switch p.src[p.i+1] {
			case '/':
				for p.i < len(p.src) && p.src[p.i] != '\n' {
					p.i++
				}
			case '*':
				end := strings.Index(string(p.src[p.i+2:]), "*/")
				if end < 0 {
					p.i = len(p.src)
				} else {
					p.i += 2 + end + 2
				}
			default:
				return
			}
			p.comments = append(p.comments, [2]int{start, p.i})
		default:
			return
		}
	}
}

func (p *parser) value() (*Value, error) {
	if p.i >= len(p.src) {
		return nil, p.errf("unexpected end of input")
	}
	switch c := p.src[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == 't':
		return p.word("true", Bool)
	case c == 'f':
		return p.word("false", Bool)
	case c == 'n':
		return p.word("null", Null)
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	default:
		return nil, p.errf("unexpected %q", c)
	}
}

func (p *parser) word(w string, k Kind) (*Value, error) {
	if !strings.HasPrefix(string(p.src[p.i:min(p.i+len(w), len(p.src))]), w) {
		return nil, p.errf("invalid literal")
	}
	v := &Value{Kind: k, Start: p.i, End: p.i + len(w)}
	p.i += len(w)
	return v, nil
}

func (p *parser) number() (*Value, error) {
	start := p.i
	for p.i < len(p.src) {
		c := p.src[p.i]
		if c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			p.i++
			continue
		}
		break
	}
	if p.i == start || (p.i == start+1 && p.src[start] == '-') {
		return nil, p.errf("invalid number")
	}
	return &Value{Kind: Number, Start: start, End: p.i}, nil
}

func (p *parser) str() (*Value, error) {
	start := p.i
	p.i++
	for p.i < len(p.src) {
		switch c := p.src[p.i]; {
		case c == '"':
			p.i++
			return &Value{Kind: String, Start: start, End: p.i}, nil
		case c == '\\':
			p.i += 2
		case c < 0x20 && !p.lenient:
			return nil, p.errf("control character in string")
		case c == '\n':
			return nil, p.errf("line break in string")
		default:
			p.i++
		}
	}
	p.i = start
	return nil, p.errf("unterminated string")
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > maxDepth {
		return p.errf("nesting deeper than %d", maxDepth)
	}
	return nil
}

func (p *parser) object() (*Value, error) {
	return p.container(Object, '}', "object", func(v *Value) error {
		if p.i >= len(p.src) || p.src[p.i] != '"' {
			return p.errf("expected a string key")
		}
		k, err := p.str()
		if err != nil {
			return err
		}
		p.ws()
		if p.i >= len(p.src) || p.src[p.i] != ':' {
			return p.errf("expected ':' after object key")
		}
		p.i++
		p.ws()
		val, err := p.value()
		if err != nil {
			return err
		}
		v.Members = append(v.Members, Member{Key: k.Str(p.src), KeyStart: k.Start, KeyEnd: k.End, Value: val})
		return nil
	})
}

func (p *parser) array() (*Value, error) {
	return p.container(Array, ']', "array", func(v *Value) error {
		el, err := p.value()
		if err != nil {
			return err
		}
		v.Elems = append(v.Elems, el)
		return nil
	})
}

// container parses an object or array starting at p.i: item reads one
// member or element into v, the items are separated by commas and end
// with closer (in lenient mode a trailing comma before it is allowed);
// name names the container in errors.
func (p *parser) container(kind Kind, closer byte, name string, item func(v *Value) error) (*Value, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	v := &Value{Kind: kind, Start: p.i}
	p.i++
	p.ws()
	if p.i < len(p.src) && p.src[p.i] == closer {
		p.i++
		v.End = p.i
		return v, nil
	}
	for n := 0; ; n++ {
		p.ws()
		if p.lenient && p.i < len(p.src) && p.src[p.i] == closer && n > 0 {
			p.i++
			v.End = p.i
			return v, nil
		}
		if err := item(v); err != nil {
			return nil, err
		}
		p.ws()
		if p.i >= len(p.src) {
			return nil, p.errf("unterminated %s", name)
		}
		switch p.src[p.i] {
		case ',':
			p.i++
		case closer:
			p.i++
			v.End = p.i
			return v, nil
		default:
			return nil, p.errf("expected ',' or '%c' in %s", closer, name)
		}
	}
}

// Escape returns s as the inside of a JSON string literal (no quotes).
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if esc, ok := jsonEscapes[r]; ok {
			b.WriteString(esc)
		} else if r < 0x20 {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// jsonEscapes are the short escapes Escape writes; other control
// characters are written as \u00XX.
var jsonEscapes = map[rune]string{'"': `\"`, '\\': `\\`, '\n': `\n`, '\r': `\r`, '\t': `\t`}
