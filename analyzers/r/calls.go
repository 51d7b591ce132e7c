package r

import (
	"slices"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/internal/ir"
)

// callee returns the function name as spelled (httr::GET) and without its
// package (GET).
func (a *analyzer) callee(fn Node) (spelled, short string) {
	switch f := fn.(type) {
	case *IdentNode:
		return f.Name, f.Name
	case *NsNode:
		return f.Pkg + "::" + f.Name, f.Name
	case *StrNode:
		return f.Text, f.Text
	}
	s := a.spelled(fn)
	return s, ""
}

// call evaluates a call expression.
func (a *analyzer) call(n *CallNode, sc *scope) value {
	name, short := a.callee(n.Fn)
	if id, ok := n.Fn.(*IdentNode); ok {
		v, bound := sc.lookup(id.Name)
		if bound && v.fn != nil {
			return a.callLocal(v.fn, n, name, sc)
		}
		if !bound {
			if fi, ok := a.funcName[id.Name]; ok {
				if fi.state == 0 {
					a.analyzeFunc(fi)
				}
				return a.callLocal(fi, n, name, sc)
			}
		}
		if bound && v.fn == nil && len(n.Args) == 0 {
			// my_data() where my_data <- reactive({...}): the value comes
			// from the expression the variable was built from.
			return value{origin: v.origin, local: v.local}
		}
	}
	if d, ok := n.Fn.(*DollarNode); ok {
		if v, ok := a.methodCall(d, n, name, sc); ok {
			return v
		}
	}
	if inner, ok := n.Fn.(*CallNode); ok {
		if v, ok := a.adverbCall(inner, n, sc); ok {
			return v
		}
	}
	if fnLit, ok := n.Fn.(*ParenNode); ok {
		if f, ok := fnLit.X.(*FuncNode); ok {
			// (function(x) ...)(arg)
			fi := &funcInfo{node: f, def: sc}
			a.analyzeFuncWith(fi, nil, true)
			return a.callLocal(fi, n, name, sc)
		}
	}
	switch {
	case short == "new_handle":
		return a.newHandle(n, sc)
	case short == "handle_setopt" || short == "handle_setform":
		return a.setHandle(short, n, sc)
	case short == "R6Class":
		return a.r6Class(n, sc)
	case libraryFuncs[short]:
		a.library(n)
		return value{}
	case short == "assign":
		return a.assignCall(n, sc)
	case short == "switch":
		return a.switchCall(n, name, sc)
	case builders[short]:
		return a.build(short, n, sc)
	case short == "request" || short == "req_url" || strings.HasPrefix(short, "req_") || httr2Perform[short]:
		if v, ok := a.httr2(short, name, n, sc); ok {
			return v
		}
	case navigations[short]:
		if v, ok := a.navigate(n, name, sc); ok {
			return v
		}
	case short == "pluck" || short == "getElement" || short == "chuck":
		return a.pluck(n, sc)
	case joinFuncs[short]:
		return a.join2(short, name, n, sc)
	case applyFuncs[short]:
		return a.apply(short, name, n, sc)
	case tidySelect[short] || dataMasking[short]:
		return a.verb(short, name, n, sc)
	}
	return a.generic(n, name, short, sc)
}

