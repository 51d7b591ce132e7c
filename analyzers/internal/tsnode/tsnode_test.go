package tsnode

import (
	"context"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
)

func parseJS(t *testing.T, src string) *sitter.Node {
	t.Helper()
	p := sitter.NewParser()
	p.SetLanguage(javascript.GetLanguage())
	tr, err := p.ParseCtx(context.Background(), nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tr.Close)
	return tr.RootNode()
}

func TestNavUnwrapClimb(t *testing.T) {
	src := []byte("f(((x)));\n")
	root := parseJS(t, string(src))
	nv := Index(root, 100)
	w := Wrappers{
		Strip: map[string]Inner{"parenthesized_expression": {}},
		Climb: map[string]bool{"parenthesized_expression": true},
	}
	// program > expression_statement > call_expression > arguments > (...)
	call := nv.Kids(nv.Kids(root)[0])[0]
	if got := Text(src, Field(call, "function")); got != "f" {
		t.Fatalf("function = %q", got)
	}
	paren := nv.Kids(Field(call, "arguments"))[0]
	x := w.Unwrap(paren)
	if x.Type() != "identifier" || Text(src, x) != "x" {
		t.Fatalf("Unwrap gave %s %q", x.Type(), Text(src, x))
	}
	p, c := w.ParentSkipping(&nv, x)
	if p == nil || p.Type() != "arguments" || c != paren {
		t.Fatalf("ParentSkipping gave %v, %v", p, c)
	}
	if nv.Up(root) != nil {
		t.Fatal("the indexed root has no parent")
	}
	if Text(src, nil) != "" || Field(nil, "x") != nil || NamedChildren(nil) != nil {
		t.Fatal("nil nodes must read as empty")
	}
}

func TestSpelledOperator(t *testing.T) {
	src := []byte("a  +\n  b;")
	root := parseJS(t, string(src))
	bin := NamedChildren(NamedChildren(root)[0])[0]
	if got := Spelled(src, bin); got != "a + b" {
		t.Fatalf("Spelled = %q", got)
	}
	if got := Operator(src, bin); got != "+" {
		t.Fatalf("Operator = %q", got)
	}
	if !HasToken(src, bin, "+") || HasToken(src, bin, "-") {
		t.Fatal("HasToken")
	}
}

func TestDump(t *testing.T) {
	src := []byte("f(x);")
	var sb strings.Builder
	Dump(&sb, parseJS(t, string(src)), src)
	want := "program\n  expression_statement\n    call_expression\n      function: identifier f\n      arguments: arguments\n        identifier x\n"
	if sb.String() != want {
		t.Fatalf("Dump =\n%s", sb.String())
	}
}
