package js

import (
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/internal/ir"
)

// emitter finds the URLs of a JavaScript file (see tsfront.Base.Emit): the
// URL of every request call with wrappers and base URLs expanded, then
// every maximal string-building expression whose literal text has '/' or
// '.'. Regexes hold no URLs.
func (a *analyzer) emitter() tsfront.Emitter {
	return tsfront.Emitter{
		Comments: []string{"comment", "html_comment"}, Opaque: []string{"regex"},
		Visit: a.visit, Candidate: a.candidate, Role: a.role, Def: a.def,
	}
}

// visit handles module names and names that hint at Kobo, and request
// calls.
func (a *analyzer) visit(n *sitter.Node, inURL bool) tsfront.Step {
	switch n.Type() {
	case "import_statement":
		a.Hint(n)
		return tsfront.Skip
	case "export_statement":
		if src := field(n, "source"); src != nil {
			a.Hint(src)
		}
	case "identifier", "property_identifier", "type_identifier", "shorthand_property_identifier",
		"shorthand_property_identifier_pattern", "nested_type_identifier":
		a.Hint(n)
		return tsfront.Skip
	case "call_expression", "new_expression":
		if a.isRequire(n) {
			a.Hint(n)
			return tsfront.Skip
		}
		a.emitRequest(n)
		if len(a.URLAt[n]) > 0 {
			// the request's URL is emitted: not the call again
			return tsfront.Below
		}
		if !inURL && !a.Handled[n] && a.emitImportedPath(n) {
			// the path argument is emitted (and handled): the call is not
			// a URL itself, but its other arguments may hold one
			// (connect(user, pass, base + "/" + id))
			return tsfront.Below
		}
	}
	return tsfront.Walk
}

// candidate reports expressions that may build a string.
func (a *analyzer) candidate(n *sitter.Node) bool {
	switch n.Type() {
	case "string":
		p := a.Up(n)
		if p == nil {
			return false
		}
		switch p.Type() {
		case "pair", "pair_pattern", "public_field_definition", "property_signature", "method_definition":
			// a key, not a value
			if k := field(p, "key"); k != nil && k == n {
				return false
			}
			if k := field(p, "name"); k != nil && k == n {
				return false
			}
		case "subscript_expression":
			return false // a field name, reported as a field read
		case "literal_type", "import_require_clause", "export_statement":
			return false // types and module specifiers are not URLs
		case "expression_statement":
			return false // 'use strict' and other directives
		}
		return true
	case "template_string":
		return true
	case "binary_expression":
		switch a.Operator(n) {
		case "+", "??", "||":
			return true
		}
	case "call_expression", "new_expression", "ternary_expression":
		return true
	}
	return false
}

// emitRequest emits the URL of a request call, once, and remembers it for
// origins.
func (a *analyzer) emitRequest(call *sitter.Node) {
	rc := a.req.Classify(call)
	if rc == nil || rc.urlArg == nil {
		return
	}
	args := []*sitter.Node{rc.urlArg}
	if rc.host != nil {
		args = append(args, rc.host)
	}
	parts := a.requestParts(rc, nil, 0)
	if rc.wrap == nil && rc.base == nil && rc.host == nil {
		// api.get("forms") with api a module of the repository: what
		// its get puts before the path, from the repository pass
		if p, _, ok := a.importedPathCall(call, nil, 0); ok {
			parts = p
		}
	}
	id, ok := a.URLAt.Request(&a.B, a.Handled, parts, rc.callee, call, args...)
	if !ok {
		return
	}
	a.IR.URLs[id].Method = a.methodOf(call, rc, 0)
	a.bodyKeys(call, id)
	// xhr.open(method, url): later reads of xhr.responseText come from url.
	if f := a.callee(call); f != nil && f.Type() == "member_expression" && a.Text(field(f, "property")) == "open" {
		if obj := unwrap(field(f, "object")); obj != nil && obj.Type() == "identifier" {
			if b := pick(a.scopes.Lookup(a.Text(obj), obj), obj.StartByte()); b != nil {
				a.extra[b] = append(a.extra[b], id)
			}
		}
	}
}

// role says what an expression is for from its parent p and the child of
// p it is in (see tsfront.Emitter.Role): the role, the variable it is
// stored in and the call it is passed to.
func (a *analyzer) role(p, child *sitter.Node) (ir.Role, string, string) {
	switch p.Type() {
	case "variable_declarator":
		if name := field(p, "name"); name != nil && name.Type() == "identifier" {
			return ir.RoleAssign, a.Text(name), ""
		}
		return ir.RoleAssign, "", ""
	case "assignment_expression", "augmented_assignment_expression":
		if r := field(p, "right"); r != nil && r == child {
			return ir.RoleAssign, a.Spelled(field(p, "left")), ""
		}
	case "pair":
		if k, ok := a.propName(field(p, "key")); ok {
			if owner := a.objectOwner(a.Up(p)); owner != "" {
				// ENDPOINTS = {humanitarian: "..."}: both names say
				// what the value is
				k = owner + "." + k
			}
			return ir.RoleAssign, k, ""
		}
	case "object_assignment_pattern":
		return ir.RoleAssign, a.Text(field(p, "left")), ""
	case "enum_assignment":
		return ir.RoleAssign, a.Text(field(p, "name")), ""
	case "public_field_definition", "field_definition":
		name := field(p, "name")
		if name == nil {
			name = field(p, "property")
		}
		return ir.RoleAssign, a.Text(name), ""
	case "assignment_pattern", "required_parameter", "optional_parameter":
		name := field(p, "left")
		if name == nil {
			name = field(p, "pattern")
		}
		return ir.RoleAssign, a.Text(name), ""
	case "arguments":
		if call := a.Up(p); call != nil {
			if args := a.args(call); len(args) >= 2 && args[1] == child && a.propertyCall(call) == "setProperty" {
				if k, ok := a.constString(args[0]); ok {
					return ir.RoleAssign, k, "" // a setting stored under k
				}
			}
			f := a.callee(call)
			if f == nil {
				f = field(call, "constructor")
			}
			return ir.RoleArg, "", a.Spelled(unwrap(f))
		}
	}
	return ir.RoleUnknown, "", ""
}

