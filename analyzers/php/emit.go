package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// emitter finds the URLs of a PHP file (see tsfront.Base.Emit): request
// URLs with wrappers and base URIs expanded, then maximal string-building
// expressions whose literal text has '/' or '.'.
func (a *analyzer) emitter() tsfront.Emitter {
	return tsfront.Emitter{
		Comments: []string{"comment"},
		// attributes hold routes and wire names, not URLs this code calls
		Opaque: []string{"attribute_list", "attribute_group", "namespace_use_declaration", "text", "php_tag"},
		Visit:  a.visit, Candidate: a.candidate, Eval: a.evalEmitted, Role: a.role, Def: a.def,
	}
}

// visit handles names that hint at Kobo and request calls.
func (a *analyzer) visit(n *sitter.Node, _ bool) tsfront.Step {
	switch {
	case n.Type() == "name" || n.Type() == "variable_name":
		a.Hint(n)
	case isCall(n):
		a.emitRequest(n)
		for _, k := range a.keyArgs(n) {
			if s, ok := a.constString(k); ok {
				a.HintText(s)
			}
			a.Handled[k] = true
		}
	}
	return tsfront.Walk
}

// evalEmitted evaluates an expression emitted as a URL: the value of
// `$url .= '/forms'` is the URL built so far followed by '/forms'.
func (a *analyzer) evalEmitted(n *sitter.Node) ([]ir.Part, bool) {
	if p, c := a.ParentSkipping(n); p != nil && p.Type() == "augmented_assignment_expression" && field(p, "right") == c && a.Operator(p) == ".=" {
		if left := field(p, "left"); left != nil && left.Type() == "variable_name" {
			for _, b := range a.scopes.Of(p).Binds[a.Text(left)] {
				if b.decl == left {
					return a.evalBinding(b, a.Text(left), nil, 0)
				}
			}
		}
	}
	return a.EvalTop(n)
}

// candidate reports expressions that may build a URL.
func (a *analyzer) candidate(n *sitter.Node) bool {
	switch n.Type() {
	case "string", "encapsed_string", "heredoc", "nowdoc":
		p := a.Up(n)
		if p == nil {
			return true
		}
		switch p.Type() {
		case "subscript_expression":
			return a.Kids(p)[0] == n // x['field'] is a field read
		case "array_element_initializer":
			ks := a.Kids(p)
			return len(ks) != 2 || ks[0] != n // a key
		}
		return true
	case "binary_expression":
		switch a.Operator(n) {
		case ".", "??", "?:":
			return true
		}
	case "conditional_expression", "function_call_expression", "member_call_expression",
		"nullsafe_member_call_expression", "scoped_call_expression":
		return true
	}
	return false
}

// Functions whose string arguments are keys or names, not URLs: the
// position of the key (-1: every argument).
var keyFuncs = map[string]int{
	"config": 0, "env": 0, "getenv": 0, "view": 0, "route": 0, "trans": 0, "__": 0, "trans_choice": 0,
	"session": 0, "old": 0, "cache": 0, "app": 0, "resolve": 0, "define": 0, "constant": 0,
	"data_get": 1, "array_get": 1, "array_column": 1, "array_key_exists": 0, "isset": -1, "lang": 0,
	"compact": -1,
}

// Facade methods whose arguments are keys, routes or names.
var keyStatics = map[string]int{
	"Config": -1, "Lang": -1, "Route": -1, "Cache": -1, "Session": -1, "Arr": 1, "View": 0, "Event": 0,
}

// Methods whose first argument is a key or a name (route names, view
// variables, request inputs, collection columns).
var keyMethods = map[string]bool{
	"with": true, "name": true, "input": true, "pluck": true, "json": true, "view": true, "has": true,
	"middleware": true, "header": true, "query": true, "only": true, "except": true, "validate": false,
}

// keyArgs returns the arguments of a call that are keys or names.
func (a *analyzer) keyArgs(call *sitter.Node) []*sitter.Node {
	args := a.args(call)
	idx := -2
	switch call.Type() {
	case "function_call_expression":
		if i, ok := keyFuncs[a.callName(call)]; ok {
			idx = i
		} else if strings.HasPrefix(a.callName(call), bladeCall) {
			idx = 0 // @extends('layouts.app'), @include('x.y'): view names
		}
	case "scoped_call_expression":
		if i, ok := keyStatics[a.scopeName(call)]; ok {
			idx = i
		}
	case "member_call_expression", "nullsafe_member_call_expression":
		if keyMethods[a.methodName(call)] && a.req.Classify(call) == nil {
			idx = 0
		}
	}
	switch {
	case idx == -1:
		return args
	case idx >= 0 && idx < len(args):
		return args[idx : idx+1]
	}
	return nil
}

func (a *analyzer) emitRequest(call *sitter.Node) {
	rc := a.req.Classify(call)
	if rc == nil || rc.urlArg == nil {
		return
	}
	inner := a.enclosingWrapper(call) != nil
	var parts []ir.Part
	if inner {
		// the request of a wrapper is made with what its callers pass:
		// its parameters are holes here, defaults or not
		saved := a.EvalMemo
		a.paramHoles, a.EvalMemo = true, urlparts.Memo{}
		parts = a.requestParts(rc, nil, 0)
		a.paramHoles, a.EvalMemo = false, saved
	} else {
		parts = a.requestParts(rc, nil, 0)
	}
	id, ok := a.URLAt.Request(&a.B, a.Handled, parts, rc.callee, call, rc.urlArg)
	if !ok {
		return
	}
	a.IR.URLs[id].Method = a.requestMethod(call, rc, nil, 0)
	if inner {
		a.innerURL[id] = true
	}
	a.bodyKeys(call, rc, id)
}

