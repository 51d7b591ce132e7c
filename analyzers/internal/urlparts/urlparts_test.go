package urlparts

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

func lit(s string, start int, raw bool) ir.Part {
	return ir.Part{Kind: ir.Lit, Text: s, Raw: raw, Span: ir.Span{Start: start, End: start + len(s)}}
}

func text(p []ir.Part) string {
	s := ""
	for _, x := range p {
		if x.Kind == ir.Hole {
			s += "{" + x.Name + "}"
		} else {
			s += x.Text
		}
	}
	return s
}

func TestJoins(t *testing.T) {
	base := []ir.Part{lit("https://h/api/", 0, true)}
	if got := text(SlashJoin(base, []ir.Part{lit("/v2", 20, true)}, 20)); got != "https://h/api//v2" {
		t.Fatalf("SlashJoin doubled-slash case = %q", got)
	}
	noSlash := []ir.Part{lit("https://h/api", 0, true)}
	j := SlashJoin(noSlash, []ir.Part{lit("v2", 20, true)}, 20)
	if text(j) != "https://h/api/v2" || j[1].Span != (ir.Span{Start: 20, End: 20}) {
		t.Fatalf("SlashJoin = %+v", j)
	}
	if got := text(SepJoin(noSlash, []ir.Part{lit("/x", 30, true)}, "/", 30)); got != "https://h/api/x" {
		t.Fatalf("SepJoin = %q", got)
	}
	if got := text(SepJoin(noSlash, []ir.Part{lit("x", 30, true)}, "", 30)); got != "https://h/apix" {
		t.Fatalf("SepJoin without separator = %q", got)
	}
	if !HasHTTPScheme([]ir.Part{lit("HTTPS://x", 0, true)}) || HasHTTPScheme([]ir.Part{{Kind: ir.Hole, Name: "h"}}) {
		t.Fatal("HasHTTPScheme")
	}
	if !SchemeRelative([]ir.Part{lit("//cdn", 0, true)}) {
		t.Fatal("SchemeRelative")
	}
}

func TestCutReplace(t *testing.T) {
	p := lit("abc/def", 10, true)
	c := Cut(p, 4, 7)
	if len(c) != 1 || c[0].Text != "def" || c[0].Span != (ir.Span{Start: 14, End: 17}) {
		t.Fatalf("Cut = %+v", c)
	}
	if Cut(p, 3, 3) != nil {
		t.Fatal("an empty cut is nothing")
	}
	if r := Rest(p, 4); r.Text != "def" || r.Span != (ir.Span{Start: 14, End: 17}) {
		t.Fatalf("Rest = %+v", r)
	}
	cooked := p
	cooked.Raw = false
	if SpanAt(cooked, 1, 2) != cooked.Span {
		t.Fatal("a cooked part keeps its own span")
	}
	in := []ir.Part{lit("a-a", 0, true), lit("a", 3, true)}
	if got := Replace(in, "a", "b", false); got[0].Text != "b-a" || got[0].Raw || got[1].Text != "a" {
		t.Fatalf("Replace first = %+v", got)
	}
	if got := Replace(in, "a", "b", true); text(got) != "b-bb" || in[0].Text != "a-a" {
		t.Fatalf("Replace all = %+v (input changed: %v)", got, in[0].Text)
	}
}

func TestMemoAndCap(t *testing.T) {
	long := make([]ir.Part, MaxParts+10)
	if c := Cap(long); len(c) != MaxParts+1 || c[MaxParts].Name != "..." {
		t.Fatalf("Cap gave %d parts", len(c))
	}
	m := Memo{}
	calls := 0
	f := func() ([]ir.Part, bool) { calls++; return []ir.Part{lit("x", 0, true)}, true }
	m.Eval(nil, nil, f)
	m.Eval(nil, nil, f)
	if calls != 1 {
		t.Fatalf("memo evaluated %d times", calls)
	}
	m.Eval(nil, &Env{}, f)
	if calls != 2 {
		t.Fatal("with bindings an evaluation is not memoised")
	}
	var e *Env
	if _, ok := e.Get("x"); ok {
		t.Fatal("a nil Env binds nothing")
	}
}

func TestBind(t *testing.T) {
	e := Bind(map[string]int{"a": 0, "b": 3}, []*sitter.Node{nil}, func(*sitter.Node) []ir.Part { return []ir.Part{lit("v", 0, true)} })
	if p, ok := e.Get("a"); !ok || text(p) != "v" {
		t.Fatal("a must be bound")
	}
	if _, ok := e.Get("b"); ok {
		t.Fatal("b has no argument")
	}
}

func TestHasURLText(t *testing.T) {
	if HasURLText([]ir.Part{lit("abc", 0, true), {Kind: ir.Hole, Name: "x/y"}}) {
		t.Error("a hole's name is not literal text")
	}
	if !HasURLText([]ir.Part{lit("a", 0, true), lit("/b", 1, true)}) {
		t.Error("a slash in a literal is URL text")
	}
}
