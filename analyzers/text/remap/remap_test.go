package remap

import (
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestUnescapeJSONMapping(t *testing.T) {
	// The file holds a JSON string; its decoded text is mapped back.
	src := []byte(`x = "a\"b\u00e9c\/d\ud83d\ude00e\n"`)
	var b Builder
	Unescape(&b, src, 5, len(src)-1)
	text := string(b.Text())
	if want := "a\"béc/d😀e\n"; text != want {
		t.Fatalf("decoded %q, want %q", text, want)
	}
	m := b.Map()
	cases := []struct {
		sub            string
		wantFile       string
		wantRaw        bool
		inText, inFile int
	}{
		{sub: "a", wantFile: "a", wantRaw: true},
		{sub: "\"", wantFile: `\"`},
		{sub: "é", wantFile: `\u00e9`},
		{sub: "c", wantFile: "c", wantRaw: true},
		{sub: "c/d", wantFile: `c\/d`},
		{sub: "😀", wantFile: `\ud83d\ude00`},
		{sub: "e", wantFile: "e", wantRaw: true},
		{sub: "\n", wantFile: `\n`},
	}
	for _, c := range cases {
		i := indexOf(text, c.sub)
		s, e, raw := m.Span(i, i+len(c.sub))
		if got := string(src[s:e]); got != c.wantFile || raw != c.wantRaw {
			t.Errorf("%q maps to %q raw=%v, want %q raw=%v", c.sub, got, raw, c.wantFile, c.wantRaw)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestRawNeedsContiguity(t *testing.T) {
	// Two copied runs that are not adjacent in the file are not raw together.
	src := []byte("abc\\\n  def")
	var b Builder
	Unescape(&b, src, 0, len(src))
	if string(b.Text()) != "abcdef" {
		t.Fatalf("got %q", b.Text())
	}
	m := b.Map()
	if _, _, raw := m.Span(0, 3); !raw {
		t.Error("abc should be raw")
	}
	s, e, raw := m.Span(2, 4)
	if raw || s != 2 || e != 8 {
		t.Errorf("cd -> [%d,%d) raw=%v, want [2,8) not raw", s, e, raw)
	}
}

func TestVirtualAndSub(t *testing.T) {
	var b Builder
	b.Copy(10, []byte("abc"))
	b.Virtual(13, []byte("\n"))
	b.Copy(20, []byte("xyz"))
	m := b.Map()
	if s, e, raw := m.Span(3, 4); raw || s != 13 || e != 13 {
		t.Errorf("virtual newline -> [%d,%d) raw=%v", s, e, raw)
	}
	if s, e, raw := m.Span(2, 5); raw || s != 12 || e != 21 {
		t.Errorf("across the virtual byte -> [%d,%d) raw=%v", s, e, raw)
	}
	sub := m.Sub(4, 7)
	if s, e, raw := sub.Span(0, 3); !raw || s != 20 || e != 23 {
		t.Errorf("sub -> [%d,%d) raw=%v", s, e, raw)
	}
	var b2 Builder
	b2.Append(b.Text(), m, 1, 6)
	if string(b2.Text()) != "bc\nxy" {
		t.Fatalf("append text %q", b2.Text())
	}
	m2 := b2.Map()
	if s, e, raw := m2.Span(3, 5); !raw || s != 20 || e != 22 {
		t.Errorf("appended xy -> [%d,%d) raw=%v", s, e, raw)
	}
	if s, e, raw := m2.Span(0, 2); !raw || s != 11 || e != 13 {
		t.Errorf("appended bc -> [%d,%d) raw=%v", s, e, raw)
	}
}

func TestFileAndMerge(t *testing.T) {
	file := []byte("line1\nline2 \"https:\\/\\/x.org\"\n")
	var b Builder
	Unescape(&b, file, 13, 28)
	code := b.Text()
	if string(code) != "https://x.org" {
		t.Fatalf("code %q", code)
	}
	f := &ir.File{
		URLs:         []ir.URL{{ID: 0, Parts: []ir.Part{{Kind: ir.Lit, Text: "https://x.org", Span: ir.Span{Start: 0, End: 13}, Raw: true}}}},
		Fields:       []ir.FieldRead{{Name: "x", Span: ir.Span{Start: 8, End: 9}, Raw: true, Origin: []int{0, -1}, Access: ir.Span{Start: 7, End: 9}}},
		Suppressions: []ir.Suppression{{Line: 1}},
	}
	f.Defs = []ir.Def{{Name: "U", Parts: f.URLs[0].Parts}}
	m := b.Map()
	m.File(f, NewLines(code), NewLines(file))
	p := f.URLs[0].Parts[0]
	if p.Raw || string(file[p.Span.Start:p.Span.End]) != `https:\/\/x.org` {
		t.Errorf("part %+v", p)
	}
	if d := f.Defs[0].Parts[0]; d.Span != p.Span {
		t.Errorf("def part mapped twice: %+v vs %+v", d.Span, p.Span)
	}
	if fr := f.Fields[0]; !fr.Raw || string(file[fr.Span.Start:fr.Span.End]) != "x" || fr.Access.End != fr.Span.End || fr.Expr != (ir.Span{}) {
		t.Errorf("field %+v", fr)
	}
	if f.Suppressions[0].Line != 2 {
		t.Errorf("suppression line %d, want 2", f.Suppressions[0].Line)
	}
	dst := &ir.File{URLs: []ir.URL{{ID: 0}}}
	Merge(dst, f, false)
	if dst.URLs[1].ID != 1 || dst.Fields[0].Origin[0] != 1 || dst.Fields[0].Origin[1] != -1 || len(dst.Defs) != 0 {
		t.Errorf("merge renumbering: %+v %+v", dst.URLs, dst.Fields)
	}
}

func TestLines(t *testing.T) {
	l := NewLines([]byte("a\r\nbb\n\nc"))
	for off, want := range map[int]int{0: 1, 2: 1, 3: 2, 5: 2, 6: 3, 7: 4, 8: 4} {
		if got := l.Line(off); got != want {
			t.Errorf("Line(%d) = %d, want %d", off, got, want)
		}
	}
	if l.Start(2) != 3 || l.Start(4) != 7 || l.Start(9) != 8 {
		t.Errorf("Start: %d %d %d", l.Start(2), l.Start(4), l.Start(9))
	}
}
