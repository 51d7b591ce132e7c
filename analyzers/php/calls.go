package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// reqCall is a call that sends an HTTP request.
type reqCall struct {
	urlArg *sitter.Node
	// base is the client's base URI (Guzzle base_uri, Laravel baseUrl),
	// joined to a relative URL.
	base *sitter.Node
	via  string
	// method is the HTTP method when the call's name says it; methodArg
	// the argument holding it otherwise (request('GET', $url)).
	method    string
	methodArg *sitter.Node
	callee    string
	wrap      *urlparts.Wrapper
}

// verbs maps the request methods of HTTP clients (Guzzle, Laravel's Http,
// Symfony's HttpClient) to the HTTP method they send.
var verbs = map[string]string{
	"get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH", "delete": "DELETE", "head": "HEAD",
	"options": "OPTIONS", "getasync": "GET", "postasync": "POST", "putasync": "PUT",
	"patchasync": "PATCH", "deleteasync": "DELETE", "headasync": "HEAD",
}

// requestMethods take the method first and the URL second.
var requestMethods = map[string]bool{"request": true, "requestasync": true, "send": true}

// WordPress's HTTP functions: the URL first, the method in the name.
var wpFuncs = map[string]string{
	"wp_remote_get": "GET", "wp_safe_remote_get": "GET", "wp_remote_post": "POST", "wp_safe_remote_post": "POST",
	"wp_remote_head": "HEAD", "wp_safe_remote_head": "HEAD", "wp_remote_request": "", "wp_safe_remote_request": "",
	"vip_safe_wp_remote_get": "GET",
}

// clientWords: a receiver whose name has one of these words is an HTTP
// client ($client, $this->httpClient, $guzzle, $this->kobo).
var clientWords = []string{"client", "http", "guzzle", "kobo"}

func (a *analyzer) classifyRaw(call *sitter.Node) *reqCall {
	if fn := a.calleeFunction(call); fn != nil {
		if w := a.Wrappers[fn]; w != nil {
			if args := a.args(call); w.Index < len(args) {
				return &reqCall{urlArg: args[w.Index], callee: a.calleeSpelling(call), wrap: w}
			}
			// the parameter's default value
			if d := a.paramDefault(fn, w.Param); d != nil {
				return &reqCall{urlArg: d, callee: a.calleeSpelling(call), wrap: w}
			}
		}
		return nil
	}
	switch call.Type() {
	case "function_call_expression":
		return a.classifyFunc(call)
	case "member_call_expression", "nullsafe_member_call_expression":
		return a.classifyMethod(call)
	case "scoped_call_expression":
		if isHTTPFacade(a.scopeName(call)) {
			return a.verbCall(call, nil)
		}
	case "object_creation_expression":
		// PSR-7 new Request('GET', $url)
		if a.createdType(call) == "Request" {
			if args := a.args(call); len(args) >= 2 {
				if m, ok := a.constString(args[0]); ok && verbs[strings.ToLower(m)] != "" {
					return &reqCall{urlArg: args[1], methodArg: args[0], callee: "new Request"}
				}
			}
		}
	}
	return nil
}

// isHTTPFacade reports Laravel's Http facade.
func isHTTPFacade(scope string) bool { return scope == "Http" }

// calleeSpelling is the callee of a call as written.
func (a *analyzer) calleeSpelling(call *sitter.Node) string {
	switch call.Type() {
	case "function_call_expression":
		return a.Spelled(field(call, "function"))
	case "member_call_expression", "nullsafe_member_call_expression":
		return a.Spelled(receiver(call)) + "->" + a.methodName(call)
	case "scoped_call_expression":
		return a.scopeName(call) + "::" + a.methodName(call)
	case "object_creation_expression":
		return "new " + a.createdType(call)
	}
	return a.Spelled(call)
}

// createdType is the class name of `new X(...)`, without namespace.
func (a *analyzer) createdType(n *sitter.Node) string {
	for _, k := range a.Kids(n) {
		switch k.Type() {
		case "name", "qualified_name":
			return lastName(a.Text(k))
		case "arguments":
			return ""
		}
	}
	return ""
}

