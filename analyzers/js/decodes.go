package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// A decode is where the code turns a response body into a value: JSON.parse
// of a response's text, res.json(), the .data of an axios response, the
// result of a typed request (http.get<T[]>()), and the calls of local
// wrappers that return one of those. Each is an ir.Decode; a v1 list
// decoded there is a page object in v2.

// pageResults reads a page's items after a decoded value.
func pageResults() string { return "." + names.PageItems() }

// decodeSite is one decode found in the file.
type decodeSite struct {
	// value is the expression whose value is the decoded body (the
	// JSON.parse call, the await of res.json(), the .data read).
	value *sitter.Node
	// span is where the Decode is reported (and Results appended).
	span *sitter.Node
	// results is what reads the page's items there ("" when no suffix
	// can: a promise, a typed decoder, a destructured name).
	results string
	// origin lists the requests whose body is decoded.
	origin []int
	// typed is the type annotation of the decode (http.get<T[]>()).
	typed *sitter.Node
	// bound is the name a destructuring declaration binds the body to
	// (forms in `const {data: forms} = await axios.get(url)`).
	bound *sitter.Node
}

// decodes records every place a response body is decoded (see above).
// Decodes inside a local wrapper are reported at the wrapper's call
// sites instead, with the URL of each call: appending the page's results
// is right for the calls of a list only.
func (a *analyzer) decodes() {
	var sites []decodeSite
	for _, call := range a.Calls {
		if d, ok := a.decodeAt(call); ok {
			sites = append(sites, d)
		}
	}
	a.Nav.Walk(a.root, func(n *sitter.Node) {
		switch n.Type() {
		case "member_expression":
			if d, ok := a.dataDecode(n); ok {
				sites = append(sites, d)
			}
		case "variable_declarator":
			if d, ok := a.dataPattern(n); ok {
				sites = append(sites, d)
			}
		}
	})
	for _, d := range sites {
		if fn := a.wrapperAround(d); fn != nil {
			a.decodeAtCalls(fn, d, 0)
			continue
		}
		n := len(a.IR.Decodes)
		asList := a.usedAsList(d.value, 0)
		if d.bound != nil {
			asList = a.bindingUsedAsList(a.bindingAt(d.bound), 0)
		}
		a.addDecode(d.span, d.origin, d.results, asList || a.listType(d.typed))
		if len(a.IR.Decodes) > n && d.typed == nil {
			a.IR.Decodes[n].Fetch = a.fetchStmt(d)
		}
	}
}

func (a *analyzer) addDecode(span *sitter.Node, origin []int, results string, asList bool) {
	var o []int
	for _, x := range known(origin) {
		if x != ir.OriginLocal && !a.isTypeResult(x) {
			o = append(o, x) // a local file is no response, a type no request
		}
	}
	if len(o) == 0 {
		return
	}
	a.IR.Decodes = append(a.IR.Decodes, ir.Decode{
		Span: tsnode.Span(span), Origin: o, Results: results, AsList: asList,
	})
}

// decodeAt recognises a decoding call: JSON.parse(text) of a response,
// res.json() (a promise: no suffix reads its results), and a request
// whose type argument says what its body is decoded into.
func (a *analyzer) decodeAt(call *sitter.Node) (decodeSite, bool) {
	if call.Type() != "call_expression" {
		return decodeSite{}, false
	}
	f := a.callee(call)
	if f == nil {
		return decodeSite{}, false
	}
	switch {
	case a.Spelled(f) == "JSON.parse":
		if args := a.args(call); len(args) > 0 {
			o := a.origin(args[0], 0)
			return decodeSite{value: call, span: call, results: pageResults(), origin: o}, len(known(o)) > 0
		}
	case f.Type() == "member_expression" && a.Text(field(f, "property")) == "json" && len(a.args(call)) == 0:
		o := a.origin(field(f, "object"), 0)
		d := decodeSite{value: a.awaited(call), span: call, origin: o}
		if v := d.value; v.Type() == "await_expression" {
			if p := a.Up(v); p != nil && p.Type() == "parenthesized_expression" {
				// (await res.json()) is the body: .results after it
				// reads a page's items
				d.value, d.span, d.results = p, p, pageResults()
			}
		}
		return d, len(known(o)) > 0
	}
	if ta := field(call, "type_arguments"); ta != nil && !a.axiosLike(call) {
		if rc := a.req.Classify(call); rc != nil && rc.wrap == nil {
			o := a.URLAt[call]
			return decodeSite{value: a.awaited(call), span: call, origin: o, typed: ta}, len(o) > 0
		}
	}
	return decodeSite{}, false
}