// enclosingWrapper is the wrapper function a call is made in, if any.
func (a *analyzer) enclosingWrapper(n *sitter.Node) *urlparts.Wrapper {
	for p := a.Up(n); p != nil; p = a.Up(p) {
		if w := a.Wrappers[p]; w != nil {
			return w
		}
	}
	return nil
}

// role says what an expression is for from its parent p and the child of
// p it is in (see tsfront.Emitter.Role): the role, the variable it is
// stored in and the call it is passed to.
func (a *analyzer) role(p, child *sitter.Node) (ir.Role, string, string) {
	switch p.Type() {
	case "assignment_expression", "augmented_assignment_expression":
		if field(p, "right") == child {
			return ir.RoleAssign, a.targetName(field(p, "left")), ""
		}
	case "property_initializer":
		if el := a.Up(p); el != nil {
			return ir.RoleAssign, a.propertyName(el), ""
		}
	case "const_element":
		name, _ := a.constElement(p)
		if c := a.enclosingClass(p); c != nil && a.EnclosingFunction(p) == nil {
			return ir.RoleAssign, c.name + "::" + name, ""
		}
		return ir.RoleAssign, name, ""
	case "simple_parameter":
		return ir.RoleAssign, a.Text(field(p, "name")), ""
	case "argument":
		call := a.Up(a.Up(p))
		if call == nil {
			break
		}
		if call.Type() == "function_call_expression" && a.callName(call) == "define" {
			if args := a.args(call); len(args) == 2 && args[1] == child {
				if name, ok := a.constString(args[0]); ok {
					return ir.RoleAssign, name, ""
				}
			}
		}
		return ir.RoleArg, "", a.calleeSpelling(call)
	case "array_element_initializer":
		if keys, setting := a.elementPath(p); keys != "" {
			if setting {
				return ir.RoleSetting, keys, ""
			}
			return ir.RoleAssign, keys, ""
		}
	}
	return ir.RoleUnknown, "", ""
}

// targetName names the target of an assignment: $x, $this->x,
// Class::$x, or the dotted keys of $cfg['a']['b'].
func (a *analyzer) targetName(left *sitter.Node) string {
	if left == nil {
		return ""
	}
	switch left.Type() {
	case "subscript_expression":
		return a.holeName(left)
	case "scoped_property_access_expression":
		if cs := a.classNamed(a.scopeName(left), left); len(cs) > 0 {
			return cs[0].name + "::" + a.Text(field(left, "name"))
		}
	}
	return a.Spelled(left)
}

// propertyName names a property: $this->x, or Class::$x when static.
func (a *analyzer) propertyName(el *sitter.Node) string {
	vn := a.firstOfType(el, "variable_name")
	if vn == nil {
		return ""
	}
	if decl := a.Up(el); decl != nil && a.firstOfType(decl, "static_modifier") != nil {
		if c := a.enclosingClass(el); c != nil {
			return c.name + "::" + a.Text(vn)
		}
	}
	return "$this->" + strings.TrimPrefix(a.Text(vn), "$")
}

// elementPath is the dotted path of constant keys leading to an array
// element's value, through nested array literals; setting is set when
// the outermost array is what a configuration file returns (then the
// path starts with the file's configuration name, as Laravel's config()
// reads it).
func (a *analyzer) elementPath(el *sitter.Node) (path string, setting bool) {
	var keys []string
	for i := 0; el != nil && el.Type() == "array_element_initializer" && i < 32; i++ {
		ks := a.Kids(el)
		if len(ks) != 2 {
			return "", false
		}
		k, ok := a.constString(ks[0])
		if !ok || k == "" {
			return "", false
		}
		keys = append([]string{k}, keys...)
		arr := a.Up(el)
		if arr == nil || arr.Type() != "array_creation_expression" {
			return "", false
		}
		p, _ := a.ParentSkipping(arr)
		if p == nil {
			break
		}
		switch p.Type() {
		case "array_element_initializer":
			el = p
			continue
		case "return_statement":
			if a.EnclosingFunction(p) == nil {
				if a.configName != "" {
					keys = append([]string{a.configName}, keys...)
				}
				return strings.Join(keys, "."), true
			}
		}
		break
	}
	return strings.Join(keys, "."), false
}

// def offers top-level definitions to other files: constants (NAME,
// Class::NAME), static properties (Class::$x), properties set in a class
// ($this->x), file-level variables ($x) and configuration keys.
func (a *analyzer) def(n *sitter.Node, parts []ir.Part) {
	role, name, _ := a.Context(n)
	if name == "" || role != ir.RoleAssign && role != ir.RoleSetting {
		return
	}
	p, _ := a.ParentSkipping(n)
	switch {
	case role == ir.RoleSetting:
	case p.Type() == "const_element" || p.Type() == "argument" || p.Type() == "property_initializer":
	case p.Type() == "assignment_expression" && strings.HasPrefix(name, "$this->"):
	case p.Type() == "assignment_expression" && strings.HasPrefix(name, "$") && a.EnclosingFunction(p) == nil:
	default:
		return
	}
	a.IR.Defs = append(a.IR.Defs, ir.Def{Name: name, Parts: parts})
}
