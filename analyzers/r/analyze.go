package r

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/branches"
	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// Options adapt the analysis to code embedded in another file.
type Options struct {
	// Lang is the IR language name (default "r").
	Lang string
	// Globals resolve names the code reads but does not define, spelled as
	// in the code ("params$server" for a YAML parameter of an R Markdown
	// document). Their parts keep their own spans.
	Globals map[string][]ir.Part
	// Locals name objects the host document provides whose fields are not
	// response fields (params of an R Markdown document).
	Locals []string
}

// Analyze is the front-end entry point (see internal/ir/doc.go).
func Analyze(path string, src []byte) (*ir.File, error) {
	return AnalyzeWith(path, src, Options{})
}

// AnalyzeWith analyses src with options; R Markdown calls it on a copy of
// the document where everything but R code is blanked out, so that spans
// are spans of the document itself.
func AnalyzeWith(path string, src []byte, opts Options) (f *ir.File, err error) {
	lang := opts.Lang
	if lang == "" {
		lang = "r"
	}
	f = &ir.File{Path: path, Lang: lang, Syntax: fixsyntax.R{}}
	defer func() {
		// The analysis is written not to panic; this keeps a bug in it
		// from taking the whole run down with it.
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("r analyzer: internal error: %v", r)
		}
	}()
	toks := Lex(src)
	stmts, comments, warns := parseTokens(src, toks)
	a := &analyzer{
		branch:    newBranches(),
		src:       src,
		file:      f,
		b:         ir.Builder{File: f},
		opts:      opts,
		global:    newScope(nil, nil),
		funcDefs:  map[*FuncNode]*funcInfo{},
		funcName:  map[string]*funcInfo{},
		lazyRHS:   map[string]Node{},
		lazyVal:   map[string]*value{},
		listOwner: map[*CallNode]string{},
		params:    map[int]*paramInfo{},
		templURL:  map[int]bool{},
		piped:     map[*CallNode]string{},
	}
	a.lines = remap.NewLines(src)
	for _, n := range opts.Locals {
		a.global.vars[n] = value{local: true}
	}
	f.Warnings = append(f.Warnings, warns...)
	a.kobohint(toks)
	a.comments(comments)
	a.prepass(stmts)
	a.execBody(stmts, a.global, false)
	a.flushRequests()
	a.flushDecodes()
	a.markFetches(stmts)
	a.paramIn = a.paramsIn(stmts)
	a.flushPending()
	a.collectDefs()
	return f, nil
}

type analyzer struct {
	// branch logs what the clauses of ifs assign (branches.go)
	branch *branches.Tracker[value]
	src    []byte
	file   *ir.File
	b      ir.Builder
	opts   Options

	global *scope
	// listOwner names the variable a call's result is assigned to, for
	// the names of a list's elements (SERVERS <- list(kobo = ...))
	listOwner map[*CallNode]string
	funcDefs  map[*FuncNode]*funcInfo // top-level function definitions
	funcName  map[string]*funcInfo    // their names, for calls before the definition runs
	lazyRHS   map[string]Node         // top-level assignments, for globals a function reads
	lazyVal   map[string]*value
	params    map[int]*paramInfo
	paramSeq  int
	emitOff   int // >0 while evaluating only for a value
	lines     *remap.Lines
	options   map[string]value // options(name = value) seen so far
	setenv    map[string]value // Sys.setenv(NAME = value) seen so far
	requests  []*reqBuilder
	steps     int
	budgetHit bool
	// templURL marks the URLs emitted with a parameter's name in them
	// (a wrapper's own request, made with what its calls give it).
	templURL map[int]bool
	decs     []*decRec
	// piped maps the calls the pipes made (lhs |> f()) to their operator.
	piped map[*CallNode]string
	// guards are the conditions of the branches being analysed.
	guards []guard
	// pending are field reads of a parameter's value, whose origins the
	// calls of the function add to at the end.
	pending []pendingRead
	// paramIn are the parameters other files' calls fill (paramacross.go)
	// and paramInIDs the ir.ParamIn URLs added for them; paramDefs are the
	// ir.ParamDef names this file's calls offered already.
	paramIn    map[int]paramSlot
	paramInIDs map[int]int
	paramDefs  origins.ParamOffers
	// requestParams are the parameters handed to a request (its URL,
	// credentials, handle): a URL or a key, not a response's data.
	requestParams map[int]bool
	// verbColumn is set while a dplyr verb's column of a parameter's data
	// is emitted; lastField is the index of the last field read emitted.
	verbColumn bool
	lastField  int
	// masking > 0 while a dplyr verb's arguments are evaluated.
	masking int
}

