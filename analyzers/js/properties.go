package js

import (
	"maps"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// Apps Script keeps a script's settings in a property store
// (PropertiesService.getScriptProperties(), the older ScriptProperties):
// getProperty("KEY") reads what setProperty("KEY", value) or
// setProperties({KEY: value}) wrote, in this file or another of the
// project. A read is a hole named KEY, like an environment variable, or
// the value this file writes under KEY; a constant write is offered to
// the other files under KEY.

// Property stores, as spelled, and the calls that return one.
var propertyStores = map[string]bool{
	"ScriptProperties": true, "UserProperties": true, "DocumentProperties": true,
	"PropertiesService.getScriptProperties": true, "PropertiesService.getUserProperties": true,
	"PropertiesService.getDocumentProperties": true,
}

// propertyStore reports an expression that is a property store: one of
// the globals, a call of a PropertiesService getter, or a variable
// holding one.
func (a *analyzer) propertyStore(n *sitter.Node) bool {
	n = unwrap(n)
	for i := 0; n != nil && i < 4; i++ {
		switch n.Type() {
		case "identifier":
			if propertyStores[a.Text(n)] {
				return true
			}
			v := a.resolveValue(n, 0)
			if v == nil || v == n {
				return false
			}
			n = unwrap(v)
		case "call_expression":
			return propertyStores[a.Spelled(a.callee(n))] && len(a.args(n)) == 0
		default:
			return false
		}
	}
	return false
}

// propertyCall returns the store method a call calls (getProperty,
// setProperty, setProperties) when its receiver is a property store.
func (a *analyzer) propertyCall(call *sitter.Node) string {
	if call.Type() != "call_expression" {
		return ""
	}
	f := a.callee(call)
	if f == nil || f.Type() != "member_expression" {
		return ""
	}
	m := a.Text(field(f, "property"))
	switch m {
	case "getProperty", "setProperty", "setProperties":
		if a.propertyStore(field(f, "object")) {
			return m
		}
	}
	return ""
}

// collectProperties records the constant keys this file writes to a
// property store, with the value written.
func (a *analyzer) collectProperties() {
	for _, call := range a.Calls {
		args := a.args(call)
		switch a.propertyCall(call) {
		case "setProperty":
			if len(args) >= 2 {
				if k, ok := a.constString(args[0]); ok && k != "" {
					a.setProps(k, args[1])
				}
			}
		case "setProperties":
			if len(args) >= 1 {
				if o := a.resolveValue(args[0], 0); o != nil && o.Type() == "object" {
					for _, c := range a.KidsOfType(o, "pair") {
						if k, ok := a.propName(field(c, "key")); ok && k != "" {
							a.setProps(k, field(c, "value"))
						}
					}
				}
			}
		}
	}
}

func (a *analyzer) setProps(key string, v *sitter.Node) {
	if a.props == nil {
		a.props = map[string]*sitter.Node{}
	}
	if _, seen := a.props[key]; !seen {
		a.props[key] = v
	}
}

// evalProperty is the value of getProperty("KEY"): what this file writes
// under KEY, else a hole named KEY. ok is false when call is no read of a
// constant key.
func (a *analyzer) evalProperty(call *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool, bool) {
	if a.propertyCall(call) != "getProperty" {
		return nil, false, false
	}
	args := a.args(call)
	if len(args) == 0 {
		return nil, false, false
	}
	k, ok := a.constString(args[0])
	if !ok || k == "" {
		return nil, false, false
	}
	if v := a.props[k]; v != nil {
		if p, ok := a.evalGuarded(v, e, depth+1); ok {
			return urlparts.WithVia(p, k), true, true
		}
	}
	return urlparts.Hole(call, k), false, true
}

// propertyDefs offers the constant values this file writes to a property
// store to the other files of the project, under their keys.
func (a *analyzer) propertyDefs() {
	for _, k := range slices.Sorted(maps.Keys(a.props)) {
		v := a.props[k]
		if p, ok := a.EvalTop(v); ok && urlparts.HasURLText(p) && !strings.ContainsAny(k, " \t") {
			a.IR.Defs = append(a.IR.Defs, ir.Def{Name: k, Parts: p})
		}
	}
}
