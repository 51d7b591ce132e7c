package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/views"
	"github.com/kobolint/kobolint/internal/ir"
)

// Calls whose value is not made from their arguments' data: counting,
// testing, formatting a message.
var opaqueFuncs = map[string]bool{
	"count": true, "sizeof": true, "isset": true, "empty": true, "is_array": true, "strlen": true,
	"array_key_exists": true, "in_array": true, "sprintf": true, "implode": true, "join": true,
	"str_replace": true, "urlencode": true, "rawurlencode": true, "http_build_query": true,
	"curl_init": true, "curl_setopt": true, "curl_setopt_array": true, "curl_close": true,
	"curl_getinfo": true, "curl_error": true, "curl_errno": true, "is_null": true, "intval": true,
	"json_encode": true, "stream_context_create": true, "env": true, "config": true, "getenv": true,
}

// originUncached returns the URL IDs of the requests whose response n
// holds (the Flow's step for expressions).
func (a *analyzer) originUncached(n *sitter.Node, depth int) []int {
	switch n.Type() {
	case "parenthesized_expression", "error_suppression_expression":
		if n.NamedChildCount() > 0 {
			return a.flow.Of(n.NamedChild(0), depth+1)
		}
	case "cast_expression":
		return a.flow.Of(field(n, "value"), depth+1)
	case "function_call_expression":
		return a.originFuncCall(n, depth)
	case "member_call_expression", "nullsafe_member_call_expression", "scoped_call_expression":
		return a.originMethodCall(n, depth)
	case "object_creation_expression":
		o, _ := a.callOrigin(n)
		return o
	case "variable_name":
		// the binding in effect where it is read: a variable reused for
		// another loop or another response holds that one
		var o []int
		if b := pick(a.scopes.Lookup(a.Text(n), n), n.StartByte()); b != nil {
			o = a.flow.Bound(b, depth+1)
		}
		if len(o) == 0 && a.view != "" && a.Text(n) != "$this" && len(a.scopes.Lookup(a.Text(n), n)) == 0 && a.scopes.Of(n) == a.scopes.Global {
			// a variable a view is rendered with
			o = []int{a.viewVar(n)}
		}
		return o
	case "member_access_expression", "nullsafe_member_access_expression":
		obj := unwrap(receiver(n))
		if a.isThis(obj) {
			var o []int
			for _, b := range a.member(a.enclosingClass(n), propKey(a.memberName(n))) {
				o = origins.Union(o, a.flow.Bound(b, depth+1))
			}
			return o
		}
		return a.flow.Of(obj, depth+1)
	case "scoped_property_access_expression":
		var o []int
		if vn := field(n, "name"); vn != nil {
			for _, c := range a.classNamed(a.scopeName(n), n) {
				for _, b := range a.member(c, propKey(a.Text(vn))) {
					o = origins.Union(o, a.flow.Bound(b, depth+1))
				}
			}
		}
		return o
	case "subscript_expression":
		if n.NamedChildCount() > 0 {
			return a.flow.Of(n.NamedChild(0), depth+1)
		}
	case "conditional_expression":
		return origins.Union(a.flow.Of(field(n, "body"), depth+1), a.flow.Of(field(n, "alternative"), depth+1))
	case "binary_expression":
		if op := a.Operator(n); op == "??" || op == "?:" {
			return origins.Union(a.flow.Of(field(n, "left"), depth+1), a.flow.Of(field(n, "right"), depth+1))
		}
	case "assignment_expression":
		return a.flow.Of(field(n, "right"), depth+1)
	}
	return nil
}

// callOrigin is where a call's own data comes from: the URLs it is
// made with and those of its arguments; it returns the arguments too.
func (a *analyzer) callOrigin(n *sitter.Node) ([]int, []*sitter.Node) {
	o := append([]int(nil), a.URLAt[n]...)
	args := a.args(n)
	for _, arg := range args {
		o = origins.Union(o, a.urlOfArg(arg))
	}
	return o, args
}

func (a *analyzer) originFuncCall(n *sitter.Node, depth int) []int {
	o, args := a.callOrigin(n)
	if a.req.Classify(n) != nil && len(a.URLAt[n]) > 0 {
		return o // the response of the request it makes
	}
	name := a.callName(n)
	switch {
	case (name == "file_get_contents" || name == "file" || name == "fopen") && len(a.URLAt[n]) == 0:
		// a local file: its data is the program's own
		return []int{ir.OriginLocal}
	case name == "curl_exec" || name == "curl_multi_getcontent":
		if len(args) > 0 {
			o = origins.Union(o, a.curlOrigin(args[0]))
		}
		return o
	case opaqueFuncs[name]:
		return o
	}
	if fn := a.calleeFunction(n); fn != nil {
		return origins.Union(o, a.flow.Returned(fn, depth+1))
	}
	for _, arg := range args {
		if isFunction(unwrap(arg)) {
			continue
		}
		o = origins.Union(o, a.flow.Of(arg, depth+1))
	}
	if len(o) == 0 && name != "" && !phpFunction(name) {
		// a function another file defines: what it returns or requests
		o = []int{a.externalCall(n, a.Text(field(n, "function")))}
	}
	return o
}

