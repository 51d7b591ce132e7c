package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// field is ChildByFieldName tolerating a nil node.
func field(n *sitter.Node, name string) *sitter.Node { return tsnode.Field(n, name) }

// keepsValue is the syntax that keeps a value: parentheses, casts to
// string or array, the @ that silences errors.
var keepsValue = tsnode.Wrappers{
	Strip: map[string]tsnode.Inner{
		"parenthesized_expression":     {},
		"cast_expression":              {Field: "value"},
		"error_suppression_expression": {},
	},
	Climb: map[string]bool{
		"parenthesized_expression": true, "cast_expression": true, "error_suppression_expression": true,
	},
}

// unwrap strips syntax that keeps the value.
func unwrap(n *sitter.Node) *sitter.Node { return keepsValue.Unwrap(n) }

// isFunction reports nodes that open a scope of locals and parameters.
func isFunction(n *sitter.Node) bool {
	switch n.Type() {
	case "function_definition", "method_declaration", "anonymous_function_creation_expression",
		"anonymous_function", "arrow_function":
		return true
	}
	return false
}

// isClass reports class-like declarations, whose members are properties,
// constants and methods.
func isClass(n *sitter.Node) bool {
	switch n.Type() {
	case "class_declaration", "trait_declaration", "interface_declaration", "enum_declaration":
		return true
	}
	return false
}

// isString reports string literals of every kind.
func isString(n *sitter.Node) bool {
	switch n.Type() {
	case "string", "encapsed_string", "heredoc", "nowdoc":
		return true
	}
	return false
}

// isCall reports the call expressions.
func isCall(n *sitter.Node) bool {
	switch n.Type() {
	case "function_call_expression", "member_call_expression", "nullsafe_member_call_expression",
		"scoped_call_expression", "object_creation_expression":
		return true
	}
	return false
}

// lastName is the last segment of a (possibly qualified) name:
// \GuzzleHttp\Client -> Client.
func lastName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\\'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// callName is the lower-cased name of the function a function call
// calls ("" when it is not called by name: $f(), (fn...)()).
func (a *analyzer) callName(call *sitter.Node) string {
	f := field(call, "function")
	if f == nil || (f.Type() != "name" && f.Type() != "qualified_name") {
		return ""
	}
	return strings.ToLower(lastName(a.Text(f)))
}

// methodName is the name of the method a member or scoped call calls, as
// spelled ("" for a computed name).
func (a *analyzer) methodName(call *sitter.Node) string {
	nm := field(call, "name")
	if nm == nil || nm.Type() != "name" {
		return ""
	}
	return a.Text(nm)
}

// scopeName is the class a scoped call or access names (`Http` of
// Http::get, `self`, `static`, `parent`), without namespace.
func (a *analyzer) scopeName(n *sitter.Node) string {
	s := field(n, "scope")
	if s == nil {
		for _, c := range a.Kids(n) {
			switch c.Type() {
			case "relative_scope", "name", "qualified_name":
				s = c
			}
			if s != nil {
				break
			}
		}
	}
	if s == nil {
		return ""
	}
	return lastName(a.Text(s))
}

// args returns the argument expressions of a call or creation (named
// arguments keep their value last).
func (a *analyzer) args(call *sitter.Node) []*sitter.Node {
	return a.ArgValues(a.FieldOr(call, "arguments", "arguments"), "argument")
}

// namedArg returns the argument passed by name (`uri: $u`), or nil.
func (a *analyzer) namedArg(call *sitter.Node, name string) *sitter.Node {
	al := a.FieldOr(call, "arguments", "arguments")
	for _, c := range a.Kids(al) {
		if c.Type() != "argument" || c.NamedChildCount() < 2 {
			continue
		}
		if nm := field(c, "name"); nm != nil && a.Text(nm) == name {
			return c.NamedChild(int(c.NamedChildCount()) - 1)
		}
	}
	return nil
}

// arg is the i-th argument, or the one passed by name, or nil.
func (a *analyzer) arg(call *sitter.Node, i int, name string) *sitter.Node {
	if n := a.namedArg(call, name); n != nil {
		return n
	}
	args := a.args(call)
	if i < len(args) {
		// a positional argument after named ones cannot be told apart
		if p := a.Up(args[i]); p != nil && field(p, "name") == nil {
			return args[i]
		}
	}
	return nil
}

// receiver is the object a member call or access is made on.
func receiver(n *sitter.Node) *sitter.Node { return field(n, "object") }

// isThis reports the variable $this.
func (a *analyzer) isThis(n *sitter.Node) bool {
	return n != nil && n.Type() == "variable_name" && a.Text(n) == "$this"
}

// varName is the spelling of a variable ($x), or "" when n is not one.
func (a *analyzer) varName(n *sitter.Node) string {
	if n == nil || n.Type() != "variable_name" {
		return ""
	}
	return a.Text(n)
}

// memberName is the property a member access reads ("" when computed).
func (a *analyzer) memberName(n *sitter.Node) string {
	nm := field(n, "name")
	if nm == nil || nm.Type() != "name" {
		return ""
	}
	return a.Text(nm)
}

// elements lists the elements of an array literal as key/value pairs (key
// nil for list elements); spread elements are skipped.
func (a *analyzer) elements(arr *sitter.Node) (keys, values []*sitter.Node) {
	for _, el := range a.KidsOfType(arr, "array_element_initializer") {
		ks := a.Kids(el)
		switch {
		case len(ks) == 1 && ks[0].Type() != "variadic_unpacking":
			keys, values = append(keys, nil), append(values, ks[0])
		case len(ks) == 2:
			keys, values = append(keys, ks[0]), append(values, ks[1])
		}
	}
	return keys, values
}

// superglobals are PHP's request and environment arrays: their keys are
// not response fields.
var superglobals = map[string]bool{
	"$_GET": true, "$_POST": true, "$_REQUEST": true, "$_SERVER": true, "$_ENV": true,
	"$_SESSION": true, "$_COOKIE": true, "$_FILES": true, "$GLOBALS": true,
}

// rootOf is the innermost object of a chain of member accesses, calls and
// subscripts ($resp of $resp->json()['a']).
func (a *analyzer) rootOf(n *sitter.Node) *sitter.Node { return a.ChainRoot(n, chainLink) }

// chainLink steps from a link of a chain to its receiver (see
// tsfront.Base.ChainRoot).
func chainLink(n *sitter.Node) (*sitter.Node, bool) {
	switch n.Type() {
	case "member_access_expression", "nullsafe_member_access_expression",
		"member_call_expression", "nullsafe_member_call_expression":
		return receiver(n), true
	case "subscript_expression":
		c := n.NamedChild(0)
		return c, c != nil
	}
	return nil, false
}
