package csharp

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// reqCall is a call that sends an HTTP request, or builds one.
type reqCall struct {
	urlArg *sitter.Node
	base   *sitter.Node // HttpClient.BaseAddress of the receiver
	via    string
	callee string
	wrap   *urlparts.Wrapper
	// receiverURL is set for Flurl-style calls on the URL itself
	// ("https://...".GetJsonAsync()).
	receiverURL bool
	// rest is set for a RestSharp RestRequest: its resource joins the
	// client's base with a slash.
	rest bool
}

// Methods whose first argument is the request URL (HttpClient, WebClient,
// WebRequest, RestSharp and Flurl helpers).
var urlMethods = map[string]bool{
	"GetAsync": true, "GetStringAsync": true, "GetStreamAsync": true, "GetByteArrayAsync": true,
	"PostAsync": true, "PutAsync": true, "PatchAsync": true, "DeleteAsync": true,
	"GetFromJsonAsync": true, "PostAsJsonAsync": true, "PutAsJsonAsync": true, "PatchAsJsonAsync": true,
	"DeleteFromJsonAsync": true, "DownloadString": true, "DownloadStringTaskAsync": true,
	"DownloadData": true, "DownloadDataTaskAsync": true, "DownloadFile": true, "DownloadFileTaskAsync": true,
	"UploadString": true, "UploadStringTaskAsync": true, "UploadData": true, "UploadDataTaskAsync": true,
	"UploadFile": true, "UploadFileTaskAsync": true, "UploadValues": true, "UploadValuesTaskAsync": true,
	"OpenRead": true, "OpenReadTaskAsync": true, "GetJsonAsync": true, "PostJsonAsync": true,
	"PutJsonAsync": true, "DeleteJsonAsync": true,
}

// Static factories taking a URL.
var urlFactories = map[string]bool{
	"WebRequest.Create": true, "WebRequest.CreateHttp": true, "HttpWebRequest.Create": true,
	"HttpWebRequest.CreateHttp": true,
}

// Flurl extension methods called on the URL string itself.
var flurlVerbs = map[string]bool{
	"GetJsonAsync": true, "GetStringAsync": true, "GetAsync": true, "PostJsonAsync": true,
	"PostAsync": true, "GetBytesAsync": true, "GetStreamAsync": true, "PutJsonAsync": true,
	"DeleteAsync": true, "PatchJsonAsync": true, "PostUrlEncodedAsync": true,
}

// Types whose constructor takes the URL, and its position.
//
// A RestSharp RestClient is not here: it holds the base URL of the
// requests it executes (see restBase), and sends nothing itself.
var urlConstructors = map[string]int{
	"HttpRequestMessage": 1, "System.Net.Http.HttpRequestMessage": 1,
	"RestRequest": 0, "RestSharp.RestRequest": 0, "FlurlRequest": 0,
}

func (a *analyzer) classifyRaw(call *sitter.Node) *reqCall {
	args := a.args(call)
	if call.Type() == "object_creation_expression" {
		typ := a.Text(field(call, "type"))
		if idx, ok := urlConstructors[typ]; ok {
			rc := &reqCall{callee: "new " + typ, rest: strings.HasSuffix(typ, "RestRequest")}
			if idx < len(args) && (!rc.rest || !a.isMethodValue(args[idx])) {
				rc.urlArg = args[idx]
			} else {
				rc.urlArg = a.initValue(call, "RequestUri", "Resource")
			}
			if rc.urlArg == nil {
				return nil
			}
			if rc.rest {
				// a resource relative to the base of the client that
				// executes the request
				rc.base, rc.via = a.restBase(call)
			}
			return rc
		}
		return nil
	}
	if call.Type() != "invocation_expression" {
		return nil
	}
	f := unwrap(field(call, "function"))
	if f == nil {
		return nil
	}
	name := a.Spelled(f)
	if fn := a.calleeFunction(call); fn != nil {
		if w := a.Wrappers[fn]; w != nil && w.Index < len(args) {
			return &reqCall{urlArg: args[w.Index], callee: name, wrap: w}
		}
		return nil
	}
	if f.Type() != "member_access_expression" {
		return nil
	}
	obj := unwrap(a.memberObject(f))
	method := a.memberName(f)
	if urlFactories[a.Spelled(obj)+"."+method] && len(args) > 0 {
		return &reqCall{urlArg: args[0], callee: name}
	}
	if flurlVerbs[method] && obj != nil {
		if _, ok := a.Eval(obj, nil, 0); ok {
			return &reqCall{urlArg: obj, callee: name, receiverURL: true}
		}
	}
	if !urlMethods[method] || len(args) == 0 {
		return nil
	}
	rc := &reqCall{urlArg: args[0], callee: name}
	if b := a.baseAddress(obj); b != nil {
		rc.base, rc.via = b, a.Spelled(obj)+".BaseAddress"
	}
	return rc
}

