package js

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// Methods of HTTP clients whose second argument is the request body
// (axios.post(url, data), ky.put, $.post(url, data)).
var bodyMethods = map[string]bool{"post": true, "put": true, "patch": true}

// Option names that hold the body of a request (fetch's body, axios's
// data, UrlFetchApp's payload, got's json, form).
var bodyOptions = map[string]bool{"body": true, "data": true, "payload": true, "json": true, "form": true}

// bodyKeys reports the keys of an object literal sent as the body of the
// request call (URL id): FieldKey reads whose origin is that request, so
// that a v1 name sent to a v1 endpoint is known to travel to it.
func (a *analyzer) bodyKeys(call *sitter.Node, id int) {
	args := a.args(call)
	var cands []*sitter.Node
	if f := a.callee(call); f != nil && f.Type() == "member_expression" && bodyMethods[a.Text(field(f, "property"))] && len(args) > 1 {
		cands = append(cands, args[1])
	}
	for _, arg := range args {
		if o := a.resolveValue(arg, 0); o != nil && o.Type() == "object" {
			for _, p := range a.Kids(o) {
				if p.Type() == "pair" && bodyOptions[a.keyName(field(p, "key"))] {
					cands = append(cands, field(p, "value"))
				}
			}
		}
	}
	for _, c := range cands {
		if o := a.bodyObject(c); o != nil {
			a.objectKeys(o, id)
		}
	}
}

// bodyObject follows a body value to the object literal it is built from:
// through variables and JSON.stringify(...).
func (a *analyzer) bodyObject(n *sitter.Node) *sitter.Node {
	return tsfront.Body{
		Resolve:   func(n *sitter.Node) *sitter.Node { return a.resolveValue(n, 0) },
		IsLiteral: func(n *sitter.Node) bool { return n.Type() == "object" },
		Serialized: func(n *sitter.Node) *sitter.Node {
			if n.Type() != "call_expression" || a.Spelled(field(n, "function")) != "JSON.stringify" {
				return nil
			}
			return tsnode.First(a.args(n))
		},
	}.Literal(n)
}

// objectKeys emits the constant keys of an object literal (not nested
// objects: their keys belong to another level) as FieldKey reads.
func (a *analyzer) objectKeys(o *sitter.Node, id int) {
	for _, p := range a.Kids(o) {
		var k *sitter.Node
		switch p.Type() {
		case "pair":
			k = field(p, "key")
		case "shorthand_property_identifier":
			k = p
		}
		if k == nil {
			continue
		}
		name := a.keyName(k)
		if name == "" {
			continue
		}
		s, e := int(k.StartByte()), int(k.EndByte())
		raw := k.Type() != "shorthand_property_identifier" // also a local name
		if k.Type() == "string" {
			s, e = s+1, e-1
			raw = e >= s && string(a.Src[s:e]) == name
		}
		a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
			Name: name, Span: ir.Span{Start: s, End: e}, Kind: ir.FieldKey,
			Origin: []int{id}, Receiver: "{...}", Raw: raw,
		})
	}
}

// keyName is the name of an object key: an identifier or a plain string.
func (a *analyzer) keyName(k *sitter.Node) string {
	if k == nil {
		return ""
	}
	switch k.Type() {
	case "property_identifier", "shorthand_property_identifier", "identifier":
		return a.Text(k)
	case "string":
		t := a.Text(k)
		if len(t) >= 2 {
			return t[1 : len(t)-1]
		}
	}
	return ""
}
