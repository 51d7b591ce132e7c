package r

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// binary evaluates an operator; pipes become calls.
func (a *analyzer) binary(x *BinNode, sc *scope) value {
	if x.Op == "|>" || isMagrittr(x.Op) {
		return a.pipe(x, sc)
	}
	if x.Op == "~" {
		return value{}
	}
	a.eval(x.L, sc)
	a.eval(x.R, sc)
	return value{}
}

func isMagrittr(op string) bool {
	return op == "%>%" || op == "%T>%" || op == "%<>%" || op == "%$%"
}

// pipe rewrites lhs |> f(args) and lhs %>% f(args) into f(lhs, args),
// or puts lhs where the placeholder (`.` for %>%, `_` for |>) stands.
func (a *analyzer) pipe(x *BinNode, sc *scope) value {
	lv := a.eval(x.L, sc)
	s, e := x.L.span()
	lhs := &valNode{pos: pos{s, e}, v: lv}
	if l, ok := x.L.(*BinNode); ok && (l.Op == "|>" || isMagrittr(l.Op)) {
		lhs.recv = a.pipeHead(l)
	} else {
		lhs.recv = a.spelled(x.L)
	}
	inner := newScope(sc, nil)
	inner.vars["."] = lv
	var out value
	switch r := x.R.(type) {
	case *CallNode:
		args := make([]Arg, 0, len(r.Args)+1)
		placed := false
		for _, arg := range r.Args {
			if id, ok := arg.Value.(*IdentNode); ok && (id.Name == "." && x.Op != "|>" || id.Name == "_" && x.Op == "|>") {
				arg.Value = lhs
				placed = true
			}
			args = append(args, arg)
		}
		if !placed {
			args = append([]Arg{{Value: lhs}}, args...)
		}
		c := &CallNode{pos: r.pos, Fn: r.Fn, Args: args}
		a.piped[c] = x.Op
		out = a.call(c, inner)
	case *IdentNode, *NsNode:
		rs, re := r.span()
		c := &CallNode{pos: pos{rs, re}, Fn: r, Args: []Arg{{Value: lhs}}}
		a.piped[c] = x.Op
		out = a.call(c, inner)
	case *ParenNode:
		if f, ok := r.X.(*FuncNode); ok {
			fi := a.lambda(f, sc, &lv)
			out = fi.ret
			break
		}
		out = a.eval(r, inner)
	default:
		// { ... } or .$name: the block sees the value as `.`.
		out = a.eval(r, inner)
	}
	if x.Op == "%T>%" {
		return lv
	}
	if x.Op == "%<>%" {
		if id, ok := x.L.(*IdentNode); ok {
			sc.vars[id.Name] = out
		}
	}
	return out
}

// apply evaluates lapply/sapply/map and friends: the function argument
// sees each element of the data argument, an extractor string ("title",
// or "[[", "title") reads a field of each element.
func (a *analyzer) apply(short, name string, n *CallNode, sc *scope) value {
	dataIdx := -1
	for i, arg := range n.Args {
		if arg.Value == nil {
			continue
		}
		switch v := arg.Value.(type) {
		case *FuncNode, *StrNode:
			continue
		case *UnNode:
			if v.Op == "~" {
				continue
			}
		}
		if arg.Name == "" || arg.Name == "X" || arg.Name == ".x" || arg.Name == "x" || arg.Name == ".l" {
			dataIdx = i
			break
		}
	}
	var data value
	if dataIdx >= 0 {
		data = a.eval(n.Args[dataIdx].Value, sc)
	}
	dataText := ""
	if dataIdx >= 0 {
		dataText = a.spelled(n.Args[dataIdx].Value)
	}
	if dataIdx >= 0 {
		a.asList(data)
	}
	elem := value{origin: data.origin, local: data.local}
	out := value{origin: data.origin, local: data.local}
	typ := mapTypes[short]
	if short == "vapply" {
		typ = a.vapplyType(n)
	}
	extractor := false
	var ids []int
	for i, arg := range n.Args {
		if i == dataIdx || arg.Value == nil {
			continue
		}
		switch v := arg.Value.(type) {
		case *FuncNode:
			fi := a.lambda(v, sc, &elem)
			if fi.ret.local && len(realOrigin(fi.ret.origin)) == 0 {
				out = value{local: true}
			}
			continue
		case *UnNode:
			if v.Op == "~" {
				f := newScope(sc, nil)
				for _, nm := range []string{".x", ".", "..1"} {
					f.vars[nm] = elem
				}
				a.eval(v.X, f)
				continue
			}
		case *IdentNode:
			if v.Name == "[[" || v.Name == "[" || v.Name == "$" || v.Name == "getElement" || v.Name == "pluck" {
				extractor = true
				continue
			}
		case *StrNode:
			if v.Text == "[[" || v.Text == "[" || v.Text == "$" || v.Text == "getElement" {
				extractor = true
				continue
			}
			if short == "vapply" && a.vapplyType(n) != "" && i == a.nthPositional(n, 3) {
				continue // FUN.VALUE given as a string: "" is character(1)
			}
			if dataIdx >= 0 && (extractor || strings.HasPrefix(short, "map") || short == "pluck") && arg.Name != "FUN.VALUE" {
				n0 := len(a.file.Fields)
				a.field(v.Text, v.CS, v.CE, v.Raw, ir.FieldSubscript, elem, dataText)
				if typ != "" && len(a.file.Fields) > n0 {
					a.file.Fields[n0].Type = typ
				}
				continue
			}
		}
		v := a.eval(arg.Value, sc)
		if v.fn != nil {
			continue // a named function: analysed where it was defined
		}
		if id, ok := a.emit(v.parts, ir.RoleArg, arg.Name, name); ok {
			ids = append(ids, id)
		}
	}
	out.origin = unionInts(out.origin, ids)
	return out
}

