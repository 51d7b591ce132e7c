package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// What appended to a decoded page reads its items.
func resultsArray() string  { return "['" + names.PageItems() + "']" }
func resultsObject() string { return "->" + names.PageItems() }

// decodeOf reports whether call decodes a response body, the expression
// whose body it decodes, and the text that reads a page's results after
// it: json_decode($body, true) and Laravel's ->json() give arrays,
// json_decode($body) and ->object() objects, Symfony's ->toArray()
// arrays; Laravel's ->collect() a collection (no suffix reads it).
func (a *analyzer) decodeOf(call *sitter.Node) (from *sitter.Node, results string, ok bool) {
	switch call.Type() {
	case "function_call_expression":
		if a.callName(call) != "json_decode" {
			return nil, "", false
		}
		args := a.args(call)
		if len(args) == 0 {
			return nil, "", false
		}
		assoc := a.arg(call, 1, "associative")
		flags := a.arg(call, 3, "flags")
		if assoc != nil && strings.EqualFold(a.Text(assoc), "true") || flags != nil && strings.Contains(a.Text(flags), "JSON_OBJECT_AS_ARRAY") {
			return args[0], resultsArray(), true
		}
		return args[0], resultsObject(), true
	case "member_call_expression", "nullsafe_member_call_expression":
		if len(a.args(call)) > 0 {
			return nil, "", false
		}
		switch a.methodName(call) {
		case "json", "toArray":
			return receiver(call), resultsArray(), true
		case "object":
			return receiver(call), resultsObject(), true
		case "collect":
			return receiver(call), "", true
		}
	}
	return nil, "", false
}

// decodes records where response bodies are decoded. A decode inside a
// wrapper function, of the response of the request it makes for its
// caller, is recorded at each call of the wrapper instead: appending the
// page's results is right for the calls that request a list only.
func (a *analyzer) decodes() {
	for _, call := range a.Calls {
		if rc := a.req.Classify(call); rc != nil && rc.wrap != nil {
			a.wrapperDecode(call, rc)
			continue
		}
		from, results, ok := a.decodeOf(call)
		if !ok {
			continue
		}
		o := origins.Strip(a.flow.Of(from, 0))
		var real []int
		for _, id := range o {
			if id >= 0 && a.IR.URLs[id].Role != ir.RoleResult && !a.writes(id) {
				real = append(real, id)
			}
		}
		if len(real) == 0 || a.readsResults(call) || a.returnedByWrapper(call) {
			continue
		}
		a.IR.Decodes = append(a.IR.Decodes, ir.Decode{
			Span:   ir.Span{Start: int(call.StartByte()), End: int(call.EndByte())},
			Origin: real, Results: results, AsList: a.usedAsList(call),
		})
	}
}

