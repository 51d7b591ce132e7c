package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/views"

	"github.com/kobolint/kobolint/internal/ir"
)

// offerViews offers what the file renders views with: for
// view('kobo.projects')->with('projects', $rows), view('x', ['k' => $v]),
// view('x', compact('rows')) and View::make(...), the request whose
// response a variable holds, under the name the template's free
// variable stands for (see viewVar). The template then reads the fields
// of that response.
func (a *analyzer) offerViews() {
	seen := map[string]bool{}
	offer := func(view, variable string, value *sitter.Node) {
		if view == "" || variable == "" || value == nil {
			return
		}
		name := ir.FuncDef(views.Def(view, variable))
		if seen[name] {
			return
		}
		if u := a.firstURL(a.flow.Of(value, 0)); u != nil {
			seen[name] = true
			a.IR.Defs = append(a.IR.Defs, ir.Def{Name: name, Parts: u.Parts})
		}
	}
	for _, call := range a.Calls {
		view, data := a.viewCall(call)
		if view == "" {
			continue
		}
		a.viewData(call, data, func(k string, v *sitter.Node) { offer(view, k, v) })
		// ->with('k', $v) and ->with([...]) chained on the view
		for p, c := a.ParentSkipping(call); p != nil && (p.Type() == "member_call_expression" || p.Type() == "nullsafe_member_call_expression") && receiver(p) == c; p, c = a.ParentSkipping(p) {
			if a.methodName(p) != "with" {
				continue
			}
			args := a.args(p)
			switch len(args) {
			case 1:
				a.viewData(p, args[0], func(k string, v *sitter.Node) { offer(view, k, v) })
			case 2:
				if k, ok := a.constString(args[0]); ok {
					offer(view, k, args[1])
				}
			}
		}
	}
}

// viewCall returns the view a call renders and the data it passes.
func (a *analyzer) viewCall(call *sitter.Node) (view string, data *sitter.Node) {
	var name *sitter.Node
	switch call.Type() {
	case "function_call_expression":
		if a.callName(call) == "view" {
			name, data = a.arg(call, 0, "view"), a.arg(call, 1, "data")
		}
	case "scoped_call_expression":
		if a.scopeName(call) == "View" && a.methodName(call) == "make" {
			name, data = a.arg(call, 0, "view"), a.arg(call, 1, "data")
		}
	}
	if name == nil {
		return "", nil
	}
	v, ok := a.constString(name)
	if !ok || strings.ContainsAny(v, " /") {
		return "", nil
	}
	return v, data
}

// viewData calls f with each variable an array or compact() hands to a
// view, and the value it holds.
func (a *analyzer) viewData(at, data *sitter.Node, f func(name string, value *sitter.Node)) {
	if data == nil {
		return
	}
	d := a.resolveValue(data)
	if d == nil {
		return
	}
	switch d.Type() {
	case "array_creation_expression":
		keys, values := a.elements(d)
		for i, k := range keys {
			if s, ok := a.constString(k); ok {
				f(s, values[i])
			}
		}
	case "function_call_expression":
		if a.callName(d) != "compact" {
			return
		}
		for _, arg := range a.args(d) {
			if s, ok := a.constString(arg); ok {
				if bs := a.scopes.Lookup("$"+s, d); len(bs) > 0 {
					if b := pick(bs, d.StartByte()); b != nil && b.decl != nil {
						f(s, b.decl)
					}
				}
			}
		}
	}
}