// pendingRead is a field read (index in File.Fields) of a value that
// holds parameters' values (params); column reads of such a value are
// dropped when nothing is known of it in the end.
type pendingRead struct {
	field  int
	params []int
	column bool
}

type scope struct {
	vars   map[string]value
	parent *scope
	fn     *funcInfo
}

func newScope(parent *scope, fn *funcInfo) *scope {
	return &scope{vars: map[string]value{}, parent: parent, fn: fn}
}

func (s *scope) lookup(name string) (value, bool) {
	for c := s; c != nil; c = c.parent {
		if v, ok := c.vars[name]; ok {
			return v, true
		}
	}
	return value{}, false
}

// fnScope returns the function whose body sc belongs to, or nil.
func (s *scope) fnScope() *funcInfo {
	for c := s; c != nil; c = c.parent {
		if c.fn != nil {
			return c.fn
		}
	}
	return nil
}

// line returns the 1-based line of a byte offset.
func (a *analyzer) line(off int) int {
	return a.lines.Line(off)
}

// spelled is the source of a node, on one line and not too long, for hole
// names and receivers.
func (a *analyzer) spelled(n Node) string {
	if n == nil {
		return ""
	}
	if v, ok := n.(*valNode); ok && v.recv != "" {
		return v.recv
	}
	s, e := n.span()
	if s < 0 || e > len(a.src) || s > e {
		return ""
	}
	if e-s > 240 {
		e = s + 240 // the name is cut at 80 below anyway
	}
	t := strings.Join(strings.Fields(string(a.src[s:e])), " ")
	if len(t) > 80 {
		t = t[:77] + "..."
	}
	return t
}

// prepass records top-level function definitions and assignments, which a
// function body may read before the line that makes them runs.
func (a *analyzer) prepass(stmts []Node) {
	for _, st := range stmts {
		as, ok := st.(*AssignNode)
		if !ok {
			continue
		}
		id, ok := as.Target.(*IdentNode)
		if !ok {
			if s, ok2 := as.Target.(*StrNode); ok2 {
				id = &IdentNode{Name: s.Text}
			} else {
				continue
			}
		}
		if fn, ok := as.Value.(*FuncNode); ok {
			fi := &funcInfo{name: id.Name, node: fn, def: a.global}
			a.funcDefs[fn] = fi
			if _, dup := a.funcName[id.Name]; !dup {
				a.funcName[id.Name] = fi
			}
			continue
		}
		a.lazyRHS[id.Name] = as.Value
	}
}

// execBody runs statements; in a function body the last one is the value.
func (a *analyzer) execBody(stmts []Node, sc *scope, fnBody bool) value {
	var last value
	for i, st := range stmts {
		isLast := i == len(stmts)-1
		if s, ok := st.(*StrNode); ok && (!fnBody || !isLast) {
			// A string standing alone is never used: R code uses it as a
			// block comment.
			a.docString(s)
			last = value{}
			continue
		}
		last = a.exec(st, sc, fnBody && isLast)
	}
	return last
}

// maxSteps bounds the work on one file; call chains that fan out can
// otherwise make the analysis exponential.
const maxSteps = 2_000_000

func (a *analyzer) overBudget() {
	if !a.budgetHit {
		a.budgetHit = true
		a.file.Warnings = append(a.file.Warnings, "r: analysis budget exhausted; the rest of the file was only scanned")
	}
}

