package python

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/internal/ir"
)

// result kinds of a request call
const (
	resResponse = iota // a response object (.json(), .text)
	resData            // decoded data (pandas.read_json)
)

// requestCall tells whether c is an HTTP call and where its URL is: the
// index of the positional argument (the keyword url= is looked at too).
func (a *analyzer) requestCall(c *callSite) (idx, kind int, ok bool) {
	if r, found := requestFuncs[c.canon]; found {
		return r.idx, r.kind, true
	}
	if c.method == "" || !httpVerbs[c.method] {
		return 0, 0, false
	}
	idx = 0
	if c.method == "request" || c.method == "stream" {
		idx = 1
	}
	switch c.rv.kind {
	case kSession:
		return idx, resResponse, true
	case kPlain:
		// A receiver the analysis cannot follow (a parameter, an attribute
		// of another module) is taken for an HTTP client by its name.
		if c.recv != nil && sessionLike(a.lastName(c.recv)) && !knownOrigin(c.rv.origin) && !c.rv.str {
			return idx, resResponse, true
		}
	}
	return 0, 0, false
}

// lastName is the last identifier of a dotted receiver (self.session ->
// session).
func (a *analyzer) lastName(n *node) string {
	switch n.kind {
	case "identifier":
		return a.text(n)
	case "attribute":
		return a.text(n.child("attribute"))
	}
	return ""
}

func sessionLike(name string) bool {
	l := strings.ToLower(name)
	switch l {
	case "s", "sess", "http", "rs", "req":
		return true
	}
	return strings.Contains(l, "session") || strings.Contains(l, "client")
}

// request evaluates an HTTP call: its URL argument is emitted with
// RoleRequest, the result is a response whose origin is that URL. Inside a
// body being summarised, a URL built from a parameter makes the function a
// wrapper.
func (a *analyzer) request(c *callSite, idx, kind int) *value {
	c.body = true
	var urlN *node
	if idx < len(c.args) {
		urlN = c.args[idx]
		c.done[urlN] = true
	}
	if k := a.kwValue(c, "url"); k != nil {
		urlN = k
		a.markKw(c, "url")
	}
	res := &value{kind: kResponse, parts: hole(a.spelled(c.n))}
	if kind == resData {
		res.kind = kFrame
	}
	if urlN == nil {
		return res
	}
	uv := a.eval(urlN, use{kind: usePart})
	if len(c.rv.base) > 0 && !strings.Contains(litText(uv.parts), "://") {
		uv = uv.copyVal()
		uv.parts = capParts(ir.Join(c.rv.base, uv.parts))
		uv.str = true
	}
	method, mparam := a.requestMethod(c, idx)
	a.sink(urlN, uv, a.bodyURLUse(spanKey(urlN), use{kind: useRequest, call: c.callee, method: method}))
	if a.symbolic && a.curFn != nil && hasParam(uv.parts) {
		if a.curFn.tmpl == nil {
			a.curFn.tmpl, a.curFn.tmplKey = uv.parts, spanKey(urlN)
			a.curFn.method, a.curFn.methodParam = method, mparam
		}
		res.origin = []key{keyCallURL}
		return res
	}
	if kind == resData && localPath(uv) {
		// pd.read_csv("forms.csv"): a local file
		res.origin = []key{keyLocal}
		return res
	}
	if uv.emitted != 0 {
		res.origin = []key{uv.emitted}
		c.sentTo = res.origin
	}
	if kind == resData && strings.HasSuffix(c.canon, ".read_json") {
		// the frame is made of the decoded body: no edit can read a
		// page's results there
		res.dec = a.decodeHere(c.n, res.origin, "")
		a.markList(res)
	}
	return res
}

// localPath tells a file path from a URL: no scheme, and either a path
// join's result or text that starts with a literal.
func localPath(v *value) bool {
	if strings.Contains(litText(v.parts), "://") || len(v.parts) == 0 {
		return false
	}
	return v.kind == kPath || v.parts[0].Kind == ir.Lit || v.kind == kFile
}

