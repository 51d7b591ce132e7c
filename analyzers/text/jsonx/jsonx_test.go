package jsonx

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestParseOffsets(t *testing.T) {
	src := []byte("\ufeff{\"a\": [1, \"x\\\"y\", {\"b\": null}], \"c\": true}")
	doc, err := Parse(src, false)
	if err != nil {
		t.Fatal(err)
	}
	a := doc.Root.Get("a")
	if a.Kind != Array || len(a.Elems) != 3 {
		t.Fatalf("a = %+v", a)
	}
	s := a.Elems[1]
	if string(src[s.Start:s.End]) != `"x\"y"` || s.Str(src) != `x"y` {
		t.Errorf("string at %d-%d: %q", s.Start, s.End, s.Str(src))
	}
	if doc.Root.Get("c").Kind != Bool || doc.Root.Get("zz") != nil {
		t.Error("lookup")
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "{", `{"a" 1}`, `{"a": [1,]}`, "[1] 2", "{\"a\": \"x\ny\"}", `{"a": tru}`} {
		_, err := Parse([]byte(in), false)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: error %v", in, err)
		}
	}
	_, err := Parse([]byte("{\n  \"a\": 1,\n  ]\n}"), false)
	var se *SyntaxError
	if !errors.As(err, &se) || se.Line != 3 || se.Col != 3 {
		t.Errorf("position: %v", err)
	}
}

func TestLenient(t *testing.T) {
	doc, err := Parse([]byte("// c1\n{\"a\": [1, 2,], /* c2 */ \"b\": 3,}\n"), true)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Comments) != 2 || doc.Root.Get("b") == nil {
		t.Errorf("comments %v", doc.Comments)
	}
}

func TestEscapeRoundTrip(t *testing.T) {
	for _, s := range []string{"plain", "a\"b\\c", "line\nnext\r\t", "\x01\x1f", "café ☕ 😀"} {
		var back string
		if err := json.Unmarshal([]byte(`"`+Escape(s)+`"`), &back); err != nil || back != s {
			t.Errorf("%q -> %q (%v)", s, back, err)
		}
	}
}