// generic evaluates a call to a function the analysis does not model: its
// URL-holding arguments are emitted (RoleRequest for the URL of a known
// request function) and its result holds the responses of those URLs and
// whatever its arguments held.
func (a *analyzer) generic(n *CallNode, name, short string, sc *scope) value {
	urlIdx := -1
	if ua, ok := requestFuncs[short]; ok {
		urlIdx = urlArgIndex(n.Args, ua)
	}
	vals := make([]value, len(n.Args))
	before := len(a.file.Fields)
	for i, arg := range n.Args {
		vals[i] = a.eval(arg.Value, sc)
	}
	if v, ok := a.replaceCall(short, n, vals); ok {
		return v
	}
	if cv, ok := a.configRead(short, n, vals); ok {
		return cv
	}
	// a spreadsheet or CSV file of the disk: its columns are the
	// program's own names
	local := urlIdx >= 0 && fileReaders[short] && localPath(vals[urlIdx].parts) || localReaders[short] && !anyURL(vals)
	method, mparam := "", 0
	if urlIdx >= 0 {
		method, mparam = requestMethod(short, n, vals)
	}
	if i := urlArgIndex(n.Args, urlArg{0, "command"}); urlIdx < 0 && shellCommands[short] && i >= 0 {
		// system("curl ... URL ..."): the URL word is the request's
		if w, m, mp, ok := commandURL(vals[i].parts); ok {
			vals[i].parts, urlIdx, method, mparam = w, i, m, mp
		}
	}
	if urlIdx >= 0 {
		a.recordTemplate(vals[urlIdx].parts, name, method, mparam, sc)
		a.requestArgs(vals)
	}
	var skip map[int]bool
	if pa, ok := patternArgs[short]; ok {
		if i := urlArgIndex(n.Args, pa); i >= 0 {
			skip = map[int]bool{i: true}
		}
	}
	a.noteSettings(short, n, vals)
	if v, ok := urlObject(short, vals); ok {
		return v
	}
	other, pattern := -1, skip != nil
	if urlIdx < 0 && !pattern && a.otherFileFunc(n, short, sc) {
		// a function another file may define (a wrapper of the package
		// called with a relative path)
		skip = map[int]bool{}
		other = a.otherFileCall(n, short, vals, skip, sc)
		a.offerArguments(n, short, vals)
	}
	v, ids := a.sinkArgs(n, vals, name, urlIdx, method, skip)
	var keys []int
	if short == "list" && a.emitOff == 0 {
		// The keys of a list the code builds (a request body, say).
		for _, arg := range n.Args {
			if arg.Name != "" && arg.NE > arg.NS {
				keys = append(keys, len(a.file.Fields))
				a.file.Fields = append(a.file.Fields, ir.FieldRead{
					Name: arg.Name, Span: ir.Span{Start: arg.NS, End: arg.NE}, Kind: ir.FieldKey,
					Receiver: "list(...)", Raw: string(a.src[arg.NS:arg.NE]) == arg.Name,
				})
			}
		}
	}
	if urlIdx >= 0 && len(ids) > 0 {
		// a list sent with the request (body = ...): its keys travel there
		for i := range n.Args {
			if i != urlIdx && i < len(vals) {
				for _, k := range vals[i].keys {
					a.file.Fields[k].Origin = unionInts(a.file.Fields[k].Origin, ids)
				}
			}
		}
	}
	if constructors[short] && !isConversion(n) && !setsAttributes(short, n) {
		v.origin = nil
		v.local = true
		if short == "list" {
			v.obj = listObject(n, vals)
			v.keys = keys
		}
	}
	if newColumns[short] {
		v.origin, v.local = nil, true
	}
	if local {
		v.origin = []int{ir.OriginLocal}
		v.frame = true
	}
	if sessions[short] && urlIdx >= 0 && len(vals[urlIdx].parts) > 0 {
		// a browsing session: the pages it moves to are relative to it
		v.client = &httpClient{base: vals[urlIdx].parts}
	}
	if decoders[short] && !a.asText(n) {
		if k := a.addDecode(n, v.origin); k >= 0 {
			v.dec = []int{k}
		}
	}
	a.listUse(short, n, vals, &v)
	if t := convTypes[short]; t != "" {
		a.typeRead(n, before, t)
	}
	if a.onlyNames(v.origin) && !v.local && a.emitOff == 0 {
		// nothing but names another file may define went in: the result
		// is what the function returns (its definition may be elsewhere)
		if _, plain := n.Fn.(*IdentNode); plain && urlIdx < 0 && !pattern && other < 0 {
			v.origin = append(v.origin, a.externalCall(n, short))
		}
	}
	if other >= 0 {
		// the response of the request the other file's wrapper makes
		v.origin = unionInts(v.origin, []int{other})
		v.local = false
	}
	return v
}

// otherFileFunc reports a call of a function that no code of this file
// defines and that is none of the library functions the analysis knows:
// another file of the package or script collection may define it.
func (a *analyzer) otherFileFunc(n *CallNode, short string, sc *scope) bool {
	f, ok := n.Fn.(*IdentNode)
	if !ok {
		// pkg::f is a package's, rarely the one being written
		return false
	}
	if _, bound := sc.lookup(f.Name); bound {
		return false
	}
	return short != "" && !knownFunc(short)
}