// exec runs one statement and returns its value.
func (a *analyzer) exec(n Node, sc *scope, isReturn bool) value {
	a.steps++
	if a.steps > maxSteps {
		a.overBudget()
		return value{}
	}
	switch x := n.(type) {
	case *BlockNode:
		return a.execBody(x.Stmts, sc, isReturn)
	case *IfNode:
		a.eval(x.Cond, sc)
		g, ok := a.condGuard(x.Cond, sc)
		a.pushGuard(g, ok)
		defer a.popGuard(ok)
		var t, e value
		clauses := []func(){func() { t = a.exec(x.Then, sc, isReturn) }}
		if x.Else != nil {
			clauses = append(clauses, func() {
				a.flipGuard(ok)
				e = a.exec(x.Else, sc, isReturn)
			})
		}
		a.branch.Walk(sc, sc.vars, clauses, x.Else != nil)
		if x.Else == nil {
			return t
		}
		return merge(t, e)
	case *ForNode:
		a.forLoop(x, sc)
		return value{}
	case *WhileNode:
		a.eval(x.Cond, sc)
		a.exec(x.Body, sc, false)
		return value{}
	case *RepeatNode:
		a.exec(x.Body, sc, false)
		return value{}
	case *StrNode:
		v := a.eval(x, sc)
		if isReturn {
			a.emit(v.parts, ir.RoleUnknown, "", "")
		}
		return v
	case *CallNode:
		v := a.eval(x, sc)
		// The value of a top-level paste0(...) is printed, of a last one
		// returned: it is used, so it is emitted.
		if _, short := a.callee(x.Fn); builders[short] && short != "switch" && !passesName(x) {
			a.emit(v.parts, ir.RoleUnknown, "", "")
		}
		return v
	}
	return a.eval(n, sc)
}

// passesName reports a call that only hands a variable on (return(url)):
// the variable's definition was emitted already.
func passesName(c *CallNode) bool {
	if len(c.Args) != 1 || c.Args[0].Value == nil {
		return false
	}
	_, ok := c.Args[0].Value.(*IdentNode)
	return ok
}

func (a *analyzer) forLoop(x *ForNode, sc *scope) {
	seq := a.eval(x.Seq, sc)
	a.asList(seq)
	if x.Var != nil {
		sc.vars[x.Var.Name] = value{origin: seq.origin, local: seq.local}
	}
	a.exec(x.Body, sc, false)
}

// eval computes what is known of an expression, emitting the URLs and
// field reads inside it. A hole it makes is placed at the smallest
// expression that produced it, so that an endpoint which only exists once
// a base URL is joined with it (paste0(base, id)) can be reported there.
func (a *analyzer) eval(n Node, sc *scope) value {
	v := a.evalNode(n, sc)
	if n != nil {
		v.parts = placeHoles(v.parts, n)
	}
	return v
}

// placeHoles gives the holes of ps that still have no place, and belong to
// this expression (not inlined from a variable), the span of n. It copies
// ps before changing it: part lists are shared with variables.
func placeHoles(ps []piece, n Node) []piece {
	var out []piece
	for i, p := range ps {
		if p.Kind != ir.Hole || p.Via != "" || p.Span.Valid() {
			continue
		}
		if out == nil {
			out = append([]piece(nil), ps...)
		}
		s, e := n.span()
		if s < 0 || e < s {
			return ps
		}
		out[i].Span = ir.Span{Start: s, End: e}
	}
	if out == nil {
		return ps
	}
	return out
}

func (a *analyzer) evalNode(n Node, sc *scope) value {
	a.steps++
	if a.steps > maxSteps {
		a.overBudget()
		return value{}
	}
	switch x := n.(type) {
	case nil:
		return value{}
	case *valNode:
		return x.v
	case *StrNode:
		return value{parts: []piece{lit(x.Text, x.CS, x.CE, x.Raw)}, local: true}
	case *NumNode:
		p := lit(x.Text, x.S, x.E, true)
		p.num = true
		return value{parts: []piece{p}, local: true}
	case *IdentNode:
		return a.ident(x, sc)
	case *NsNode:
		return value{parts: []piece{hole(x.Pkg + "::" + x.Name)}}
	case *CallNode:
		return a.call(x, sc)
	case *IndexNode:
		return a.index(x, sc)
	case *DollarNode:
		return a.dollar(x, sc)
	case *BinNode:
		return a.binary(x, sc)
	case *UnNode:
		if x.Op == "~" {
			return value{} // a formula is quoted code
		}
		a.eval(x.X, sc)
		return value{}
	case *AssignNode:
		return a.assign(x, sc)
	case *FuncNode:
		fi := a.lambda(x, sc, nil)
		return value{fn: fi}
	case *IfNode:
		a.eval(x.Cond, sc)
		g, ok := a.condGuard(x.Cond, sc)
		a.pushGuard(g, ok)
		defer a.popGuard(ok)
		t := a.evalBranch(x.Then, sc)
		if x.Else == nil {
			return t
		}
		a.flipGuard(ok)
		return merge(t, a.evalBranch(x.Else, sc))
	case *ForNode, *WhileNode, *RepeatNode:
		a.exec(n, sc, false)
		return value{}
	case *BlockNode:
		return a.execBody(x.Stmts, sc, false)
	case *ParenNode:
		return a.eval(x.X, sc)
	}
	return value{}
}

