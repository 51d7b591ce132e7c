package r

import (
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
		if init, ok := recv.class["initialize"]; ok && init.fn != nil {
			a.callLocal(init.fn, n, name, sc)
		} else {
			vals := make([]value, len(n.Args))
			for i, arg := range n.Args {
				vals[i] = a.eval(arg.Value, sc)
			}
			a.sinkArgs(n, vals, name, -1, nil)
		}
		return value{obj: recv.class, local: true, ref: true}, true
	}
	if m, ok := member(recv, d.Name); ok && m.fn != nil {
		out := a.callLocal(m.fn, n, name, sc)
		return out, true
	}
	return value{}, false
}
