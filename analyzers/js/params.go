package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/internal/ir"
)

// Responses cross modules as arguments: kc.js returns KoboCAT's form list,
// main.js passes it on (titles(await formList())), and report.js reads it
// (export function titles(forms) { return forms.map((f) => f.title) }).
// The caller offers the URL of what it passes as argument i of an
// imported function under ir.ParamDef(name, i); the module that exports
// the function, and does not call it itself, reads parameter i as an
// ir.ParamIn result, which the repository pass fills with that URL.
//
// In the flow a parameter so passed in has a marker origin (paramIn0 up),
// not a URL ID: its URL is added to the file only where a field read uses
// it, and the marker counts for nothing else (known), so that a parameter
// holding an HTTP client or a database keeps the meaning it had.

// paramIn0 is the first marker origin; markers stay far below every
// other origin (ir.OriginFile, ir.OriginLocal, origins.Unknown).
const paramIn0 = -1 << 30

// maxParamIns bounds the markers of one file.
const maxParamIns = 1 << 20

// isParamIn tells a marker origin.
func isParamIn(x int) bool { return x >= paramIn0 && x < paramIn0+maxParamIns }

// known returns o without origins.Unknown and without the markers of
// parameters passed in by other modules: the requests this file knows a
// value comes from.
func known(o []int) []int {
	out := o[:0:0]
	for _, x := range o {
		if x != origins.Unknown && !isParamIn(x) {
			out = append(out, x)
		}
	}
	return out
}

// own returns o without the markers of parameters passed in by other
// modules: what the file itself says of a value.
func own(o []int) []int {
	for _, x := range o {
		if isParamIn(x) {
			out := make([]int, 0, len(o))
			for _, y := range o {
				if !isParamIn(y) {
					out = append(out, y)
				}
			}
			return out
		}
	}
	return o
}

// keepsElements are the array methods whose result holds elements of
// the receiver (besides those taking element callbacks).
var keepsElements = map[string]struct{}{
	"map": {}, "filter": {}, "find": {}, "findLast": {}, "flatMap": {}, "sort": {}, "toSorted": {},
	"reduce": {}, "reduceRight": {}, "slice": {}, "concat": {}, "flat": {}, "reverse": {},
	"toReversed": {}, "at": {}, "values": {}, "entries": {}, "then": {},
}

// paramIns holds the markers of one file: the ParamIn URL each stands
// for, and its ID once a field read has added it.
type paramIns struct {
	byName map[string]int
	urls   []ir.URL
	ids    map[int]int
	// exported caches exportedUncalled, by function node
	exported map[*sitter.Node]string
}

// readOrigin is the origin of a field read: o without origins.Unknown,
// each marker replaced by its ParamIn URL (added on first use).
func (a *analyzer) readOrigin(o []int) []int {
	var out []int
	for _, x := range o {
		switch {
		case x == origins.Unknown:
		case isParamIn(x):
			id, ok := a.params.ids[x]
			if !ok {
				id = a.B.AddURL(a.params.urls[x-paramIn0])
				if a.params.ids == nil {
					a.params.ids = map[int]int{}
				}
				a.params.ids[x] = id
			}
			out = origins.Union(out, []int{id})
		default:
			out = origins.Union(out, []int{x})
		}
	}
	return out
}

// paramIn returns the marker of parameter i of fn when fn is a top-level
// function the module exports and does not call itself, so that only
// other modules pass its arguments.
func (a *analyzer) paramIn(fn *sitter.Node, i int) (int, bool) {
	name := a.exportedUncalled(fn)
	if name == "" || a.restParam(fn, i) {
		return 0, false
	}
	def := ir.ParamDef(name, i)
	if x, ok := a.params.byName[def]; ok {
		return x, true
	}
	if len(a.params.urls) >= maxParamIns {
		return 0, false
	}
	if a.params.byName == nil {
		a.params.byName = map[string]int{}
	}
	x := paramIn0 + len(a.params.urls)
	a.params.byName[def] = x
	at := int(fn.StartByte())
	a.params.urls = append(a.params.urls, ir.ParamIn(name, i, ir.Span{Start: at, End: at}))
	return x, true
}

