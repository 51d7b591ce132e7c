package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/analyzers/js/textscan"
	"github.com/kobolint/kobolint/internal/ir"
)

// emit walks the tree in source order: request URLs (with wrappers and
// base URIs expanded), then maximal string-building expressions whose
// literal text has '/' or '.', then comments.
func (a *analyzer) emit(n *sitter.Node, inURL bool, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type() {
	case "comment":
		a.comment(n)
		return
	case "attribute_list", "attribute_group", "namespace_use_declaration", "text", "php_tag":
		// attributes hold routes and wire names, not URLs this code calls
		return
	case "name", "variable_name":
		a.hint(a.text(n))
	case "function_call_expression", "member_call_expression", "nullsafe_member_call_expression",
		"scoped_call_expression", "object_creation_expression":
		a.emitRequest(n)
		for _, k := range a.keyArgs(n) {
			if s, ok := a.constString(k); ok {
				a.hint(s)
			}
			a.handled[k] = true
		}
	}
	if a.handled[n] {
		inURL = true
	}
	if !inURL && a.candidate(n) {
		inURL = a.urlAt.Expr(&a.b, n, a.evalEmitted, a.context, a.def)
	}
	for _, c := range a.kids(n) {
		a.emit(c, inURL, depth+1)
	}
}

// evalEmitted evaluates an expression emitted as a URL: the value of
// `$url .= '/forms'` is the URL built so far followed by '/forms'.
func (a *analyzer) evalEmitted(n *sitter.Node) ([]ir.Part, bool) {
	if p, c := a.parentSkipping(n); p != nil && p.Type() == "augmented_assignment_expression" && field(p, "right") == c && a.operator(p) == ".=" {
		if left := field(p, "left"); left != nil && left.Type() == "variable_name" {
			for _, b := range a.scopeOf(p).binds[a.text(left)] {
				if b.decl == left {
					return a.evalBinding(b, a.text(left), nil, 0)
				}
			}
		}
	}
	return a.evalTop(n)
}

// hint sets KoboHint when code names Kobo.
func (a *analyzer) hint(s string) {
	if !a.file.KoboHint && strings.Contains(strings.ToLower(s), "kobo") {
		a.file.KoboHint = true
	}
}

// candidate reports expressions that may build a URL.
func (a *analyzer) candidate(n *sitter.Node) bool {
	switch n.Type() {
	case "string", "encapsed_string", "heredoc", "nowdoc":
		p := a.up(n)
		if p == nil {
			return true
		}
		switch p.Type() {
		case "subscript_expression":
			return a.kids(p)[0] == n // x['field'] is a field read
		case "array_element_initializer":
			ks := a.kids(p)
			return len(ks) != 2 || ks[0] != n // a key
		}
		return true
	case "binary_expression":
		switch a.operator(n) {
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
		if keyMethods[a.methodName(call)] && a.classify(call) == nil {
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
	rc := a.classify(call)
	if rc == nil || rc.urlArg == nil {
		return
	}
	inner := a.enclosingWrapper(call) != nil
	var parts []ir.Part
	if inner {
		// the request of a wrapper is made with what its callers pass:
		// its parameters are holes here, defaults or not
		saved := a.evalMemo
		a.paramHoles, a.evalMemo = true, urlparts.Memo{}
		parts = a.requestParts(rc, nil, 0)
		a.paramHoles, a.evalMemo = false, saved
	} else {
		parts = a.requestParts(rc, nil, 0)
	}
	id, ok := a.urlAt.Request(&a.b, a.handled, parts, rc.callee, call, rc.urlArg)
	if !ok {
		return
	}
	a.file.URLs[id].Method = a.requestMethod(call, rc, nil, 0)
	if inner {
		a.innerURL[id] = true
	}
	a.bodyKeys(call, rc, id)
}

// enclosingWrapper is the wrapper function a call is made in, if any.
func (a *analyzer) enclosingWrapper(n *sitter.Node) *wrapper {
	for p := a.up(n); p != nil; p = a.up(p) {
		if w := a.wrappers[p]; w != nil {
			return w
		}
	}
	return nil
}

// context returns the role, variable and callee of an emitted expression.
func (a *analyzer) context(n *sitter.Node) (ir.Role, string, string) {
	p, child := a.parentSkipping(n)
	if p == nil {
		return ir.RoleUnknown, "", ""
	}
	switch p.Type() {
	case "assignment_expression", "augmented_assignment_expression":
		if field(p, "right") == child {
			return ir.RoleAssign, a.targetName(field(p, "left")), ""
		}
	case "property_initializer":
		if el := a.up(p); el != nil {
			return ir.RoleAssign, a.propertyName(el), ""
		}
	case "const_element":
		name, _ := a.constElement(p)
		if c := a.enclosingClass(p); c != nil && a.enclosingFunction(p) == nil {
			return ir.RoleAssign, c.name + "::" + name, ""
		}
		return ir.RoleAssign, name, ""
	case "simple_parameter":
		return ir.RoleAssign, a.text(field(p, "name")), ""
	case "argument":
		call := a.up(a.up(p))
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
			return cs[0].name + "::" + a.text(field(left, "name"))
		}
	}
	return a.spelled(left)
}

// propertyName names a property: $this->x, or Class::$x when static.
func (a *analyzer) propertyName(el *sitter.Node) string {
	vn := a.firstOfType(el, "variable_name")
	if vn == nil {
		return ""
	}
	if decl := a.up(el); decl != nil && a.firstOfType(decl, "static_modifier") != nil {
		if c := a.enclosingClass(el); c != nil {
			return c.name + "::" + a.text(vn)
		}
	}
	return "$this->" + strings.TrimPrefix(a.text(vn), "$")
}

// elementPath is the dotted path of constant keys leading to an array
// element's value, through nested array literals; setting is set when
// the outermost array is what a configuration file returns (then the
// path starts with the file's configuration name, as Laravel's config()
// reads it).
func (a *analyzer) elementPath(el *sitter.Node) (path string, setting bool) {
	var keys []string
	for i := 0; el != nil && el.Type() == "array_element_initializer" && i < 32; i++ {
		ks := a.kids(el)
		if len(ks) != 2 {
			return "", false
		}
		k, ok := a.constString(ks[0])
		if !ok || k == "" {
			return "", false
		}
		keys = append([]string{k}, keys...)
		arr := a.up(el)
		if arr == nil || arr.Type() != "array_creation_expression" {
			return "", false
		}
		p, _ := a.parentSkipping(arr)
		if p == nil {
			break
		}
		switch p.Type() {
		case "array_element_initializer":
			el = p
			continue
		case "return_statement":
			if a.enclosingFunction(p) == nil {
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
	role, name, _ := a.context(n)
	if name == "" || role != ir.RoleAssign && role != ir.RoleSetting {
		return
	}
	p, _ := a.parentSkipping(n)
	switch {
	case role == ir.RoleSetting:
	case p.Type() == "const_element" || p.Type() == "argument" || p.Type() == "property_initializer":
	case p.Type() == "assignment_expression" && strings.HasPrefix(name, "$this->"):
	case p.Type() == "assignment_expression" && strings.HasPrefix(name, "$") && a.enclosingFunction(p) == nil:
	default:
		return
	}
	a.file.Defs = append(a.file.Defs, ir.Def{Name: name, Parts: parts})
}

// comment emits URL-looking words as Comment URLs, and suppressions.
func (a *analyzer) comment(n *sitter.Node) {
	textscan.Comment(&a.b, a.src, int(n.StartByte()), int(n.EndByte()), a.line)
}
