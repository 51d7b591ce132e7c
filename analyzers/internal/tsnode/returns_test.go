package tsnode

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

func TestSingleReturn(t *testing.T) {
	nested := func(n *sitter.Node) bool { return n.Type() == "function_expression" || n.Type() == "arrow_function" }
	for _, tc := range []struct{ src, want string }{
		{"function f(){ if (a) { return x + '/y' } }", "x + '/y'"},
		{"function f(){ g(function(){ return 1 }); return 'u' }", "'u'"}, // nested return not counted
		{"function f(){ if (a) return 1; return 2 }", ""},
		{"function f(){ g() }", ""},
		{"function f(){ return }", ""},
	} {
		src := []byte(tc.src)
		root := parseJS(t, tc.src)
		nv := Index(root, 100)
		body := Field(nv.Kids(root)[0], "body")
		got := nv.SingleReturn(body, nested)
		if (got == nil) != (tc.want == "") || got != nil && Text(src, got) != tc.want {
			t.Errorf("%s: got %v", tc.src, got)
		}
	}
}

func TestReturns(t *testing.T) {
	src := "function f(){ if (a) { return x } g(() => { return y }); return; return z }"
	root := parseJS(t, src)
	nv := Index(root, 100)
	body := Field(nv.Kids(root)[0], "body")
	var got []string
	nested := func(n *sitter.Node) bool { return n.Type() == "arrow_function" }
	nv.Returns(body, nested, func(v *sitter.Node) { got = append(got, Text([]byte(src), v)) }, "return_statement")
	if len(got) != 2 || got[0] != "x" || got[1] != "z" {
		t.Errorf("Returns: %q", got)
	}
	got = nil
	shallow := Index(root, 0)
	shallow.Returns(body, nested, func(v *sitter.Node) { got = append(got, Text([]byte(src), v)) }, "return_statement")
	if len(got) != 1 || got[0] != "z" {
		t.Errorf("Returns at depth 0: %q", got)
	}
}