func (a *analyzer) classifyFunc(call *sitter.Node) *reqCall {
	name := a.callName(call)
	args := a.args(call)
	switch {
	case name == "file_get_contents" || name == "fopen" && len(args) > 1:
		if len(args) == 0 || !a.remote(args[0]) {
			return nil
		}
		rc := &reqCall{urlArg: args[0], callee: name, method: "GET"}
		if name == "file_get_contents" && len(args) > 2 {
			if m := a.contextMethod(args[2]); m != nil {
				rc.method, rc.methodArg = "", m
			}
		}
		return rc
	case name == "curl_init":
		if len(args) > 0 {
			return &reqCall{urlArg: args[0], callee: name, method: a.curlMethod(call, args)}
		}
	case name == "curl_setopt":
		if len(args) == 3 && a.Text(args[1]) == "CURLOPT_URL" {
			return &reqCall{urlArg: args[2], callee: name, method: a.curlMethod(call, args)}
		}
	case name == "curl_setopt_array":
		if len(args) == 2 {
			if arr := a.resolveValue(args[1]); arr != nil && arr.Type() == "array_creation_expression" {
				if u := a.arrayGet(arr, "CURLOPT_URL"); u != nil {
					return &reqCall{urlArg: u, callee: name, method: a.curlMethod(call, args)}
				}
			}
		}
	}
	if m, ok := wpFuncs[name]; ok && len(args) > 0 {
		rc := &reqCall{urlArg: args[0], callee: name, method: m}
		if m == "" && len(args) > 1 {
			if arr := a.resolveValue(args[1]); arr != nil && arr.Type() == "array_creation_expression" {
				if v, ok := a.constString(a.arrayGet(arr, "method")); ok {
					rc.method = strings.ToUpper(v)
				}
			}
			if rc.method == "" {
				rc.method = "GET"
			}
		}
		return rc
	}
	return nil
}

// remote reports a URL argument of a file function that names a web
// resource: a literal with an http(s) scheme, or a value the file does
// not spell out (a local path is no request).
func (a *analyzer) remote(arg *sitter.Node) bool {
	p, _ := a.EvalTop(arg)
	if len(p) == 0 {
		return false
	}
	if urlparts.HasHTTPScheme(p) {
		return true
	}
	if p[0].Kind == ir.Hole {
		n := strings.ToLower(p[0].Name)
		for _, local := range []string{"__dir__", "__file__", "_path(", "dirname(", "storage", "tmp", "file", "path", "dir"} {
			if strings.Contains(n, local) {
				return false
			}
		}
		return true
	}
	return false
}

// contextMethod is the method of stream_context_create(['http' =>
// ['method' => ...]]), or nil.
func (a *analyzer) contextMethod(ctx *sitter.Node) *sitter.Node {
	c := a.resolveValue(ctx)
	if c == nil || c.Type() != "function_call_expression" || a.callName(c) != "stream_context_create" {
		return nil
	}
	args := a.args(c)
	if len(args) == 0 {
		return nil
	}
	return a.arrayPath(args[0], []string{"http", "method"})
}

