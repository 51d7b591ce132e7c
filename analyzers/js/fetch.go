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
	var before, resp *sitter.Node // const res = await fetch(url) before the decode of res
	if d.bound != nil {
		req = bare(d.value)
	} else if req == nil {
		if resp = a.responseName(d.value); resp != nil {
			if before = a.requestBefore(resp, st); before != nil {
				if req = a.requestFor(bare(d.value), bare(before)); req == nil {
					before = nil
				}
			}
		}
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
	if before != nil {
		f.Request, f.Response, f.Paren = tsnode.Span(before), tsnode.Span(resp), true
	}
	return f
}

// responseName is the name res of a decode `await res.json()` or
// `res.data`, or nil.
func (a *analyzer) responseName(v *sitter.Node) *sitter.Node {
	if obj := a.decodedObject(v); obj != nil && obj.Type() == "identifier" {
		return obj
	}
	return nil
}

// decodedObject is what a decode value v reads the body of: res in
// `await res.json()` or `res.data`, or nil when v is no such decode.
func (a *analyzer) decodedObject(v *sitter.Node) *sitter.Node {
	v = bare(v)
	switch v.Type() {
	case "call_expression":
		if f := a.callee(v); f != nil && f.Type() == "member_expression" && a.Text(field(f, "property")) == "json" && len(a.args(v)) == 0 {
			return field(f, "object")
		}
	case "member_expression":
		if a.Text(field(v, "property")) == "data" {
			return field(v, "object")
		}
	}
	return nil
}

// requestBefore returns, for the name res of a decode in the statement st,
// the value of `const res = await fetch(url, opts)` (or axios.get): a
// declaration of one name in a statement list that holds st, before it,
// the only binding of res in st's function, after which nothing up to st
// assigns a name the request reads. The loop after st repeats the request
// for each next page, so it must mean there what it meant where it stood.
func (a *analyzer) requestBefore(res, st *sitter.Node) *sitter.Node {
	scope := a.Up(st)
	for scope != nil && !isFunction(scope) && scope.Type() != "program" {
		scope = a.Up(scope)
	}
	if scope == nil {
		return nil
	}
	bound := a.bindingsOf(scope)
	name, stStart := a.Text(res), int(st.StartByte())
	list := bound[name]
	if len(list) != 1 || list[0].value == nil {
		return nil
	}
	id, value := list[0].id, list[0].value
	decl := a.Up(id)
	stmt := a.Up(decl)
	if decl == nil || decl.Type() != "variable_declarator" || stmt == nil || len(a.Kids(stmt)) != 1 || int(stmt.EndByte()) > stStart {
		return nil
	}
	if in := a.Up(stmt); in == nil || int(in.StartByte()) > stStart || stStart >= int(in.EndByte()) {
		return nil
	}
	read := map[string]bool{name: true}
	a.Nav.Walk(value, func(n *sitter.Node) {
		if t := n.Type(); t == "identifier" || t == "shorthand_property_identifier" {
			read[a.Text(n)] = true // {headers} reads headers
		}
	})
	for n := range read {
		for _, b := range bound[n] {
			if at := int(b.id.StartByte()); at > int(value.EndByte()) && at < stStart {
				return nil
			}
		}
	}
	return value
}

// bound is one binding of a name: the identifier, and the declarator's
// value where it is one.
type bound struct{ id, value *sitter.Node }

// bindingsOf indexes by name what eachBinding finds in scope, once per
// scope: a file with thousands of decodes asks for it at each one.
func (a *analyzer) bindingsOf(scope *sitter.Node) map[string][]bound {
	k := tsnode.Span(scope)
	if m, ok := a.bindings[k]; ok {
		return m
	}
	m := map[string][]bound{}
	a.eachBinding(scope, func(id, value *sitter.Node) {
		m[a.Text(id)] = append(m[a.Text(id)], bound{id: id, value: value})
	})
	if a.bindings == nil {
		a.bindings = map[ir.Span]map[string][]bound{}
	}
	a.bindings[k] = m
	return m
}

// eachBinding calls fn for each identifier that code in scope (a function
// or the program, without the functions inside it) declares or assigns:
// declarators (with their value), assignments, x += y, x++ and for
// loop variables (value nil).
func (a *analyzer) eachBinding(scope *sitter.Node, fn func(id, value *sitter.Node)) {
	a.Nav.WalkPruned(scope, func(n *sitter.Node) bool {
		if n != scope && isFunction(n) {
			return false
		}
		switch n.Type() {
		case "variable_declarator":
			if id := field(n, "name"); id != nil && id.Type() == "identifier" {
				fn(id, field(n, "value"))
			}
		case "assignment_expression", "augmented_assignment_expression", "for_in_statement":
			if id := field(n, "left"); id != nil && id.Type() == "identifier" {
				fn(id, nil)
			}
		case "update_expression":
			if id := field(n, "argument"); id != nil && id.Type() == "identifier" {
				fn(id, nil)
			}
		}
		return true
	})
}

// requestOf is the request call whose body the decode value v is:
// fetch(...) in await (await fetch(...)).json(), axios.get(...) in
// (await axios.get(...)).data.
func (a *analyzer) requestOf(v *sitter.Node) *sitter.Node {
	obj := a.decodedObject(v)
	if obj == nil {
		return nil
	}
	return a.requestFor(bare(v), bare(obj))
}

// requestFor is call when it is the request whose body the decode v
// reads: fetch(...) for .json(), axios.get(...) for .data.
func (a *analyzer) requestFor(v, call *sitter.Node) *sitter.Node {
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