// objectOwner is the name an object literal is assigned to (const
// SERVERS = {...}, module.exports.SERVERS = {...}, a key of an outer
// literal: CONFIG.kobo, up to a few levels), or "".
func (a *analyzer) objectOwner(obj *sitter.Node) string { return a.ownerAt(obj, 0) }

func (a *analyzer) ownerAt(obj *sitter.Node, depth int) string {
	if obj == nil || obj.Type() != "object" || depth >= 4 {
		return ""
	}
	p, child := a.ParentSkipping(obj)
	if p == nil {
		return ""
	}
	switch p.Type() {
	case "variable_declarator":
		if name := field(p, "name"); name != nil && name.Type() == "identifier" {
			return a.Text(name)
		}
	case "assignment_expression":
		if r := field(p, "right"); r != nil && r == child {
			return a.Spelled(field(p, "left"))
		}
	case "pair":
		if k, ok := a.propName(field(p, "key")); ok {
			if outer := a.ownerAt(a.Up(p), depth+1); outer != "" {
				return outer + "." + k
			}
		}
	}
	return ""
}

// def offers top-level `NAME = <string>` definitions to other files.
func (a *analyzer) def(n *sitter.Node, parts []ir.Part) {
	p, _ := a.ParentSkipping(n)
	if p == nil {
		return
	}
	var name string
	switch p.Type() {
	case "pair":
		// a value of a settings object: offered under its dotted key
		// path, with and without the name of the object
		root, path, ok := a.pairPath(p)
		if !ok {
			return
		}
		a.IR.Defs = append(a.IR.Defs, ir.Def{Name: path, Parts: parts})
		if root != "" {
			a.IR.Defs = append(a.IR.Defs, ir.Def{Name: root + "." + path, Parts: parts})
		}
		return
	case "variable_declarator":
		nm := field(p, "name")
		if nm == nil || nm.Type() != "identifier" || a.scopes.Of(p) != a.scopes.Global {
			return
		}
		name = a.Text(nm)
	case "assignment_expression":
		var exported bool
		if name, exported = exportedName(a.Spelled(field(p, "left"))); !exported {
			return
		}
	default:
		return
	}
	a.IR.Defs = append(a.IR.Defs, ir.Def{Name: name, Parts: parts})
}

// exportedName is the name x a CommonJS module exports as module.exports.x
// or exports.x.
func exportedName(left string) (string, bool) {
	for _, pre := range []string{"module.exports.", "exports."} {
		if name, ok := strings.CutPrefix(left, pre); ok {
			return name, true
		}
	}
	return "", false
}

// pairPath returns the dotted key path of a value in nested object
// literals that a module defines at top level (`const config = {kobo:
// {url: ...}}`, module.exports = {...}, export default {...}): the name of
// the object ("" when the module exports it unnamed) and the keys below
// it. ok is false for objects that are not top-level definitions (an
// argument, a value inside a function) and for single keys (offered
// already under their own name).
func (a *analyzer) pairPath(pair *sitter.Node) (root, path string, ok bool) {
	var keys []string
	n := pair
	for i := 0; i < 16; i++ {
		k, ok := a.propName(field(n, "key"))
		if !ok || k == "" {
			return "", "", false
		}
		keys = append(keys, k)
		obj := a.Up(n)
		if obj == nil || obj.Type() != "object" {
			return "", "", false
		}
		p, _ := a.ParentSkipping(obj)
		if p == nil {
			return "", "", false
		}
		switch p.Type() {
		case "pair":
			n = p
			continue
		case "variable_declarator":
			nm := field(p, "name")
			if nm == nil || nm.Type() != "identifier" || a.scopes.Of(p) != a.scopes.Global {
				return "", "", false
			}
			root = a.Text(nm)
		case "assignment_expression":
			if left := a.Spelled(field(p, "left")); left != "module.exports" {
				var exported bool
				if root, exported = exportedName(left); !exported {
					return "", "", false
				}
			}
		case "export_statement":
		default:
			return "", "", false
		}
		if len(keys) < 2 && root == "" {
			return "", "", false
		}
		slices.Reverse(keys)
		return root, strings.Join(keys, "."), true
	}
	return "", "", false
}

// isRequire reports require("x") and dynamic import("x").
func (a *analyzer) isRequire(call *sitter.Node) bool {
	if call.Type() != "call_expression" {
		return false
	}
	f := field(call, "function")
	if f == nil {
		return false
	}
	switch f.Type() {
	case "import":
		return true
	case "identifier":
		return a.Text(f) == "require"
	}
	return false
}