// curlMethod is the method of the curl handle a call configures: what the
// curl_setopt calls on the same handle in the same function say.
func (a *analyzer) curlMethod(call *sitter.Node, args []*sitter.Node) string {
	handle := ""
	if a.callName(call) == "curl_init" {
		if p, c := a.ParentSkipping(call); p != nil && p.Type() == "assignment_expression" && field(p, "right") == c {
			handle = a.varName(field(p, "left"))
		}
	} else if len(args) > 0 {
		handle = a.Spelled(args[0])
	}
	method := "GET"
	if handle == "" {
		return method
	}
	sc := a.scopes.Of(call)
	set := func(opt string, v *sitter.Node) {
		switch opt {
		case "CURLOPT_POST", "CURLOPT_POSTFIELDS":
			if opt == "CURLOPT_POSTFIELDS" || a.Text(v) != "false" && a.Text(v) != "0" {
				if method == "GET" {
					method = "POST"
				}
			}
		case "CURLOPT_PUT", "CURLOPT_UPLOAD":
			method = "PUT"
		case "CURLOPT_CUSTOMREQUEST":
			if m, ok := a.constString(v); ok && m != "" {
				method = strings.ToUpper(m)
			}
		case "CURLOPT_NOBODY":
			if a.Text(v) != "false" && a.Text(v) != "0" {
				method = "HEAD"
			}
		}
	}
	for _, c := range a.Calls {
		if c.Type() != "function_call_expression" || a.scopes.Of(c) != sc {
			continue
		}
		cargs := a.args(c)
		if len(cargs) < 2 || a.Spelled(cargs[0]) != handle {
			continue
		}
		switch a.callName(c) {
		case "curl_setopt":
			if len(cargs) == 3 {
				set(a.Text(cargs[1]), cargs[2])
			}
		case "curl_setopt_array":
			if arr := a.resolveValue(cargs[1]); arr != nil && arr.Type() == "array_creation_expression" {
				keys, values := a.elements(arr)
				for i, k := range keys {
					if k != nil {
						set(a.Text(k), values[i])
					}
				}
			}
		}
	}
	return method
}

// classifyMethod recognises $client->get($url), $client->request('GET',
// $url) on an HTTP client and Http::...->get($url) chains.
func (a *analyzer) classifyMethod(call *sitter.Node) *reqCall {
	m := strings.ToLower(a.methodName(call))
	if verbs[m] == "" && !requestMethods[m] {
		return nil
	}
	recv := unwrap(receiver(call))
	if base, ok := a.httpChain(recv); ok {
		return a.verbCall(call, base)
	}
	base, ok := a.guzzleClient(recv)
	if !ok {
		return nil
	}
	rc := a.verbCall(call, base)
	if rc != nil && base != nil {
		rc.via = a.Spelled(recv) + ".base_uri"
	}
	return rc
}

// verbCall reads the URL and method of a client's verb call.
func (a *analyzer) verbCall(call, base *sitter.Node) *reqCall {
	m := strings.ToLower(a.methodName(call))
	callee := a.calleeSpelling(call)
	if requestMethods[m] {
		u := a.arg(call, 1, "uri")
		if u == nil {
			u = a.arg(call, 1, "url")
		}
		if u == nil {
			return nil
		}
		return &reqCall{urlArg: u, methodArg: a.arg(call, 0, "method"), base: base, callee: callee}
	}
	if verbs[m] == "" {
		return nil
	}
	u := a.arg(call, 0, "uri")
	if u == nil {
		u = a.arg(call, 0, "url")
	}
	if u == nil {
		if base == nil {
			return nil
		}
		// $client->get() requests the base URI itself
		return &reqCall{urlArg: base, method: verbs[m], callee: callee}
	}
	return &reqCall{urlArg: u, method: verbs[m], base: base, callee: callee}
}

// httpChain reports a value made by Laravel's Http facade
// (Http::withToken($t)->acceptJson()), following variables and local
// helpers, with the base URL it sets (baseUrl(), withOptions(['base_uri'])).
func (a *analyzer) httpChain(n *sitter.Node) (base *sitter.Node, ok bool) {
	for i := 0; n != nil && i < 48; i++ {
		n = unwrap(n)
		switch n.Type() {
		case "scoped_call_expression":
			if !isHTTPFacade(a.scopeName(n)) {
				if fn := a.calleeFunction(n); fn != nil {
					n = a.singleReturn(fn)
					continue
				}
				return nil, false
			}
			return a.chainBase(n, base), true
		case "member_call_expression", "nullsafe_member_call_expression":
			if fn := a.calleeFunction(n); fn != nil {
				n = a.singleReturn(fn)
				continue
			}
			base = a.chainBase(n, base)
			n = receiver(n)
		case "variable_name", "member_access_expression", "nullsafe_member_access_expression", "scoped_property_access_expression":
			v := a.resolveValue(n)
			if v == nil || v == n {
				return nil, false
			}
			n = v
		case "name", "qualified_name":
			return base, isHTTPFacade(lastName(a.Text(n)))
		default:
			return nil, false
		}
	}
	return nil, false
}