// withParamIn adds to o, the origin the file gives parameter i of fn,
// the marker of that parameter, if it has one. A parameter the file
// knows something of (a type that other files decode into, a default)
// keeps that alone: the type says what callers pass.
func (a *analyzer) withParamIn(o []int, fn *sitter.Node, i int) []int {
	if fn == nil || len(o) > 0 {
		return o
	}
	if x, ok := a.paramIn(fn, i); ok {
		return origins.Union(o, []int{x})
	}
	return o
}

// restParam reports a parameter i that gathers the rest of the arguments
// (...forms), or one fn does not declare.
func (a *analyzer) restParam(fn *sitter.Node, i int) bool {
	ps := field(fn, "parameters")
	if ps == nil {
		return i != 0 || field(fn, "parameter") == nil
	}
	kids := a.Kids(ps)
	if i >= len(kids) {
		return true
	}
	p := kids[i]
	if p.Type() == "required_parameter" || p.Type() == "optional_parameter" {
		p = field(p, "pattern")
	}
	return p == nil || p.Type() == "rest_pattern" || p.Type() == "comment"
}

// exportedUncalled returns the name under which the module exports fn,
// a top-level function (export function f, export const f = () => ...,
// export {f}, exports.f = ..., module.exports = {f}), when no code of the
// file uses that name but to declare and export it; else "".
func (a *analyzer) exportedUncalled(fn *sitter.Node) string {
	if name, ok := a.params.exported[fn]; ok {
		return name
	}
	name := a.findExportedUncalled(fn)
	if a.params.exported == nil {
		a.params.exported = map[*sitter.Node]string{}
	}
	a.params.exported[fn] = name
	return name
}

func (a *analyzer) findExportedUncalled(fn *sitter.Node) string {
	var decl *sitter.Node // the identifier that names fn
	var stmt *sitter.Node // the top-level statement that declares it
	exported := false
	switch fn.Type() {
	case "function_declaration", "generator_function_declaration":
		decl, stmt = field(fn, "name"), fn
	case "arrow_function", "function_expression", "function":
		p, _ := a.ParentSkipping(fn)
		if p == nil {
			return ""
		}
		switch p.Type() {
		case "variable_declarator":
			decl = field(p, "name")
			stmt = a.Up(p)
			if stmt == nil || stmt.Type() != "lexical_declaration" && stmt.Type() != "variable_declaration" {
				return ""
			}
		case "assignment_expression":
			// exports.f = function (forms) {...}
			name, ok := exportedMember(a.Spelled(field(p, "left")))
			if !ok || !a.topLevel(a.Up(p)) {
				return ""
			}
			return name
		default:
			return ""
		}
	default:
		return ""
	}
	if decl == nil || decl.Type() != "identifier" || stmt == nil {
		return ""
	}
	if up := a.Up(stmt); up != nil && up.Type() == "export_statement" {
		stmt, exported = up, true
	}
	if !a.topLevel(stmt) {
		return ""
	}
	name := a.Text(decl)
	for _, r := range a.refs(name) {
		if r == decl {
			continue
		}
		top := a.topStatement(r)
		if top == nil || top == stmt {
			// a use inside the function itself: it calls itself
			return ""
		}
		if !a.exportsOnly(top) {
			return ""
		}
		exported = true
	}
	if !exported {
		return ""
	}
	return name
}

// exportedMember is f of exports.f or module.exports.f.
func exportedMember(left string) (string, bool) {
	for _, pre := range []string{"exports.", "module.exports."} {
		if rest, ok := strings.CutPrefix(left, pre); ok && rest != "" && !strings.ContainsAny(rest, ".[(") {
			return rest, true
		}
	}
	return "", false
}

// topLevel reports a statement of the program itself.
func (a *analyzer) topLevel(stmt *sitter.Node) bool {
	p := a.Up(stmt)
	return p != nil && p.Type() == "program"
}

