package r

import (
	"strings"

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
	calls     int // calls seen (not counting those evaluated for a value only)
}

type paramInfo struct {
	id   int
	name string
	def  []piece // parts of the default value
	// argOrigins are the origins of what the file's calls hand it.
	argOrigins []int
	// defOrigin is the origin of its default value.
	defOrigin []int
}

type template struct {
	parts []piece
	call  string
	// method is the request's HTTP method, or methodParam the parameter
	// that gives it (VERB(verb, url)).
	method      string
	methodParam int
	// guards are the conditions on parameters under which the request is
	// made (if (version == "v1") ...): a call whose arguments fail one
	// does not make it.
	guards []guard
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
	// the branch a call of it stands in does not hold inside it
	savedGuards, savedMasking := a.guards, a.masking
	a.guards, a.masking = nil, 0
	sc := newScope(fi.def, fi)
	for i, p := range fi.node.Params {
		a.paramSeq++
		pi := &paramInfo{id: a.paramSeq, name: p.Name}
		a.params[pi.id] = pi
		fi.params = append(fi.params, pi)
		ph := piece{Part: ir.Part{Kind: ir.Hole, Name: p.Name}, param: pi.id, dots: p.Name == "..."}
		v := value{parts: []piece{ph}, origin: []int{paramOrigin(pi.id)}}
		if p.Default != nil {
			dv := a.eval(p.Default, fi.def)
			a.emit(dv.parts, ir.RoleAssign, p.Name, "")
			pi.def = dv.parts
			// what the parameter holds when a call leaves it out: the
			// response a default `kb_df = list_forms()` returns
			pi.defOrigin = dv.origin
			v.origin = unionInts(v.origin, dv.origin)
			v.dec, v.frame, v.cfg, v.keyPath = dv.dec, dv.frame, dv.cfg, dv.keyPath
			// cols = c("formid", "title"): the columns the body selects
			v.names = dv.names
		}
		if i == 0 && elem != nil {
			v = value{origin: elem.origin, local: elem.local, dec: elem.dec, frame: elem.frame}
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
	a.returnDecodes(fi)
	a.emitOff = saved
	a.guards, a.masking = savedGuards, savedMasking
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
// arguments: exact names first, then positions up to `...`, which takes
// the arguments left (dots, in order).
func matchArgs(params []Param, args []Arg) (m map[int]int, dots []int) {
	m = map[int]int{}
	used := map[int]bool{}
	dotsAt := -1
	for pi, p := range params {
		if p.Name == "..." {
			dotsAt = pi
			break
		}
	}
	for ai, arg := range args {
		if arg.Name == "" {
			continue
		}
		for pi, p := range params {
			if p.Name == arg.Name && p.Name != "..." {
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
		if used[ai] || arg.Value == nil && arg.Name == "" {
			continue
		}
		if arg.Name != "" {
			if dotsAt >= 0 {
				dots = append(dots, ai) // a name no parameter has: one of the dots
			}
			continue
		}
		for pi < len(params) {
			if _, taken := m[pi]; !taken {
				break
			}
			pi++
		}
		if pi >= len(params) || pi == dotsAt {
			if dotsAt >= 0 {
				dots = append(dots, ai)
			}
			continue
		}
		m[pi] = ai
		pi++
	}
	return m, dots
}

// binding is what a call gives a function's parameters.
type binding struct {
	subst   map[int][]piece   // param id -> the argument's string
	dots    map[int][][]piece // the `...` param id -> its arguments
	origins map[int][]int     // param id -> the argument's origins
	lit     map[int]bool      // the argument spells literal text
	argOf   map[int][]int     // param id -> argument indices
}

// bind matches the arguments of a call (their values vals) to fi's
// parameters; inst adds what a constructor gave the object's fields.
func (a *analyzer) bind(fi *funcInfo, n *CallNode, vals []value, inst *instance) binding {
	b := binding{subst: map[int][]piece{}, dots: map[int][][]piece{}, origins: map[int][]int{}, lit: map[int]bool{}, argOf: map[int][]int{}}
	if inst != nil {
		for id, ps := range inst.subst {
			b.subst[id] = ps
			b.lit[id] = hasLitText(ps)
		}
		for id, o := range inst.origins {
			b.origins[id] = o
		}
	}
	m, dots := matchArgs(fi.node.Params, n.Args)
	argParts := func(ai int) []piece {
		if ps := vals[ai].parts; len(ps) > 0 {
			return ps
		}
		return []piece{hole(a.spelled(n.Args[ai].Value))}
	}
	for pidx, ai := range m {
		if pidx >= len(fi.params) {
			continue
		}
		id := fi.params[pidx].id
		b.subst[id] = argParts(ai)
		b.origins[id] = vals[ai].origin
		b.argOf[id] = []int{ai}
		b.lit[id] = hasLitText(vals[ai].parts)
		a.noteArg(id, vals[ai])
	}
	if len(dots) > 0 {
		for pidx, p := range fi.node.Params {
			if p.Name != "..." || pidx >= len(fi.params) {
				continue
			}
			id := fi.params[pidx].id
			for _, ai := range dots {
				b.dots[id] = append(b.dots[id], argParts(ai))
				b.origins[id] = unionInts(b.origins[id], vals[ai].origin)
				b.argOf[id] = append(b.argOf[id], ai)
				b.lit[id] = b.lit[id] || hasLitText(vals[ai].parts)
				a.noteArg(id, vals[ai])
			}
		}
	}
	return b
}

// noteArg records what a call hands a parameter: the reads of the
// parameter inside the function come from there too.
func (a *analyzer) noteArg(id int, v value) {
	if a.emitOff > 0 {
		return
	}
	if pi := a.params[id]; pi != nil {
		pi.argOrigins = unionInts(pi.argOrigins, v.origin)
	}
}

// callLocal evaluates a call to a function of this file.
func (a *analyzer) callLocal(fi *funcInfo, n *CallNode, name string, sc *scope) value {
	return a.callLocalIn(fi, n, name, sc, nil)
}

// callLocalIn is callLocal on a method of an object made by a
// constructor call (inst), or on a plain function (inst nil).
func (a *analyzer) callLocalIn(fi *funcInfo, n *CallNode, name string, sc *scope, inst *instance) value {
	a.analyzeFunc(fi)
	vals := make([]value, len(n.Args))
	for i, arg := range n.Args {
		vals[i] = a.eval(arg.Value, sc)
	}
	return a.callWith(fi, n, name, sc, vals, inst)
}

// callWith is callLocalIn with the arguments' values (vals) known.
func (a *analyzer) callWith(fi *funcInfo, n *CallNode, name string, sc *scope, vals []value, inst *instance) value {
	a.analyzeFunc(fi)
	if fi.state != 2 {
		// A recursive call: nothing is known of the result yet.
		v, _ := a.sinkArgs(n, vals, name, -1, "", nil)
		return v
	}
	if a.emitOff == 0 {
		fi.calls++
	}
	b := a.bind(fi, n, vals, inst)
	covered := map[int]bool{}
	var ids []int
	for _, t := range fi.templates {
		uses, lits := false, false
		for _, p := range t.parts {
			if p.param == 0 {
				continue
			}
			_, one := b.subst[p.param]
			_, many := b.dots[p.param]
			if one || many {
				uses = true
				for _, ai := range b.argOf[p.param] {
					covered[ai] = true
				}
				lits = lits || b.lit[p.param]
			}
		}
		if !uses || !a.guardsHold(t.guards, b) {
			continue
		}
		// the body's own pieces are the wrapper's (Via its name), so that
		// an endpoint the call's argument completes is reported at the call
		parts := a.substitute(withVia(t.parts, name), b)
		method, mparam := t.method, t.methodParam
		if mparam != 0 {
			if ps, ok := b.subst[mparam]; ok {
				method, mparam = "", 0
				if len(ps) == 1 && ps[0].Kind == ir.Lit && ps[0].param == 0 {
					method = strings.ToUpper(ps[0].Text)
				} else if len(ps) == 1 && ps[0].param != 0 {
					mparam = ps[0].param
				}
			}
		}
		a.recordTemplateGuarded(parts, name, method, mparam, a.carryGuards(t.guards, b), sc)
		if lits {
			if id, ok := a.emitURL(parts, ir.URL{Role: ir.RoleRequest, Call: name, Method: method}); ok {
				ids = append(ids, id)
			}
		}
	}
	out, emitted := a.sinkArgs(n, vals, name, -1, "", covered)
	// The result: what the function returns, with its parameters replaced.
	ret := fi.ret
	out.parts = a.substitute(ret.parts, b)
	if !hasLitText(out.parts) {
		out.parts = []piece{hole(a.spelled(n))}
	}
	origin := argOrigins(ret.origin, b.origins)
	origin = unionInts(origin, ids)
	origin = unionInts(origin, emitted)
	out.origin = origin
	out.local = ret.local && len(realOrigin(origin)) == 0
	out.fn = ret.fn
	out.req = ret.req
	if r := ret.req; r != nil && hasParam(r.parts) {
		// a wrapper that builds an httr2 request from its arguments
		// (kobo_req <- function(...) request(base) |> req_url_path_append(...))
		nr := &reqBuilder{parts: a.substitute(r.parts, b), call: r.call, method: r.method, explicit: r.explicit}
		a.requests = append(a.requests, nr)
		r.emitted = true
		out.req = nr
	}
	out.frame = ret.frame
	out.obj, out.ref, out.inst = ret.obj, ret.ref, ret.inst
	if ret.client != nil {
		// a session or client the function opens on a URL of its own
		out.client = &httpClient{base: a.substitute(ret.client.base, b)}
	}
	out.dec = a.callDecodes(fi, n, ids, b.origins)
	return out
}

// recordTemplate keeps a request URL that depends on parameters as a
// template of every enclosing function whose parameter it holds, under
// the conditions of the branches it is made in.
func (a *analyzer) recordTemplate(parts []piece, call, method string, methodParam int, sc *scope) {
	a.recordTemplateGuarded(parts, call, method, methodParam, nil, sc)
}

// recordTemplateGuarded is recordTemplate with conditions carried from a
// template of a function called here (guards) added to the branches'.
func (a *analyzer) recordTemplateGuarded(parts []piece, call, method string, methodParam int, guards []guard, sc *scope) {
	if !hasParam(parts) || a.emitOff > 0 {
		return
	}
	t := template{parts: parts, call: call, method: method, methodParam: methodParam}
	t.guards = append(append(t.guards, guards...), a.guards...)
	var inner *funcInfo
	recorded := false
	for c := sc; c != nil; c = c.parent {
		if c.fn == nil {
			continue
		}
		if inner == nil {
			inner = c.fn
		}
		if a.paramsOf(parts, c.fn) {
			addTemplate(c.fn, t)
			recorded = true
		}
	}
	if !recorded && inner != nil {
		// the parameters of an object's constructor, read through the
		// fields it set (paste0(self$base, "/forms") in a method): a call
		// on an object made with arguments fills them
		addTemplate(inner, t)
	}
}

func addTemplate(fi *funcInfo, t template) {
	if len(fi.templates) < maxTemplates && !hasTemplate(fi, t.parts) {
		fi.templates = append(fi.templates, t)
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
func (a *analyzer) substitute(ps []piece, b binding) []piece {
	return replaceParams(ps, func(p piece) []piece {
		if args, ok := b.dots[p.param]; ok && p.dots {
			var out []piece
			for i, arg := range args {
				if i > 0 && p.sep != "" {
					out = append(out, bareLit(p.sep))
				}
				out = append(out, segments(arg, p.Segment)...)
			}
			return out
		}
		if r, ok := b.subst[p.param]; ok {
			return segments(r, p.Segment)
		}
		return a.expandParams([]piece{p}, 0)
	})
}

// segments marks the literal pieces of ps as path segments when seg is
// set (the argument fills a placeholder handed to a path-joining call).
func segments(ps []piece, seg bool) []piece {
	if !seg {
		return ps
	}
	out := make([]piece, len(ps))
	for i, p := range ps {
		if p.Kind == ir.Lit && p.Span.Valid() {
			p.Segment = true
		}
		out[i] = p
	}
	return out
}

// argOrigins replaces the parameter origins of o by the origins of the
// arguments the call gave those parameters (byParam), where it gave one.
func argOrigins(o []int, byParam map[int][]int) []int {
	var out []int
	for _, id := range o {
		if isParamOrigin(id) {
			if ps, ok := byParam[-id-2]; ok {
				out = unionInts(out, ps)
				continue
			}
		}
		out = unionInts(out, []int{id})
	}
	return out
}
