package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/internal/ir"
)

// fields emits reads: $x['name'] always, with the receiver's origin;
// $x->name and $x?->name when the receiver has an origin (a decoded
// response: objects from json_decode without `true`); array_column($x,
// 'name') and ->pluck('name') as column reads.
func (a *analyzer) fields(root *sitter.Node) {
	a.Nav.Walk(root, func(n *sitter.Node) {
		switch n.Type() {
		case "subscript_expression":
			a.subscriptRead(n)
		case "member_access_expression", "nullsafe_member_access_expression":
			a.memberRead(n)
		case "function_call_expression":
			args := a.args(n)
			switch a.callName(n) {
			case "array_column":
				if len(args) >= 2 {
					a.columnRead(n, args[0], args[1])
				}
			case "data_get", "array_get":
				if len(args) >= 2 {
					a.pathRead(args[0], args[1])
				}
			}
		case "scoped_call_expression":
			if a.scopeName(n) == "Arr" && a.methodName(n) == "get" {
				if args := a.args(n); len(args) >= 2 {
					a.pathRead(args[0], args[1])
				}
			}
		case "member_call_expression", "nullsafe_member_call_expression":
			args := a.args(n)
			switch a.methodName(n) {
			case "pluck":
				if len(args) >= 1 {
					a.columnRead(n, receiver(n), args[0])
				}
			case "json", "collect":
				// Laravel's $response->json('data.title')
				if len(args) >= 1 {
					a.pathRead(receiver(n), args[0])
				}
			}
		}
	})
}

func (a *analyzer) subscriptRead(n *sitter.Node) {
	ks := a.Kids(n)
	if len(ks) != 2 || a.isWriteTarget(n) {
		return
	}
	obj, key := ks[0], unwrap(ks[1])
	var name string
	var span ir.Span
	raw := false
	switch {
	case isString(key):
		s, ok := a.constString(key)
		if !ok || s == "" {
			return
		}
		name = s
		span, raw = a.nameSpan(key)
	case key.Type() == "name" && a.inString(n):
		// "$f[title]" in a string reads the key title
		name, raw = a.Text(key), true
		span = ir.Span{Start: int(key.StartByte()), End: int(key.EndByte())}
	default:
		return
	}
	if r := a.Text(a.rootOf(obj)); superglobals[r] {
		return
	}
	open := int(obj.EndByte())
	a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
		Name: name, Span: span, Kind: ir.FieldSubscript, Raw: raw,
		Origin: origins.Strip(a.flow.Of(obj, 0)), Receiver: a.Spelled(a.rootOf(obj)),
		Access: ir.Span{Start: open, End: int(n.EndByte())}, Expr: ir.Span{Start: int(n.StartByte()), End: int(n.EndByte())},
		Type: a.conversion(n),
	})
}

// inString reports a node inside an interpolated string.
func (a *analyzer) inString(n *sitter.Node) bool {
	p := a.Up(n)
	return p != nil && (p.Type() == "encapsed_string" || p.Type() == "heredoc_body")
}

func (a *analyzer) memberRead(n *sitter.Node) {
	obj := unwrap(receiver(n))
	nm := field(n, "name")
	if obj == nil || nm == nil || nm.Type() != "name" || a.isThis(obj) || a.isWriteTarget(n) {
		return
	}
	if obj.Type() == "variable_name" && superglobals[a.Text(obj)] {
		return
	}
	o := origins.Strip(a.flow.Of(obj, 0))
	if !a.requested(o) {
		return
	}
	s, e := int(nm.StartByte()), int(nm.EndByte())
	access := int(obj.EndByte())
	a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
		Name: a.Text(nm), Span: ir.Span{Start: s, End: e}, Kind: ir.FieldAttr, Raw: true,
		Origin: o, Receiver: a.Spelled(a.rootOf(obj)),
		Access: ir.Span{Start: access, End: int(n.EndByte())}, Expr: ir.Span{Start: int(n.StartByte()), End: int(n.EndByte())},
		Type: a.conversion(n),
	})
}

// requested reports an origin holding a request of this file: x->name
// on the result of another file's function (an Eloquent model as often
// as a decoded response) or on a local file's data is not emitted.
func (a *analyzer) requested(o []int) bool {
	for _, id := range o {
		if id >= 0 && id < len(a.IR.URLs) && a.IR.URLs[id].Role != ir.RoleResult {
			return true
		}
	}
	return false
}

// columnRead emits the column name of array_column($rows, 'name') or
// $rows->pluck('name') when the rows come from a response.
func (a *analyzer) columnRead(call, rows, key *sitter.Node) {
	key = unwrap(key)
	if !isString(key) {
		return
	}
	name, ok := a.constString(key)
	if !ok || name == "" || strings.ContainsAny(name, ". ") {
		return
	}
	o := origins.Strip(a.flow.Of(rows, 0))
	if len(o) == 0 {
		return
	}
	span, raw := a.nameSpan(key)
	a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
		Name: name, Span: span, Kind: ir.FieldColumn, Raw: raw, Origin: o,
		Receiver: a.Spelled(a.rootOf(rows)),
	})
}

// pathRead emits the last key of a dotted path read from a value
// (data_get($x, 'a.title'), Arr::get($x, 'title'), ->json('title')) when
// the value comes from a response.
func (a *analyzer) pathRead(obj, key *sitter.Node) {
	key = unwrap(key)
	if key == nil || !isString(key) {
		return
	}
	path, ok := a.constString(key)
	if !ok || path == "" {
		return
	}
	span, raw := a.nameSpan(key)
	name := path
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		name = path[i+1:]
		if raw {
			span.Start += i + 1
		}
	}
	if name == "" || name == "*" || strings.Trim(name, "0123456789") == "" {
		return
	}
	o := origins.Strip(a.flow.Of(obj, 0))
	if !a.requested(o) {
		return
	}
	a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
		Name: name, Span: span, Kind: ir.FieldSubscript, Raw: raw, Origin: o, Receiver: a.Spelled(a.rootOf(obj)),
	})
}

// Conversions of a read on the spot, by cast or function.
var convFuncs = map[string]string{
	"intval": "int", "floatval": "float", "doubleval": "float", "boolval": "bool", "strval": "string",
}

// conversion is the type a read is converted to where it is made:
// (int)$f['id'], intval($f['id']).
func (a *analyzer) conversion(n *sitter.Node) string {
	p := a.Up(n)
	for i := 0; p != nil && p.Type() == "parenthesized_expression" && i < 8; i++ {
		p = a.Up(p)
	}
	if p == nil {
		return ""
	}
	switch p.Type() {
	case "cast_expression":
		switch t := strings.ToLower(strings.Trim(a.Text(field(p, "type")), "() \t")); t {
		case "int", "integer":
			return "int"
		case "float", "double", "real":
			return "float"
		case "bool", "boolean":
			return "bool"
		case "string":
			return "string"
		}
	case "argument":
		if call := a.Up(a.Up(p)); call != nil && call.Type() == "function_call_expression" {
			return convFuncs[a.callName(call)]
		}
	}
	return ""
}
