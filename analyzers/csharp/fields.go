package csharp

import (
	"unicode"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/internal/ir"
)

// fields emits reads: x["name"] (JObject, dictionaries) always, with the
// receiver's origin; x.name and x?.name when the receiver has an origin,
// or when the name is spelled like a JSON key (snake_case, lower-case) on
// a value of a type that is not a known non-DTO class of this file.
func (a *analyzer) fields(root *sitter.Node) {
	a.Nav.WalkPruned(root, func(n *sitter.Node) bool {
		switch n.Type() {
		case "comment", "attribute_list", "using_directive":
			return false
		case "invocation_expression":
			if f := field(n, "function"); f != nil && a.Text(f) == "nameof" {
				return false
			}
		case "element_access_expression":
			a.subscriptRead(n, field(n, "expression"), field(n, "subscript"))
		case "element_binding_expression":
			a.subscriptRead(n, a.conditionOf(n), n)
		case "member_access_expression":
			a.memberRead(n, a.memberObject(n))
			if obj := a.memberObject(n); isThis(obj) {
				if nm := field(n, "name"); nm != nil && nm.Type() == "identifier" {
					a.ownMemberRead(nm, n)
				}
			}
		case "identifier":
			if a.valueIdent(n) {
				a.ownMemberRead(n, n)
			}
		case "member_binding_expression":
			a.memberRead(n, a.conditionOf(n))
		}
		return true
	})
}

func (a *analyzer) isWriteTarget(n *sitter.Node) bool {
	p := a.Up(n)
	if p == nil {
		return false
	}
	switch p.Type() {
	case "assignment_expression":
		l := field(p, "left")
		return l != nil && l == n
	case "prefix_unary_expression", "postfix_unary_expression":
		t := p.Child(0)
		return t != nil && (t.Type() == "++" || t.Type() == "--") || p.ChildCount() > 1 && p.Child(1) != nil && (p.Child(1).Type() == "++" || p.Child(1).Type() == "--")
	}
	return false
}

func (a *analyzer) subscriptRead(n, obj, list *sitter.Node) {
	if obj == nil || list == nil || a.isWriteTarget(n) {
		return
	}
	var arg *sitter.Node
	count := 0
	for _, c := range a.Kids(list) {
		if c.Type() == "argument" && c.NamedChildCount() > 0 {
			arg = c.NamedChild(int(c.NamedChildCount()) - 1)
			count++
		}
	}
	if count != 1 || !isStringNode(unwrap(arg)) {
		return
	}
	name, ok := a.constString(arg)
	if !ok || name == "" {
		return
	}
	span, raw := a.nameSpan(unwrap(arg))
	a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
		Name: name, Span: span, Kind: ir.FieldSubscript, Raw: raw,
		Origin: origins.Strip(a.flow.Of(obj, 0)), Receiver: a.rootName(obj),
		Access: ir.Span{Start: int(list.StartByte()), End: int(n.EndByte())}, Expr: exprSpan(n, obj),
		Type: a.convType(n),
	})
}

// dtoWireName looks a member name up in the file's DTO classes. A member
// that every DTO declaring it gives a JSON attribute is read under that
// JSON name, which is reported at the attribute, not here: ok with "".
// A member declared without attribute is its own wire name (ok, the
// name). ok is false when no DTO of the file declares the member.
func (a *analyzer) dtoWireName(member string) (wire string, ok bool) {
	if a.dto == nil {
		return "", false
	}
	// the classes with JSON evidence first; plain data classes only when
	// none of those declares the member
	for _, weak := range []bool{false, true} {
		attributed, bare, bound := false, false, true
		for _, d := range a.dto.classes {
			if d.weak != weak {
				continue
			}
			for _, p := range d.props {
				if a.Text(p.ident) != member {
					continue
				}
				if p.wire != nil {
					attributed = true
				} else {
					bare = true
					bound = bound && p.bound
				}
			}
		}
		switch {
		case bare && !attributed && !bound:
			return member, true
		case bare && !attributed:
			return a.wireName(member), true
		case attributed && !bare:
			return "", true
		case attributed && bare:
			return "", false
		}
	}
	return "", false
}

