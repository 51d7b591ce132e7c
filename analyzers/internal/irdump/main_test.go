package main

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestFormat(t *testing.T) {
	src := []byte("a\nget(\"http://h/x\")\n")
	f := &ir.File{Path: "a.js", Lang: "js", URLs: []ir.URL{{
		Role:  ir.RoleRequest,
		Call:  "get",
		Parts: []ir.Part{{Kind: ir.Lit, Text: "http://h/x", Raw: true, Span: ir.Span{Start: 7, End: 17}}, {Kind: ir.Hole, Name: "id"}},
	}}}
	got := format(f, src)
	if !strings.Contains(got, `U0 L2 REQ var= call=get: "http://h/x" + {id}`) {
		t.Fatalf("format =\n%s", got)
	}
	if roleName(ir.Role(200)) != "role200" {
		t.Fatal("unknown roles must not index out of range")
	}
}