// phpFunction reports PHP's own functions and Laravel's helpers, which no
// file of the repository defines: their results stand for nothing.
func phpFunction(name string) bool {
	if opaqueFuncs[name] || keepFirst[name] || isListFunc(name) {
		return true
	}
	for _, p := range []string{"array_", "str", "json_", "curl_", "mb_", "preg_", "file", "is_", "date", "http_", "url", "base64_", "html", "iterator_", "ctype_", "wp_", "get_", "session", "ob_"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	switch name {
	case "collect", "view", "response", "request", "redirect", "route", "app", "now", "trans", "__", "abort",
		"auth", "back", "old", "session", "storage_path", "base_path", "public_path", "resource_path", "dd", "dump",
		"data_get", "optional", "tap", "value", "with", "explode", "trim", "sprintf", "implode", "compact", "extract",
		"max", "min", "sort", "ksort", "print_r", "var_dump", "var_export", "unserialize", "serialize", "simplexml_load_string",
		"iterator_to_array", "intval", "floatval", "boolval", "strval", "round", "time", "mktime", "uniqid", "rand", "md5", "sha1",
		"hash", "dirname", "basename", "realpath", "pathinfo", "trim_", "ucfirst", "lcfirst", "ucwords", "nl2br", "e",
		"logger", "info", "report", "throw_if", "throw_unless", "retry", "rescue", "event", "dispatch", "config", "env",
		"encrypt", "decrypt", "bcrypt", "csrf_token", "asset", "mix", "action", "cache", "cookie", "fopen", "fread",
		"fgets", "fclose", "fwrite", "file_get_contents", "file_put_contents", "range", "reset", "end", "current",
		"key", "next", "each", "list", "count", "in_array", "usort", "uasort", "sizeof", "parse_url", "parse_str",
		"htmlspecialchars", "strip_tags", "addslashes", "number_format", "money_format", "call_user_func",
		"call_user_func_array", "func_get_args", "get_object_vars", "property_exists", "method_exists", "class_exists",
		"function_exists", "define", "defined", "constant", "ini_get", "ini_set", "set_time_limit", "error_log",
		"sleep", "usleep", "printf", "print", "echo", "die", "exit", "unset", "isset", "empty", "gettype", "settype":
		return true
	}
	return false
}

func isListFunc(name string) bool { _, ok := listFuncs[name]; return ok }

// externalCall is the URL standing for the result of a call of a function
// or method another file defines (ir.Result): the repository pass fills
// it with the URL that function returns or requests.
func (a *analyzer) externalCall(call *sitter.Node, name string) int {
	if id, ok := a.extCalls[call]; ok {
		return id
	}
	id := a.B.AddURL(ir.Result(name, ir.Span{Start: int(call.StartByte()), End: int(call.EndByte())}))
	a.extCalls[call] = id
	return id
}

func (a *analyzer) originMethodCall(n *sitter.Node, depth int) []int {
	o, _ := a.callOrigin(n)
	if a.req.Classify(n) != nil {
		return o // the response of the request it makes
	}
	if fn := a.calleeFunction(n); fn != nil {
		return origins.Union(o, a.flow.Returned(fn, depth+1))
	}
	obj := unwrap(receiver(n))
	if n.Type() != "scoped_call_expression" && obj != nil && !a.isThis(obj) {
		o = origins.Union(o, a.flow.Of(obj, depth+1))
	}
	if len(o) > 0 {
		return o
	}
	if _, chain := a.httpChain(obj); chain || n.Type() == "scoped_call_expression" && isHTTPFacade(a.scopeName(n)) {
		return nil // a request being built
	}
	if v := a.resolveValue(obj); v != nil && v != obj && (v.Type() == "object_creation_expression" || v.Type() == "scoped_call_expression") {
		return nil // a method of an object made here (a client's configuration)
	}
	// a method another file defines: $this->kobo->forms(), Kobo::forms()
	m := a.methodName(n)
	switch {
	case m == "" || strings.HasPrefix(m, "__"):
	case n.Type() == "scoped_call_expression":
		if sc := a.scopeName(n); sc != "" && len(a.classNamed(sc, n)) == 0 && !facades[sc] {
			o = []int{a.externalCall(n, sc+"::"+m)}
		}
	case !a.isThis(unwrap(receiver(n))):
		o = []int{a.externalCall(n, m)}
	}
	return o
}

// facades are Laravel's static facades and PHP classes whose static
// calls are not the repository's own functions.
var facades = map[string]bool{
	"Http": true, "Config": true, "Log": true, "Cache": true, "DB": true, "Storage": true, "Route": true,
	"View": true, "Session": true, "Auth": true, "Arr": true, "Str": true, "Carbon": true, "Request": true,
	"Response": true, "Validator": true, "Lang": true, "Event": true, "Queue": true, "Mail": true, "URL": true,
	"File": true, "Artisan": true, "App": true, "Schema": true, "Hash": true, "Crypt": true, "Gate": true,
	"Redirect": true, "Cookie": true, "Bus": true, "Notification": true, "Password": true, "Blade": true,
	"self": true, "static": true, "parent": true, "HttpClient": true, "DateTime": true, "Inertia": true,
}

// curlOrigin is the URLs set on a curl handle in the function where it
// is executed.
func (a *analyzer) curlOrigin(handle *sitter.Node) []int {
	name := a.Spelled(handle)
	sc := a.scopes.Of(handle)
	var o []int
	for _, c := range a.Calls {
		if c.Type() != "function_call_expression" || a.scopes.Of(c) != sc {
			continue
		}
		switch a.callName(c) {
		case "curl_setopt", "curl_setopt_array":
			if args := a.args(c); len(args) > 0 && a.Spelled(args[0]) == name {
				o = origins.Union(o, a.URLAt[c])
			}
		case "curl_init":
			if p, ch := a.ParentSkipping(c); p != nil && p.Type() == "assignment_expression" && field(p, "right") == ch && a.Spelled(field(p, "left")) == name {
				o = origins.Union(o, a.URLAt[c])
			}
		}
	}
	return o
}

// urlOfArg returns the URL IDs emitted for an argument or for the
// definition of the variable it names.
func (a *analyzer) urlOfArg(arg *sitter.Node) []int {
	arg = unwrap(arg)
	if arg == nil {
		return nil
	}
	if ids := a.URLAt[arg]; len(ids) > 0 {
		return ids
	}
	if arg.Type() == "variable_name" {
		if b := pick(a.scopes.Lookup(a.Text(arg), arg), arg.StartByte()); b != nil && b.kind == bindValue && b.value != nil {
			return a.URLAt[unwrap(b.value)]
		}
	}
	return nil
}

// returnOriginUncached is the Flow's step for what function fn returns.
func (a *analyzer) returnOriginUncached(fn *sitter.Node, depth int) []int {
	if fn.Type() == "arrow_function" {
		return a.flow.Of(field(fn, "body"), depth+1)
	}
	var o []int
	a.Nav.Returns(field(fn, "body"), isFunction, func(v *sitter.Node) {
		o = origins.Union(o, a.flow.Of(v, depth+1))
	}, "return_statement")
	return o
}

// bindingOriginUncached is the Flow's step for the value b gives its
// name.
func (a *analyzer) bindingOriginUncached(b *binding, depth int) []int {
	switch b.kind {
	case bindValue, bindIter, bindAppend:
		return a.flow.Of(b.value, depth+1)
	case bindParam:
		return a.paramOrigin(b, depth+1)
	case bindUse:
		if at := a.Up(b.fn); at != nil {
			var o []int
			for _, ob := range a.scopes.Lookup(b.name, at) {
				o = origins.Union(o, a.flow.Bound(ob, depth+1))
			}
			return o
		}
	case bindGlobal:
		var o []int
		for _, gb := range a.scopes.Global.Binds[b.name] {
			o = origins.Union(o, a.flow.Bound(gb, depth+1))
		}
		return o
	}
	return nil
}

// Functions that call a callback on each element of an array argument.
var arrayCallbacks = map[string]bool{
	"array_map": true, "array_filter": true, "array_walk": true, "usort": true, "uasort": true,
	"array_reduce": true, "uksort": true,
}

// paramOrigin: a closure's parameter holds the elements of the array a
// collection function runs it over (array_map(fn($f) => ..., $forms),
// collect($forms)->map(...)); a function's parameter holds what the
// file's calls of it pass.
func (a *analyzer) paramOrigin(b *binding, depth int) []int {
	fn := b.fn
	if fn == nil {
		return nil
	}
	if fn.Type() == "anonymous_function_creation_expression" || fn.Type() == "anonymous_function" || fn.Type() == "arrow_function" {
		p, _ := a.ParentSkipping(fn)
		if p == nil || p.Type() != "argument" {
			return nil
		}
		call := a.Up(a.Up(p))
		if call == nil {
			return nil
		}
		var o []int
		switch call.Type() {
		case "function_call_expression":
			if arrayCallbacks[a.callName(call)] {
				for _, arg := range a.args(call) {
					if unwrap(arg) != fn {
						o = origins.Union(o, a.flow.Of(arg, depth+1))
					}
				}
			}
		case "member_call_expression", "nullsafe_member_call_expression":
			o = a.flow.Of(receiver(call), depth+1)
		}
		return o
	}
	var o []int
	for _, call := range a.Calls {
		if a.calleeFunction(call) != fn {
			continue
		}
		if args := a.args(call); b.index < len(args) {
			o = origins.Union(o, a.flow.Of(args[b.index], depth+1))
		}
	}
	return o
}

// viewVar is the URL standing for a variable a view template is rendered
// with: a result whose definition the controller that renders the view
// offers (see offerViews).
func (a *analyzer) viewVar(n *sitter.Node) int {
	name := strings.TrimPrefix(a.Text(n), "$")
	if id, ok := a.viewVars[name]; ok {
		return id
	}
	id := a.B.AddURL(ir.Result(views.Def(a.view, name), ir.Span{Start: int(n.StartByte()), End: int(n.EndByte())}))
	a.viewVars[name] = id
	return id
}
