package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
)

// Verbs that name the HTTP method they send, as client methods and as the
// functions of jQuery-style libraries ($.post).
var verbMethods = map[string]string{
	"get": "GET", "getJSON": "GET", "getJson": "GET", "head": "HEAD", "options": "OPTIONS",
	"post": "POST", "postJson": "POST", "postJSON": "POST", "put": "PUT", "patch": "PATCH",
	"delete": "DELETE", "del": "DELETE",
}

// Option keys that name the method of a request (fetch, axios, $.ajax's
// type, UrlFetchApp's method).
var methodKeys = []string{"method", "type", "verb"}

// methodOf is the HTTP method a request call sends, upper case, or ""
// when the code does not say it where it can be seen. Calls of local
// wrappers take the method of the request inside them; a method the
// wrapper takes as a parameter is read from the call's argument.
func (a *analyzer) methodOf(call *sitter.Node, rc *reqCall, depth int) string {
	if rc == nil || depth > maxEval {
		return ""
	}
	if rc.wrap != nil {
		inner := rc.wrap.Inner
		irc := a.classify(inner)
		m := a.methodOf(inner, irc, depth+1)
		if m != "" || irc == nil {
			return m
		}
		// the method, or the options holding it, is a parameter of the
		// wrapper: the call says it
		params := a.paramIndex(rc.wrap.Fn)
		args := a.args(call)
		if e := a.methodExpr(inner, irc); e != nil && e.Type() == "identifier" {
			if idx, ok := params[a.text(e)]; ok && idx < len(args) {
				return a.constMethod(args[idx])
			}
			return ""
		}
		for _, ia := range a.args(inner) {
			ia = unwrap(ia)
			if ia.Type() != "identifier" {
				continue
			}
			idx, ok := params[a.text(ia)]
			if !ok || idx == rc.wrap.Index {
				continue
			}
			if idx >= len(args) {
				return "GET" // the options left out
			}
			if o := a.resolveValue(args[idx], 0); o != nil && o.Type() == "object" {
				if v := a.objectKey(o, methodKeys...); v != nil {
					return a.constMethod(v)
				}
				return "GET"
			}
		}
		return ""
	}
	if call.Type() == "new_expression" {
		if e := a.methodExpr(call, rc); e != nil {
			return a.constMethod(e)
		}
		return "GET"
	}
	f := a.callee(call)
	if f == nil {
		return ""
	}
	if f.Type() == "member_expression" {
		prop := a.text(field(f, "property"))
		if prop == "open" {
			if args := a.args(call); len(args) > 0 {
				return a.constMethod(args[0])
			}
		}
		if m, ok := verbMethods[prop]; ok {
			return m
		}
	}
	if e := a.methodExpr(call, rc); e != nil {
		return a.constMethod(e)
	}
	if a.optionsUnknown(call, rc) || optionsFuncs[rc.callee] && !a.stringValued(rc.urlArg) {
		return ""
	}
	// fetch(url), axios(url), UrlFetchApp.fetch(url, {headers}) and the
	// other request functions send a GET unless told otherwise
	return "GET"
}

// Request functions that take one options object instead of a URL.
var optionsFuncs = map[string]bool{
	"request": true, "axios": true, "$.ajax": true, "jQuery.ajax": true, "got": true, "needle": true,
	"http.request": true, "https.request": true, "superagent": true, "rp": true, "requestPromise": true,
}

// stringValued reports an expression that builds a string (a URL), not an
// options object the file cannot see into.
func (a *analyzer) stringValued(n *sitter.Node) bool {
	if n == nil {
		return false
	}
	if v := a.resolveValue(n, 0); v != nil && v.Type() == "object" {
		return true // an options object the file spells out
	}
	_, ok := a.eval(n, nil, 0)
	return ok
}

// methodExpr is the expression giving a request's method: the `method`
// (or `type`) value of its options object, wherever the call takes one.
func (a *analyzer) methodExpr(call *sitter.Node, rc *reqCall) *sitter.Node {
	for _, arg := range a.args(call) {
		o := a.resolveValue(arg, 0)
		if o == nil || o.Type() != "object" {
			continue
		}
		if v := a.objectKey(o, methodKeys...); v != nil {
			return v
		}
	}
	return nil
}

// optionsUnknown reports a call handed an options value the file cannot
// see into (a parameter, a call's result): its method may be anything.
func (a *analyzer) optionsUnknown(call *sitter.Node, rc *reqCall) bool {
	for _, arg := range a.args(call) {
		u := unwrap(arg)
		if u == nil || rc.urlArg != nil && u.StartByte() <= rc.urlArg.StartByte() && rc.urlArg.EndByte() <= u.EndByte() {
			continue // the URL, or the options object holding it
		}
		switch u.Type() {
		case "identifier", "member_expression", "subscript_expression", "call_expression", "await_expression":
			v := a.resolveValue(u, 0)
			if v == nil {
				return true
			}
			switch v.Type() {
			case "object", "string", "template_string", "number", "true", "false", "null", "undefined":
				continue
			}
			if isFunction(unwrap(v)) {
				continue
			}
			return true
		}
	}
	return false
}

// constMethod reads a method name from a constant string, upper case; ""
// when it is not one.
func (a *analyzer) constMethod(n *sitter.Node) string {
	s, ok := a.constString(a.resolveConst(n))
	if !ok {
		return ""
	}
	m := strings.ToUpper(strings.TrimSpace(s))
	if !httpVerbs[m] {
		return ""
	}
	return m
}

// resolveConst follows a name to the string it is bound to, if any.
func (a *analyzer) resolveConst(n *sitter.Node) *sitter.Node {
	if v := a.resolveValue(n, 0); v != nil {
		return v
	}
	return n
}