// dataDecode recognises `res.data` on the response of an axios-style
// request (the body, decoded): res.data.results reads a page's items.
func (a *analyzer) dataDecode(n *sitter.Node) (decodeSite, bool) {
	if a.Text(field(n, "property")) != "data" || a.isWriteTarget(n) {
		return decodeSite{}, false
	}
	call := a.responseCall(field(n, "object"), 0)
	if call == nil || !a.axiosLike(call) {
		return decodeSite{}, false
	}
	d := decodeSite{value: n, span: n, results: pageResults(), origin: a.URLAt[call], typed: field(call, "type_arguments")}
	return d, len(d.origin) > 0
}

// dataPattern recognises `const {data: forms} = await axios.get(url)`:
// the body of an axios-style response bound to a name. No suffix reads a
// page's items there (results ""); a loop can (ir.Fetch).
func (a *analyzer) dataPattern(decl *sitter.Node) (decodeSite, bool) {
	pat, value := field(decl, "name"), field(decl, "value")
	if pat == nil || value == nil || pat.Type() != "object_pattern" {
		return decodeSite{}, false
	}
	call := bare(value)
	if call == nil || call.Type() != "call_expression" || !a.axiosLike(call) {
		return decodeSite{}, false
	}
	for _, k := range a.KidsOfType(pat, "pair_pattern") {
		if name, ok := a.propName(field(k, "key")); !ok || name != "data" {
			continue
		}
		if v := field(k, "value"); v != nil && v.Type() == "identifier" {
			d := decodeSite{value: value, span: k, origin: a.URLAt[call], typed: field(call, "type_arguments"), bound: v}
			return d, len(d.origin) > 0
		}
	}
	return decodeSite{}, false
}

// responseCall follows a value back to the request call whose response
// object it is: the call itself, its await, a variable holding it, the
// parameter of a .then callback on it. nil when it is something else
// (a field of the body, say).
func (a *analyzer) responseCall(n *sitter.Node, depth int) *sitter.Node {
	if depth > 8 {
		return nil
	}
	n = unwrap(n)
	if n == nil {
		return nil
	}
	switch n.Type() {
	case "await_expression":
		if n.NamedChildCount() > 0 {
			return a.responseCall(n.NamedChild(0), depth+1)
		}
	case "call_expression":
		if rc := a.req.Classify(n); rc != nil && rc.wrap == nil && len(a.URLAt[n]) > 0 {
			return n
		}
	case "identifier":
		b := pick(a.scopes.Lookup(a.Text(n), n), n.StartByte())
		if b == nil || b.path != nil {
			return nil
		}
		switch b.kind {
		case bindValue:
			return a.responseCall(b.value, depth+1)
		case bindParam:
			// promise.then(res => res.data)
			p, _ := a.ParentSkipping(b.fn)
			if b.index != 0 || p == nil || p.Type() != "arguments" {
				return nil
			}
			call := a.Up(p)
			if call == nil || call.Type() != "call_expression" {
				return nil
			}
			f := a.callee(call)
			if f == nil || f.Type() != "member_expression" || a.Text(field(f, "property")) != "then" {
				return nil
			}
			return a.responseCall(field(f, "object"), depth+1)
		}
	}
	return nil
}

// axiosLike reports a request made with axios or a client of its kind
// (an axios.create instance, this.http, apiClient): its response object
// holds the decoded body in .data, and a type argument describes that body.
func (a *analyzer) axiosLike(call *sitter.Node) bool {
	rc := a.req.Classify(call)
	if rc == nil || rc.wrap != nil {
		return false
	}
	name := rc.callee
	if name == "axios" || strings.HasPrefix(name, "axios.") || rc.baseVia != "" && rc.baseVia != "baseURL" {
		return true
	}
	f := a.callee(call)
	if f == nil || f.Type() != "member_expression" {
		return false
	}
	if inst := a.resolveValue(field(f, "object"), 0); inst != nil && inst.Type() == "call_expression" {
		return a.Spelled(unwrap(field(inst, "function"))) == "axios.create"
	}
	return false
}

