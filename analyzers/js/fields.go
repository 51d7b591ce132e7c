package js

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// fields emits field reads: x["name"] always (with the receiver's origin,
// possibly none), x.name and destructured names only when the receiver has
// an origin.
func (a *analyzer) fields(root *sitter.Node) {
	a.Nav.WalkPruned(root, func(n *sitter.Node) bool {
		switch n.Type() {
		case "comment", "import_statement":
			return false
		case "subscript_expression":
			a.subscriptRead(n)
		case "member_expression":
			a.memberRead(n)
		case "variable_declarator":
			if pat := field(n, "name"); pat != nil && pat.Type() == "object_pattern" {
				if o := a.origin(field(n, "value"), 0); len(o) > 0 {
					a.patternReads(pat, o, a.rootName(field(n, "value")))
				}
			}
		case "for_in_statement":
			if a.HasToken(n, "of") {
				left := field(n, "left")
				if left != nil && (left.Type() == "lexical_declaration" || left.Type() == "variable_declaration") {
					for _, dcl := range a.Kids(left) {
						if dcl.Type() == "variable_declarator" {
							left = field(dcl, "name")
						}
					}
				}
				if left != nil && left.Type() == "object_pattern" {
					if o := a.origin(field(n, "right"), 0); len(o) > 0 {
						a.patternReads(left, o, a.rootName(field(n, "right")))
					}
				}
			}
		case "formal_parameters":
			a.paramPatternReads(n)
		}
		return true
	})
}

// isWriteTarget reports the left side of an assignment or an update.
func (a *analyzer) isWriteTarget(n *sitter.Node) bool {
	p := a.Up(n)
	if p == nil {
		return false
	}
	switch p.Type() {
	case "assignment_expression", "augmented_assignment_expression":
		l := field(p, "left")
		return l != nil && l == n
	case "update_expression":
		return true
	case "unary_expression":
		// delete x.f
		return p.ChildCount() > 0 && p.Child(0) != nil && p.Child(0).Type() == "delete"
	}
	return false
}

func (a *analyzer) subscriptRead(n *sitter.Node) {
	idx := field(n, "index")
	if idx == nil || a.isWriteTarget(n) {
		return
	}
	idx = unwrap(idx)
	name, ok := a.constString(idx)
	if !ok || name == "" {
		return
	}
	if _, env := a.envName(n); env {
		return
	}
	span, raw := a.nameSpan(idx)
	obj := field(n, "object")
	a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
		Name: name, Span: span, Kind: ir.FieldSubscript, Raw: raw,
		Origin: a.readOrigin(a.origin(obj, 0)), Receiver: a.rootName(obj),
		Access: accessSpan(n, obj), Expr: tsnode.Span(n), Type: a.convType(n),
	})
}

func (a *analyzer) memberRead(n *sitter.Node) {
	prop := field(n, "property")
	if prop == nil || prop.Type() != "property_identifier" || a.isWriteTarget(n) {
		return
	}
	// x.f(...) calls a method, it does not read a response field.
	if p := a.Up(n); p != nil && p.Type() == "call_expression" {
		if f := field(p, "function"); f != nil && f == n {
			return
		}
	} else if p != nil && p.Type() == "await_expression" {
		// `await x.get<T>(u)`: the TypeScript parse puts the callee here
		if q := a.Up(p); q != nil && q.Type() == "call_expression" {
			if f := field(q, "function"); f != nil && f == p {
				return
			}
		}
	}
	if _, env := a.envName(n); env {
		return
	}
	obj := field(n, "object")
	o := a.origin(obj, 0)
	if len(o) == 0 {
		return
	}
	a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
		Name: a.Text(prop), Span: ir.Span{Start: int(prop.StartByte()), End: int(prop.EndByte())},
		Kind: ir.FieldAttr, Raw: true, Origin: a.readOrigin(o), Receiver: a.rootName(obj),
		Access: accessSpan(n, obj), Expr: tsnode.Span(n), Type: a.convType(n),
	})
}

// accessSpan is the accessor of a read: `["f"]`, `.f`, `?.f`, `?.["f"]`.
func accessSpan(n, obj *sitter.Node) ir.Span {
	if obj == nil {
		return ir.Span{}
	}
	return ir.Span{Start: int(obj.EndByte()), End: int(n.EndByte())}
}

