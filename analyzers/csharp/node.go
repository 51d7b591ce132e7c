package csharp

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
)

// maxDepth bounds tree walks so that absurdly nested input cannot exhaust
// the stack.
const maxDepth = 1500

func (a *analyzer) text(n *sitter.Node) string {
	if n == nil {
		return ""
	}
	s, e := int(n.StartByte()), int(n.EndByte())
	if s < 0 || e > len(a.src) || s > e {
		return ""
	}
	return string(a.src[s:e])
}

// spelled is the source of n on one line, for names and messages.
func (a *analyzer) spelled(n *sitter.Node) string {
	t := a.text(n)
	if strings.ContainsAny(t, "\r\n\t") || strings.Contains(t, "  ") {
		t = strings.Join(strings.Fields(t), " ")
		t = strings.ReplaceAll(t, " .", ".")
	}
	if len(t) > 120 {
		t = t[:120]
	}
	return t
}

func field(n *sitter.Node, name string) *sitter.Node {
	if n == nil {
		return nil
	}
	return n.ChildByFieldName(name)
}

func namedChildren(n *sitter.Node) []*sitter.Node {
	if n == nil {
		return nil
	}
	c := int(n.NamedChildCount())
	out := make([]*sitter.Node, 0, c)
	for i := 0; i < c; i++ {
		if ch := n.NamedChild(i); ch != nil {
			out = append(out, ch)
		}
	}
	return out
}

// operator returns the operator token of a binary or assignment expression.
func (a *analyzer) operator(n *sitter.Node) string {
	if op := field(n, "operator"); op != nil {
		return a.text(op)
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if c != nil && !c.IsNamed() {
			return a.text(c)
		}
	}
	return ""
}

// unwrap strips syntax that keeps the value: parentheses, casts, `!`.
func unwrap(n *sitter.Node) *sitter.Node {
	for i := 0; n != nil && i < 64; i++ {
		switch n.Type() {
		case "parenthesized_expression", "checked_expression":
			if n.NamedChildCount() == 0 {
				return n
			}
			n = n.NamedChild(0)
		case "cast_expression":
			v := field(n, "value")
			if v == nil {
				return n
			}
			n = v
		case "as_expression":
			l := field(n, "left")
			if l == nil {
				return n
			}
			n = l
		case "postfix_unary_expression":
			// x! (null-forgiving); x++ is not a string anyway
			if n.NamedChildCount() == 0 {
				return n
			}
			n = n.NamedChild(0)
		default:
			return n
		}
	}
	return n
}

// parentSkipping climbs over value-preserving wrappers.
func (a *analyzer) parentSkipping(n *sitter.Node) (parent, child *sitter.Node) {
	child = n
	for i := 0; i < 64; i++ {
		p := a.up(child)
		if p == nil {
			return nil, child
		}
		switch p.Type() {
		case "parenthesized_expression", "cast_expression", "as_expression", "await_expression",
			"postfix_unary_expression", "checked_expression":
			child = p
			continue
		}
		return p, child
	}
	return nil, child
}

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
	for _, c := range a.kids(d) {
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
		for _, c := range a.kids(nm) {
			if c.Type() == "identifier" {
				return a.text(c)
			}
		}
	}
	return a.text(nm)
}

// isThis reports the `this` keyword node.
func isThis(n *sitter.Node) bool {
	return n != nil && (n.Type() == "this" || n.Type() == "this_expression")
}

// args returns the argument expressions of a call or creation.
func (a *analyzer) args(call *sitter.Node) []*sitter.Node {
	al := field(call, "arguments")
	if al == nil {
		for _, c := range a.kids(call) {
			if c.Type() == "argument_list" {
				al = c
			}
		}
	}
	var out []*sitter.Node
	for _, c := range a.kids(al) {
		if c.Type() != "argument" {
			continue
		}
		// named arguments (name: value) and ref/out keep the value last
		if c.NamedChildCount() == 0 {
			continue
		}
		out = append(out, c.NamedChild(int(c.NamedChildCount())-1))
	}
	return out
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
func (a *analyzer) rootName(n *sitter.Node) string {
	for i := 0; n != nil && i < 64; i++ {
		n = unwrap(n)
		switch n.Type() {
		case "member_access_expression":
			o := a.memberObject(n)
			if o == nil || isThis(o) {
				return a.spelled(n)
			}
			n = o
		case "element_access_expression":
			n = field(n, "expression")
		case "invocation_expression":
			n = field(n, "function")
		case "conditional_access_expression":
			n = field(n, "condition")
		case "await_expression":
			if n.NamedChildCount() == 0 {
				return a.spelled(n)
			}
			n = n.NamedChild(0)
		default:
			return a.spelled(n)
		}
	}
	return ""
}
