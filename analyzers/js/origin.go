package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"

	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
)

// Array methods whose callback receives elements of the receiver, with the
// index of the element parameter.
var elementCallbacks = map[string]int{
	"map": 0, "forEach": 0, "filter": 0, "find": 0, "findLast": 0, "findIndex": 0,
	"some": 0, "every": 0, "flatMap": 0, "sort": 0, "reduce": 1, "reduceRight": 1,
	"then": 0, "each": 0, "toSorted": 0, "groupBy": 0,
}

// Helper libraries whose functions take the collection as first argument
// (_.map(list, fn), $.each(list, fn)).
var collectionLibs = map[string]bool{"_": true, "lodash": true, "$": true, "jQuery": true, "R": true, "Object": true, "Array": true}

// origin returns the URL IDs of the requests whose response n holds (see
// the ir package: calls with URL arguments, .json(), await, .then
// callbacks, property access, iteration).
func (a *analyzer) origin(n *sitter.Node, depth int) []int {
	if n == nil || depth > tsfront.MaxEval {
		return nil
	}
	casts := a.castTypes(n)
	n = unwrap(n)
	o := a.flow.Of(n, depth)
	for _, t := range casts {
		o = a.typedOrigins(o, t)
	}
	return o
}

// castTypes returns the types a value is cast to by the wrappers around
// it (`x as Form[]`, `<Form>x`, `x satisfies Form`).
func (a *analyzer) castTypes(n *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for i := 0; n != nil && i < 16; i++ {
		c := int(n.NamedChildCount())
		switch n.Type() {
		case "as_expression", "satisfies_expression":
			if c < 2 {
				return out
			}
			out = append(out, n.NamedChild(c-1))
			n = n.NamedChild(0)
		case "type_assertion":
			if c < 2 {
				return out
			}
			out = append(out, n.NamedChild(0))
			n = n.NamedChild(c - 1)
		case "parenthesized_expression", "non_null_expression":
			if c == 0 {
				return out
			}
			n = n.NamedChild(0)
		default:
			return out
		}
	}
	return out
}

// typedOrigins adds to the origin of a value that no request of this file
// is known to answer (a call of another module, a copied value) the type
// it is declared or cast with: a "T{}" origin, which the repository pass
// fills with what another file decodes into the type, and by which the
// engine knows a type whose members are a v1 response's.
func (a *analyzer) typedOrigins(o []int, typ *sitter.Node) []int {
	if !a.useTypes || a.types == nil || typ == nil {
		return o
	}
	for _, x := range o {
		if x != origins.Unknown && !isParamIn(x) && (x < 0 || x >= len(a.IR.URLs) || a.IR.URLs[x].Role != ir.RoleResult) {
			return o
		}
	}
	tr := a.types.typeResults(a, typ)
	if len(tr) > 0 {
		// the type the file gives a value says what it is, rather
		// than what callers in other files pass (params.go)
		o = own(o)
	}
	return origins.Union(o, tr)
}

func (a *analyzer) originUncached(n *sitter.Node, depth int) []int {
	switch n.Type() {
	case "await_expression":
		if n.NamedChildCount() == 0 {
			return nil
		}
		inner := unwrap(n.NamedChild(0))
		o := a.origin(inner, depth+1)
		if len(own(o)) == 0 && a.opaqueCall(inner) {
			return []int{origins.Unknown}
		}
		return o
	case "call_expression", "new_expression":
		return a.originCall(n, depth)
	case "identifier", "shorthand_property_identifier":
		var o []int
		for _, b := range a.scopes.Lookup(a.Text(n), n) {
			o = origins.Union(o, a.flow.Bound(b, depth+1))
		}
		return o
	case "this":
		return a.originThis(n, depth)
	case "member_expression", "subscript_expression":
		if _, ok := a.envName(n); ok {
			return nil
		}
		o := a.origin(field(n, "object"), depth+1)
		if n.Type() == "member_expression" {
			if obj := unwrap(field(n, "object")); obj != nil && obj.Type() == "this" {
				for _, b := range a.members[a.classOf(n)][a.Text(field(n, "property"))] {
					if b.kind == bindValue && b.value != nil {
						o = origins.Union(o, a.origin(b.value, depth+1))
					}
				}
			}
		}
		return o
	case "ternary_expression":
		return origins.Union(a.origin(field(n, "consequence"), depth+1), a.origin(field(n, "alternative"), depth+1))
	case "binary_expression":
		switch a.Operator(n) {
		case "||", "??", "&&":
			return origins.Union(a.origin(field(n, "left"), depth+1), a.origin(field(n, "right"), depth+1))
		}
	case "array":
		var o []int
		for _, c := range a.Kids(n) {
			o = origins.Union(o, a.origin(c, depth+1))
		}
		return o
	case "spread_element":
		if n.NamedChildCount() > 0 {
			return a.origin(n.NamedChild(0), depth+1)
		}
	case "assignment_expression":
		return a.origin(field(n, "right"), depth+1)
	case "sequence_expression":
		c := int(n.NamedChildCount())
		if c > 0 {
			return a.origin(n.NamedChild(c-1), depth+1)
		}
	}
	return nil
}

