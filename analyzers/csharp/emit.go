package csharp

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/js/textscan"
	"github.com/kobolint/kobolint/internal/ir"
)

// emit walks the tree in source order: request URLs (with wrappers and
// BaseAddress expanded), then maximal string-building expressions whose
// literal text has '/' or '.', then comments.
func (a *analyzer) emit(n *sitter.Node, inURL bool, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type() {
	case "comment":
		a.comment(n)
		return
	case "using_directive", "attribute_list", "preprocessor_call", "nullable_directive",
		"define_directive", "region_directive", "endregion_directive", "pragma_directive":
		// attributes hold wire names and routes, not URLs this code calls
		return
	case "identifier", "qualified_name":
		if !a.file.KoboHint && strings.Contains(strings.ToLower(a.text(n)), "kobo") {
			a.file.KoboHint = true
		}
		return
	case "invocation_expression":
		if f := field(n, "function"); f != nil && a.text(f) == "nameof" {
			return
		}
		a.emitRequest(n)
	case "object_creation_expression":
		a.emitRequest(n)
	}
	if a.handled[n] {
		inURL = true
	}
	if !inURL && a.candidate(n) {
		inURL = a.urlAt.Expr(&a.b, n, a.evalTop, a.context, a.def)
	}
	for _, c := range a.kids(n) {
		a.emit(c, inURL, depth+1)
	}
}

func (a *analyzer) candidate(n *sitter.Node) bool {
	switch n.Type() {
	case "string_literal", "verbatim_string_literal", "raw_string_literal", "utf8_string_literal":
		if p := a.up(n); p != nil && p.Type() == "argument" {
			if q := a.up(p); q != nil && q.Type() == "bracketed_argument_list" {
				return false // x["field"]: a field read
			}
		}
		return true
	case "interpolated_string_expression", "conditional_expression":
		return true
	case "binary_expression":
		op := a.operator(n)
		return op == "+" || op == "??"
	case "invocation_expression", "object_creation_expression":
		return true
	}
	return false
}

func (a *analyzer) emitRequest(call *sitter.Node) {
	rc := a.classify(call)
	if rc == nil || rc.urlArg == nil {
		return
	}
	if id, ok := a.urlAt.Request(&a.b, a.handled, a.requestParts(rc, nil, 0), rc.callee, call, rc.urlArg); ok {
		a.file.URLs[id].Method = a.methodOf(call, rc, 0)
	}
}

// context returns the role, variable and callee of an emitted expression.
func (a *analyzer) context(n *sitter.Node) (ir.Role, string, string) {
	p, child := a.parentSkipping(n)
	if p == nil {
		return ir.RoleUnknown, "", ""
	}
	switch p.Type() {
	case "equals_value_clause":
		if q := a.up(p); q != nil {
			return ir.RoleAssign, a.text(field(q, "name")), ""
		}
	case "variable_declarator":
		return ir.RoleAssign, a.text(field(p, "name")), ""
	case "assignment_expression":
		if r := field(p, "right"); r != nil && r == child {
			left := field(p, "left")
			if left != nil && left.Type() == "member_access_expression" {
				return ir.RoleAssign, a.memberName(left), ""
			}
			return ir.RoleAssign, a.spelled(left), ""
		}
	case "property_declaration":
		return ir.RoleAssign, a.text(field(p, "name")), ""
	case "arrow_expression_clause":
		if q := a.up(p); q != nil && q.Type() == "property_declaration" {
			return ir.RoleAssign, a.text(field(q, "name")), ""
		}
	case "argument":
		if al := a.up(p); al != nil {
			if call := a.up(al); call != nil {
				switch call.Type() {
				case "invocation_expression":
					return ir.RoleArg, "", a.spelled(field(call, "function"))
				case "object_creation_expression":
					return ir.RoleArg, "", "new " + a.spelled(field(call, "type"))
				}
			}
		}
	}
	return ir.RoleUnknown, "", ""
}

// def offers constants, static fields and properties of types to other
// files, by member name and by Type.Member.
func (a *analyzer) def(n *sitter.Node, parts []ir.Part) {
	p, _ := a.parentSkipping(n)
	if p == nil {
		return
	}
	var name *sitter.Node
	switch p.Type() {
	case "variable_declarator":
		if vd := a.up(p); vd != nil {
			if fd := a.up(vd); fd != nil && fd.Type() == "field_declaration" {
				name = field(p, "name")
			}
		}
	case "equals_value_clause":
		if q := a.up(p); q != nil && q.Type() == "variable_declarator" {
			if vd := a.up(q); vd != nil {
				if fd := a.up(vd); fd != nil && fd.Type() == "field_declaration" {
					name = field(q, "name")
				}
			}
		}
	case "property_declaration":
		name = field(p, "name")
	case "arrow_expression_clause":
		if q := a.up(p); q != nil && q.Type() == "property_declaration" {
			name = field(q, "name")
		}
	}
	if name == nil {
		return
	}
	member := a.text(name)
	a.file.Defs = append(a.file.Defs, ir.Def{Name: member, Parts: parts})
	if ts := a.enclosingTypes(name); len(ts) > 0 {
		if tn := field(ts[0], "name"); tn != nil {
			a.file.Defs = append(a.file.Defs, ir.Def{Name: a.text(tn) + "." + member, Parts: parts})
		}
	}
}

// comment emits URL-looking words as Comment URLs, and suppressions.
func (a *analyzer) comment(n *sitter.Node) {
	textscan.Comment(&a.b, a.src, int(n.StartByte()), int(n.EndByte()), a.line)
}
