package js

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// Fetch statements: `const forms = await (await fetch(url, opts)).json();`
// and `const forms = (await axios.get(url, opts)).data;` alone on their
// line, which a loop over the pages of a paged list can replace
// (ir.Fetch). A typed request or declaration is left alone: the page
// would not have the declared type.

// fetchStmt returns the fetch statement whose value is the decode d, or nil.
// `const {data: forms} = await axios.get(url)` is one too.
func (a *analyzer) fetchStmt(d decodeSite) *ir.Fetch {
	decl := a.Up(d.value)
	if decl == nil || decl.Type() != "variable_declarator" || !same(field(decl, "value"), d.value) || field(decl, "type") != nil {
		return nil
	}
	target, name := field(decl, "name"), field(decl, "name")
	if d.bound != nil {
		name = d.bound // in the pattern {data: forms}
	}
	st := a.Up(decl)
	if name == nil || name.Type() != "identifier" || st == nil || len(a.Kids(st)) != 1 ||
		st.Type() != "lexical_declaration" && st.Type() != "variable_declaration" {
		return nil
	}
	if p := a.Up(st); p == nil || p.Type() != "program" && p.Type() != "statement_block" {
		return nil
	}
	req := a.requestOf(d.value)
	if d.bound != nil {
		req = bare(d.value)
	}
	if req == nil || field(req, "type_arguments") != nil {
		return nil
	}
	args := a.args(req)
	if len(args) == 0 || args[0].Type() == "spread_element" {
		return nil
	}
	f := &ir.Fetch{
		Stmt:   tsnode.Span(st),
		Decl:   tsnode.Span(st.Child(0)),
		Target: tsnode.Span(target),
		Name:   tsnode.Span(name),
		Value:  tsnode.Span(d.value),
		URL:    tsnode.Span(args[0]),
	}
	if len(args) > 1 && args[1].Type() == "object" {
		f.Query = a.paramsPairs(args[1])
	}
	return f
}

// requestOf is the request call whose body the decode value v is:
// fetch(...) in await (await fetch(...)).json(), axios.get(...) in
// (await axios.get(...)).data.
func (a *analyzer) requestOf(v *sitter.Node) *sitter.Node {
	v = bare(v)
	var obj *sitter.Node
	switch v.Type() {
	case "call_expression":
		f := a.callee(v)
		if f == nil || f.Type() != "member_expression" || a.Text(field(f, "property")) != "json" || len(a.args(v)) != 0 {
			return nil
		}
		obj = field(f, "object")
	case "member_expression":
		if a.Text(field(v, "property")) != "data" {
			return nil
		}
		obj = field(v, "object")
	default:
		return nil
	}
	call := bare(obj)
	if call == nil || call.Type() != "call_expression" || a.awaitedCallee(call) {
		return nil
	}
	f := a.callee(call)
	switch {
	case f == nil:
		return nil
	case v.Type() == "call_expression" && a.Spelled(f) == "fetch":
		return call
	case v.Type() == "member_expression" && f.Type() == "member_expression" && a.Text(field(f, "property")) == "get" && a.axiosLike(call):
		return call
	}
	return nil
}

// paramsPairs are the params of an axios options literal, each with a
// comma next to it: a request of a URL that carries its query already
// leaves them out.
func (a *analyzer) paramsPairs(obj *sitter.Node) []ir.Span {
	kids := a.Kids(obj)
	var out []ir.Span
	for i, k := range kids {
		if k.Type() != "pair" {
			continue
		}
		if name, ok := a.propName(field(k, "key")); !ok || name != "params" {
			continue
		}
		sp := tsnode.Span(k)
		switch {
		case i > 0:
			sp.Start = int(kids[i-1].EndByte())
		case i+1 < len(kids):
			sp.End = int(kids[i+1].StartByte())
		}
		out = append(out, sp)
	}
	return out
}

// awaited is the syntax between a request call and the response it
// gives: parentheses and await.
var awaited = tsnode.Wrappers{Strip: map[string]tsnode.Inner{"parenthesized_expression": {}, "await_expression": {}}}

// bare strips parentheses and await from n.
func bare(n *sitter.Node) *sitter.Node { return awaited.Unwrap(n) }

func same(x, y *sitter.Node) bool {
	return x != nil && y != nil && x.StartByte() == y.StartByte() && x.EndByte() == y.EndByte() && x.Type() == y.Type()
}
