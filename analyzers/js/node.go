package js

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// field is ChildByFieldName tolerating a nil node.
func field(n *sitter.Node, name string) *sitter.Node { return tsnode.Field(n, name) }

// keepsValue is the syntax that does not change a value: parentheses, type
// assertions and casts, non-null assertions; climbing up, await too.
var keepsValue = tsnode.Wrappers{
	Strip: map[string]tsnode.Inner{
		"parenthesized_expression": {}, "non_null_expression": {},
		"as_expression": {}, "satisfies_expression": {},
		"type_assertion": {Last: true},
	},
	Climb: map[string]bool{
		"parenthesized_expression": true, "non_null_expression": true, "as_expression": true,
		"satisfies_expression": true, "type_assertion": true, "await_expression": true,
	},
}

// unwrap strips syntax that does not change a value.
func unwrap(n *sitter.Node) *sitter.Node { return keepsValue.Unwrap(n) }

// isFunction reports function-like nodes, each of which opens a scope.
func isFunction(n *sitter.Node) bool {
	switch n.Type() {
	case "function_declaration", "function_expression", "function", "arrow_function",
		"generator_function_declaration", "generator_function", "method_definition":
		return true
	}
	return false
}

// propName returns the name of a property key (identifier, string, number),
// and false for computed keys.
func (a *analyzer) propName(k *sitter.Node) (string, bool) {
	if k == nil {
		return "", false
	}
	switch k.Type() {
	case "property_identifier", "identifier", "shorthand_property_identifier",
		"shorthand_property_identifier_pattern", "private_property_identifier", "number":
		return a.Text(k), true
	case "string":
		if s, ok := a.constString(k); ok {
			return s, true
		}
	}
	return "", false
}

// rootName returns the leftmost identifier of a member chain (`a` in
// a.b[c].d), or its spelling when there is none.
func (a *analyzer) rootName(n *sitter.Node) string { return a.Spelled(a.ChainRoot(n, chainLink)) }

// chainLink steps from a link of a member chain to its receiver (see
// tsfront.Base.ChainRoot); `this.x` is a root.
func chainLink(n *sitter.Node) (*sitter.Node, bool) {
	switch n.Type() {
	case "member_expression", "subscript_expression":
		o := field(n, "object")
		return o, o != nil && o.Type() != "this"
	case "call_expression":
		f := field(n, "function")
		return f, f != nil
	case "await_expression":
		return tsfront.Awaited(n)
	}
	return nil, false
}

// callee returns the function a call calls, unwrapped. The TypeScript
// grammar parses `await x.get<T>(u)` as a call whose callee is `await
// x.get`; the await is dropped here so both spellings look the same.
func (a *analyzer) callee(call *sitter.Node) *sitter.Node {
	f := unwrap(field(call, "function"))
	if f != nil && f.Type() == "await_expression" && f.NamedChildCount() > 0 {
		f = unwrap(f.NamedChild(0))
	}
	return f
}

// awaitedCallee reports the `await x.get<T>(u)` parse, where the call
// itself is awaited.
func (a *analyzer) awaitedCallee(call *sitter.Node) bool {
	f := unwrap(field(call, "function"))
	return f != nil && f.Type() == "await_expression"
}
