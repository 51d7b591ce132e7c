package csharp

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
)

// The HTTP method a call sends, by the name of the method called
// (HttpClient, WebClient, Flurl, RestSharp).
var verbOf = map[string]string{
	"GetAsync": "GET", "GetStringAsync": "GET", "GetStreamAsync": "GET", "GetByteArrayAsync": "GET",
	"GetFromJsonAsync": "GET", "GetJsonAsync": "GET", "GetBytesAsync": "GET",
	"DownloadString": "GET", "DownloadStringTaskAsync": "GET", "DownloadData": "GET",
	"DownloadDataTaskAsync": "GET", "DownloadFile": "GET", "DownloadFileTaskAsync": "GET",
	"OpenRead": "GET", "OpenReadTaskAsync": "GET",
	"PostAsync": "POST", "PostAsJsonAsync": "POST", "PostJsonAsync": "POST", "PostUrlEncodedAsync": "POST",
	"UploadString": "POST", "UploadStringTaskAsync": "POST", "UploadData": "POST", "UploadDataTaskAsync": "POST",
	"UploadFile": "POST", "UploadFileTaskAsync": "POST", "UploadValues": "POST", "UploadValuesTaskAsync": "POST",
	"PutAsync": "PUT", "PutAsJsonAsync": "PUT", "PutJsonAsync": "PUT",
	"PatchAsync": "PATCH", "PatchAsJsonAsync": "PATCH", "PatchJsonAsync": "PATCH",
	"DeleteAsync": "DELETE", "DeleteFromJsonAsync": "DELETE", "DeleteJsonAsync": "DELETE",
	// RestSharp's typed shortcuts
	"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE",
	"ExecuteGetAsync": "GET", "ExecutePostAsync": "POST", "ExecutePutAsync": "PUT", "ExecuteGet": "GET",
	"ExecutePost": "POST", "PostJson": "POST", "PutJson": "PUT",
}

// methodName reads a method from an expression: "POST", HttpMethod.Post,
// Method.POST, new HttpMethod("PATCH"); "" when it is none of those.
func (a *analyzer) methodName(n *sitter.Node) string {
	n = unwrap(n)
	if n == nil {
		return ""
	}
	var s string
	switch n.Type() {
	case "member_access_expression":
		s = a.memberName(n)
	case "object_creation_expression":
		if args := a.args(n); len(args) == 1 {
			s, _ = a.constString(args[0])
		}
	default:
		if v, ok := a.constString(n); ok {
			s = v
		} else if v := a.resolveValue(n); v != nil && v != n {
			return a.methodName(v)
		}
	}
	if s = strings.ToUpper(s); names.HTTPMethod(s) {
		return s
	}
	return ""
}

// methodOf is the method a request call sends, or "" when it cannot be
// told: the verb of the method called, the HttpMethod of a request
// message, the Method of a RestRequest (its argument, initializer or a
// later assignment, or the client call that executes it), the method
// argument of WebClient.UploadString(url, "PUT", body). Calls of local
// wrappers take the method of the request inside.
func (a *analyzer) methodOf(call *sitter.Node, rc *reqCall, depth int) string {
	if rc == nil || depth > tsfront.MaxEval {
		return ""
	}
	if rc.wrap != nil {
		inner := rc.wrap.Inner
		return a.methodOf(inner, a.req.Classify(inner), depth+1)
	}
	args := a.args(call)
	if call.Type() == "object_creation_expression" {
		typ := a.Text(field(call, "type"))
		switch {
		case strings.HasSuffix(typ, "HttpRequestMessage"):
			if len(args) > 0 {
				return a.methodName(args[0])
			}
			return a.methodName(a.initValue(call, "Method"))
		case strings.HasSuffix(typ, "RestRequest"):
			return a.restMethod(call)
		}
		return ""
	}
	f := unwrap(field(call, "function"))
	if f == nil || f.Type() != "member_access_expression" {
		return ""
	}
	name := a.memberName(f)
	if strings.HasPrefix(name, "Upload") && len(args) >= 3 {
		// UploadString(url, method, data)
		if m := a.methodName(args[1]); m != "" {
			return m
		}
	}
	if m, ok := verbOf[name]; ok {
		return m
	}
	if strings.HasPrefix(name, "Create") {
		// WebRequest.Create(url): GET unless its Method is set
		return a.assignedMethod(call, "GET")
	}
	return ""
}

// restMethod is the method of a RestRequest: its Method argument, its
// initializer, an assignment to its Method, or the client call that
// executes it (client.Post(request)); GET by default.
func (a *analyzer) restMethod(creation *sitter.Node) string {
	for _, arg := range a.args(creation)[min(1, len(a.args(creation))):] {
		if m := a.methodName(arg); m != "" {
			return m
		}
	}
	if m := a.methodName(a.initValue(creation, "Method")); m != "" {
		return m
	}
	if exec := a.executor(creation); exec != nil {
		if f := unwrap(field(exec, "function")); f != nil && f.Type() == "member_access_expression" {
			if m, ok := verbOf[a.memberName(f)]; ok && !strings.HasPrefix(a.memberName(f), "Download") {
				return m
			}
		}
	}
	return a.assignedMethod(creation, "GET")
}

// assignedMethod is the method assigned to the Method of the variable a
// request object is stored in (`req.Method = Method.POST`), else def.
func (a *analyzer) assignedMethod(creation *sitter.Node, def string) string {
	name := a.storedIn(creation)
	if name == "" {
		return def
	}
	for _, v := range a.assigned[name+".Method"] {
		if m := a.methodName(v); m != "" {
			return m
		}
	}
	return def
}

