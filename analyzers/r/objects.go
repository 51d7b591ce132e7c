package r

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Objects the code builds itself: a list(...) of settings, an R6 class.
// Their named elements are values like variables are: cfg$base after
// cfg <- list(base = "https://...") is that URL, and self$get(path) in an
// R6 method calls the class's own get method.

// listObject makes the element map of list(a = x, b = y).
func listObject(n *CallNode, vals []value) map[string]value {
	obj := map[string]value{}
	for i, arg := range n.Args {
		if arg.Name != "" && i < len(vals) {
			obj[arg.Name] = vals[i]
		}
	}
	return obj
}

// member returns element name of an object value.
func member(recv value, name string) (value, bool) {
	if recv.obj == nil {
		return value{}, false
	}
	v, ok := recv.obj[name]
	return v, ok
}

// setMember handles x$name <- v and x[["name"]] <- v for a variable x.
func (a *analyzer) setMember(target Node, v value, sc *scope) {
	var root *IdentNode
	name := ""
	switch t := target.(type) {
	case *DollarNode:
		root, _ = t.X.(*IdentNode)
		name = t.Name
	case *IndexNode:
		root, _ = t.X.(*IdentNode)
		if len(t.Args) == 1 {
			if s, ok := t.Args[0].Value.(*StrNode); ok {
				name = s.Text
			}
		}
	}
	if root == nil || name == "" {
		return
	}
	for c := sc; c != nil; c = c.parent {
		cur, ok := c.vars[root.Name]
		if !ok {
			continue
		}
		if cur.obj == nil && !cur.local {
			return // a response or unknown value: not ours to model
		}
		if cur.ref && cur.obj != nil {
			cur.obj[name] = v // an R6 object: one object, changed in place
			return
		}
		obj := make(map[string]value, len(cur.obj)+1)
		for k, x := range cur.obj {
			obj[k] = x
		}
		obj[name] = v
		cur.obj = obj
		c.vars[root.Name] = cur
		return
	}
}

// r6Class handles R6::R6Class("Name", public = list(...), private = ...):
// fields become members of self/private, methods are analysed with self
// and private bound, and Name$new() returns an object with those members.
func (a *analyzer) r6Class(n *CallNode, sc *scope) value {
	self := map[string]value{}
	private := map[string]value{}
	type method struct {
		into map[string]value
		name string
		fn   *FuncNode
	}
	var methods []method
	for _, arg := range n.Args {
		var into map[string]value
		switch arg.Name {
		case "public", "active":
			into = self
		case "private":
			into = private
		default:
			a.eval(arg.Value, sc)
			continue
		}
		l, ok := arg.Value.(*CallNode)
		if !ok {
			a.eval(arg.Value, sc)
			continue
		}
		if _, short := a.callee(l.Fn); short != "list" {
			a.eval(arg.Value, sc)
			continue
		}
		for _, el := range l.Args {
			if fn, ok := el.Value.(*FuncNode); ok && el.Name != "" {
				methods = append(methods, method{into, el.Name, fn})
				continue
			}
			v := a.eval(el.Value, sc)
			if el.Name != "" {
				a.emit(v.parts, ir.RoleAssign, el.Name, "")
				into[el.Name] = v
			}
		}
	}
	cls := newScope(sc, nil)
	cls.vars["self"] = value{obj: self, local: true, ref: true}
	cls.vars["private"] = value{obj: private, local: true, ref: true}
	// Methods are created first so that they can call one another through
	// self$name(); each is analysed when first called or at the end.
	infos := make([]*funcInfo, len(methods))
	for i, m := range methods {
		infos[i] = &funcInfo{name: m.name, node: m.fn, def: cls}
		m.into[m.name] = value{fn: infos[i]}
	}
	// initialize first: it sets the fields the other methods read.
	for _, fi := range infos {
		if fi.name == "initialize" {
			a.analyzeFunc(fi)
		}
	}
	for _, fi := range infos {
		a.analyzeFunc(fi)
	}
	return value{local: true, class: self}
}

// methodCall handles obj$name(args) where obj has a function member, and
// Class$new(...).
func (a *analyzer) methodCall(d *DollarNode, n *CallNode, name string, sc *scope) (value, bool) {
	recv := a.eval(d.X, sc)
	if recv.class != nil && d.Name == "new" {
		var inst *instance
		if init, ok := recv.class["initialize"]; ok && init.fn != nil {
			fi := init.fn
			a.analyzeFunc(fi)
			vals := make([]value, len(n.Args))
			for i, arg := range n.Args {
				vals[i] = a.eval(arg.Value, sc)
			}
			if fi.state == 2 {
				b := a.bind(fi, n, vals, nil)
				inst = &instance{subst: b.subst, origins: b.origins}
			}
			// the constructor's own requests, made with the arguments
			a.callWith(fi, n, name, sc, vals, nil)
		} else {
			vals := make([]value, len(n.Args))
			for i, arg := range n.Args {
				vals[i] = a.eval(arg.Value, sc)
			}
			a.sinkArgs(n, vals, name, -1, "", nil)
		}
		return value{obj: recv.class, local: true, ref: true, inst: inst}, true
	}
	if m, ok := member(recv, d.Name); ok && m.fn != nil {
		out := a.callLocalIn(m.fn, n, name, sc, recv.inst)
		return out, true
	}
	if cls, ok := d.X.(*IdentNode); ok && d.Name == "new" && recv.class == nil && !httpClasses[cls.Name] && a.foreignClass(cls.Name, sc) {
		// an object of a class another file defines (an R6 client)
		vals := a.evalArgs(n, sc)
		v, _ := a.sinkArgs(n, vals, name, -1, "", nil)
		return value{local: true, ref: true, foreign: cls.Name, origin: v.origin}, true
	}
	if recv.foreign != "" {
		// a method of that class: the request it makes with a path
		vals := a.evalArgs(n, sc)
		skip := map[int]bool{}
		id := a.otherFileCall(n, recv.foreign+"$"+d.Name, vals, skip, sc)
		v, _ := a.sinkArgs(n, vals, name, -1, "", skip)
		if id >= 0 {
			v.origin = unionInts(v.origin, []int{id})
		}
		return v, true
	}
	if d.Name == "new" && httpClasses[a.spelled(d.X)] {
		// crul's HttpClient: its base URL is url=, or the first argument
		return a.newClient(n, name, sc), true
	}
	if verb, ok := crulVerbs[d.Name]; ok {
		if v, ok := a.clientRequest(recv, d, n, name, verb, sc); ok {
			return v, true
		}
	}
	return value{}, false
}