func (a *analyzer) evalBranch(n Node, sc *scope) value {
	if b, ok := n.(*BlockNode); ok {
		return a.execBody(b.Stmts, sc, true)
	}
	return a.eval(n, sc)
}

// valNode carries an already evaluated value into a rewritten call (the
// left side of a pipe), so that it is evaluated once.
type valNode struct {
	pos
	v    value
	recv string // the expression at the head of the pipe, for messages
}

func (a *analyzer) ident(x *IdentNode, sc *scope) value {
	if x.Keyword {
		return value{}
	}
	if v, ok := sc.lookup(x.Name); ok {
		v.parts = atUse(v.parts, x)
		return v
	}
	if ps, ok := a.opts.Globals[x.Name]; ok {
		return value{parts: withVia(fromIR(ps), x.Name)}
	}
	if sc != a.global {
		if v, ok := a.lazy(x.Name); ok {
			v.parts = atUse(v.parts, x)
			return v
		}
	}
	if fi, ok := a.funcName[x.Name]; ok {
		return value{fn: fi}
	}
	// a global of another file (a package's constant, a sourced
	// script's setting): the repository pass may know it
	h := hole(x.Name)
	if a.masking > 0 {
		return value{parts: []piece{h}} // a column of a dplyr verb's data
	}
	h.named = true
	return value{parts: []piece{h}, keyPath: x.Name}
}

// atUse is a variable's value where the variable is read: string pieces are
// inlined Via the name (they are reported where they are written), while
// a value with no literal text at all (an id, a column, a parameter) stands
// here, at the reference, like any other run-time value of the expression.
func atUse(ps []piece, x *IdentNode) []piece {
	for _, p := range ps {
		if p.Kind != ir.Hole {
			return withVia(ps, x.Name)
		}
	}
	out := append([]piece(nil), ps...)
	for i := range out {
		out[i].Span = ir.Span{Start: x.S, End: x.E}
	}
	return out
}

// lazy evaluates a top-level assignment a function reads before the line
// that makes it has run (R looks globals up at call time).
func (a *analyzer) lazy(name string) (value, bool) {
	if v, ok := a.lazyVal[name]; ok {
		if v == nil {
			return value{}, false // being evaluated: a cycle
		}
		return *v, true
	}
	rhs, ok := a.lazyRHS[name]
	if !ok {
		return value{}, false
	}
	a.lazyVal[name] = nil
	a.emitOff++
	v := a.eval(rhs, a.global)
	a.emitOff--
	v.fn = nil
	a.lazyVal[name] = &v
	return v, true
}

func fromIR(ps []ir.Part) []piece {
	out := make([]piece, len(ps))
	for i, p := range ps {
		out[i] = piece{Part: p}
	}
	return out
}

// assign binds a variable and emits the value it is given.
func (a *analyzer) assign(x *AssignNode, sc *scope) value {
	name := ""
	switch t := x.Target.(type) {
	case *IdentNode:
		name = t.Name
	case *StrNode:
		name = t.Text
	}
	var v value
	if fn, ok := x.Value.(*FuncNode); ok && name != "" {
		v = value{fn: a.namedFunc(name, fn, sc)}
	} else if iff, ok := x.Value.(*IfNode); ok {
		// Each branch is a value the variable may hold: emit both.
		a.eval(iff.Cond, sc)
		g, gok := a.condGuard(iff.Cond, sc)
		a.pushGuard(g, gok)
		t := a.evalBranch(iff.Then, sc)
		a.emitAssign(t, name, x.Target)
		v = t
		if iff.Else != nil {
			a.flipGuard(gok)
			e := a.evalBranch(iff.Else, sc)
			a.emitAssign(e, name, x.Target)
			v = merge(t, e)
		}
		a.popGuard(gok)
	} else {
		if c, ok := x.Value.(*CallNode); ok && name != "" {
			// SERVERS <- list(kobo = "..."): the elements are SERVERS.kobo
			a.listOwner[c] = name
		}
		v = a.eval(x.Value, sc)
		a.emitAssign(v, name, x.Target)
	}
	if name == "" {
		// x$a <- v, names(x) <- v: the receiver is modified, not read.
		a.evalTargetReceiver(x.Target, sc)
		a.setMember(x.Target, v, sc)
		return v
	}
	target := sc
	if x.Global {
		target = a.global
	}
	v.parts = capParts(v.parts)
	a.branch.Set(target, target.vars, name, v)
	return v
}

