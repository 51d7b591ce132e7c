package tsnode

import (
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

func TestWalk(t *testing.T) {
	src := "a(b(c));"
	root := parseJS(t, src)
	nv := Index(root, 100)
	var calls []string
	nv.Walk(root, func(n *sitter.Node) {
		if n.Type() == "call_expression" {
			calls = append(calls, Text([]byte(src), n))
		}
	})
	if strings.Join(calls, "|") != "a(b(c))|b(c)" {
		t.Errorf("pre-order calls: %q", calls)
	}
	var count int
	shallow := Index(root, 0)
	shallow.Walk(root, func(*sitter.Node) { count++ })
	if count != 1 {
		t.Errorf("depth 0 visited %d nodes", count)
	}
}

// WalkIn hands each node what its parent returned: here the number of
// calls around it.
func TestWalkIn(t *testing.T) {
	src := "a(b(c));"
	root := parseJS(t, src)
	nv := Index(root, 100)
	nesting := map[string]int{}
	WalkIn(&nv, root, 0, func(n *sitter.Node, calls int) int {
		if n.Type() == "identifier" {
			nesting[Text([]byte(src), n)] = calls
		}
		if n.Type() == "call_expression" {
			return calls + 1
		}
		return calls
	})
	if nesting["a"] != 1 || nesting["b"] != 2 || nesting["c"] != 2 || len(nesting) != 3 {
		t.Errorf("calls around each name: %v", nesting)
	}
}

// WalkPruned does not go below a node its visit turns down.
func TestWalkPruned(t *testing.T) {
	src := "a(b(c)); d(e);"
	root := parseJS(t, src)
	nv := Index(root, 100)
	var names []string
	nv.WalkPruned(root, func(n *sitter.Node) bool {
		if n.Type() == "identifier" {
			names = append(names, Text([]byte(src), n))
		}
		return n.Type() != "arguments" || Text([]byte(src), n) != "(b(c))"
	})
	if strings.Join(names, " ") != "a d e" {
		t.Errorf("names outside the pruned arguments: %q", names)
	}
}

func TestKidsOfType(t *testing.T) {
	src := "let a = 1, b = 2; f();"
	root := parseJS(t, src)
	nv := Index(root, 100)
	decl := nv.KidsOfType(root, "lexical_declaration")
	if len(decl) != 1 {
		t.Fatalf("%d lexical declarations, want 1", len(decl))
	}
	var names []string
	for _, d := range nv.KidsOfType(decl[0], "variable_declarator") {
		names = append(names, Text([]byte(src), Field(d, "name")))
	}
	if strings.Join(names, " ") != "a b" {
		t.Errorf("declarators %q", names)
	}
	if ks := nv.KidsOfType(nil, "x"); ks != nil {
		t.Errorf("kids of nil: %v", ks)
	}
}
