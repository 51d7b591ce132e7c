package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// reqCall describes a call that sends an HTTP request: which argument holds
// the URL and what base URL the client adds in front of it.
type reqCall struct {
	// urlArg is the expression holding the URL (an argument, or the `url`
	// value of an options object).
	urlArg *sitter.Node
	// base is the base URL of the client instance (axios.create({baseURL})).
	base    *sitter.Node
	baseVia string
	callee  string
	// wrap is set when the call goes to a local function that passes
	// urlArg on to a request.
	wrap *urlparts.Wrapper
	// host and path are set for Node's http(s).get/request({hostname,
	// path}): the URL is scheme + host + path.
	host, path *sitter.Node
	scheme     string
}

// Functions whose first argument is a URL, by the name they are called by.
var requestFuncs = map[string]bool{
	"fetch": true, "axios": true, "got": true, "ky": true, "request": true, "superagent": true,
	"needle": true, "ofetch": true, "$fetch": true, "nodeFetch": true, "crossFetch": true,
	"fetchJsonp": true, "wretch": true, "phin": true, "bent": true, "popsicle": true,
	"window.fetch": true, "globalThis.fetch": true, "self.fetch": true,
	"UrlFetchApp.fetch": true, "$.ajax": true, "jQuery.ajax": true, "$.getJSON": true,
	"jQuery.getJSON": true, "$.get": true, "$.post": true, "jQuery.get": true, "jQuery.post": true,
	"http.get": true, "https.get": true, "http.request": true, "https.request": true,
}

// HTTP verbs and helpers called on a client object.
var clientMethods = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "del": true,
	"head": true, "options": true, "request": true, "fetch": true, "getJSON": true, "ajax": true,
	"getJson": true, "postJson": true, "postJSON": true, "json": false,
}

// Objects whose verbs send requests: HTTP libraries by their usual import
// names.
var clientRoots = map[string]bool{
	"axios": true, "got": true, "ky": true, "superagent": true, "request": true, "needle": true,
	"$": true, "jQuery": true, "http": true, "https": true, "UrlFetchApp": true, "fetch": true,
	"ofetch": true, "wretch": true, "rp": true, "requestPromise": true, "agent": true,
}

// Name endings that mark an object as an HTTP client (this.http, apiClient,
// koboApi, session).
var clientSuffixes = []string{"http", "client", "api", "axios", "request", "session", "agent", "fetcher"}

// Calls that create a client with a base URL, and the option naming it.
var clientFactories = map[string][]string{
	"axios.create": {"baseURL", "baseUrl"},
	"got.extend":   {"prefixUrl"},
	"ky.create":    {"prefixUrl", "prefixURL"},
	"ky.extend":    {"prefixUrl", "prefixURL"},
	"create":       {"baseURL"},
}

func (a *analyzer) classifyRaw(call *sitter.Node) *reqCall {
	args := a.args(call)
	if call.Type() == "new_expression" {
		ctor := a.Spelled(field(call, "constructor"))
		if (ctor == "Request" || ctor == "EventSource") && len(args) > 0 {
			return &reqCall{urlArg: args[0], callee: "new " + ctor}
		}
		return nil
	}
	f := a.callee(call)
	if f == nil {
		return nil
	}
	name := strings.ReplaceAll(a.Spelled(f), "?.", ".")
	// A local wrapper wins over a library name it may shadow.
	if fn := a.calleeFunction(call, 0); fn != nil {
		if w := a.Wrappers[fn]; w != nil && w.Index < len(args) {
			return &reqCall{urlArg: args[w.Index], callee: name, wrap: w}
		}
		if f.Type() == "identifier" {
			return nil
		}
	}
	if len(args) == 0 {
		return nil
	}
	if requestFuncs[name] {
		return a.withOptions(&reqCall{urlArg: args[0], callee: name})
	}
	if f.Type() != "member_expression" {
		return nil
	}
	obj := unwrap(field(f, "object"))
	prop := a.Text(field(f, "property"))
	// XMLHttpRequest: xhr.open("GET", url).
	if prop == "open" && len(args) >= 2 {
		if m, ok := a.constString(args[0]); ok && names.HTTPMethod(strings.ToUpper(m)) {
			return &reqCall{urlArg: args[1], callee: name}
		}
		return nil
	}
	if !clientMethods[prop] {
		return nil
	}
	rc := &reqCall{urlArg: args[0], callee: name}
	// An instance made by axios.create() & co. carries its base URL.
	if inst := a.resolveValue(obj, 0); inst != nil && inst.Type() == "call_expression" {
		fac := a.Spelled(unwrap(field(inst, "function")))
		if keys, ok := clientFactories[fac]; ok {
			if ia := a.args(inst); len(ia) > 0 {
				if cfg := a.resolveValue(ia[0], 0); cfg != nil && cfg.Type() == "object" {
					rc.base = a.objectKey(cfg, keys...)
					rc.baseVia = a.Spelled(obj)
				}
			}
			return a.withOptions(rc)
		}
	}
	root := a.Spelled(obj)
	if clientRoots[root] {
		if root == "axios" && a.axiosBase != nil {
			rc.base, rc.baseVia = a.axiosBase, "axios.defaults.baseURL"
		}
		return a.withOptions(rc)
	}
	last := strings.ToLower(root)
	if i := strings.LastIndexByte(last, '.'); i >= 0 {
		last = last[i+1:]
	}
	for _, s := range clientSuffixes {
		if strings.HasSuffix(last, s) {
			return a.withOptions(rc)
		}
	}
	return nil
}