func (a *analyzer) emitAssign(v value, name string, target Node) {
	if v.req != nil || v.fn != nil {
		return
	}
	vr := name
	if vr == "" {
		vr = a.spelled(target)
	}
	a.emit(v.parts, ir.RoleAssign, vr, "")
}

// evalTargetReceiver evaluates the parts of an assignment target that are
// read (the index in x[[i]] <- v), not the field written.
func (a *analyzer) evalTargetReceiver(t Node, sc *scope) {
	switch x := t.(type) {
	case *IndexNode:
		for _, arg := range x.Args {
			if arg.Value != nil {
				if _, ok := arg.Value.(*StrNode); !ok {
					a.eval(arg.Value, sc)
				}
			}
		}
	case *CallNode:
		// names(x) <- v, Encoding(x) <- v
	}
}

// emit adds a URL when the parts hold URL-looking literal text.
func (a *analyzer) emit(ps []piece, role ir.Role, varName, call string) (int, bool) {
	if a.emitOff > 0 || !hasURLText(a.expandParams(ps, 0)) {
		return -1, false
	}
	return a.emitURL(ps, ir.URL{Role: role, Var: varName, Call: call})
}

// emitURL adds u with the parts ps when they hold URL-looking literal text
// or, for a request, a name the repository pass may fill (GET(KOBO_DATA_URL)
// with the constant defined in another file), or for an argument of a
// call nothing but such names (make_request(KOBO_DATA_URL)).
func (a *analyzer) emitURL(ps []piece, u ir.URL) (int, bool) {
	if a.emitOff > 0 || len(ps) == 0 {
		return -1, false
	}
	templ := hasParam(ps)
	ps = a.expandParams(ps, 0)
	names := u.Role == ir.RoleRequest && hasNamedHole(ps) ||
		u.Role == ir.RoleArg && !inspects(u.Call) && onlyNamedHoles(ps)
	if !hasURLText(ps) && !names {
		return -1, false
	}
	u.Parts = toIR(stripUserinfo(ps))
	id := a.b.AddURL(u)
	if templ {
		a.templURL[id] = true
	}
	return id, true
}

// expandParams replaces parameter placeholders by the parameter's default
// value, or by a hole named after the parameter.
func (a *analyzer) expandParams(ps []piece, depth int) []piece {
	return replaceParams(ps, func(p piece) []piece {
		pi := a.params[p.param]
		if pi == nil {
			return []piece{hole("?")}
		}
		if len(pi.def) > 0 && depth < 8 {
			return withVia(a.expandParams(pi.def, depth+1), pi.name)
		}
		h := hole(pi.name)
		h.Via, h.Span = p.Via, p.Span
		return []piece{h}
	})
}

// replaceParams replaces each parameter placeholder of ps by the pieces
// with gives for it.
func replaceParams(ps []piece, with func(p piece) []piece) []piece {
	if !hasParam(ps) {
		return ps
	}
	var out []piece
	for _, p := range ps {
		if p.param == 0 {
			out = append(out, p)
			continue
		}
		out = append(out, with(p)...)
	}
	return out
}

func toIR(ps []piece) []ir.Part {
	out := make([]ir.Part, len(ps))
	for i, p := range ps {
		out[i] = p.Part
	}
	return out
}

// flushRequests emits httr2 requests that were built but never performed
// in this file (a helper returning a request, say).
func (a *analyzer) flushRequests() {
	for _, r := range a.requests {
		if !r.emitted {
			r.emitted = true
			a.emit(r.parts, ir.RoleArg, "", r.call)
		}
	}
}