// instMember is a member of an object made by a constructor call: the
// parameters of initialize() that set it are what the call gave them.
func (a *analyzer) instMember(m value, in *instance) value {
	b := binding{subst: in.subst, origins: in.origins}
	m.parts = a.substitute(m.parts, b)
	m.origin = argOrigins(m.origin, in.origins)
	return m
}

// newClient handles Class$new(url, ...) for a class defined elsewhere:
// an HTTP client whose base URL its request methods join paths to.
func (a *analyzer) newClient(n *CallNode, name string, sc *scope) value {
	vals := make([]value, len(n.Args))
	for i, arg := range n.Args {
		vals[i] = a.eval(arg.Value, sc)
	}
	base := argIndex(n.Args, "url", "base_url", "baseurl")
	v, _ := a.sinkArgs(n, vals, name, -1, "", nil)
	v.local = true
	if base >= 0 && len(vals[base].parts) > 0 {
		v.client = &httpClient{base: vals[base].parts}
	}
	return v
}

// clientRequest handles cli$get(path = ...), cli$post(...) on an HTTP
// client object (crul's HttpClient and the R6 clients that extend it): the
// path is joined to the client's base URL. A receiver the analysis does
// not know is taken for one when the path holds URL text.
func (a *analyzer) clientRequest(recv value, d *DollarNode, n *CallNode, name, verb string, sc *scope) (value, bool) {
	vals := make([]value, len(n.Args))
	for i, arg := range n.Args {
		vals[i] = a.eval(arg.Value, sc)
	}
	pi := argIndex(n.Args, "path", "url")
	// A client of another class (a package's R6 client) may put any
	// prefix before a relative path (api/v2/ for some paths and not for
	// others): only a whole URL is known to be the request's.
	var base []piece
	switch {
	case recv.client != nil:
		base = recv.client.base
	case pi >= 0 && absolute(vals[pi].parts) && recv.obj == nil:
	default:
		return value{}, false
	}
	var parts []piece
	if pi >= 0 && absolute(vals[pi].parts) {
		parts = vals[pi].parts
	} else {
		parts = append(parts, base...)
		if pi >= 0 {
			ps := vals[pi].parts
			if len(ps) == 0 {
				ps = []piece{hole(a.spelled(n.Args[pi].Value))}
			}
			if !endsWithSlash(base) && (ps[0].Kind != ir.Lit || !strings.HasPrefix(ps[0].Text, "/")) {
				parts = append(parts, bareLit("/"))
			}
			parts = append(parts, ps...)
		}
	}
	a.recordTemplate(parts, name, verb, 0, sc)
	skip := map[int]bool{}
	if pi >= 0 {
		skip[pi] = true
	}
	v, _ := a.sinkArgs(n, vals, name, -1, "", skip)
	if id, ok := a.emitURL(parts, ir.URL{Role: ir.RoleRequest, Call: name, Method: verb}); ok {
		v.origin = unionInts(v.origin, []int{id})
	}
	v.origin = unionInts(v.origin, recv.origin)
	v.local = false
	return v, true
}

// httpClasses are the HTTP client classes whose objects join a path to
// the base URL they were made with.
var httpClasses = map[string]bool{
	"HttpClient": true, "crul::HttpClient": true, "HttpRequest": true, "crul::HttpRequest": true,
}

// httpClient is an HTTP client object with a base URL.
type httpClient struct {
	base []piece
}

// absolute reports parts that start with a scheme.
func absolute(ps []piece) bool {
	return len(ps) > 0 && ps[0].Kind == ir.Lit && ps[0].param == 0 && strings.Contains(ps[0].Text, "://")
}

func endsWithSlash(ps []piece) bool {
	if len(ps) == 0 {
		return false
	}
	p := ps[len(ps)-1]
	return p.Kind == ir.Lit && strings.HasSuffix(p.Text, "/")
}

// evalArgs evaluates the arguments of a call.
func (a *analyzer) evalArgs(n *CallNode, sc *scope) []value {
	vals := make([]value, len(n.Args))
	for i, arg := range n.Args {
		vals[i] = a.eval(arg.Value, sc)
	}
	return vals
}

// foreignClass reports a name that nothing of this file binds: a class
// generator another file defines (KoboClient of KoboClient$new()).
func (a *analyzer) foreignClass(name string, sc *scope) bool {
	_, bound := sc.lookup(name)
	return !bound
}
