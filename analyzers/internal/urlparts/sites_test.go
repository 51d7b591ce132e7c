package urlparts

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestSitesExpr(t *testing.T) {
	f := &ir.File{}
	b := &ir.Builder{File: f}
	s := Sites{}
	n, m := &sitter.Node{}, &sitter.Node{}
	ctx := func(*sitter.Node) (ir.Role, string, string) { return ir.RoleAssign, "u", "" }
	var defs int
	def := func(*sitter.Node, []ir.Part) { defs++ }
	url := func(*sitter.Node) ([]ir.Part, bool) { return []ir.Part{{Kind: ir.Lit, Text: "/api"}}, true }
	word := func(*sitter.Node) ([]ir.Part, bool) { return []ir.Part{{Kind: ir.Lit, Text: "hello"}}, true }
	if s.Expr(b, m, word, ctx, def) || len(f.URLs) != 0 {
		t.Fatal("text without / or . emitted")
	}
	if !s.Expr(b, n, url, ctx, def) || len(f.URLs) != 1 || f.URLs[0].Var != "u" || defs != 1 {
		t.Fatalf("not emitted: %+v defs=%d", f.URLs, defs)
	}
	s.Add(7, n, m)
	if len(s[n]) != 2 || s[n][1] != 7 || len(s[m]) != 1 {
		t.Errorf("Add: %v", s)
	}
}

func TestSitesRequest(t *testing.T) {
	f := &ir.File{}
	b := &ir.Builder{File: f}
	s := Sites{}
	handled := map[*sitter.Node]bool{}
	call, host, path := &sitter.Node{}, &sitter.Node{}, &sitter.Node{}
	if _, ok := s.Request(b, handled, nil, "get", call, host); ok || len(f.URLs) != 0 || len(s) != 0 {
		t.Fatal("empty parts emitted")
	}
	id, ok := s.Request(b, handled, []ir.Part{{Kind: ir.Lit, Text: "/a"}}, "get", call, host, path)
	if !ok || f.URLs[id].Role != ir.RoleRequest || f.URLs[id].Call != "get" {
		t.Fatalf("URL %+v", f.URLs)
	}
	if len(s[call]) != 1 || len(s[host]) != 1 || len(s[path]) != 1 || handled[call] || !handled[host] || !handled[path] {
		t.Errorf("sites %v handled %v", s, handled)
	}
}

func TestSitesOf(t *testing.T) {
	s := Sites{}
	lit, def := &sitter.Node{}, &sitter.Node{}
	s.Add(1, lit)
	s.Add(2, def)
	none := func(*sitter.Node) (*sitter.Node, bool) { t.Error("valueOf called"); return nil, false }
	if got := s.Of(lit, none); len(got) != 1 || got[0] != 1 {
		t.Errorf("direct: %v", got)
	}
	if s.Of(nil, none) != nil {
		t.Error("nil arg")
	}
}