// collectDefs offers top-level string variables to the repository pass.
func (a *analyzer) collectDefs() {
	for _, n := range slices.Sorted(maps.Keys(a.global.vars)) {
		v := a.global.vars[n]
		if fi := v.fn; fi != nil {
			// a function that returns a URL (a helper giving the API
			// base): other files call it, the hole is spelled host(api)
			if fi.state == 2 && fi.name == n {
				if ps := a.returnedURL(fi); ps != nil {
					a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.FuncDef(n), Parts: ps})
				}
				a.offerPrefixes(n, fi)
			}
			continue
		}
		if v.class != nil {
			// an R6 class: what its methods put before a path
			a.classPrefixes(n, v.class)
			continue
		}
		if v.obj != nil && !v.ref {
			// endpoints <- list(data = c(v1 = "https://...")): other
			// files read endpoints$data[["v1"]], a hole named
			// endpoints.data.v1
			a.objectDefs(n, v.obj, 0)
			continue
		}
		if len(v.parts) == 0 {
			continue
		}
		ps := a.expandParams(v.parts, 0)
		if !hasLitText(ps) && (len(ps) != 1 || !ps[0].env) {
			continue
		}
		a.file.Defs = append(a.file.Defs, ir.Def{Name: n, Parts: toIR(ps)})
	}
	// options(kobo.url = ...) and Sys.setenv(KOBO_URL = ...) of a URL or
	// host: another file's getOption("kobo.url") / Sys.getenv("KOBO_URL")
	// reads them (tokens and ids stay in the file)
	for _, table := range []map[string]value{a.options, a.setenv} {
		for _, n := range slices.Sorted(maps.Keys(table)) {
			if _, ok := a.global.vars[n]; ok {
				continue
			}
			if ps := a.expandParams(table[n].parts, 0); hasURLText(ps) {
				a.file.Defs = append(a.file.Defs, ir.Def{Name: n, Parts: toIR(ps)})
			}
		}
	}
}

// objectDefs offers the string elements of a list the file builds, by
// their key path (prefix.key, nested lists too).
func (a *analyzer) objectDefs(prefix string, obj map[string]value, depth int) {
	if depth > 4 {
		return
	}
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		if k == urlBase {
			continue
		}
		v := obj[k]
		name := prefix + "." + k
		if v.obj != nil && !v.ref {
			a.objectDefs(name, v.obj, depth+1)
			continue
		}
		if v.fn != nil || len(v.parts) == 0 {
			continue
		}
		if ps := a.expandParams(v.parts, 0); hasLitText(ps) {
			a.file.Defs = append(a.file.Defs, ir.Def{Name: name, Parts: toIR(ps)})
		}
	}
}

// returnedURL is what a function offers other files under "name()": the
// URL it returns (a helper giving the API base), or else the URL of the
// request whose response it returns (kobo_datasets() returns the rows of
// /api/v1/data), so that a call in another file stands for that request.
func (a *analyzer) returnedURL(fi *funcInfo) []ir.Part {
	if ps := a.expandParams(fi.ret.parts, 0); hasURLText(ps) {
		return toIR(ps)
	}
	// a request of the function, else a URL it hands to a helper of
	// another file (get_me(user, URL)): not a header or a body value; a
	// URL with literal text first, else a name another file defines
	// (make_request(KOBO_DATA_URL)), which the repository pass may
	// follow
	var handed, named []ir.Part
	for _, o := range fi.ret.origin {
		if o < 0 || o >= len(a.file.URLs) || a.file.URLs[o].Comment {
			continue
		}
		u := a.file.URLs[o]
		if u.Role != ir.RoleRequest && (u.Role != ir.RoleArg || u.Var != "") {
			continue
		}
		switch {
		case !ir.HasLit(u.Parts):
			if named == nil {
				named = u.Parts
			}
		case u.Role == ir.RoleRequest:
			return u.Parts
		case handed == nil:
			handed = u.Parts
		}
	}
	if handed != nil {
		return handed
	}
	return named
}

// kobohint sets KoboHint when a name in the code mentions Kobo.
func (a *analyzer) kobohint(toks []Token) {
	for _, t := range toks {
		if t.Kind != Ident && t.Kind != Backtick {
			continue
		}
		if names.SaysKoboBytes(a.src[t.Start:t.End]) {
			a.file.KoboHint = true
			return
		}
	}
}