// httr2 models request(url) |> req_url_path_append("x") |> req_perform():
// the URL is built up along the pipe and emitted where it is performed.
func (a *analyzer) httr2(short, name string, n *CallNode, sc *scope) (value, bool) {
	vals := make([]value, len(n.Args))
	for i, arg := range n.Args {
		vals[i] = a.eval(arg.Value, sc)
	}
	first := -1
	for i, arg := range n.Args {
		if arg.Value != nil && arg.Name == "" {
			first = i
			break
		}
	}
	if short == "request" {
		if first < 0 {
			for i, arg := range n.Args {
				if arg.Name == "base_url" {
					first = i
				}
			}
		}
		if first < 0 {
			return value{}, true
		}
		r := &reqBuilder{parts: vals[first].parts, call: name}
		a.requests = append(a.requests, r)
		a.requestArgs(vals)
		return value{req: r, origin: vals[first].origin}, true
	}
	if first < 0 || vals[first].req == nil {
		// Not an httr2 request: an ordinary call.
		v, _ := a.sinkArgs(n, vals, name, -1, "", nil)
		return v, true
	}
	in := vals[first].req
	switch {
	case httr2Perform[short]:
		in.emitted = true
		method := in.method
		if method == "" {
			method = "GET"
		}
		a.recordTemplate(in.parts, name, method, 0, sc)
		out := value{origin: vals[first].origin}
		if id, ok := a.emitURL(in.parts, ir.URL{Role: ir.RoleRequest, Call: name, Method: method}); ok {
			out.origin = unionInts(out.origin, []int{id})
			for _, k := range in.keys {
				a.file.Fields[k].Origin = unionInts(a.file.Fields[k].Origin, []int{id})
			}
		}
		return out, true
	case short == "req_url_path_append" || short == "req_url_path" || short == "req_url":
		r := &reqBuilder{call: in.call, method: in.method, explicit: in.explicit}
		if short != "req_url" {
			r.parts = append(r.parts, in.parts...)
		}
		for i, arg := range n.Args {
			if i == first || arg.Value == nil || arg.Name != "" {
				continue
			}
			ps := vals[i].parts
			if len(ps) == 0 {
				ps = []piece{hole(a.spelled(arg.Value))}
			}
			if short != "req_url" {
				// path segments: httr2 escapes a '?' in them
				ps = segments(ps, true)
				if len(ps) == 1 && ps[0].dots {
					ps[0].sep, ps[0].Segment = "/", true
				}
				if ps[0].Kind != ir.Lit || ps[0].param != 0 || !strings.HasPrefix(ps[0].Text, "/") {
					r.parts = append(r.parts, bareLit("/"))
				}
			}
			r.parts = append(r.parts, ps...)
		}
		in.emitted = true
		a.requests = append(a.requests, r)
		return value{req: r, origin: vals[first].origin}, true
	case short == "req_method" || bodyVerbs[short]:
		r := *in
		r.emitted = false
		switch {
		case short == "req_method":
			r.method, r.explicit = "", true
			for i, arg := range n.Args {
				if i != first && arg.Value != nil && (arg.Name == "" || arg.Name == "method") {
					if s, ok := arg.Value.(*StrNode); ok {
						r.method = strings.ToUpper(s.Text)
					}
					break
				}
			}
		case !r.explicit:
			r.method = "POST"
		}
		if bodyVerbs[short] {
			// a list sent as the body: its keys travel with the request
			r.keys = append([]int(nil), in.keys...)
			for i, v := range vals {
				if i != first {
					r.keys = append(r.keys, v.keys...)
				}
			}
		}
		in.emitted = true
		a.requests = append(a.requests, &r)
		return value{req: &r, origin: vals[first].origin}, true
	}
	// req_auth_basic, req_headers, req_url_query, ...: the same request.
	return value{req: in, origin: vals[first].origin}, true
}

// pipeHead returns the expression a chain of pipes starts from.
func (a *analyzer) pipeHead(x *BinNode) string {
	for {
		l, ok := x.L.(*BinNode)
		if !ok || l.Op != "|>" && !isMagrittr(l.Op) {
			return a.spelled(x.L)
		}
		x = l
	}
}

// vapplyType reads vapply's FUN.VALUE (integer(1), character(1), ...),
// named or the third argument.
func (a *analyzer) vapplyType(n *CallNode) string {
	k := 0
	for _, arg := range n.Args {
		if arg.Name == "" && arg.Value != nil {
			k++
		}
		if arg.Name != "FUN.VALUE" && (arg.Name != "" || k != 3) {
			continue
		}
		switch v := arg.Value.(type) {
		case *CallNode:
			_, f := a.callee(v.Fn)
			return map[string]string{"integer": "int", "numeric": "float", "double": "float",
				"character": "string", "logical": "bool"}[f]
		case *StrNode:
			return "string"
		case *NumNode:
			if strings.HasSuffix(v.Text, "L") {
				return "int"
			}
			return "float"
		}
	}
	return ""
}

// nthPositional returns the index of the k-th (1-based) unnamed argument.
func (a *analyzer) nthPositional(n *CallNode, k int) int {
	for i, arg := range n.Args {
		if arg.Name == "" && arg.Value != nil {
			k--
			if k == 0 {
				return i
			}
		}
	}
	return -1
}