// chainBase is the base URL a call of an Http chain sets, if it sets one
// and no later call set one already.
func (a *analyzer) chainBase(call, later *sitter.Node) *sitter.Node {
	if later != nil {
		return later
	}
	switch a.methodName(call) {
	case "baseUrl":
		return a.arg(call, 0, "url")
	case "withOptions":
		if arr := a.resolveValue(a.arg(call, 0, "options")); arr != nil && arr.Type() == "array_creation_expression" {
			return a.arrayGet(arr, "base_uri")
		}
	}
	return nil
}

// guzzleClient reports an HTTP client object (Guzzle, Symfony), with its
// base_uri when its creation is seen.
func (a *analyzer) guzzleClient(recv *sitter.Node) (base *sitter.Node, ok bool) {
	if recv == nil || a.isThis(recv) {
		return nil, false
	}
	if v := a.resolveValue(recv); v != nil && v != recv {
		switch v.Type() {
		case "object_creation_expression":
			switch a.createdType(v) {
			case "Client", "HttpClient", "CurlHttpClient", "NativeHttpClient", "Psr18Client", "ScopingHttpClient":
				if args := a.args(v); len(args) > 0 {
					if arr := a.resolveValue(args[0]); arr != nil && arr.Type() == "array_creation_expression" {
						return a.arrayGet(arr, "base_uri"), true
					}
				}
				return nil, true
			}
			return nil, false
		case "scoped_call_expression":
			if a.scopeName(v) == "HttpClient" && a.methodName(v) == "create" {
				if args := a.args(v); len(args) > 0 {
					if arr := a.resolveValue(args[0]); arr != nil && arr.Type() == "array_creation_expression" {
						return a.arrayGet(arr, "base_uri"), true
					}
				}
				return nil, true
			}
		}
	}
	name := strings.ToLower(a.Spelled(recv))
	if i := strings.LastIndexAny(name, ">$:"); i >= 0 {
		name = name[i+1:]
	}
	if strings.Contains(name, "request") || strings.Contains(name, "response") {
		return nil, false
	}
	for _, w := range clientWords {
		if strings.Contains(name, w) {
			return nil, true
		}
	}
	return nil, false
}

// calleeFunction resolves a call to a function or method of this file:
// f(...), $this->m(...), self::m(...), Class::m(...), $closure(...).
func (a *analyzer) calleeFunction(call *sitter.Node) *sitter.Node {
	switch call.Type() {
	case "function_call_expression":
		f := unwrap(field(call, "function"))
		if f == nil {
			return nil
		}
		switch f.Type() {
		case "name", "qualified_name":
			if fs := a.funcs[strings.ToLower(lastName(a.Text(f)))]; len(fs) > 0 {
				return fs[0]
			}
		case "variable_name":
			if v := a.resolveValue(f); v != nil && isFunction(v) {
				return v
			}
		}
	case "member_call_expression", "nullsafe_member_call_expression":
		obj := unwrap(receiver(call))
		if !a.isThis(obj) {
			// $svc->forms() with $svc = new KoboService() of this file
			if v := a.resolveValue(obj); v != nil && v != obj && v.Type() == "object_creation_expression" {
				for _, c := range a.classNamed(a.createdType(v), call) {
					if b := a.member(c, methodKey(a.methodName(call))); len(b) > 0 {
						return b[0].value
					}
				}
			}
			return nil
		}
		if b := a.member(a.enclosingClass(call), methodKey(a.methodName(call))); len(b) > 0 {
			return b[0].value
		}
	case "scoped_call_expression":
		for _, c := range a.classNamed(a.scopeName(call), call) {
			if b := a.member(c, methodKey(a.methodName(call))); len(b) > 0 {
				return b[0].value
			}
		}
	}
	return nil
}

