package python

import (
	"strings"

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
		if c.recv != nil && sessionLike(a.lastName(c.recv)) && len(c.rv.origin) == 0 && !c.rv.str {
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
		res.kind = kPlain
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
	a.sink(urlN, uv, use{kind: useRequest, call: c.callee})
	if a.symbolic && a.curFn != nil && hasParam(uv.parts) {
		if a.curFn.tmpl == nil {
			a.curFn.tmpl, a.curFn.tmplKey = uv.parts, spanKey(urlN)
		}
		res.origin = []key{keyCallURL}
		return res
	}
	if uv.emitted != 0 {
		res.origin = []key{uv.emitted}
		c.sentTo = res.origin
	}
	return res
}

// callLocal applies the summary of a function of this file to a call: a
// wrapper's URL is rebuilt with the call's arguments and emitted as a
// request, and the result carries what the function returns.
func (a *analyzer) callLocal(c *callSite, f *funcInfo, offset int) *value {
	c.body = f.tmpl != nil
	bound := make([]*node, len(f.params))
	pi := offset
	for _, an := range c.args {
		if an.kind == "list_splat" || an.kind == "dictionary_splat" {
			break
		}
		for pi < len(f.params) && (f.params[pi].star == 2 || f.params[pi].kwOnly) {
			pi++
		}
		if pi >= len(f.params) || f.params[pi].star == 1 {
			break
		}
		bound[pi] = an
		pi++
	}
	for _, k := range c.kwargs {
		if i := f.paramIndex(a.text(k.child("name"))); i >= 0 && f.params[i].star == 0 {
			bound[i] = k.child("value")
		}
	}
	feeds := map[int]bool{}
	for _, p := range f.tmpl {
		if i, ok := paramIndex(p); ok {
			feeds[i] = true
		}
	}
	vals := make([]*value, len(f.params))
	var fedNode *node
	for i, an := range bound {
		if an == nil {
			continue
		}
		a.markArg(c, an)
		if feeds[i] {
			vals[i] = a.eval(an, use{kind: usePart})
			if fedNode == nil {
				fedNode = an
			}
		} else {
			name := ""
			if an.parent != nil && an.parent.kind == "keyword_argument" {
				name = f.params[i].name
			}
			vals[i] = a.eval(an, use{kind: useArg, call: c.callee, name: name, body: f.tmpl != nil})
		}
		if !a.symbolic {
			f.recordArg(i, vals[i])
		}
	}
	for i := range vals {
		if vals[i] == nil {
			if i < len(f.defaults) && f.defaults[i] != nil {
				vals[i] = deref(f.defaults[i], f.params[i].name)
			} else {
				vals[i] = unknown(f.params[i].name)
			}
		}
	}
	siteKey := f.tmplKey
	symbolicURL := false
	if f.tmpl != nil {
		parts, argLit := subst(f.tmpl, vals, f.name, a.spelled(c.n))
		uv := &value{parts: capParts(parts), str: true, global: true}
		if a.symbolic && a.curFn != nil && hasParam(uv.parts) {
			symbolicURL = true
			if a.curFn.tmpl == nil {
				n := fedNode
				if n == nil {
					n = c.n
				}
				a.curFn.tmpl, a.curFn.tmplKey = uv.parts, spanKey(n)
			}
		} else if fedNode != nil && argLit {
			a.sink(fedNode, uv, use{kind: useRequest, call: c.callee})
			if uv.emitted != 0 {
				siteKey = uv.emitted
			}
		}
	}
	if f.ret == nil {
		return unknown(a.spelled(c.n))
	}
	r := f.ret
	res := &value{kind: r.kind, cls: r.cls, fn: r.fn, base: r.base, str: r.str, entries: r.entries}
	if r.str || hasParam(r.parts) {
		parts, argLit := subst(r.parts, vals, f.name, a.spelled(c.n))
		res.parts, res.ref, res.global = capParts(parts), !argLit, true
	} else if r.global && len(r.parts) == 1 && r.parts[0].Kind == ir.Hole && r.parts[0].Foreign == "" {
		// a getter of a setting (return settings.KOBO_URL): its name
		res.parts, res.global = via(r.parts, f.name), true
	} else {
		res.parts = hole(a.spelled(c.n))
	}
	for _, k := range r.origin {
		switch {
		case k == keyCallURL:
			if symbolicURL {
				res.origin = union(res.origin, []key{keyCallURL})
			} else if siteKey != 0 {
				res.origin = union(res.origin, []key{siteKey})
			}
		case k <= keyParam0:
			i := int(keyParam0 - k)
			if i < len(vals) && vals[i] != nil {
				res.origin = union(res.origin, vals[i].origin)
			}
		default:
			res.origin = union(res.origin, []key{k})
		}
	}
	return res
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
