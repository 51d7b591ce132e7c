package csharp

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/internal/ir"
)

// emitter finds the URLs of a C# file (see tsfront.Base.Emit): request
// URLs with wrappers and BaseAddress expanded, then maximal
// string-building expressions whose literal text has '/' or '.'.
func (a *analyzer) emitter() tsfront.Emitter {
	return tsfront.Emitter{
		Comments: []string{"comment"},
		// attributes hold wire names and routes, not URLs this code calls
		Opaque: []string{"using_directive", "attribute_list", "preprocessor_call", "nullable_directive",
			"define_directive", "region_directive", "endregion_directive", "pragma_directive"},
		Visit: a.visit, Candidate: a.candidate, Role: a.role, Def: a.def,
	}
}

// visit handles names that hint at Kobo and request calls.
func (a *analyzer) visit(n *sitter.Node, _ bool) tsfront.Step {
	switch n.Type() {
	case "identifier", "qualified_name":
		a.Hint(n)
		return tsfront.Skip
	case "invocation_expression":
		if f := field(n, "function"); f != nil && a.Text(f) == "nameof" {
			return tsfront.Skip
		}
		a.emitRequest(n)
	case "object_creation_expression":
		a.emitRequest(n)
	}
	return tsfront.Walk
}

func (a *analyzer) candidate(n *sitter.Node) bool {
	switch n.Type() {
	case "string_literal", "verbatim_string_literal", "raw_string_literal", "utf8_string_literal":
		if p := a.Up(n); p != nil && p.Type() == "argument" {
			if q := a.Up(p); q != nil && q.Type() == "bracketed_argument_list" {
				return false // x["field"]: a field read
			}
		}
		return true
	case "interpolated_string_expression", "conditional_expression":
		return true
	case "binary_expression":
		op := a.Operator(n)
		return op == "+" || op == "??"
	case "invocation_expression", "object_creation_expression":
		return true
	}
	return false
}

func (a *analyzer) emitRequest(call *sitter.Node) {
	rc := a.req.Classify(call)
	if rc == nil || rc.urlArg == nil {
		return
	}
	if id, ok := a.URLAt.Request(&a.B, a.Handled, a.requestParts(rc, nil, 0), rc.callee, call, rc.urlArg); ok {
		a.IR.URLs[id].Method = a.methodOf(call, rc, 0)
	}
}

// role says what an expression is for from its parent p and the child of
// p it is in (see tsfront.Emitter.Role): the role, the variable it is
// stored in and the call it is passed to.
func (a *analyzer) role(p, child *sitter.Node) (ir.Role, string, string) {
	switch p.Type() {
	case "equals_value_clause":
		if q := a.Up(p); q != nil {
			return ir.RoleAssign, a.Text(field(q, "name")), ""
		}
	case "variable_declarator":
		return ir.RoleAssign, a.Text(field(p, "name")), ""
	case "assignment_expression":
		if r := field(p, "right"); r != nil && r == child {
			left := field(p, "left")
			if left != nil && left.Type() == "member_access_expression" {
				return ir.RoleAssign, a.memberName(left), ""
			}
			return ir.RoleAssign, a.Spelled(left), ""
		}
	case "property_declaration":
		return ir.RoleAssign, a.Text(field(p, "name")), ""
	case "arrow_expression_clause":
		if q := a.Up(p); q != nil && q.Type() == "property_declaration" {
			return ir.RoleAssign, a.Text(field(q, "name")), ""
		}
	case "argument":
		if al := a.Up(p); al != nil {
			if call := a.Up(al); call != nil {
				switch call.Type() {
				case "invocation_expression":
					return ir.RoleArg, "", a.Spelled(field(call, "function"))
				case "object_creation_expression":
					return ir.RoleArg, "", "new " + a.Spelled(field(call, "type"))
				}
			}
		}
	}
	return ir.RoleUnknown, "", ""
}

// def offers constants, static fields and properties of types to other
// files, by member name and by Type.Member.
func (a *analyzer) def(n *sitter.Node, parts []ir.Part) {
	p, _ := a.ParentSkipping(n)
	if p == nil {
		return
	}
	var name *sitter.Node
	switch p.Type() {
	case "variable_declarator":
		if vd := a.Up(p); vd != nil {
			if fd := a.Up(vd); fd != nil && fd.Type() == "field_declaration" {
				name = field(p, "name")
			}
		}
	case "equals_value_clause":
		if q := a.Up(p); q != nil && q.Type() == "variable_declarator" {
			if vd := a.Up(q); vd != nil {
				if fd := a.Up(vd); fd != nil && fd.Type() == "field_declaration" {
					name = field(q, "name")
				}
			}
		}
	case "property_declaration":
		name = field(p, "name")
	case "arrow_expression_clause":
		if q := a.Up(p); q != nil && q.Type() == "property_declaration" {
			name = field(q, "name")
		}
	}
	if name == nil {
		return
	}
	member := a.Text(name)
	a.IR.Defs = append(a.IR.Defs, ir.Def{Name: member, Parts: parts})
	if ts := a.enclosingTypes(name); len(ts) > 0 {
		if tn := field(ts[0], "name"); tn != nil {
			a.IR.Defs = append(a.IR.Defs, ir.Def{Name: a.Text(tn) + "." + member, Parts: parts})
		}
	}
}