// requestMethod tells the HTTP method of a request call: the verb of
// requests.post / session.put, the first argument of request(), urllib's
// data argument. It returns "" when it cannot tell; param is the index of
// the enclosing function's parameter that gives the method (-1 none).
func (a *analyzer) requestMethod(c *callSite, idx int) (method string, param int) {
	verb := c.method
	if c.canon != "" {
		if _, ok := requestFuncs[c.canon]; ok {
			verb = c.canon[strings.LastIndexByte(c.canon, '.')+1:]
		}
	}
	switch verb {
	case "get", "post", "put", "patch", "delete", "head", "options":
		return strings.ToUpper(verb), -1
	case "request", "stream":
		if idx > 0 && len(c.args) > 0 {
			return a.methodArg(c.args[0])
		}
		if m := a.kwValue(c, "method"); m != nil {
			return a.methodArg(m)
		}
		return "", -1
	case "urlopen", "Request", "urlretrieve":
		if m := a.kwValue(c, "method"); m != nil {
			return a.methodArg(m)
		}
		data := a.kwValue(c, "data")
		if data == nil && len(c.args) > 1 && verb != "urlretrieve" {
			data = c.args[1]
		}
		if data != nil && data.kind != "none" {
			return "POST", -1
		}
		return "GET", -1
	}
	if strings.HasPrefix(c.canon, "pandas.read_") || c.canon == "wget.download" {
		return "GET", -1
	}
	return "", -1
}

// methodArg reads an HTTP method given as an argument: a string literal,
// a variable holding one, or a parameter of the function being summarised.
func (a *analyzer) methodArg(n *node) (string, int) {
	if s, ok := a.constString(n); ok {
		return httpMethod(s), -1
	}
	if n.kind != "identifier" {
		return "", -1
	}
	name := a.text(n)
	if _, sc := a.cur.lookup(name); a.symbolic && a.curFn != nil && sc != nil && sc.params[name] {
		return "", a.curFn.paramIndex(name)
	}
	if v := a.eval(n, use{kind: usePart}); v.str && len(v.parts) == 1 && v.parts[0].Kind == ir.Lit {
		return httpMethod(v.parts[0].Text), -1
	}
	return "", -1
}

// httpMethod normalises a method name; "" when it is none.
func httpMethod(s string) string {
	if m, ok := names.AnyCaseMethod(strings.TrimSpace(s)); ok {
		return m
	}
	return ""
}

// markArg marks an argument node (positional, or the value of a keyword
// argument) as consumed.
func (a *analyzer) markArg(c *callSite, an *node) {
	if an.parent != nil && an.parent.kind == "keyword_argument" {
		c.done[an.parent] = true
		return
	}
	c.done[an] = true
}

// subst replaces the parameter holes of a summary by the call's argument
// parts. Literals from the function body are marked Via the function.
// argLit reports whether an argument brought literal text.
func subst(parts []ir.Part, vals []*value, fname, call string) ([]ir.Part, bool) {
	var out []ir.Part
	argLit := false
	for _, p := range parts {
		if p.Kind == ir.Hole && p.Foreign == localMark {
			// a variable of the function: from here it is the call's value
			if n := len(out); n == 0 || out[n-1].Kind != ir.Hole || out[n-1].Name != call {
				out = append(out, ir.Part{Kind: ir.Hole, Name: call})
			}
			continue
		}
		if i, ok := paramIndex(p); ok {
			if sep, splat := splatSep(p); splat && i < len(vals) && vals[i] != nil && vals[i].rest {
				// the call's extra positional arguments, joined
				for j, e := range vals[i].elems {
					if j > 0 {
						out = append(out, ir.Part{Kind: ir.Lit, Text: sep})
					}
					out = append(out, e.parts...)
					argLit = argLit || ir.HasLit(e.parts)
				}
				continue
			}
			if sep, splat := splatSep(p); splat && i < len(vals) && vals[i] != nil && len(vals[i].parts) == 1 {
				// f(*parts) inside a function whose own *args parts is:
				// its call sites' arguments, joined the same way
				if j, ok := paramIndex(vals[i].parts[0]); ok {
					if _, inner := splatSep(vals[i].parts[0]); !inner {
						out = append(out, splatHole(vals[i].parts[0].Name, j, sep))
						continue
					}
				}
			}
			if i < len(vals) && vals[i] != nil {
				out = append(out, vals[i].parts...)
				if ir.HasLit(vals[i].parts) {
					argLit = true
				}
			} else {
				out = append(out, ir.Part{Kind: ir.Hole, Name: p.Name})
			}
			continue
		}
		if p.Via == "" {
			p.Via = fname
		}
		out = append(out, p)
	}
	return out, argLit
}