// awaited climbs from a promise-valued call to the await that resolves
// it, when there is one: its value is the decoded body.
func (a *analyzer) awaited(call *sitter.Node) *sitter.Node {
	n := call
	for i := 0; i < 8; i++ {
		p := a.Up(n)
		if p == nil {
			return n
		}
		switch p.Type() {
		case "await_expression":
			return p
		case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression":
			n = p
			continue
		}
		return call
	}
	return call
}

// wrapperAround returns the local wrapper whose request the decode reads,
// when the decoded value (or the decode of the wrapper's request) is what
// the wrapper is about: the decode is inside a wrapper and its origin is
// the wrapper's own request.
func (a *analyzer) wrapperAround(d decodeSite) *sitter.Node {
	for p := a.Up(d.span); p != nil; p = a.Up(p) {
		if !isFunction(p) {
			continue
		}
		w := a.Wrappers[p]
		if w == nil {
			continue
		}
		inner := a.URLAt[w.Inner]
		for _, o := range d.origin {
			for _, i := range inner {
				if o == i {
					return p
				}
			}
		}
	}
	return nil
}

// decodeAtCalls reports a decode made inside wrapper fn at each call of
// fn, with the URL that call requests. When fn returns the decoded value,
// the Decode is the call itself (a suffix there reads that call's page,
// unless fn is async or returns a promise); otherwise it stays where the
// body is decoded, which no suffix at the call can change.
func (a *analyzer) decodeAtCalls(fn *sitter.Node, d decodeSite, depth int) {
	if depth > 4 {
		return
	}
	returned := a.returnsValue(fn, d.value)
	for _, call := range a.Calls {
		if a.calleeFunction(call, 0) != fn {
			continue
		}
		ids := a.URLAt[call]
		if len(ids) == 0 {
			continue
		}
		if !returned {
			a.addDecode(d.span, ids, "", a.usedAsList(d.value, 0) || a.listType(d.typed))
			continue
		}
		if outer := a.enclosingWrapper(call); outer != nil && a.returnsValue(outer, call) {
			// a wrapper of the wrapper: its own calls say which URL
			a.decodeAtCalls(outer, decodeSite{value: call, span: call, results: d.results, origin: ids, typed: d.typed}, depth+1)
			if !a.pathWritten(call, fn) {
				continue
			}
			// this call names its path (this.get(`/api/v1/forms/${id}`)):
			// the decode is this call's too
		}
		results := d.results
		if a.isAsync(fn) {
			results = "" // a promise of the body
		}
		a.addDecode(call, ids, results, a.usedAsList(call, 0) || a.listType(d.typed) || a.listType(field(call, "type_arguments")))
	}
}

// pathWritten reports a call of wrapper fn whose URL argument spells a
// path (has URL text of its own), not only a parameter passed on.
func (a *analyzer) pathWritten(call, fn *sitter.Node) bool {
	w := a.Wrappers[fn]
	args := a.args(call)
	if w == nil || w.Index >= len(args) {
		return false
	}
	p, _ := a.EvalTop(args[w.Index])
	return urlparts.HasURLText(p)
}

// enclosingWrapper is the innermost function around n when it is a local
// wrapper.
func (a *analyzer) enclosingWrapper(n *sitter.Node) *sitter.Node {
	for p := a.Up(n); p != nil; p = a.Up(p) {
		if isFunction(p) {
			if a.Wrappers[p] != nil {
				return p
			}
			return nil
		}
	}
	return nil
}

// isAsync reports an async function: its calls give promises.
func (a *analyzer) isAsync(fn *sitter.Node) bool {
	return a.HasToken(fn, "async")
}

// returnsValue reports that fn returns the value of expression v: v is
// a return value (or the expression body), or held by a variable that is
// returned.
func (a *analyzer) returnsValue(fn, v *sitter.Node) bool {
	top := a.climbValue(v)
	p := a.Up(top)
	if p == nil {
		return false
	}
	switch p.Type() {
	case "return_statement":
		return a.EnclosingFunction(p) == fn
	case "arrow_function":
		return p == fn && field(p, "body") == top
	case "variable_declarator":
		name := field(p, "name")
		if name == nil || name.Type() != "identifier" || field(p, "value") != top {
			return false
		}
		found := false
		a.Nav.Returns(field(fn, "body"), isFunction, func(r *sitter.Node) {
			if r = unwrap(r); r.Type() == "identifier" && a.Text(r) == a.Text(name) {
				found = true
			}
		}, "return_statement")
		return found
	}
	return false
}