// opaqueCall reports a call whose result the file cannot trace: not a local
// function, not a request. Awaiting one (`await findForm(id)`, a client
// method from another module) yields "some response of this file".
func (a *analyzer) opaqueCall(n *sitter.Node) bool {
	if n == nil || n.Type() != "call_expression" {
		return false
	}
	if a.calleeFunction(n, 0) != nil {
		return false
	}
	if a.isRequire(n) {
		return false
	}
	return true
}

// Functions that read a local file: what they give is the program's own
// data (a saved export, a spreadsheet), not a response.
var localReaders = map[string]bool{
	"fs.readFileSync": true, "fs.readFile": true, "readFileSync": true, "readFile": true,
	"fs.promises.readFile": true, "fsp.readFile": true, "fsPromises.readFile": true,
	"fs.readJson": true, "fs.readJsonSync": true, "fse.readJson": true, "fse.readJsonSync": true,
	"readJson": true, "readJsonSync": true, "jsonfile.readFile": true, "jsonfile.readFileSync": true,
	"XLSX.readFile": true, "xlsx.readFile": true, "XLSX.read": true, "Deno.readTextFile": true,
	"Deno.readTextFileSync": true, "Bun.file": true,
}

// localFile reports a call that reads a local file (see localReaders), or
// requires a data file (require("./forms.json")).
func (a *analyzer) localFile(n *sitter.Node) bool {
	if n.Type() != "call_expression" {
		return false
	}
	if a.isRequire(n) {
		if args := a.args(n); len(args) > 0 {
			if s, ok := a.constString(args[0]); ok {
				s = strings.ToLower(s)
				return strings.HasSuffix(s, ".json") || strings.HasSuffix(s, ".csv")
			}
		}
		return false
	}
	return localReaders[strings.ReplaceAll(a.Spelled(a.callee(n)), "?.", ".")]
}

func (a *analyzer) originCall(n *sitter.Node, depth int) []int {
	if a.localFile(n) {
		return []int{ir.OriginLocal}
	}
	o := append([]int(nil), a.URLAt[n]...)
	args := a.args(n)
	for _, arg := range args {
		o = origins.Union(o, a.urlOfArg(arg))
	}
	f := a.callee(n)
	if f != nil && f.Type() == "member_expression" {
		recv := field(f, "object")
		ro := a.origin(recv, depth+1)
		prop := a.Text(field(f, "property"))
		if _, ok := keepsElements[prop]; !ok {
			// a parameter passed in by other modules may be a client
			// (http.get(url)) or a database: what its methods give is
			// not what was passed
			ro = own(ro)
		}
		o = origins.Union(o, ro)
		if prop == "then" && len(args) > 0 {
			if cb := unwrap(args[0]); cb != nil && isFunction(cb) {
				o = origins.Union(o, a.flow.Returned(cb, depth+1))
			}
		}
		if len(own(ro)) == 0 {
			o = origins.Union(o, a.argOrigins(args, depth))
		}
	} else {
		o = origins.Union(o, a.argOrigins(args, depth))
	}
	if fn := a.calleeFunction(n, 0); fn != nil {
		o = origins.Union(o, a.flow.Returned(fn, depth+1))
	}
	// useState<Form[]>(), store.get<Form>(): a call typed with a type
	// that decodes responses returns such a value.
	if a.useTypes && a.types != nil {
		o = origins.Union(o, a.types.requestOrigins(a, field(n, "type_arguments")))
	}
	if len(a.URLAt[n]) > 0 {
		// a request's response is not what other modules passed in,
		// though it sends that (http.post(url, forms))
		o = own(o)
	}
	if len(own(o)) == 0 {
		if name := a.importedCallee(f, n); name != "" {
			return []int{a.externalCall(n, name)}
		}
	}
	if len(own(o)) == 0 && a.awaitedCallee(n) && a.opaqueCall(n) {
		return []int{origins.Unknown}
	}
	return o
}

