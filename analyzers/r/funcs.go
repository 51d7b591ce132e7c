package r

import (
	"github.com/kobolint/kobolint/internal/ir"
)

// Functions of the file are analysed once, with each parameter bound to a
// placeholder. What the analysis learns is kept as a summary:
//   - templates: the URL of every request the body makes that depends on a
//     parameter (a wrapper such as kobo_get(path) -> GET(paste0(base, path)));
//     a call site substitutes its arguments and emits the whole URL;
//   - ret: the value returned (its origin, whether it is built locally,
//     the string it builds), with parameter placeholders a call substitutes.

type funcInfo struct {
	name      string
	node      *FuncNode
	def       *scope // scope the function was defined in
	params    []*paramInfo
	state     int // 0 new, 1 being analysed, 2 done
	templates []template
	ret       value
	returns   []value
	hasReturn bool
}

type paramInfo struct {
	id   int
	name string
	def  []piece // parts of the default value
}

type template struct {
	parts []piece
	call  string
}

// maxTemplates bounds the request templates of one function.
const maxTemplates = 16

func hasTemplate(fi *funcInfo, ps []piece) bool {
	for _, t := range fi.templates {
		if len(t.parts) != len(ps) {
			continue
		}
		same := true
		for i := range ps {
			if ps[i] != t.parts[i] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// namedFunc handles `name <- function(...) ...`.
func (a *analyzer) namedFunc(name string, fn *FuncNode, sc *scope) *funcInfo {
	fi := a.funcDefs[fn]
	if fi == nil || sc != a.global {
		fi = &funcInfo{name: name, node: fn, def: sc}
	}
	a.analyzeFunc(fi)
	return fi
}

// lambda analyses an anonymous function; elem, when given, is the value
// of its first parameter (an element of the list lapply walks).
func (a *analyzer) lambda(fn *FuncNode, sc *scope, elem *value) *funcInfo {
	fi := &funcInfo{name: "", node: fn, def: sc}
	a.analyzeFuncWith(fi, elem, true)
	return fi
}

func (a *analyzer) analyzeFunc(fi *funcInfo) {
	a.analyzeFuncWith(fi, nil, false)
}

func (a *analyzer) analyzeFuncWith(fi *funcInfo, elem *value, anon bool) {
	if fi.state != 0 {
		return
	}
	fi.state = 1
	// A named function emits its URLs once, whatever asked for it first;
	// an anonymous one is evaluated where it stands, which may be a pass
	// that only computes a value.
	saved := a.emitOff
	if !anon {
		a.emitOff = 0
	}
	sc := newScope(fi.def, fi)
	for i, p := range fi.node.Params {
		a.paramSeq++
		pi := &paramInfo{id: a.paramSeq, name: p.Name}
		a.params[pi.id] = pi
		fi.params = append(fi.params, pi)
		if p.Default != nil {
			dv := a.eval(p.Default, fi.def)
			a.emit(dv.parts, ir.RoleAssign, p.Name, "")
			pi.def = dv.parts
		}
		ph := piece{Part: ir.Part{Kind: ir.Hole, Name: p.Name}, param: pi.id}
		v := value{parts: []piece{ph}, origin: []int{paramOrigin(pi.id)}}
		if i == 0 && elem != nil {
			v = value{origin: elem.origin, local: elem.local}
		}
		sc.vars[p.Name] = v
	}
	if shinyServer(fi.node) {
		// server(input, output, session): input$x names a widget.
		for _, n := range []string{"input", "output", "session"} {
			if _, ok := sc.vars[n]; ok {
				sc.vars[n] = value{local: true}
			}
		}
	}
	var last value
	if b, ok := fi.node.Body.(*BlockNode); ok {
		last = a.execBody(b.Stmts, sc, true)
	} else {
		last = a.exec(fi.node.Body, sc, true)
	}
	ret := last
	for i, r := range fi.returns {
		if i == 0 && isEmpty(last) {
			ret = r
			continue
		}
		ret = merge(ret, r)
	}
	fi.ret = ret
	fi.state = 2
	a.emitOff = saved
}

// shinyServer reports a function with parameters input and output, the
// shape of a Shiny server function (and of a module server).
func shinyServer(fn *FuncNode) bool {
	in, out := false, false
	for _, p := range fn.Params {
		in = in || p.Name == "input"
		out = out || p.Name == "output"
	}
	return in && out
}

func isEmpty(v value) bool {
	return len(v.parts) == 0 && len(v.origin) == 0 && !v.local && v.fn == nil && v.req == nil
}

// matchArgs maps parameter index -> argument index the way R matches
// arguments: exact names first, then positions, stopping at `...`.
func matchArgs(params []Param, args []Arg) map[int]int {
	m := map[int]int{}
	used := map[int]bool{}
	for ai, arg := range args {
		if arg.Name == "" {
			continue
		}
		for pi, p := range params {
			if p.Name == arg.Name {
				if _, taken := m[pi]; !taken {
					m[pi] = ai
					used[ai] = true
				}
				break
			}
		}
	}
	pi := 0
	for ai, arg := range args {
		if arg.Name != "" || used[ai] {
			continue
		}
		for pi < len(params) {
			if _, taken := m[pi]; !taken {
				break
			}
			pi++
		}
		if pi < len(params) && params[pi].Name == "..." {
			// The dots take the first argument left: enough for
			// wrappers like get <- function(...) GET(paste0(base, ...)).
			m[pi] = ai
			break
		}
		if pi >= len(params) {
			break
		}
		m[pi] = ai
		pi++
	}
	return m
}

// callLocal evaluates a call to a function of this file.
func (a *analyzer) callLocal(fi *funcInfo, n *CallNode, name string, sc *scope) value {
	a.analyzeFunc(fi)
	vals := make([]value, len(n.Args))
	for i, arg := range n.Args {
		vals[i] = a.eval(arg.Value, sc)
	}
	if fi.state != 2 {
		// A recursive call: nothing is known of the result yet.
		v, _ := a.sinkArgs(n, vals, name, -1, nil)
		return v
	}
	m := matchArgs(fi.node.Params, n.Args)
	subst := map[int][]piece{}
	origins := map[int][]int{}
	litArg := map[int]bool{} // param id -> its argument spells literal text
	argOf := map[int]int{}
	for pidx, ai := range m {
		if pidx >= len(fi.params) {
			continue
		}
		id := fi.params[pidx].id
		v := vals[ai]
		ps := v.parts
		if len(ps) == 0 {
			ps = []piece{hole(a.spelled(n.Args[ai].Value))}
		}
		subst[id] = ps
		origins[id] = v.origin
		argOf[id] = ai
		if hasLitText(v.parts) {
			litArg[id] = true
		}
	}
	covered := map[int]bool{}
	var ids []int
	for _, t := range fi.templates {
		uses, lits := false, false
		for _, p := range t.parts {
			if _, ok := subst[p.param]; ok && p.param != 0 {
				uses = true
				covered[argOf[p.param]] = true
				if litArg[p.param] {
					lits = true
				}
			}
		}
		if !uses {
			continue
		}
		parts := a.substitute(t.parts, subst)
		a.recordTemplate(parts, name, sc)
		if lits {
			if id, ok := a.emit(parts, ir.RoleRequest, "", name); ok {
				ids = append(ids, id)
			}
		}
	}
	out, emitted := a.sinkArgs(n, vals, name, -1, covered)
	// The result: what the function returns, with its parameters replaced.
	ret := fi.ret
	out.parts = a.substitute(ret.parts, subst)
	if !hasLitText(out.parts) {
		out.parts = []piece{hole(a.spelled(n))}
	}
	var origin []int
	for _, o := range ret.origin {
		if isParamOrigin(o) {
			if id := -o - 2; a.ownsParam(fi, id) {
				origin = unionInts(origin, origins[id])
				continue
			}
		}
		origin = unionInts(origin, []int{o})
	}
	origin = unionInts(origin, ids)
	origin = unionInts(origin, emitted)
	out.origin = origin
	out.local = ret.local && len(realOrigin(origin)) == 0
	out.fn = ret.fn
	out.req = ret.req
	return out
}

// recordTemplate keeps a request URL that depends on parameters as a
// template of every enclosing function whose parameter it holds.
func (a *analyzer) recordTemplate(parts []piece, call string, sc *scope) {
	if !hasParam(parts) || a.emitOff > 0 {
		return
	}
	for c := sc; c != nil; c = c.parent {
		if c.fn != nil && a.paramsOf(parts, c.fn) && len(c.fn.templates) < maxTemplates && !hasTemplate(c.fn, parts) {
			c.fn.templates = append(c.fn.templates, template{parts: parts, call: call})
		}
	}
}

func (a *analyzer) ownsParam(fi *funcInfo, id int) bool {
	for _, p := range fi.params {
		if p.id == id {
			return true
		}
	}
	return false
}

// paramsOf reports whether parts hold a placeholder of fi's parameters.
func (a *analyzer) paramsOf(ps []piece, fi *funcInfo) bool {
	for _, p := range ps {
		if p.param != 0 && a.ownsParam(fi, p.param) {
			return true
		}
	}
	return false
}

// substitute replaces placeholders by the arguments of a call; the
// function's own parameters without an argument become their default or a
// hole.
func (a *analyzer) substitute(ps []piece, subst map[int][]piece) []piece {
	if !hasParam(ps) {
		return ps
	}
	var out []piece
	for _, p := range ps {
		if p.param == 0 {
			out = append(out, p)
			continue
		}
		if r, ok := subst[p.param]; ok {
			out = append(out, r...)
			continue
		}
		out = append(out, a.expandParams([]piece{p}, 0)...)
	}
	return out
}