func (a *analyzer) memberRead(n, obj *sitter.Node) {
	nameNode := field(n, "name")
	if nameNode == nil || nameNode.Type() != "identifier" || obj == nil || isThis(unwrap(obj)) || a.isWriteTarget(n) {
		return
	}
	// x.M(...) calls a method
	if p := a.Up(n); p != nil && p.Type() == "invocation_expression" {
		if f := field(p, "function"); f != nil && f == n {
			return
		}
	}
	if p := a.Up(n); p != nil && p.Type() == "conditional_access_expression" {
		if q := a.Up(p); q != nil && q.Type() == "invocation_expression" {
			if f := field(q, "function"); f != nil && f == p && n.Type() == "member_binding_expression" {
				return
			}
		}
	}
	name := a.Text(nameNode)
	spelled := name
	local := false
	if wire, ok := a.dtoWireName(name); ok {
		if wire == "" {
			return // a member the file's DTOs map to a JSON name of their own
		}
		name, local = wire, true
	}
	o := a.flow.Of(obj, 0)
	if len(o) == 0 && wireShaped(name) && a.valueLike(obj) && !a.typedNonDTO(obj) {
		o = []int{origins.Unknown}
	}
	if len(o) == 0 {
		return
	}
	if !local && a.anyTypeResult(o) && a.mirrorsKey(name) {
		// a member of a class another file declares, named after the
		// JSON key the serializers bind it to
		name = a.wireName(name)
	}
	a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
		Name: name, Span: ir.Span{Start: int(nameNode.StartByte()), End: int(nameNode.EndByte())},
		Kind: ir.FieldAttr, Raw: name == spelled, Origin: origins.Strip(o), Receiver: a.rootName(obj),
		Access: ir.Span{Start: int(nameNode.StartByte()) - 1, End: int(n.EndByte())}, Expr: exprSpan(n, obj),
		Type: a.convType(n),
	})
}

// exprSpan is the whole read when the receiver is inside the node.
func exprSpan(n, obj *sitter.Node) ir.Span {
	if obj.StartByte() >= n.StartByte() && obj.EndByte() <= n.EndByte() {
		return ir.Span{Start: int(n.StartByte()), End: int(n.EndByte())}
	}
	return ir.Span{Start: int(obj.StartByte()), End: int(n.EndByte())}
}

// valueLike reports an expression that denotes a value (a variable, a
// member, a call result), not a type or namespace (Global.Settings).
func (a *analyzer) valueLike(n *sitter.Node) bool {
	for i := 0; n != nil && i < 64; i++ {
		n = unwrap(n)
		switch n.Type() {
		case "identifier":
			if len(a.lookup(a.Text(n), n)) > 0 {
				return true
			}
			r, _ := utf8.DecodeRuneInString(a.Text(n))
			return r == '_' || unicode.IsLower(r)
		case "member_access_expression":
			obj := a.memberObject(n)
			if obj == nil || isThis(obj) {
				return true
			}
			n = obj
		case "invocation_expression", "element_access_expression", "conditional_access_expression",
			"element_binding_expression", "member_binding_expression", "await_expression":
			return true
		default:
			return false
		}
	}
	return false
}

// typedNonDTO reports a variable declared with a type that is predefined
// or a class of this file that does not decode JSON.
func (a *analyzer) typedNonDTO(n *sitter.Node) bool {
	n = unwrap(n)
	if n.Type() != "identifier" {
		return false
	}
	b := pick(a.lookup(a.Text(n), n), n.StartByte())
	if b == nil || b.typ == nil {
		return false
	}
	if b.typ.Type() == "predefined_type" {
		return true
	}
	local, dto := false, false
	for _, tn := range a.typeNames(b.typ) {
		if len(a.classes[tn]) > 0 {
			local = true
			if len(a.dto.byName[tn]) > 0 {
				dto = true
			}
		}
	}
	return local && !dto
}

// anyTypeResult reports an origin that includes values of a type decoded
// in another file.
func (a *analyzer) anyTypeResult(o []int) bool {
	for _, x := range o {
		if a.dto.IsResult(x) {
			return true
		}
	}
	return false
}