// importedCallee returns the name of the imported function a call calls
// (listForms of `import {listForms} from "./client"`, or of
// `client.listForms()` with `import * as client`), or "".
func (a *analyzer) importedCallee(f, call *sitter.Node) string {
	if f == nil {
		return ""
	}
	var id, name *sitter.Node
	switch f.Type() {
	case "identifier":
		id, name = f, f
	case "member_expression":
		id, name = unwrap(field(f, "object")), field(f, "property")
	}
	if id == nil || name == nil || id.Type() != "identifier" {
		return ""
	}
	bs := a.scopes.Lookup(a.Text(id), call)
	if len(bs) == 0 || bs[len(bs)-1].kind != bindImport {
		return ""
	}
	return a.Text(name)
}

// externalCall stands for the result of a function imported from another
// module: a URL made of one hole named "name()", which the repository
// pass fills when another file offers what that function returns or
// requests (see offerFunctions). Until then it is nothing: a hole alone is
// neither Kobo nor anything else.
func (a *analyzer) externalCall(call *sitter.Node, name string) int {
	if id, ok := a.extCalls[call]; ok {
		return id
	}
	id := a.B.AddURL(ir.Result(name, ir.Span{Start: int(call.StartByte()), End: int(call.EndByte())}))
	if a.extCalls == nil {
		a.extCalls = map[*sitter.Node]int{}
	}
	a.extCalls[call] = id
	return id
}

// argOrigins: a value computed from responses (JSON.parse(body),
// Object.values(data)) keeps their origins.
func (a *analyzer) argOrigins(args []*sitter.Node, depth int) []int {
	var o []int
	for _, arg := range args {
		if isFunction(unwrap(arg)) {
			continue
		}
		o = origins.Union(o, a.origin(arg, depth+1))
	}
	return o
}

// urlOfArg returns the URL IDs emitted for an argument, directly or for the
// definition of the variable it names.
func (a *analyzer) urlOfArg(arg *sitter.Node) []int {
	return a.URLAt.Of(unwrap(arg), func(id *sitter.Node) (*sitter.Node, bool) {
		if b := pick(a.scopes.Lookup(a.Text(id), id), id.StartByte()); b != nil && b.kind == bindValue && b.value != nil && b.path == nil {
			return unwrap(b.value), true
		}
		return nil, false
	})
}

// returnOriginUncached is the Flow's step for what function fn returns.
func (a *analyzer) returnOriginUncached(fn *sitter.Node, depth int) []int {
	var o []int
	body := field(fn, "body")
	if body != nil && body.Type() != "statement_block" {
		o = a.origin(body, depth+1)
	} else if body != nil {
		a.Nav.Returns(body, isFunction, func(v *sitter.Node) {
			o = origins.Union(o, a.origin(v, depth+1))
		}, "return_statement")
	}
	if a.useTypes && a.types != nil {
		o = origins.Union(o, a.types.requestOrigins(a, field(fn, "return_type")))
	}
	return o
}

// bindingOriginUncached is the Flow's step for the value b gives its
// name.
func (a *analyzer) bindingOriginUncached(b *binding, depth int) []int {
	var o []int
	switch b.kind {
	case bindValue, bindIter:
		if !b.isDefault {
			o = a.origin(b.value, depth+1)
		}
	case bindParam:
		o = a.paramOrigin(b.fn, b.index, depth+1)
		if b.value != nil {
			o = origins.Union(o, a.origin(b.value, depth+1))
		}
	}
	if a.useTypes && a.types != nil && b.typ != nil {
		o = origins.Union(o, a.types.requestOrigins(a, b.typ))
		if len(o) == 0 && !copiedValue(b.value) {
			o = a.types.foreignOrigins(a, b.typ)
		}
		o = a.typedOrigins(o, b.typ)
	}
	o = origins.Union(o, a.extra[b])
	if b.kind == bindParam {
		o = a.withParamIn(o, b.fn, b.index)
	}
	return o
}