// wrapperDecode records the decode of a wrapper call whose function
// returns the decoded response.
func (a *analyzer) wrapperDecode(call *sitter.Node, rc *reqCall) {
	results, ok := a.returnsDecode(rc.wrap.Fn, 0)
	if !ok || a.readsResults(call) || a.returnedByWrapper(call) {
		return
	}
	var ids []int
	for _, id := range a.URLAt[call] {
		if a.IR.URLs[id].Role == ir.RoleRequest && !a.writes(id) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	a.IR.Decodes = append(a.IR.Decodes, ir.Decode{
		Span:   ir.Span{Start: int(call.StartByte()), End: int(call.EndByte())},
		Origin: ids, Results: results, AsList: a.usedAsList(call),
	})
}

// returnedByWrapper reports a value a wrapper function returns to its
// callers: its decode is recorded at each call of the wrapper.
func (a *analyzer) returnedByWrapper(n *sitter.Node) bool {
	w := a.enclosingWrapper(n)
	if w == nil {
		return false
	}
	return a.anyUse(n, 0, func(p, _ *sitter.Node) bool {
		return p.Type() == "return_statement" && a.EnclosingFunction(p) == w.Fn ||
			p.Type() == "arrow_function" && p == w.Fn
	})
}

// writes reports a request that writes (POST, PUT, PATCH, DELETE): its
// answer is the object written, never a list page, so its decode is not
// recorded.
func (a *analyzer) writes(id int) bool {
	switch a.IR.URLs[id].Method {
	case "", "GET", "HEAD", "OPTIONS":
		return false
	}
	return true
}

// returnsDecode reports a function that returns a decoded response (its
// own decode, or a call of a wrapper that does), and how its results are
// read.
func (a *analyzer) returnsDecode(fn *sitter.Node, depth int) (results string, ok bool) {
	if fn == nil || depth > 6 {
		return "", false
	}
	check := func(v *sitter.Node) {
		if ok {
			return
		}
		v = unwrap(v)
		if r := a.resolveValue(v); r != nil {
			v = unwrap(r)
		}
		if !isCall(v) {
			return
		}
		if _, res, is := a.decodeOf(v); is {
			results, ok = res, true
			return
		}
		if rc := a.req.Classify(v); rc != nil && rc.wrap != nil && rc.wrap.Fn != fn {
			results, ok = a.returnsDecode(rc.wrap.Fn, depth+1)
		}
	}
	if fn.Type() == "arrow_function" {
		check(field(fn, "body"))
		return results, ok
	}
	a.Nav.Returns(field(fn, "body"), isFunction, check, "return_statement")
	return results, ok
}

// Functions that read their argument (at the position given; -1 any) as
// a list.
var listFuncs = map[string]int{
	"count": 0, "sizeof": 0, "array_map": -1, "array_filter": 0, "array_column": 0, "array_slice": 0,
	"array_values": 0, "usort": 0, "uasort": 0, "array_reverse": 0, "end": 0, "reset": 0, "current": 0,
	"array_pop": 0, "array_shift": 0, "in_array": 1, "array_search": 1, "array_walk": 0, "array_splice": 0,
	"array_unique": 0, "array_sum": 0, "array_chunk": 0,
}

// Collection methods that treat the collection as a list.
var listMethods = map[string]bool{
	"map": true, "each": true, "filter": true, "first": true, "last": true, "count": true, "pluck": true,
	"where": true, "sortBy": true, "sortByDesc": true, "values": true, "take": true, "reject": true,
	"firstWhere": true, "keyBy": true, "groupBy": true, "mapWithKeys": true, "isEmpty": true, "isNotEmpty": true,
}

// usedAsList reports a value seen used as a list: iterated, indexed by a
// number, counted or handed to an array function, directly or through the
// variable it is assigned to or the function returning it.
func (a *analyzer) usedAsList(n *sitter.Node) bool {
	return a.anyUse(n, 0, func(p, child *sitter.Node) bool {
		switch p.Type() {
		case "foreach_statement":
			ks := a.Kids(p)
			return len(ks) > 0 && ks[0] == child
		case "subscript_expression":
			ks := a.Kids(p)
			return len(ks) == 2 && ks[0] == child && unwrap(ks[1]).Type() == "integer"
		case "argument":
			call := a.Up(a.Up(p))
			if call == nil || call.Type() != "function_call_expression" {
				return false
			}
			name := a.callName(call)
			if name == "collect" {
				return a.collectionAsList(call)
			}
			pos, ok := listFuncs[name]
			if !ok {
				return false
			}
			args := a.args(call)
			return pos < 0 || pos < len(args) && unwrap(args[pos]) == unwrap(child)
		case "member_call_expression":
			// Laravel's ->collect() and ->json() chained on
			return receiver(p) == child && listMethods[a.methodName(p)]
		}
		return false
	})
}

// collectionAsList reports collect($v) used as a list.
func (a *analyzer) collectionAsList(call *sitter.Node) bool {
	return a.anyUse(call, 1, func(p, child *sitter.Node) bool {
		return (p.Type() == "member_call_expression" || p.Type() == "nullsafe_member_call_expression") &&
			receiver(p) == child && listMethods[a.methodName(p)]
	})
}

// readsResults reports a decoded value whose page results the code reads
// already ($d['results'], $d->results).
func (a *analyzer) readsResults(n *sitter.Node) bool {
	return a.anyUse(n, 0, func(p, child *sitter.Node) bool {
		switch p.Type() {
		case "subscript_expression":
			ks := a.Kids(p)
			k, ok := "", false
			if len(ks) == 2 && ks[0] == child {
				k, ok = a.constString(ks[1])
			}
			return ok && k == names.PageItems()
		case "member_access_expression", "nullsafe_member_access_expression":
			return receiver(p) == child && a.memberName(p) == names.PageItems()
		}
		return false
	})
}

// anyUse calls f with each place the value of n is used (the parent and
// the child holding the value), following it into the variable it is
// assigned to (reads after the assignment, in the same function) and
// out of the function returning it (the file's calls of that function);
// it reports whether f said yes for one of them.
func (a *analyzer) anyUse(n *sitter.Node, depth int, f func(p, child *sitter.Node) bool) bool {
	if n == nil || depth > 4 {
		return false
	}
	p, child := a.ParentSkipping(n)
	if p == nil {
		return false
	}
	if f(p, child) {
		return true
	}
	switch p.Type() {
	case "assignment_expression":
		if field(p, "right") != child {
			return false
		}
		name := a.varName(field(p, "left"))
		if name == "" {
			return false
		}
		sc := a.scopes.Of(p)
		for _, r := range sc.Data[name] {
			if r.StartByte() < p.EndByte() {
				continue
			}
			if a.anyUse(r, depth+1, f) {
				return true
			}
		}
	case "return_statement":
		fn := a.EnclosingFunction(p)
		if fn == nil {
			return false
		}
		for _, c := range a.Calls {
			if a.calleeFunction(c) == fn && a.anyUse(c, depth+1, f) {
				return true
			}
		}
	}
	return false
}

// Options of a client call that hold the request body or query.
var bodyOptions = []string{"json", "form_params", "query", "body"}

// bodyKeys emits the constant keys of the data a request sends (Laravel's
// ->post($url, [...]), Guzzle's ['json' => [...]], curl's
// CURLOPT_POSTFIELDS, WordPress's ['body' => [...]]) as FieldKey reads
// whose origin is the request: a v1 name sent to a v1 endpoint travels
// with it.
func (a *analyzer) bodyKeys(call *sitter.Node, rc *reqCall, id int) {
	if rc.wrap != nil {
		return
	}
	var cands []*sitter.Node
	args := a.args(call)
	switch call.Type() {
	case "member_call_expression", "nullsafe_member_call_expression", "scoped_call_expression":
		m := strings.ToLower(a.methodName(call))
		optAt := 1
		if requestMethods[m] {
			optAt = 2
		}
		if optAt < len(args) {
			if _, ok := a.httpChain(receiver(call)); ok || call.Type() == "scoped_call_expression" {
				cands = append(cands, args[optAt]) // Laravel: the data itself
			} else if opts := a.resolveValue(args[optAt]); opts != nil && opts.Type() == "array_creation_expression" {
				for _, o := range bodyOptions {
					if v := a.arrayGet(opts, o); v != nil {
						cands = append(cands, v)
					}
				}
			}
		}
	case "function_call_expression":
		switch name := a.callName(call); {
		case strings.HasPrefix(name, "curl_setopt"):
			if len(args) == 2 {
				if arr := a.resolveValue(args[1]); arr != nil && arr.Type() == "array_creation_expression" {
					if v := a.arrayGet(arr, "CURLOPT_POSTFIELDS"); v != nil {
						cands = append(cands, v)
					}
				}
			}
		case strings.Contains(name, "remote_"):
			if len(args) > 1 {
				if opts := a.resolveValue(args[1]); opts != nil && opts.Type() == "array_creation_expression" {
					if v := a.arrayGet(opts, "body"); v != nil {
						cands = append(cands, v)
					}
				}
			}
		}
	}
	for _, c := range cands {
		if o := a.bodyArray(c); o != nil {
			a.arrayKeys(o, id)
		}
	}
}

// bodyArray follows a body value to the array literal it is built from:
// through variables, json_encode() and http_build_query().
func (a *analyzer) bodyArray(n *sitter.Node) *sitter.Node {
	return tsfront.Body{
		Resolve:   a.resolveValue,
		IsLiteral: func(n *sitter.Node) bool { return n.Type() == "array_creation_expression" },
		Serialized: func(n *sitter.Node) *sitter.Node {
			if n.Type() != "function_call_expression" {
				return nil
			}
			if name := a.callName(n); name != "json_encode" && name != "http_build_query" {
				return nil
			}
			return tsnode.First(a.args(n))
		},
	}.Literal(n)
}

// arrayKeys emits the constant string keys of an array literal.
func (a *analyzer) arrayKeys(arr *sitter.Node, id int) {
	keys, _ := a.elements(arr)
	for _, k := range keys {
		if k == nil || !isString(unwrap(k)) {
			continue
		}
		name, ok := a.constString(k)
		if !ok || name == "" {
			continue
		}
		span, raw := a.nameSpan(unwrap(k))
		a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
			Name: name, Span: span, Kind: ir.FieldKey, Origin: []int{id}, Receiver: "[...]", Raw: raw,
		})
	}
}