// isMethodValue reports an HTTP method value (Method.Get,
// HttpMethod.Post): RestRequest(Method.Get) has no resource.
func (a *analyzer) isMethodValue(n *sitter.Node) bool {
	n = unwrap(n)
	if n == nil || n.Type() != "member_access_expression" {
		return false
	}
	switch a.Spelled(a.memberObject(n)) {
	case "Method", "HttpMethod", "RestSharp.Method":
		return true
	}
	return false
}

// initValue returns `Name = value` from an object initializer.
func (a *analyzer) initValue(creation *sitter.Node, names ...string) *sitter.Node {
	init := a.FieldOr(creation, "initializer", "initializer_expression")
	for _, c := range a.KidsOfType(init, "assignment_expression") {
		l := a.Text(field(c, "left"))
		for _, n := range names {
			if l == n {
				return field(c, "right")
			}
		}
	}
	return nil
}

// baseAddress finds the BaseAddress of an HttpClient: from its creation's
// initializer or from an assignment `client.BaseAddress = ...`.
func (a *analyzer) baseAddress(obj *sitter.Node) *sitter.Node {
	if obj == nil {
		return nil
	}
	if vs := a.assigned[a.Spelled(obj)+".BaseAddress"]; len(vs) > 0 {
		return vs[0]
	}
	v := a.resolveValue(obj)
	if v != nil && v.Type() == "object_creation_expression" {
		if b := a.initValue(v, "BaseAddress"); b != nil {
			return b
		}
	}
	// `this.client.BaseAddress = ...` spelled differently from the use
	if obj.Type() == "identifier" || obj.Type() == "member_access_expression" {
		name := a.Text(obj)
		if obj.Type() == "member_access_expression" {
			name = a.memberName(obj)
		}
		for k, vs := range a.assigned {
			if len(vs) > 0 && (k == "this."+name+".BaseAddress" || k == name+".BaseAddress") {
				return vs[0]
			}
		}
	}
	return nil
}

// resolveValue follows a name to its initialiser.
func (a *analyzer) resolveValue(n *sitter.Node) *sitter.Node { return a.Resolve(n, 0, a.valueStep) }

// valueStep is resolveValue's step (see tsfront.Base.Resolve).
func (a *analyzer) valueStep(n *sitter.Node, _ int) (*sitter.Node, bool) {
	switch n.Type() {
	case "identifier":
		b := pick(a.lookup(a.Text(n), n), n.StartByte())
		if b == nil || b.value == nil || b.kind == bindParam || b.kind == bindIter {
			return nil, false
		}
		return b.value, b.value != n
	case "member_access_expression":
		if v := a.memberValue(n); v != nil {
			return v, true
		}
	}
	return n, false
}

// calleeFunction resolves an invocation to a method or local function of
// this file: `M(...)`, `this.M(...)`, `Class.M(...)`.
func (a *analyzer) calleeFunction(call *sitter.Node) *sitter.Node {
	if call.Type() != "invocation_expression" {
		return nil
	}
	f := unwrap(field(call, "function"))
	if f == nil {
		return nil
	}
	var name string
	var owners []*sitter.Node
	switch f.Type() {
	case "identifier":
		name = a.Text(f)
		for _, b := range a.lookup(name, f) {
			if b.kind == bindFunc {
				return b.value
			}
		}
		return nil
	case "generic_name":
		for _, c := range a.Kids(f) {
			if c.Type() == "identifier" {
				name = a.Text(c)
			}
		}
		owners = a.enclosingTypes(call)
	case "member_access_expression":
		name = a.memberName(f)
		obj := unwrap(a.memberObject(f))
		switch {
		case obj == nil || isThis(obj):
			owners = a.enclosingTypes(call)
		case obj.Type() == "identifier" && len(a.lookup(a.Text(obj), obj)) == 0:
			owners = a.classes[a.Text(obj)]
		default:
			return nil
		}
	default:
		return nil
	}
	for _, t := range owners {
		for _, b := range a.members[t][name] {
			if b.kind == bindFunc {
				return b.value
			}
		}
	}
	return nil
}

// requestParts evaluates the URL a request call sends.
func (a *analyzer) requestParts(rc *reqCall, e *urlparts.Env, depth int) []ir.Part {
	p, _ := a.Eval(rc.urlArg, e, depth+1)
	if rc.wrap != nil {
		return a.req.WrapperURL(&a.Base, rc.wrap, p, depth+1)
	}
	if rc.base != nil && !isAbsolute(p) {
		b, _ := a.Eval(rc.base, e, depth+1)
		if rc.rest {
			at := int(rc.urlArg.StartByte())
			return urlparts.SlashJoin(urlparts.WithVia(b, rc.via), p, at)
		}
		return ir.Join(urlparts.WithVia(b, rc.via), p)
	}
	return p
}