// onlyNames reports an origin made of nothing but names another file may
// define, handed to a call (or nothing at all): a call's result is then
// better known from the function's definition.
func (a *analyzer) onlyNames(origin []int) bool {
	for _, o := range origin {
		switch {
		case isParamOrigin(o):
		case o < 0 || o >= len(a.file.URLs):
			return false
		case a.file.URLs[o].Role == ir.RoleResult || ir.HasLit(a.file.URLs[o].Parts):
			return false
		}
	}
	return true
}

// listUse handles the calls that use their argument as a list of items:
// counting it, binding its rows into a data frame.
func (a *analyzer) listUse(short string, n *CallNode, vals []value, v *value) {
	arg := -1
	switch {
	case listCounts[short] || listFrames[short]:
		for i, x := range n.Args {
			if x.Value != nil && x.Name == "" {
				arg = i
				break
			}
		}
	case short == "do.call" && len(n.Args) > 1:
		if _, f := a.callee(n.Args[0].Value); f == "rbind" || f == "bind_rows" || f == "rbind.data.frame" || f == "rbindlist" {
			arg = 1
		}
	}
	if arg < 0 || arg >= len(vals) {
		return
	}
	a.asList(vals[arg])
	if listFrames[short] || short == "do.call" {
		v.frame = true
		v.origin = unionInts(v.origin, vals[arg].origin)
	}
}

// typeRead sets the type of the field read a conversion converts
// (as.integer(x$id)): the last read emitted since before, when it is
// what the first argument reads.
func (a *analyzer) typeRead(n *CallNode, before int, t string) {
	if len(a.file.Fields) <= before {
		return
	}
	var x Node
	for _, arg := range n.Args {
		if arg.Value != nil && arg.Name == "" {
			x = arg.Value
			break
		}
	}
	for {
		switch v := x.(type) {
		case *ParenNode:
			x = v.X
			continue
		case *IndexNode:
			if stringList(firstArg(v.Args)) == nil {
				x = v.X // x$id[i]: the element of the column
				continue
			}
		}
		break
	}
	if x == nil {
		return
	}
	s, e := x.span()
	fr := &a.file.Fields[len(a.file.Fields)-1]
	if fr.Span.Start >= s && fr.Span.End <= e && e-fr.Span.End <= 3 {
		fr.Type = t
	}
}

// argIndex is the position of the last argument passed under one of
// names, else of the first one passed by position; -1 when there is none.
func argIndex(args []Arg, names ...string) int {
	at := -1
	for i, arg := range args {
		if arg.Value != nil && slices.Contains(names, arg.Name) {
			at = i
		}
	}
	if at >= 0 {
		return at
	}
	for i, arg := range args {
		if arg.Value != nil && arg.Name == "" {
			return i
		}
	}
	return -1
}

func firstArg(args []Arg) Node {
	for _, a := range args {
		if a.Value != nil {
			return a.Value
		}
	}
	return nil
}

// localPath reports an argument that names a file of the disk: literal
// text, no scheme, no API path, and nothing another file may define.
func localPath(ps []piece) bool {
	if !hasLitText(ps) {
		return false
	}
	for _, p := range ps {
		switch {
		case p.param != 0, p.Kind == ir.Hole && (p.named || p.env):
			return false
		case p.Kind == ir.Lit && (strings.Contains(p.Text, "://") || strings.Contains(p.Text, "api/") ||
			strings.HasPrefix(p.Text, "www.")):
			return false
		}
	}
	return true
}

// anyURL reports an argument with a scheme in it.
func anyURL(vals []value) bool {
	for _, v := range vals {
		for _, p := range v.parts {
			if p.Kind == ir.Lit && strings.Contains(p.Text, "://") {
				return true
			}
		}
	}
	return false
}

// asText: content(r, "text") or content(r, as = "raw") returns the body
// unparsed (the decode is the fromJSON around it).
func (a *analyzer) asText(n *CallNode) bool {
	for i, arg := range n.Args {
		if s, ok := arg.Value.(*StrNode); ok && (arg.Name == "as" || arg.Name == "" && i == 1) {
			return s.Text == "text" || s.Text == "raw"
		}
	}
	return false
}

// realOrigins drops the parameter marks from an origin list.
func realOrigins(o []int) []int {
	var out []int
	for _, x := range o {
		if x >= 0 {
			out = append(out, x)
		}
	}
	return out
}