// climbValue climbs from v over syntax that keeps its value (parentheses,
// casts, await).
func (a *analyzer) climbValue(v *sitter.Node) *sitter.Node {
	for i := 0; i < 16; i++ {
		p := a.Up(v)
		if p == nil || !keepsValue.Climb[p.Type()] {
			return v
		}
		v = p
	}
	return v
}

// Members that read a value as a list (an array's length and methods).
var listMembers = map[string]bool{
	"length": true, "map": true, "forEach": true, "filter": true, "find": true, "findIndex": true,
	"findLast": true, "some": true, "every": true, "reduce": true, "reduceRight": true, "slice": true,
	"flatMap": true, "sort": true, "toSorted": true, "indexOf": true, "lastIndexOf": true, "at": true,
	"splice": true, "concat": true, "reverse": true,
}

// Functions of collection libraries whose first argument is read as a
// list (lodash, jQuery, Array.from).
var listFuncs = map[string]bool{
	"_.map": true, "_.each": true, "_.forEach": true, "_.filter": true, "_.find": true, "_.sortBy": true,
	"_.groupBy": true, "_.keyBy": true, "_.first": true, "_.last": true, "_.size": true,
	"$.each": true, "$.map": true, "jQuery.each": true, "jQuery.map": true, "Array.from": true,
}

// usedAsList reports that the value of expression v is used as a list:
// counted (.length), indexed by a number, iterated (for-of, forEach, map,
// lodash), spread into an array, given an array type; followed through
// the variables that hold it, .then callbacks, and the calls of a local
// function that returns it.
func (a *analyzer) usedAsList(v *sitter.Node, depth int) bool {
	if v == nil || depth > 6 {
		return false
	}
	top := a.climbValue(v)
	for p := a.Up(v); p != nil && p != a.Up(top); p = a.Up(p) {
		// (await res.json()) as Form[]
		if (p.Type() == "as_expression" || p.Type() == "satisfies_expression") && p.NamedChildCount() >= 2 && a.arrayType(p.NamedChild(int(p.NamedChildCount())-1)) {
			return true
		}
	}
	p := a.Up(top)
	if p == nil {
		return false
	}
	switch p.Type() {
	case "member_expression":
		if field(p, "object") != top {
			return false
		}
		prop := a.Text(field(p, "property"))
		if listMembers[prop] {
			return true
		}
		if prop == "then" {
			return a.callbackUsesList(a.Up(p), depth)
		}
	case "subscript_expression":
		return field(p, "object") == top && a.numericIndex(field(p, "index"))
	case "for_in_statement":
		return a.HasToken(p, "of") && field(p, "right") == top
	case "spread_element":
		q := a.Up(p)
		return q != nil && q.Type() == "array"
	case "variable_declarator":
		name := field(p, "name")
		if field(p, "value") != top || name == nil {
			return false
		}
		if a.arrayType(field(p, "type")) {
			return true
		}
		if name.Type() == "array_pattern" {
			return true // const [first] = forms
		}
		if name.Type() != "identifier" {
			return false
		}
		return a.bindingUsedAsList(a.bindingAt(name), depth)
	case "assignment_expression":
		left := field(p, "left")
		if field(p, "right") != top || left == nil || left.Type() != "identifier" {
			return false
		}
		return a.bindingUsedAsList(a.bindingAt(left), depth)
	case "arguments":
		call := a.Up(p)
		if call == nil {
			return false
		}
		args := a.args(call)
		f := a.callee(call)
		if f != nil && listFuncs[a.Spelled(f)] && len(args) > 0 && args[0] == top {
			return true
		}
	case "return_statement":
		return a.resultUsedAsList(a.EnclosingFunction(p), depth)
	case "arrow_function":
		if field(p, "body") == top {
			return a.resultUsedAsList(p, depth)
		}
	}
	return false
}