// topStatement is the statement of the program that holds n.
func (a *analyzer) topStatement(n *sitter.Node) *sitter.Node {
	for n != nil {
		p := a.Up(n)
		if p != nil && p.Type() == "program" {
			return n
		}
		n = p
	}
	return nil
}

// exportsOnly reports a top-level statement that only exports names:
// export {f} (no alias, no re-export), exports.f = f, module.exports =
// {f}, module.exports.f = f.
func (a *analyzer) exportsOnly(stmt *sitter.Node) bool {
	switch stmt.Type() {
	case "export_statement":
		if field(stmt, "source") != nil || field(stmt, "declaration") != nil {
			return false
		}
		for _, c := range a.Kids(stmt) {
			if c.Type() != "export_clause" {
				return false
			}
			for _, s := range a.Kids(c) {
				if field(s, "alias") != nil {
					return false
				}
			}
		}
		return true
	case "expression_statement":
		e := stmt.NamedChild(0)
		if e == nil || e.Type() != "assignment_expression" {
			return false
		}
		left, right := a.Spelled(field(e, "left")), unwrap(field(e, "right"))
		if _, ok := exportedMember(left); ok {
			return right != nil && right.Type() == "identifier"
		}
		if left != "module.exports" || right == nil || right.Type() != "object" {
			return false
		}
		for _, c := range a.Kids(right) {
			switch c.Type() {
			case "shorthand_property_identifier":
			case "pair":
				if v := unwrap(field(c, "value")); v == nil || v.Type() != "identifier" {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	return false
}

// importedSource is the name of the imported function whose call gives
// value n when the file emitted that call as a relative path joined to
// the function's base (importedPathCall): n is the call, its await, or a
// variable assigned it once. Else "".
func (a *analyzer) importedSource(n *sitter.Node, depth int) string {
	n = unwrap(n)
	for n != nil && n.Type() == "await_expression" && n.NamedChildCount() > 0 {
		n = unwrap(n.NamedChild(0))
	}
	if n == nil || depth > 4 {
		return ""
	}
	switch n.Type() {
	case "identifier":
		bs := a.scopes.Lookup(a.Text(n), n)
		if len(bs) != 1 || bs[0].kind != bindValue || bs[0].path != nil || bs[0].value == nil {
			return ""
		}
		return a.importedSource(bs[0].value, depth+1)
	case "call_expression":
		if _, _, ok := a.importedPathCall(n, nil, 0); !ok {
			return ""
		}
		return a.importedCallee(a.callee(n), n)
	}
	return ""
}

// offerArguments offers, for a response passed as argument i of a
// function imported from another module of the repository
// (titles(await formList())), the URL it comes from under
// ir.ParamDef(name, i), once per name.
func (a *analyzer) offerArguments() {
	offered := origins.ParamOffers{}
	for _, call := range a.Calls {
		if call.Type() != "call_expression" || a.calleeFunction(call, 0) != nil {
			continue
		}
		name := a.importedFunc(call)
		if name == "" {
			continue
		}
		for i, arg := range a.args(call) {
			if arg.Type() == "spread_element" {
				break // the indices after it are not the parameters'
			}
			if isFunction(unwrap(arg)) {
				continue
			}
			def := ir.ParamDef(name, i)
			if offered[def] {
				continue
			}
			if f := a.importedSource(arg, 0); f != "" {
				// formList("t") reads as a path joined to what formList
				// puts before it; passed on, it is formList's response
				offered[def] = true
				h := ir.Part{Kind: ir.Hole, Name: ir.FuncDef(f), Span: ir.Span{Start: int(arg.StartByte()), End: int(arg.StartByte())}}
				a.IR.Defs = append(a.IR.Defs, ir.Def{Name: def, Parts: []ir.Part{h}})
				continue
			}
			offered.Offer(a.IR, name, i, a.readOrigin(a.origin(arg, 0)))
		}
	}
}
