package tsfront

import (
	"errors"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

var js = tsnode.NewGrammar(javascript.GetLanguage(), tsnode.ParseLimit)

var parens = tsnode.Wrappers{Strip: map[string]tsnode.Inner{"parenthesized_expression": {}}}

// parse runs passes on src as Base.Parse does for a front-end.
func parse(t *testing.T, src string, passes func(b *Base, root *sitter.Node)) *ir.File {
	t.Helper()
	b := New("x.js", "js", fixsyntax.JS{}, []byte(src))
	b.Lang.Keeps = &parens
	f, err := b.Parse(js, func(root *sitter.Node) { passes(&b, root) })
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// first is the first node of type typ below root.
func first(b *Base, root *sitter.Node, typ string) *sitter.Node {
	var out *sitter.Node
	b.Nav.Walk(root, func(n *sitter.Node) {
		if out == nil && n.Type() == typ {
			out = n
		}
	})
	return out
}

func TestParseKeepsSyntaxAndHint(t *testing.T) {
	f := parse(t, "const koboClient = 1;", func(b *Base, root *sitter.Node) {
		b.Nav.Walk(root, func(n *sitter.Node) {
			if n.Type() == "identifier" {
				b.Hint(n)
			}
		})
	})
	if f.Path != "x.js" || f.Lang != "js" || f.Syntax == nil || !f.KoboHint {
		t.Fatalf("file: %+v", f)
	}
}

func TestChainRoot(t *testing.T) {
	src := "(resp).json().data['a'];"
	parse(t, src, func(b *Base, root *sitter.Node) {
		stmt := first(b, root, "expression_statement")
		link := func(n *sitter.Node) (*sitter.Node, bool) {
			switch n.Type() {
			case "member_expression", "subscript_expression":
				o := tsnode.Field(n, "object")
				return o, o != nil
			case "call_expression":
				return tsnode.Field(n, "function"), true
			}
			return nil, false
		}
		if got := b.Text(b.ChainRoot(stmt.NamedChild(0), link)); got != "resp" {
			t.Errorf("ChainRoot = %q", got)
		}
		broken := func(*sitter.Node) (*sitter.Node, bool) { return nil, true }
		if got := b.ChainRoot(stmt.NamedChild(0), broken); got != nil {
			t.Errorf("a link without receiver gives %v", got)
		}
	})
}

func TestResolve(t *testing.T) {
	src := "const a = (b); const b = 'x';"
	parse(t, src, func(b *Base, root *sitter.Node) {
		values := map[string]*sitter.Node{}
		b.Nav.Walk(root, func(n *sitter.Node) {
			if n.Type() == "variable_declarator" {
				values[b.Text(tsnode.Field(n, "name"))] = tsnode.Field(n, "value")
			}
		})
		step := func(n *sitter.Node, _ int) (*sitter.Node, bool) {
			if n.Type() == "identifier" {
				v := values[b.Text(n)]
				return v, v != nil
			}
			return n, false
		}
		if got := b.Text(b.Resolve(values["a"], 0, step)); got != "'x'" {
			t.Errorf("Resolve = %q", got)
		}
		loop := func(n *sitter.Node, _ int) (*sitter.Node, bool) { return n, true }
		if got := b.Resolve(values["a"], 0, loop); got != nil {
			t.Errorf("a value that never settles gives %v", got)
		}
	})
}

func TestRecover(t *testing.T) {
	analyze := func() (f *ir.File, err error) {
		defer Recover("js", &f, &err)
		panic(errors.New("boom"))
	}
	if f, err := analyze(); f != nil || err == nil || !strings.HasPrefix(err.Error(), "js: internal error: boom") {
		t.Fatalf("got %v, %v", f, err)
	}
}