// storedIn is the local variable a value is assigned to where it is
// created (`var req = new RestRequest(...)`), or "".
func (a *analyzer) storedIn(n *sitter.Node) string {
	p, _ := a.ParentSkipping(n)
	if p == nil {
		return ""
	}
	switch p.Type() {
	case "equals_value_clause":
		if q := a.Up(p); q != nil && q.Type() == "variable_declarator" {
			return a.Text(field(q, "name"))
		}
	case "variable_declarator":
		return a.Text(field(p, "name"))
	case "assignment_expression":
		if l := field(p, "left"); l != nil && l.Type() == "identifier" {
			return a.Text(l)
		}
	}
	return ""
}

// Methods of a RestSharp client that execute a request.
func executes(name string) bool {
	if strings.HasPrefix(name, "Execute") || strings.HasPrefix(name, "Download") {
		return true
	}
	switch name {
	case "Get", "GetAsync", "Post", "PostAsync", "Put", "PutAsync", "Patch", "PatchAsync", "Delete",
		"DeleteAsync", "Options", "Head", "GetJsonAsync", "PostJsonAsync":
		return true
	}
	return false
}

// executor is the client call that executes a request object: the call
// it is handed to directly, or the first call in the same function that
// is handed the variable it is stored in.
func (a *analyzer) executor(creation *sitter.Node) *sitter.Node {
	if p, _ := a.ParentSkipping(creation); p != nil && p.Type() == "argument" {
		if al := a.Up(p); al != nil {
			if call := a.Up(al); call != nil && call.Type() == "invocation_expression" && a.executesCall(call) {
				return call
			}
		}
		return nil
	}
	name := a.storedIn(creation)
	if name == "" {
		return nil
	}
	scope := a.scopes.Of(creation).Node
	var found *sitter.Node
	a.Nav.Walk(scope, func(n *sitter.Node) {
		if found != nil || n.Type() != "invocation_expression" || n.StartByte() < creation.EndByte() || !a.executesCall(n) {
			return
		}
		for _, arg := range a.args(n) {
			if arg = unwrap(arg); arg.Type() == "identifier" && a.Text(arg) == name {
				found = n
				return
			}
		}
	})
	return found
}

// executesCall reports a call of a client method that executes a
// request (client.Execute(req), client.GetAsync<T>(req)).
func (a *analyzer) executesCall(call *sitter.Node) bool {
	f := unwrap(field(call, "function"))
	return f != nil && f.Type() == "member_access_expression" && executes(a.memberName(f))
}

// restBase is the base URL of the RestSharp client that executes a
// request created at creation: `new RestClient(base)`, its BaseUrl set
// in an initializer or assigned (`client.BaseUrl = new Uri(base)`), or
// `new RestClient(new RestClientOptions(base))`. When the executing
// client cannot be told, the one client base of the file, if there is
// exactly one.
func (a *analyzer) restBase(creation *sitter.Node) (*sitter.Node, string) {
	if exec := a.executor(creation); exec != nil {
		if f := unwrap(field(exec, "function")); f != nil {
			if obj := unwrap(a.memberObject(f)); obj != nil {
				if b := a.clientBase(obj); b != nil {
					return b, a.Spelled(obj) + ".BaseUrl"
				}
			}
		}
	}
	if len(a.restClients) == 1 {
		return a.restClients[0], "RestClient"
	}
	return nil, ""
}

// clientBase finds the base URL of a RestSharp client expression.
func (a *analyzer) clientBase(obj *sitter.Node) *sitter.Node {
	name := a.Spelled(obj)
	short := name
	if obj.Type() == "member_access_expression" {
		short = a.memberName(obj)
	}
	for _, k := range []string{name + ".BaseUrl", "this." + short + ".BaseUrl", short + ".BaseUrl"} {
		if vs := a.assigned[k]; len(vs) > 0 {
			return vs[0]
		}
	}
	v := a.resolveValue(obj)
	if v == nil || v.Type() != "object_creation_expression" || !strings.HasSuffix(a.Text(field(v, "type")), "RestClient") {
		return nil
	}
	return a.restClientBase(v)
}

// restClientBase is the base URL given to `new RestClient(...)`.
func (a *analyzer) restClientBase(v *sitter.Node) *sitter.Node {
	if args := a.args(v); len(args) > 0 {
		b := unwrap(args[0])
		if b.Type() == "object_creation_expression" && strings.HasSuffix(a.Text(field(b, "type")), "RestClientOptions") {
			if oa := a.args(b); len(oa) > 0 {
				return oa[0]
			}
			return a.initValue(b, "BaseUrl")
		}
		return args[0]
	}
	return a.initValue(v, "BaseUrl")
}

// collectRestClients lists the base URLs of the RestSharp clients the
// file creates or configures.
func (a *analyzer) collectRestClients() {
	seen := map[string]bool{}
	add := func(b *sitter.Node) {
		if b == nil {
			return
		}
		k := a.Text(b)
		if !seen[k] {
			seen[k] = true
			a.restClients = append(a.restClients, b)
		}
	}
	for _, call := range a.Calls {
		if call.Type() == "object_creation_expression" && strings.HasSuffix(a.Text(field(call, "type")), "RestClient") {
			add(a.restClientBase(call))
		}
	}
	for k, vs := range a.assigned {
		if strings.HasSuffix(k, ".BaseUrl") && len(vs) > 0 {
			add(vs[0])
		}
	}
}