// paramDefault is the default value of fn's parameter name, or nil.
func (a *analyzer) paramDefault(fn *sitter.Node, name string) *sitter.Node {
	if s := a.scopes.At[fn]; s != nil {
		for _, b := range s.Binds[name] {
			if b.kind == bindParam && b.fn == fn {
				return b.value
			}
		}
	}
	return nil
}

// requestParts evaluates the URL a request call sends.
func (a *analyzer) requestParts(rc *reqCall, e *urlparts.Env, depth int) []ir.Part {
	p, _ := a.Eval(rc.urlArg, e, depth+1)
	p = ir.PlaceHoles(p, ir.Span{Start: int(rc.urlArg.StartByte()), End: int(rc.urlArg.EndByte())})
	if rc.wrap != nil {
		return a.req.WrapperURL(&a.Base, rc.wrap, p, depth+1)
	}
	if rc.base != nil && rc.base != rc.urlArg && !urlparts.HasHTTPScheme(p) {
		b, _ := a.Eval(rc.base, e, depth+1)
		if rc.via != "" {
			b = urlparts.WithVia(b, rc.via)
		}
		return resolveRef(b, p, int(rc.urlArg.StartByte()))
	}
	return p
}

// resolveRef joins a relative reference to a base URI the way Guzzle
// does (RFC 3986): a path starting with / replaces the base's path, a
// bare path is put after the base (joined with a slash when the base
// does not end with one, as the code usually means).
func resolveRef(base, rel []ir.Part, at int) []ir.Part {
	if urlparts.StartsWith(rel, "/") && !urlparts.StartsWith(rel, "//") {
		if origin := hostOnly(base); origin != nil {
			return ir.Join(origin, rel)
		}
	}
	return urlparts.SlashJoin(base, rel, at)
}

// hostOnly cuts literal base parts after scheme://host, or nil when the
// base has a path that the parts do not show.
func hostOnly(base []ir.Part) []ir.Part {
	if len(base) == 0 || base[0].Kind != ir.Lit {
		return nil
	}
	t := base[0].Text
	i := strings.Index(t, "://")
	if i < 0 {
		return nil
	}
	j := strings.IndexByte(t[i+3:], '/')
	if j < 0 {
		if len(base) == 1 {
			return base
		}
		return nil
	}
	return urlparts.Cut(base[0], 0, i+3+j)
}

// requestMethod is the HTTP method a request call sends ("" unknown);
// through a wrapper, the inner request's, with the method argument bound
// at the call site when the wrapper takes it as a parameter.
func (a *analyzer) requestMethod(call *sitter.Node, rc *reqCall, e *urlparts.Env, depth int) string {
	if depth > tsfront.MaxEval {
		return ""
	}
	if rc.wrap != nil {
		inner := a.req.Classify(rc.wrap.Inner)
		if inner == nil {
			return ""
		}
		ce := a.CallEnv(rc.wrap.Fn, a.args(call), e, depth+1)
		return a.requestMethod(rc.wrap.Inner, inner, ce, depth+1)
	}
	if rc.method != "" {
		return rc.method
	}
	if rc.methodArg != nil {
		if p, ok := a.Eval(rc.methodArg, e, depth+1); ok && len(p) == 1 && p[0].Kind == ir.Lit {
			return strings.ToUpper(strings.TrimSpace(p[0].Text))
		}
	}
	return ""
}

// findWrappers marks functions whose parameter reaches a request URL, to
// a fixpoint.
func (a *analyzer) findWrappers() {
	// parameters are holes while wrappers are looked for, defaults or not
	a.paramHoles = true
	defer func() { a.paramHoles, a.EvalMemo = false, urlparts.Memo{} }()
	a.req.FindWrappers(&a.Base)
}