// withOptions handles the options-object call style: axios({url}),
// $.ajax({url}), request({uri}).
func (a *analyzer) withOptions(rc *reqCall) *reqCall {
	v := unwrap(rc.urlArg)
	if v == nil || v.Type() != "object" {
		return rc
	}
	u := a.objectKey(v, "url", "uri", "href")
	if u == nil {
		// http.request({hostname, path}): no URL, but its pieces
		host := a.objectKey(v, "hostname", "host")
		path := a.objectKey(v, "path", "pathname")
		if host == nil || path == nil {
			return nil
		}
		rc.host, rc.path, rc.scheme = host, path, "https://"
		if strings.HasPrefix(rc.callee, "http.") {
			rc.scheme = "http://"
		}
		if p, ok := a.constString(a.objectKey(v, "protocol")); ok && p != "" {
			rc.scheme = strings.TrimSuffix(p, ":") + "://"
		}
		rc.urlArg = path
		return rc
	}
	rc.urlArg = u
	if rc.base == nil {
		if b := a.objectKey(v, "baseURL", "baseUrl", "prefixUrl"); b != nil {
			rc.base, rc.baseVia = b, "baseURL"
		}
	}
	return rc
}

// objectKey returns the value of the first of keys found in an object
// literal.
func (a *analyzer) objectKey(obj *sitter.Node, keys ...string) *sitter.Node {
	for _, k := range keys {
		for _, c := range a.Kids(obj) {
			switch c.Type() {
			case "pair":
				if name, ok := a.propName(field(c, "key")); ok && name == k {
					return field(c, "value")
				}
			case "shorthand_property_identifier":
				if a.Text(c) == k {
					return c
				}
			}
		}
	}
	return nil
}

// calleeFunction resolves the callee of call to a function defined in this
// file: a declaration, a const arrow, an object or class method.
func (a *analyzer) calleeFunction(call *sitter.Node, depth int) *sitter.Node {
	if call.Type() != "call_expression" {
		return nil
	}
	f := a.callee(call)
	if f == nil {
		return nil
	}
	var v *sitter.Node
	switch f.Type() {
	case "identifier":
		v = a.resolveValue(f, depth+1)
	case "member_expression":
		v = a.memberValue(f, depth+1)
		if v == nil {
			v = a.objectMethod(f)
		}
	}
	v = unwrap(v)
	if v != nil && isFunction(v) {
		return v
	}
	return nil
}

// objectMethod finds `m() {}` in an object literal for obj.m().
func (a *analyzer) objectMethod(f *sitter.Node) *sitter.Node {
	target := a.resolveValue(field(f, "object"), 1)
	if target == nil || target.Type() != "object" {
		return nil
	}
	prop := a.Text(field(f, "property"))
	for _, c := range a.Kids(target) {
		if c.Type() == "method_definition" && a.Text(field(c, "name")) == prop {
			return c
		}
	}
	return nil
}

// requestParts evaluates the URL a request call sends, expanding wrappers
// and client base URLs.
func (a *analyzer) requestParts(rc *reqCall, e *urlparts.Env, depth int) []ir.Part {
	if rc.host != nil {
		h, _ := a.Eval(rc.host, e, depth+1)
		p, _ := a.Eval(rc.path, e, depth+1)
		at := int(rc.host.StartByte())
		return ir.Join([]ir.Part{{Kind: ir.Lit, Text: rc.scheme, Span: ir.Span{Start: at, End: at}}}, h, p)
	}
	p, _ := a.Eval(rc.urlArg, e, depth+1)
	if rc.wrap != nil {
		return a.req.WrapperURL(&a.Base, rc.wrap, p, depth+1)
	}
	return a.withBase(rc, p, e, depth)
}

func (a *analyzer) withBase(rc *reqCall, p []ir.Part, e *urlparts.Env, depth int) []ir.Part {
	if rc.base == nil || isAbsolute(p) {
		return p
	}
	b, _ := a.Eval(rc.base, e, depth+1)
	// axios, ky and got put one slash between the base and the path
	return urlparts.SlashJoin(urlparts.WithVia(b, rc.baseVia), p, int(rc.urlArg.StartByte()))
}
