package csharp

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// field is ChildByFieldName tolerating a nil node.
func field(n *sitter.Node, name string) *sitter.Node { return tsnode.Field(n, name) }

// keepsValue is the syntax that keeps the value: parentheses, casts, `!`
// (x++ is a postfix unary too, but not a string anyway); climbing up,
// await too.
var keepsValue = tsnode.Wrappers{
	Strip: map[string]tsnode.Inner{
		"parenthesized_expression": {}, "checked_expression": {},
		"cast_expression": {Field: "value"}, "as_expression": {Field: "left"},
		"postfix_unary_expression": {},
	},
	Climb: map[string]bool{
		"parenthesized_expression": true, "cast_expression": true, "as_expression": true, "await_expression": true,
		"postfix_unary_expression": true, "checked_expression": true,
	},
}

// unwrap strips syntax that keeps the value.
func unwrap(n *sitter.Node) *sitter.Node { return keepsValue.Unwrap(n) }

// isFunction reports nodes that open a scope of locals and parameters.
func isFunction(n *sitter.Node) bool {
	switch n.Type() {
	case "method_declaration", "constructor_declaration", "local_function_statement", "lambda_expression",
		"anonymous_method_expression", "accessor_declaration", "operator_declaration",
		"conversion_operator_declaration", "destructor_declaration", "property_declaration", "indexer_declaration":
		return true
	}
	return false
}

// isType reports type declarations, whose members are fields and
// properties.
func isType(n *sitter.Node) bool {
	switch n.Type() {
	case "class_declaration", "struct_declaration", "record_declaration", "record_struct_declaration", "interface_declaration":
		return true
	}
	return false
}

// declValue returns the initialiser of a variable declarator.
func (a *analyzer) declValue(d *sitter.Node) *sitter.Node {
	if v := field(d, "value"); v != nil {
		return v
	}
	name := field(d, "name")
	for _, c := range a.Kids(d) {
		if name != nil && c == name {
			continue
		}
		switch c.Type() {
		case "bracketed_argument_list", "identifier":
			continue
		case "equals_value_clause":
			if c.NamedChildCount() > 0 {
				return c.NamedChild(int(c.NamedChildCount()) - 1)
			}
			continue
		}
		return c
	}
	return nil
}

// memberObject returns the object of a member access (`this` included).
func (a *analyzer) memberObject(n *sitter.Node) *sitter.Node {
	if e := field(n, "expression"); e != nil {
		return e
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if c != nil && c.Type() == "this" || c != nil && c.Type() == "this_expression" {
			return c
		}
	}
	return nil
}

// memberName returns the member name of a member access, without type
// arguments (DeserializeObject<T> -> DeserializeObject).
func (a *analyzer) memberName(n *sitter.Node) string {
	nm := field(n, "name")
	if nm == nil {
		return ""
	}
	if nm.Type() == "generic_name" {
		if name := a.memberNameOfGeneric(nm); name != "" {
			return name
		}
	}
	return a.Text(nm)
}

// isThis reports the `this` keyword node.
func isThis(n *sitter.Node) bool {
	return n != nil && (n.Type() == "this" || n.Type() == "this_expression")
}

// args returns the argument expressions of a call or creation (named
// arguments, name: value, and ref/out keep the value last).
func (a *analyzer) args(call *sitter.Node) []*sitter.Node {
	return a.ArgValues(a.FieldOr(call, "arguments", "argument_list"), "argument")
}

// isStringNode reports string literals of every kind.
func isStringNode(n *sitter.Node) bool {
	switch n.Type() {
	case "string_literal", "verbatim_string_literal", "raw_string_literal", "interpolated_string_expression", "utf8_string_literal":
		return true
	}
	return false
}

// rootName is the leftmost name of a member chain, for messages.
func (a *analyzer) rootName(n *sitter.Node) string { return a.Spelled(a.ChainRoot(n, a.chainLink)) }

// chainLink steps from a link of a member chain to its receiver (see
// tsfront.Base.ChainRoot); `this.X` is a root.
func (a *analyzer) chainLink(n *sitter.Node) (*sitter.Node, bool) {
	switch n.Type() {
	case "member_access_expression":
		o := a.memberObject(n)
		return o, o != nil && !isThis(o)
	case "element_access_expression":
		return field(n, "expression"), true
	case "invocation_expression":
		return field(n, "function"), true
	case "conditional_access_expression":
		return field(n, "condition"), true
	case "await_expression":
		return tsfront.Awaited(n)
	}
	return nil, false
}