// copiedValue reports a value read from a variable or a member (`const
// body: Body = req.body`) whose origin is none: typing it with a
// response type does not make it a response.
func copiedValue(v *sitter.Node) bool {
	v = unwrap(v)
	if v == nil {
		return false
	}
	switch v.Type() {
	case "identifier", "member_expression", "subscript_expression", "object", "array", "string", "number":
		return true
	}
	return false
}

// paramOrigin gives callback parameters the origin of what they are called
// with: elements of the array for .map/.forEach, the resolved value for
// .then, the response for a callback handed to a request call.
func (a *analyzer) paramOrigin(fn *sitter.Node, index int, depth int) []int {
	if fn == nil {
		return nil
	}
	p, child := a.ParentSkipping(fn)
	if p == nil {
		return nil
	}
	switch p.Type() {
	case "arguments":
		call := a.Up(p)
		if call == nil {
			return nil
		}
		if ids := a.URLAt[call]; len(ids) > 0 && a.req.Classify(call) != nil {
			return ids
		}
		f := a.callee(call)
		if f == nil || f.Type() != "member_expression" {
			return nil
		}
		recv := field(f, "object")
		prop := a.Text(field(f, "property"))
		if r := unwrap(recv); collectionLibs[a.Spelled(r)] && a.isGlobalName(r) {
			if args := a.args(call); len(args) > 0 && args[0] != child {
				return a.origin(args[0], depth+1)
			}
			return nil
		}
		want, ok := elementCallbacks[prop]
		if !ok || index != want && (prop != "sort" || index != 1) {
			return nil
		}
		o := a.origin(recv, depth+1)
		if len(o) == 0 && prop == "then" && a.opaqueCall(unwrap(recv)) {
			return []int{origins.Unknown}
		}
		return o
	case "pair":
		// $.ajax({url, success: function (data) {...}})
		if obj := a.Up(p); obj != nil {
			if al := a.Up(obj); al != nil && al.Type() == "arguments" {
				if call := a.Up(al); call != nil && a.req.Classify(call) != nil {
					return a.URLAt[call]
				}
			}
		}
	case "assignment_expression":
		// xhr.onload = function () {...}: the event's target is xhr.
		if left := field(p, "left"); left != nil && left.Type() == "member_expression" {
			return a.origin(field(left, "object"), depth+1)
		}
	}
	return nil
}

// originThis handles `this.responseText` inside xhr.onload = function ().
func (a *analyzer) originThis(n *sitter.Node, depth int) []int {
	for p := a.Up(n); p != nil; p = a.Up(p) {
		if !isFunction(p) {
			continue
		}
		if p.Type() == "arrow_function" {
			continue
		}
		if q, _ := a.ParentSkipping(p); q != nil && q.Type() == "assignment_expression" {
			if left := field(q, "left"); left != nil && left.Type() == "member_expression" {
				return a.origin(field(left, "object"), depth+1)
			}
		}
		return nil
	}
	return nil
}

// paramSlotOrigin is the origin of the value passed as parameter index of
// fn (used for destructured parameters).
func (a *analyzer) paramSlotOrigin(fn *sitter.Node, index int, typ *sitter.Node) []int {
	o := a.paramOrigin(fn, index, 0)
	if a.useTypes && a.types != nil && typ != nil {
		o = origins.Union(o, a.types.requestOrigins(a, typ))
		if len(o) == 0 {
			o = a.types.foreignOrigins(a, typ)
		}
		o = a.typedOrigins(o, typ)
	}
	return a.withParamIn(o, fn, index)
}

// isGlobalName reports an identifier that no local declaration binds (a
// library global such as _ or $), as opposed to a parameter named `_`.
func (a *analyzer) isGlobalName(n *sitter.Node) bool {
	if n == nil || n.Type() != "identifier" {
		return false
	}
	for _, b := range a.scopes.Lookup(a.Text(n), n) {
		if b.kind != bindImport {
			return false
		}
	}
	return true
}