// Conversions of a read, by the type they give it.
var conversions = map[string]string{
	"int.Parse": "int", "long.Parse": "int", "Int32.Parse": "int", "Int64.Parse": "int",
	"int.TryParse": "int", "long.TryParse": "int", "Convert.ToInt32": "int", "Convert.ToInt64": "int",
	"double.Parse": "float", "decimal.Parse": "float", "Convert.ToDouble": "float", "Convert.ToDecimal": "float",
	"Convert.ToString": "string", "Convert.ToBoolean": "bool", "bool.Parse": "bool",
}

// convType is the type a read is converted to on the spot: a cast
// ((int)x["id"]), a parse (int.Parse(f.Formid)), .ToString(),
// .Value<int>() / .ToObject<int>(); "" when none.
func (a *analyzer) convType(n *sitter.Node) string {
	p, child := a.ParentSkipping(n)
	if c := a.Up(n); c != nil && c.Type() == "cast_expression" && field(c, "value") == n {
		return a.scalarType(field(c, "type"))
	}
	if p == nil {
		return ""
	}
	switch p.Type() {
	case "argument":
		al := a.Up(p)
		if al == nil {
			return ""
		}
		call := a.Up(al)
		if call == nil || call.Type() != "invocation_expression" {
			return ""
		}
		if args := a.args(call); len(args) == 0 || unwrap(args[0]) != child {
			return ""
		}
		return conversions[a.Spelled(unwrap(field(call, "function")))]
	case "member_access_expression":
		if a.memberObject(p) != child {
			return ""
		}
		switch a.memberName(p) {
		case "ToString":
			return "string"
		case "Value", "ToObject":
			if g := genericOf(p); g != nil {
				if ta := a.typeArgs(g); ta != nil && ta.NamedChildCount() > 0 {
					return a.scalarType(ta.NamedChild(0))
				}
			}
		}
	}
	return ""
}

// valueIdent reports an identifier used as a value where it stands (an
// operand, an argument, a returned or assigned value, the receiver of a
// member access), not a name being declared, a type, or a member name.
func (a *analyzer) valueIdent(n *sitter.Node) bool {
	p := a.Up(n)
	if p == nil {
		return false
	}
	is := func(name string) bool { return field(p, name) == n }
	switch p.Type() {
	case "argument", "binary_expression", "return_statement", "arrow_expression_clause", "conditional_expression",
		"interpolation", "equals_value_clause", "parenthesized_expression", "prefix_unary_expression", "initializer_expression":
		return true
	case "member_access_expression", "element_access_expression", "is_pattern_expression":
		return is("expression")
	case "conditional_access_expression":
		return is("condition")
	case "cast_expression":
		return is("value")
	case "assignment_expression", "foreach_statement":
		return is("right")
	case "if_statement", "while_statement":
		return is("condition")
	case "switch_statement", "switch_expression":
		return is("value")
	}
	return false
}

// ownMemberRead emits a read of a member of the enclosing DTO class made
// in the class's own code without a receiver (`data_value`,
// `this.data_value`: a computed property over the wire members). It
// reads the wire field the member declares, with the class's origin. A
// local or parameter of the same name hides the member; a member with a
// JSON attribute is reported at the attribute.
func (a *analyzer) ownMemberRead(id, whole *sitter.Node) {
	if a.dto == nil || a.isWriteTarget(whole) {
		return
	}
	name := a.Text(id)
	if s := a.scopes.Declaring(name, id); s != nil && s != a.scopes.Global {
		return
	}
	if p := a.Up(whole); p != nil && p.Type() == "invocation_expression" && field(p, "function") == whole {
		return // a method of the class
	}
	types := a.enclosingTypes(id)
	if len(types) == 0 {
		return
	}
	for _, d := range a.dto.classes {
		if d.node != types[0] {
			continue
		}
		for _, p := range d.props {
			if a.Text(p.ident) != name || p.wire != nil || p.ident == id {
				continue
			}
			wire := name
			if p.bound && (!d.weak || a.mirrorsKey(name)) {
				wire = a.wireName(name)
			}
			a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
				Name: wire, Span: ir.Span{Start: int(id.StartByte()), End: int(id.EndByte())},
				Kind: ir.FieldAttr, Raw: wire == name, Origin: origins.Strip(a.originOf(d)), Receiver: d.name,
				Expr: ir.Span{Start: int(whole.StartByte()), End: int(whole.EndByte())}, Type: a.convType(whole),
			})
			return
		}
	}
}