// patternReads emits the keys of a destructuring pattern as reads. A
// shorthand key is also the local name, so it is not raw: renaming it alone
// would break the code that uses the variable.
func (a *analyzer) patternReads(pat *sitter.Node, o []int, recv string) {
	for _, c := range a.Kids(pat) {
		switch c.Type() {
		case "shorthand_property_identifier_pattern":
			a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
				Name: a.Text(c), Span: ir.Span{Start: int(c.StartByte()), End: int(c.EndByte())},
				Kind: ir.FieldAttr, Origin: a.readOrigin(o), Receiver: recv,
			})
		case "object_assignment_pattern":
			if l := field(c, "left"); l != nil && l.Type() == "shorthand_property_identifier_pattern" {
				a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
					Name: a.Text(l), Span: ir.Span{Start: int(l.StartByte()), End: int(l.EndByte())},
					Kind: ir.FieldAttr, Origin: a.readOrigin(o), Receiver: recv,
				})
			}
		case "pair_pattern":
			k := field(c, "key")
			name, ok := a.propName(k)
			if !ok {
				continue
			}
			span, raw := a.nameSpan(k)
			a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
				Name: name, Span: span, Kind: ir.FieldAttr, Raw: raw, Origin: a.readOrigin(o), Receiver: recv,
			})
			if v := field(c, "value"); v != nil && v.Type() == "object_pattern" {
				a.patternReads(v, o, recv)
			}
		}
	}
}

// paramPatternReads handles `forms.map(({title}) => title)`.
func (a *analyzer) paramPatternReads(params *sitter.Node) {
	fn := a.Up(params)
	if fn == nil || !isFunction(fn) {
		return
	}
	for i, p := range a.Kids(params) {
		var pat, typ *sitter.Node
		switch p.Type() {
		case "required_parameter", "optional_parameter":
			pat, typ = field(p, "pattern"), field(p, "type")
		case "assignment_pattern":
			pat = field(p, "left")
		default:
			pat = p
		}
		if pat == nil || pat.Type() != "object_pattern" {
			continue
		}
		if o := a.paramSlotOrigin(fn, i, typ); len(o) > 0 {
			a.patternReads(pat, o, "")
		}
	}
}

// Conversion functions, by the type they give a read.
var conversions = map[string]string{
	"parseInt": "int", "Number.parseInt": "int", "Number": "int", "Math.trunc": "int",
	"parseFloat": "float", "Number.parseFloat": "float",
	"String": "string", "encodeURIComponent": "string", "Boolean": "bool",
}

// convType is the type a read is converted to on the spot
// (parseInt(f.formid), String(f.id), +f.id, f.id.toString()), or "".
func (a *analyzer) convType(n *sitter.Node) string {
	p, child := a.ParentSkipping(n)
	if p == nil {
		return ""
	}
	switch p.Type() {
	case "arguments":
		call := a.Up(p)
		if call == nil || call.Type() != "call_expression" {
			return ""
		}
		if args := a.args(call); len(args) == 0 || args[0] != child {
			return ""
		}
		return conversions[a.Spelled(a.callee(call))]
	case "unary_expression":
		if p.ChildCount() > 0 && p.Child(0).Type() == "+" {
			return "int"
		}
	case "member_expression":
		if field(p, "object") == child && a.Text(field(p, "property")) == "toString" {
			return "string"
		}
	}
	return ""
}

// scalarType normalises a TypeScript type annotation to the IR's types:
// number is "int" (the ids it holds are integers), string, boolean;
// unions with null or undefined keep the other side; anything else is "".
func (a *analyzer) scalarType(t *sitter.Node) string {
	for i := 0; t != nil && i < 8; i++ {
		switch t.Type() {
		case "type_annotation", "parenthesized_type", "opting_type_annotation":
			if t.NamedChildCount() == 0 {
				return ""
			}
			t = t.NamedChild(0)
		case "predefined_type":
			switch a.Text(t) {
			case "number", "bigint":
				return "int"
			case "string":
				return "string"
			case "boolean":
				return "bool"
			}
			return ""
		case "union_type":
			out := ""
			for _, c := range a.Kids(t) {
				if s := a.Text(c); s == "null" || s == "undefined" {
					continue
				}
				ct := a.scalarType(c)
				if ct == "" || out != "" && ct != out {
					return ""
				}
				out = ct
			}
			return out
		case "literal_type":
			if c := t.NamedChild(0); c != nil {
				switch c.Type() {
				case "number":
					return "int"
				case "string":
					return "string"
				case "true", "false":
					return "bool"
				}
			}
			return ""
		default:
			return ""
		}
	}
	return ""
}
