package shell

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// A pipeline `curl ... URL ... | jq FILTER` alone on its line prints what
// the filter makes of one response: a loop over the pages of a paged list
// can replace it (ir.Fetch with Pipe), piping each page into the same jq.

// httpUse is what the last HTTP command said of its URL arguments.
type httpUse struct {
	url *sitter.Node // the URL argument, when there is one
	n   int          // how many URL arguments
}

// pipeFetch sets Fetch on the decode the pipeline n recorded (the decodes
// from index before on), when the pipeline has the shape.
func (w *walker) pipeFetch(n *sitter.Node, before int) {
	if w.base != 0 || len(w.a.f.Decodes) != before+1 || w.lastHTTP.n != 1 || w.lastHTTP.url == nil {
		return
	}
	switch p := n.Parent(); {
	case p == nil:
		return
	case p.Type() != "program" && p.Type() != "compound_statement" && p.Type() != "do_group" &&
		p.Type() != "if_statement" && p.Type() != "elif_clause" && p.Type() != "else_clause":
		return
	}
	var stages []*sitter.Node
	for _, k := range kids(n) {
		if k.n.IsNamed() && k.typ != "comment" {
			stages = append(stages, k.n)
		}
	}
	if len(stages) != 2 || stages[0].Type() != "command" || stages[1].Type() != "command" ||
		w.commandName(stages[0]) != "curl" || w.commandName(stages[1]) != "jq" {
		return
	}
	d := &w.a.f.Decodes[before]
	curl, jq, url := span(stages[0]), span(stages[1]), span(w.lastHTTP.url)
	if d.Results == "" || !inside(curl, url) || !inside(jq, d.Span) {
		return
	}
	d.Fetch = &ir.Fetch{Stmt: span(n), Value: curl, URL: url, Pipe: jq}
}

func (w *walker) commandName(cmd *sitter.Node) string {
	if nm := cmd.ChildByFieldName("name"); nm != nil {
		return strings.TrimSpace(w.text(nm))
	}
	return ""
}

func span(n *sitter.Node) ir.Span { return ir.Span{Start: int(n.StartByte()), End: int(n.EndByte())} }

func inside(outer, inner ir.Span) bool { return inner.Start >= outer.Start && inner.End <= outer.End }