// resultUsedAsList reports that what fn returns is used as a list: at its
// calls, or, for a .then callback, by the next callback of the chain.
func (a *analyzer) resultUsedAsList(fn *sitter.Node, depth int) bool {
	if fn == nil {
		return false
	}
	if a.arrayType(field(fn, "return_type")) {
		return true
	}
	if p, _ := a.ParentSkipping(fn); p != nil && p.Type() == "arguments" {
		if call := a.Up(p); call != nil && call.Type() == "call_expression" {
			if f := a.callee(call); f != nil && f.Type() == "member_expression" && a.Text(field(f, "property")) == "then" {
				return a.usedAsList(call, depth+1)
			}
		}
		return false
	}
	for _, call := range a.Calls {
		if a.calleeFunction(call, 0) == fn && a.usedAsList(call, depth+1) {
			return true
		}
	}
	return false
}

// callbackUsesList reports that the first parameter of the callback of a
// .then call is used as a list.
func (a *analyzer) callbackUsesList(call *sitter.Node, depth int) bool {
	if call == nil || call.Type() != "call_expression" {
		return false
	}
	args := a.args(call)
	if len(args) == 0 {
		return false
	}
	cb := unwrap(args[0])
	if !isFunction(cb) {
		return false
	}
	s := a.scopes.At[cb]
	if s == nil {
		return false
	}
	for _, bs := range s.Binds {
		for _, b := range bs {
			if b.kind == bindParam && b.fn == cb && b.index == 0 && b.path == nil {
				if a.arrayType(b.typ) || a.bindingUsedAsList(b, depth) {
					return true
				}
			}
		}
	}
	return false
}

// bindingAt is the binding a declaring identifier creates.
func (a *analyzer) bindingAt(decl *sitter.Node) *binding {
	for _, b := range a.scopes.Lookup(a.Text(decl), decl) {
		if b.decl == decl {
			return b
		}
	}
	return nil
}

// bindingUsedAsList reports that some read of the name b binds uses its
// value as a list.
func (a *analyzer) bindingUsedAsList(b *binding, depth int) bool {
	if b == nil {
		return false
	}
	if a.arrayType(b.typ) {
		return true
	}
	for _, ref := range a.refs(b.name) {
		if ref == b.decl || ref.StartByte() < b.pos {
			continue
		}
		if q := a.Up(ref); q != nil && q.Type() == "assignment_expression" && field(q, "left") == ref {
			continue
		}
		if pick(a.scopes.Lookup(b.name, ref), ref.StartByte()) != b {
			continue
		}
		if a.usedAsList(ref, depth+1) {
			return true
		}
	}
	return false
}

// refs lists the identifiers of the file spelled name (indexed once).
func (a *analyzer) refs(name string) []*sitter.Node {
	if a.idents == nil {
		a.idents = map[string][]*sitter.Node{}
		a.Nav.Walk(a.root, func(n *sitter.Node) {
			if n.Type() == "identifier" || n.Type() == "shorthand_property_identifier" {
				t := a.Text(n)
				a.idents[t] = append(a.idents[t], n)
			}
		})
	}
	return a.idents[name]
}

// numericIndex reports an index that is a number: a literal, or a name
// bound to one (a loop counter).
func (a *analyzer) numericIndex(idx *sitter.Node) bool {
	idx = unwrap(idx)
	if idx == nil {
		return false
	}
	switch idx.Type() {
	case "number":
		return true
	case "identifier":
		for _, b := range a.scopes.Lookup(a.Text(idx), idx) {
			if v := unwrap(b.value); v != nil && v.Type() == "number" {
				return true
			}
		}
	}
	return false
}

// arrayType reports a TypeScript type (or type arguments) that is an
// array: T[], Array<T>, ReadonlyArray<T>, readonly T[].
func (a *analyzer) arrayType(t *sitter.Node) bool {
	for i := 0; t != nil && i < 8; i++ {
		switch t.Type() {
		case "array_type":
			return true
		case "generic_type":
			switch a.Text(field(t, "name")) {
			case "Array", "ReadonlyArray":
				return true
			case "Promise", "PromiseLike", "Observable":
				// what the promise resolves to
				t = field(t, "type_arguments")
				continue
			}
			return false
		case "type_annotation", "type_arguments", "readonly_type", "parenthesized_type":
			if t.NamedChildCount() == 0 {
				return false
			}
			t = t.NamedChild(0)
		default:
			return false
		}
	}
	return false
}

// listType reports type arguments of a decode that make its body a list.
func (a *analyzer) listType(t *sitter.Node) bool { return a.arrayType(t) }