// externalCall stands for the result of a function this file calls but
// does not define: a URL made of one hole named "f()", which the
// repository pass fills when another file defines f and offers the URL f
// returns or requests (see returnedURL). Until then it is nothing: a hole
// alone is neither Kobo nor anything else.
func (a *analyzer) externalCall(n *CallNode, short string) int {
	s, e := n.span()
	return a.b.AddURL(ir.Result(short, ir.Span{Start: s, End: e}))
}

// isConversion tells data.frame(x) (a conversion) from data.frame(a = x).
func isConversion(n *CallNode) bool {
	unnamed := 0
	for _, arg := range n.Args {
		switch {
		case arg.Value == nil:
		case arg.Name == "":
			unnamed++
		case arg.Name == "stringsAsFactors" || arg.Name == "check.names" || arg.Name == ".name_repair":
		default:
			return false
		}
	}
	return unnamed == 1
}

// setsAttributes reports structure(x, class = ..., opts = ...): x with
// attributes set, its fields unchanged (unless names = renames them).
func setsAttributes(short string, n *CallNode) bool {
	if short != "structure" || len(n.Args) == 0 || n.Args[0].Value == nil || n.Args[0].Name != "" && n.Args[0].Name != ".Data" {
		return false
	}
	for _, arg := range n.Args {
		if arg.Name == "names" {
			return false
		}
	}
	return true
}

func urlArgIndex(args []Arg, ua urlArg) int {
	for i, arg := range args {
		if arg.Name == ua.name && arg.Value != nil {
			return i
		}
	}
	k := 0
	for i, arg := range args {
		if arg.Name != "" {
			continue
		}
		if k == ua.pos {
			if arg.Value == nil {
				return -1
			}
			return i
		}
		k++
	}
	return -1
}

// sinkArgs emits the arguments of a call that hold URL text and computes
// the call's result: the IDs of those URLs plus the origins of all
// arguments. skip lists arguments already emitted another way.
func (a *analyzer) sinkArgs(n *CallNode, vals []value, name string, urlIdx int, method string, skip map[int]bool) (value, []int) {
	var out value
	var ids []int
	positional, localArgs := 0, 0
	for i, arg := range n.Args {
		if arg.Value == nil || i >= len(vals) {
			continue
		}
		v := vals[i]
		if !skip[i] && v.req == nil && v.fn == nil {
			u := ir.URL{Role: ir.RoleArg, Var: arg.Name, Call: name}
			if owner := a.listOwner[n]; owner != "" && arg.Name != "" {
				u.Var = owner + "." + arg.Name
			}
			if i == urlIdx {
				u = ir.URL{Role: ir.RoleRequest, Call: name, Method: method}
			}
			if id, ok := a.emitURL(v.parts, u); ok {
				ids = append(ids, id)
			}
		}
		if v.fn == nil {
			out.origin = unionInts(out.origin, v.origin)
		}
		if arg.Name == "" {
			positional++
			if v.local {
				localArgs++
			}
		}
	}
	out.origin = unionInts(out.origin, ids)
	out.local = len(realOrigin(out.origin)) == 0 && positional > 0 && localArgs == positional
	return out, ids
}

// library notes a package load; a Kobo client package gives Kobo context.
func (a *analyzer) library(n *CallNode) {
	for _, arg := range n.Args {
		if arg.Name != "" && arg.Name != "package" {
			continue
		}
		switch v := arg.Value.(type) {
		case *StrNode:
			if names.SaysKobo(v.Text) {
				a.file.KoboHint = true
			}
		}
	}
}

// assignCall handles assign("name", value).
func (a *analyzer) assignCall(n *CallNode, sc *scope) value {
	var nameNode *StrNode
	var valNode Node
	k := 0
	for _, arg := range n.Args {
		switch {
		case arg.Name == "x" || (arg.Name == "" && k == 0):
			if s, ok := arg.Value.(*StrNode); ok {
				nameNode = s
			}
			if arg.Name == "" {
				k++
			}
		case arg.Name == "value" || (arg.Name == "" && k == 1):
			valNode = arg.Value
			if arg.Name == "" {
				k++
			}
		default:
			a.eval(arg.Value, sc)
		}
	}
	v := a.eval(valNode, sc)
	if nameNode != nil {
		a.emitAssign(v, nameNode.Text, nameNode)
		a.global.vars[nameNode.Text] = v
	}
	return v
}

// switchCall emits the cases of switch(x, a = "https://...", ...): a
// lookup table of server URLs is a common pattern.
func (a *analyzer) switchCall(n *CallNode, name string, sc *scope) value {
	var arm []piece
	for i, arg := range n.Args {
		v := a.eval(arg.Value, sc)
		if i == 0 {
			continue
		}
		if arg.Name != "" {
			a.emit(v.parts, ir.RoleAssign, arg.Name, "")
		} else {
			a.emit(v.parts, ir.RoleArg, "", name)
		}
		if arm == nil && hasURLText(v.parts) {
			arm = v.parts
		}
	}
	// The value is one of the arms: the first that holds URL text stands
	// for them (switch(api, kobo = "https://kc...", ona = ...)) as a base
	// the code may join paths to; otherwise it is unknown.
	if arm != nil {
		return value{parts: arm}
	}
	return value{parts: []piece{hole(a.spelled(n))}}
}

// noteSettings records options(name = ...) and Sys.setenv(NAME = ...),
// which getOption() and Sys.getenv() read back later in the file.
func (a *analyzer) noteSettings(short string, n *CallNode, vals []value) {
	var table *map[string]value
	switch short {
	case "options":
		table = &a.options
	case "Sys.setenv":
		table = &a.setenv
	default:
		return
	}
	if *table == nil {
		*table = map[string]value{}
	}
	for i, arg := range n.Args {
		if arg.Name != "" {
			(*table)[arg.Name] = vals[i]
		}
	}
}

// urlObject handles httr's URL objects: u <- parse_url(base), then
// u$path <- "api/v1/forms" (a member like any list's), then build_url(u).
func urlObject(short string, vals []value) (value, bool) {
	switch {
	case short == "parse_url" && len(vals) > 0 && hasLitText(vals[0].parts):
		return value{obj: map[string]value{urlBase: vals[0]}, local: true}, true
	case short == "build_url" && len(vals) > 0 && vals[0].obj != nil:
		if b, ok := vals[0].obj[urlBase]; ok {
			return value{parts: builtURL(b.parts, vals[0].obj["path"].parts)}, true
		}
	}
	return value{}, false
}

// urlBase is the element under which a parse_url() value keeps the URL it
// was made from (not an R name, so no code reads it).
const urlBase = " url"

// builtURL is what httr's build_url() makes of a URL whose path was set:
// the scheme and host of base, then the path.
func builtURL(base, path []piece) []piece {
	if len(path) == 0 {
		return base
	}
	out := base
	if len(base) > 0 && base[0].Kind == ir.Lit && base[0].param == 0 {
		t := base[0].Text
		if k := strings.Index(t, "://"); k >= 0 {
			if j := strings.IndexByte(t[k+3:], '/'); j >= 0 {
				// the path replaces the one of the base
				out = []piece{subLit(base[0], 0, k+3+j)}
			}
		}
	}
	out = append(append([]piece(nil), out...), bareLit("/"))
	if path[0].Kind == ir.Lit && strings.HasPrefix(path[0].Text, "/") {
		out = out[:len(out)-1]
	}
	return append(out, path...)
}

// adverbs are purrr's function operators: the function they wrap is
// called with the same arguments; quietly() and safely() put its value
// under $result.
var adverbs = map[string]bool{"quietly": true, "safely": true, "possibly": true, "insistently": true, "slowly": true}

// adverbCall handles quietly(f)(args) and the like, f a function of the
// file.
func (a *analyzer) adverbCall(inner, n *CallNode, sc *scope) (value, bool) {
	_, short := a.callee(inner.Fn)
	if !adverbs[short] || len(inner.Args) == 0 {
		return value{}, false
	}
	id, ok := inner.Args[0].Value.(*IdentNode)
	if !ok {
		return value{}, false
	}
	fi := a.funcName[id.Name]
	if v, bound := sc.lookup(id.Name); bound {
		fi = v.fn
	}
	if fi == nil {
		return value{}, false
	}
	for _, arg := range inner.Args[1:] {
		a.eval(arg.Value, sc) // otherwise = , quiet = , rate = ...
	}
	v := a.callLocal(fi, n, id.Name, sc)
	if short == "quietly" || short == "safely" {
		return value{obj: map[string]value{"result": v}, origin: v.origin}, true
	}
	return v, true
}
