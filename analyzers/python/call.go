package python

import (
	"sort"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"

	"github.com/kobolint/kobolint/internal/ir"
)

// callSite is a call split into what the analysis needs.
type callSite struct {
	n      *node
	fn     *node
	callee string // as spelled
	canon  string // dotted path with import aliases resolved, or ""
	method string // attribute name when fn is x.method
	recv   *node
	rv     *value // receiver value (method calls) or callee value
	args   []*node
	kwargs []*node // keyword_argument nodes
	done   map[*node]bool
	body   bool // the call sends its arguments (request, wrapper, json.dumps)
	// sentTo is the origin key of the request URL a request call sends
	// its body to, so that the body's keys are known to travel to it.
	sentTo []key
	// splats caches the values of **dict arguments (a call applying
	// several functions binds them once).
	splats map[*node]*value
	// multi is set when one call applies several functions (a dict of
	// functions called by a key known at run time).
	multi bool
}

// call evaluates a call expression.
func (a *analyzer) call(n *node) *value {
	c := &callSite{n: n, fn: n.child("function"), done: map[*node]bool{}}
	if c.fn == nil {
		a.walk(n)
		return unknown(a.spelled(n))
	}
	c.callee = a.spelled(c.fn)
	c.canon = a.canonical(c.fn)
	c.body = bodyFuncs[c.canon]
	if argsN := n.child("arguments"); argsN != nil {
		if argsN.kind == "generator_expression" {
			c.args = []*node{argsN}
		} else {
			for _, k := range argsN.namedKids() {
				if k.kind == "keyword_argument" {
					c.kwargs = append(c.kwargs, k)
				} else {
					c.args = append(c.args, k)
				}
			}
		}
	}
	a.noteConversion(c)
	if c.fn.kind == "attribute" {
		c.recv = c.fn.child("object")
		c.method = a.text(c.fn.child("attribute"))
		if c.method == "astype" && len(c.args) == 1 {
			a.convert(c.recv, a.typeName(c.args[0]))
		}
		c.rv = a.eval(c.recv, use{kind: useRecv})
	} else {
		c.rv = a.eval(c.fn, use{kind: useRecv})
	}
	v := a.dispatch(c)
	a.rest(c, v)
	return v
}

// kwValue returns the value node of keyword argument name.
func (a *analyzer) kwValue(c *callSite, name string) *node {
	for _, k := range c.kwargs {
		if a.text(k.child("name")) == name {
			return k.child("value")
		}
	}
	return nil
}

// rest evaluates the arguments dispatch did not consume, as plain call
// arguments. Lambdas see items of the other arguments (and the receiver).
func (a *analyzer) rest(c *callSite, v *value) {
	origin := append([]key(nil), c.rv.origin...)
	var lambdas []*node
	listArg, isList := listConsumers[c.canon]
	for i, k := range c.args {
		if c.done[k] {
			continue
		}
		if k.kind == "lambda" {
			lambdas = append(lambdas, k)
			continue
		}
		av := a.eval(k, use{kind: useArg, call: c.callee, body: c.body, sentTo: c.sentTo})
		if isList && (listArg < 0 || listArg == i) {
			a.markList(av)
		}
		origin = union(origin, av.origin)
		if av.emitted != 0 {
			origin = union(origin, []key{av.emitted})
		}
	}
	for _, k := range c.kwargs {
		vn := k.child("value")
		if c.done[k] || vn == nil {
			continue
		}
		if vn.kind == "lambda" {
			lambdas = append(lambdas, vn)
			continue
		}
		av := a.eval(vn, use{kind: useArg, call: c.callee, name: a.text(k.child("name")), body: c.body, sentTo: c.sentTo})
		if isList && a.text(k.child("name")) == "data" {
			a.markList(av)
		}
		if av.emitted != 0 {
			origin = union(origin, []key{av.emitted})
		}
	}
	for _, l := range lambdas {
		a.lambda(l, origin)
	}
	if v != nil && v.generic {
		v.origin = union(v.origin, origin)
	}
}

// dispatch handles the calls the analysis understands; it marks the
// arguments it evaluated in c.done. A nil-origin generic result is filled by
// rest.
func (a *analyzer) dispatch(c *callSite) *value {
	rv := c.rv
	switch {
	case envGetters[c.canon] || rv.kind == kEnv && (c.method == "get" || c.method == "setdefault") || a.envHelper(c):
		return a.envLookup(c)
	case configCtors[c.canon]:
		return &value{kind: kConfig, parts: hole(a.spelled(c.n))}
	case rv.kind == kConfig && configGetters[c.method], rv.kind == kSection && c.method == "get":
		return a.configLookup(c)
	case sessionCtors[c.canon]:
		v := &value{kind: kSession, parts: hole(a.spelled(c.n))}
		if b := a.kwValue(c, "base_url"); b != nil {
			bv := a.eval(b, use{kind: useArg, call: c.callee, name: "base_url"})
			v.base = via(bv.parts, "base_url")
			a.markKw(c, "base_url")
		}
		return v
	}
	if idx, kind, ok := a.requestCall(c); ok {
		return a.request(c, idx, kind)
	}
	// functions and classes of this file
	switch rv.kind {
	case kFunc:
		if rv.fn != nil {
			off := 0
			if c.fn.kind == "attribute" && rv.fn.cls != nil && !rv.fn.static {
				off = 1
			}
			return a.callLocal(c, rv.fn, off)
		}
	case kClass:
		if c.fn.kind == "identifier" && rv.cls != nil {
			return a.construct(c, rv.cls)
		}
	case kInstance:
		if m := a.lookupAttr(rv.cls, c.method); m != nil && m.kind == kFunc && m.fn != nil {
			off := 1
			if m.fn.static {
				off = 0
			}
			return a.callLocal(c, m.fn, off)
		}
	}
	if v := a.library(c); v != nil {
		return v
	}
	switch c.canon {
	case "open", "io.open", "codecs.open":
		// a local file: what is read from it is no response, whatever
		// the path looks like (".../api/tests/fixtures/forms/x.xml")
		return &value{kind: kFile, parts: hole(a.spelled(c.n)), origin: []key{keyLocal}}
	case "str":
		if len(c.args) == 1 && len(c.kwargs) == 0 {
			c.done[c.args[0]] = true
			v := a.eval(c.args[0], use{kind: usePart}).copyVal()
			v.str = true
			return v
		}
	case "urllib.parse.urljoin", "urlparse.urljoin", "urljoin", "requests.compat.urljoin":
		return a.joinArgs(c, nil, kPlain)
	case "os.path.join", "posixpath.join", "os.path.normpath":
		return segments(a.joinArgs(c, slash(), kPath))
	case "pathlib.Path", "pathlib.PurePosixPath", "pathlib.PurePath", "pathlib.PosixPath", "Path":
		return segments(a.joinArgs(c, slash(), kPath))
	}
	if frameCtors[c.canon] {
		return &value{kind: kFrame, parts: hole(a.spelled(c.n)), generic: true}
	}
	if c.fn.kind == "attribute" {
		if rv.kind == kInstance || rv.kind == kClass {
			if m := a.lookupAttr(rv.cls, c.method); m != nil && m.kind == kFunc && m.fn != nil {
				return a.callLocal(c, m.fn, 1)
			}
		}
		if rv.kind == kForeign && rv.name != "" {
			// a method of another module's class: what it returns or
			// requests, as that module offers it
			origin := append([]key{a.externalResult(c.n, rv.name+"."+c.method)}, a.prefixedArgs(c, rv.name+"."+c.method)...)
			return &value{parts: hole(a.spelled(c.n)), generic: true, origin: origin}
		}
		if rv.str || stripMethods[c.method] && rv.kind == kPlain {
			// strip and its kin are methods of strings only: a name not
			// known to hold one (a parameter) holds one here
			if v := a.strMethod(c); v != nil {
				return v
			}
		}
		a.leftover(c.recv, rv)
		return a.method(c)
	}
	if c.fn.kind == "subscript" {
		if v := a.dictDispatch(c); v != nil {
			return v
		}
	}
	v := &value{parts: hole(a.spelled(c.n)), generic: true}
	if imported, ok := a.imports[a.text(c.fn)]; ok && c.fn.kind == "identifier" {
		if isClassName(a.text(c.fn)) {
			// an instance of a class another module defines: its
			// attributes are that class's (Settings().KOBO_URL), and its
			// positional arguments are definitions for that module
			v.kind, v.name = kForeign, imported[strings.LastIndexByte(imported, '.')+1:]
			for i, k := range c.args {
				if k.kind == "list_splat" || k.kind == "dictionary_splat" {
					break
				}
				c.done[k] = true
				a.eval(k, use{kind: useAssign, name: ir.ArgDef(v.name, i)})
			}
		} else {
			v.origin = append([]key{a.externalCall(c.n, imported)}, a.prefixedArgs(c, a.text(c.fn))...)
			// what the other module's function returns ({kpi_root()}):
			// a name the repository pass may resolve, also through a
			// local variable it is assigned to
			v.global = true
		}
	}
	return v
}

// dictDispatch calls every function of a dict of the file's functions
// called by a key known at run time (handlers[name](**kwargs)).
func (a *analyzer) dictDispatch(c *callSite) *value {
	dv := a.peek(c.fn.child("value"))
	if dv == nil || dv.kind != kDict || len(dv.entries) == 0 {
		return nil
	}
	names := make([]string, 0, len(dv.entries))
	for n, e := range dv.entries {
		if e == nil || e.kind != kFunc || e.fn == nil {
			return nil
		}
		names = append(names, n)
	}
	sort.Strings(names)
	c.multi = len(names) > 1
	var res *value
	for _, n := range names {
		r := a.callLocal(c, dv.entries[n].fn, 0)
		if res == nil {
			res = r.copyVal()
			continue
		}
		res.origin = union(res.origin, r.origin)
	}
	return res
}

// segments marks the literal parts of a path join: the joining call
// treats them as path segments, so a query cannot be written into them.
func segments(v *value) *value {
	for i := range v.parts {
		if v.parts[i].Kind == ir.Lit {
			v.parts[i].Segment = true
		}
	}
	return v
}

// isClassName: by Python's convention a capitalised name is a class (an
// exception, a model), whose call builds an object, not a response.
func isClassName(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

// externalCall stands for the result of a function imported from another
// module (from .client import list_forms): a URL made of one hole named
// "list_forms()", which the repository pass fills when another file
// offers what that function returns or requests (see offerFunctions).
// Until then it is nothing: a hole alone is neither Kobo nor anything
// else. It returns the origin key of that URL.
func (a *analyzer) externalCall(n *node, canonical string) key {
	return a.externalResult(n, canonical[strings.LastIndexByte(canonical, '.')+1:])
}

// externalResult is externalCall for the function named name (a method
// of another module's class: "KoboClient.forms").
func (a *analyzer) externalResult(n *node, name string) key {
	k := -spanKey(n) - 16 - 1<<20 // apart from the call's own key and the small marks
	if a.final && !a.symbolic {
		if _, done := a.urlID[k]; !done {
			a.urlID[k] = a.b.AddURL(ir.Result(name, ir.Span{Start: n.start, End: n.end}))
		}
	}
	return k
}

// prefixedArgs emits, for each positional argument of a call of another
// module's function or method that brings text ("forms", "data/" + pk),
// the URL that function requests with it: what it puts before that
// argument (name#i, offered by its module: see offerPrefixes) and the
// argument. It returns their keys, the origins of the call's result.
func (a *analyzer) prefixedArgs(c *callSite, name string) []key {
	var keys []key
	for i, k := range c.args {
		if k.kind == "list_splat" || k.kind == "dictionary_splat" {
			break
		}
		if c.done[k] {
			continue
		}
		c.done[k] = true
		v := a.eval(k, use{kind: useArg, call: name})
		a.offerArgument(name, i, v)
		if v == nil || !v.str || !ir.HasLit(v.parts) || hasParam(v.parts) || urlish(v.parts) && strings.Contains(flatText(v.parts), "://") {
			continue
		}
		pk := -spanKey(k) - 16 - 2<<20 // apart from the argument's own key
		u := &value{parts: ir.Join([]ir.Part{{Kind: ir.Hole, Name: ir.ArgDef(name, i), Span: ir.Span{Start: c.n.start, End: c.n.start}}}, v.parts), str: true, global: true}
		a.emitKey(pk, u, use{kind: useRequest, call: name})
		keys = append(keys, pk)
	}
	return keys
}

// offerArgument offers, for a response passed as argument i of another
// module's function (import_all(projects())), the URL it comes from under
// ir.ParamDef(name, i): that module reads the parameter as that response.
func (a *analyzer) offerArgument(name string, i int, v *value) {
	if v == nil || !a.final || a.symbolic || strings.Contains(name, ".") {
		return
	}
	var ids []int
	for _, o := range v.origin {
		if u, ok := a.paramURLs[o]; ok {
			// a parameter handed on (show(forms) calls titles(forms)):
			// what this function's callers pass goes on to f's
			if _, done := a.urlID[o]; !done {
				a.urlID[o] = a.b.AddURL(u)
			}
		}
		if id, ok := a.urlID[o]; ok {
			ids = append(ids, id)
		}
	}
	n := len(a.file.Defs)
	if a.paramDefs.Offer(a.file, name, i, ids) && len(a.file.Defs) > n {
		a.file.Defs[n].Parts = clean(a.file.Defs[n].Parts)
	}
}

func (a *analyzer) markKw(c *callSite, name string) {
	for _, k := range c.kwargs {
		if a.text(k.child("name")) == name {
			c.done[k] = true
		}
	}
}

// envHelper recognises django-environ / environs style readers: env("X",
// default=...), env.str("X", "..."), env.url(...).
func (a *analyzer) envHelper(c *callSite) bool {
	if c.rv.kind == kFunc || len(c.args) == 0 {
		return false
	}
	if _, ok := a.constString(c.args[0]); !ok {
		return false
	}
	switch c.callee {
	case "env", "env.str", "env.url", "env.get", "environ.get":
		return true
	}
	return false
}

// envLookup handles os.getenv("X", default) and friends: the default's
// parts, or a hole named after the variable.
func (a *analyzer) envLookup(c *callSite) *value {
	name := ""
	if len(c.args) > 0 {
		if s, ok := a.constString(c.args[0]); ok {
			name = s
			c.done[c.args[0]] = true
		}
	}
	if name == "" {
		name = a.spelled(c.n)
	}
	v := &value{parts: hole(name), str: true, global: true}
	var def *node
	if len(c.args) > 1 {
		def = c.args[1]
		c.done[def] = true
	}
	if d := a.kwValue(c, "default"); d != nil {
		def = d
		a.markKw(c, "default")
	}
	if def != nil {
		dv := a.eval(def, use{kind: usePart})
		if dv.str || ir.HasLit(dv.parts) {
			v.parts, v.ref = dv.parts, dv.ref
		}
	}
	return v
}

// configLookup handles cfg.get("section", "key") on a configparser object:
// a hole named section.key, or the fallback's parts.
func (a *analyzer) configLookup(c *callSite) *value {
	var names []string
	if c.rv.kind == kSection {
		names = append(names, c.rv.name)
	}
	for _, k := range c.args {
		if s, ok := a.constString(k); ok && len(names) < 2 {
			names = append(names, s)
			c.done[k] = true
		}
	}
	v := &value{parts: hole(strings.Join(names, ".")), str: c.method == "get", global: true}
	if fb := a.kwValue(c, "fallback"); fb != nil {
		a.markKw(c, "fallback")
		fv := a.eval(fb, use{kind: usePart})
		if ir.HasLit(fv.parts) {
			v.parts, v.ref = fv.parts, fv.ref
		}
	}
	return v
}

// joinArgs joins the arguments' parts with sep between them (urljoin puts
// nothing between, os.path.join and Path a slash).
func (a *analyzer) joinArgs(c *callSite, sep []ir.Part, kind valKind) *value {
	v := &value{str: true, kind: kind}
	for i, k := range c.args {
		c.done[k] = true
		av := a.eval(k, use{kind: usePart})
		if i > 0 {
			v.parts = append(v.parts, sep...)
		}
		v.parts = append(v.parts, av.parts...)
		v.global = v.global || av.global
	}
	v.parts = capParts(v.parts)
	if len(c.args) == 0 {
		v.parts = hole(a.spelled(c.n))
	}
	return v
}

// method handles method calls on values that are not strings: .json(),
// .get("field"), .rename(columns=...), list.append.
func (a *analyzer) method(c *callSite) *value {
	rv := c.rv
	res := &value{parts: hole(a.spelled(c.n)), generic: true, origin: append([]key(nil), rv.origin...)}
	switch c.method {
	case "json":
		res.kind = kPlain
		if rv.kind == kResponse {
			res.dec = a.decodeHere(c.n, rv.origin, subscript(names.PageItems()))
		}
		return res
	case "read", "decode", "strip", "readall":
		switch rv.kind {
		case kResponse, kBody:
			res.kind = kBody
		case kFile:
			res.kind = kFile
		}
		return res
	case "read_text", "read_bytes", "open":
		if rv.kind == kPath {
			res.kind, res.origin = kFile, []key{keyLocal}
		}
		return res
	case "getresponse":
		if rv.kind == kConn {
			res.kind = kResponse
		}
		return res
	case "get":
		if rv.kind == kModule || rv.kind == kSession || rv.kind == kFunc || rv.kind == kClass {
			return res
		}
		if rv.kind == kDoc && len(c.args) > 0 {
			if s, ok := a.constString(c.args[0]); ok {
				c.done[c.args[0]] = true
				v := docKey(rv, s)
				if len(c.args) > 1 {
					c.done[c.args[1]] = true
					if dv := a.eval(c.args[1], use{kind: usePart}); dv.str && ir.HasLit(dv.parts) {
						v.parts, v.ref = dv.parts, dv.ref
					}
				}
				return v
			}
		}
		if rv.kind == kDict && rv.entries != nil && len(c.args) > 0 {
			if s, ok := a.constString(c.args[0]); ok {
				c.done[c.args[0]] = true
				if e := rv.entries[s]; e != nil {
					return deref(e, a.spelled(c.n))
				}
				return res
			}
		}
		if len(c.args) > 0 {
			if _, ok := a.constString(c.args[0]); ok {
				kind := ir.FieldGet
				if rv.kind == kFrame {
					kind = ir.FieldColumn
				}
				a.fieldString(c.args[0], kind, rv.origin, a.spelled(c.recv), accessAfter(c.recv, c.n))
				c.done[c.args[0]] = true
			}
		}
		return res
	case "add_argument":
		a.argparseOption(c)
		return res
	case "parse_args":
		return &value{kind: kArgs, parts: hole(a.spelled(c.n))}
	case "rename":
		if cols := a.kwValue(c, "columns"); cols != nil && cols.kind == "dictionary" {
			a.dict(cols, rv.origin, true)
			a.markKw(c, "columns")
		}
		if rv.kind == kFrame {
			res.kind = kFrame
		}
		return res
	case "append", "extend", "insert", "add", "update", "appendleft":
		// the container now holds (items of) the argument
		if c.recv != nil && (c.recv.kind == "identifier" || c.recv.kind == "attribute") {
			var origin []key
			for _, k := range c.args {
				c.done[k] = true
				av := a.eval(k, use{kind: useArg, call: c.callee})
				if av.kind != kDict {
					origin = union(origin, av.origin)
				}
				if c.method == "extend" {
					// rows.extend(page): the page's items
					a.markList(av)
				}
			}
			if v, _ := a.cur.lookup(a.text(c.recv)); v != nil && knownOrigin(origin) {
				v.origin = union(v.origin, origin)
			}
		}
		return res
	}
	if rv.kind == kFrame && frameMethods[c.method] {
		res.kind = kFrame
	}
	return res
}

// argparseOption remembers the default of an argparse option, so that
// args.server reads it; the default is reported as the option's value.
func (a *analyzer) argparseOption(c *callSite) {
	dest := ""
	for _, k := range c.args {
		s, ok := a.constString(k)
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(s, "--"):
			dest = strings.ReplaceAll(s[2:], "-", "_")
		case !strings.HasPrefix(s, "-") && dest == "":
			dest = s
		}
	}
	if d := a.kwValue(c, "dest"); d != nil {
		if s, ok := a.constString(d); ok {
			dest = s
		}
	}
	def := a.kwValue(c, "default")
	if def == nil || dest == "" {
		return
	}
	a.markKw(c, "default")
	v := a.eval(def, use{kind: useAssign, name: dest})
	if !a.symbolic {
		a.argDefaults[dest] = v
	}
}

// stripMethods are the methods only strings have that keep the text's
// pieces in order: url_join(root, rel) keeps rel.lstrip("/")'s pieces.
var stripMethods = map[string]bool{"strip": true, "rstrip": true, "lstrip": true, "removeprefix": true, "removesuffix": true}

// strMethod handles methods of strings: format, replace, join and the
// ones that keep the text's pieces (strip, lower, ...). nil: not handled.
func (a *analyzer) strMethod(c *callSite) *value {
	rv := c.rv
	switch c.method {
	case "format":
		var pos []*value
		named := map[string]*value{}
		for _, k := range c.args {
			c.done[k] = true
			pos = append(pos, a.eval(k, use{kind: usePart}))
		}
		for _, k := range c.kwargs {
			c.done[k] = true
			named[a.text(k.child("name"))] = a.eval(k.child("value"), use{kind: usePart})
		}
		return &value{parts: capParts(formatBraces(rv.parts, pos, named)), str: true,
			global: rv.global || anyGlobal(pos) || anyGlobalMap(named)}
	case "replace":
		if len(c.args) >= 2 {
			old, ok := a.constString(c.args[0])
			if ok && old != "" {
				nv := a.eval(c.args[1], use{kind: usePart})
				if parts, hit := replaceParts(rv.parts, old, nv.parts); hit {
					c.done[c.args[0]], c.done[c.args[1]] = true, true
					return &value{parts: capParts(parts), str: true, global: rv.global}
				}
				// not found in the known text: keep the receiver, report
				// the replacement on its own
				c.done[c.args[0]], c.done[c.args[1]] = true, true
				a.sink(c.args[1], nv, use{kind: useArg, call: c.callee})
			}
		}
		return &value{parts: rv.parts, str: true, global: rv.global, ref: rv.ref}
	case "join":
		if len(c.args) != 1 {
			return nil
		}
		arg := c.args[0]
		for arg.kind == "parenthesized_expression" && arg.firstNamed() != nil {
			arg = arg.firstNamed()
		}
		switch arg.kind {
		case "list", "tuple":
			c.done[c.args[0]] = true
			v := &value{str: true, global: rv.global}
			for i, e := range arg.namedKids() {
				var ev *value
				if e.kind == "list_splat" {
					ev = a.splatJoined(e.firstNamed(), rv.parts)
				}
				if ev == nil {
					ev = a.eval(e, use{kind: usePart})
				}
				if i > 0 {
					v.parts = append(v.parts, rv.parts...)
				}
				v.parts = append(v.parts, ev.parts...)
				v.global = v.global || ev.global
			}
			v.parts = capParts(v.parts)
			return v
		}
		c.done[c.args[0]] = true
		if v := a.splatJoined(arg, rv.parts); v != nil {
			return v // "/".join(parts), parts the *args of the function
		}
		av := a.eval(c.args[0], use{})
		return &value{parts: hole(a.spelled(c.n)), str: true, origin: av.origin}
	case "strip", "rstrip", "lstrip", "lower", "upper", "casefold", "removesuffix",
		"removeprefix", "encode", "decode", "expandtabs":
		parts := rv.parts
		for _, k := range c.args {
			c.done[k] = true
			a.eval(k, use{kind: usePart})
			if s, ok := a.constString(k); ok && s == "/" && (c.method == "rstrip" || c.method == "strip" || c.method == "removesuffix") {
				parts = ir.TrimSlash(parts) // base.rstrip("/") + "/forms"
			}
		}
		return &value{parts: parts, str: true, global: rv.global, ref: rv.ref}
	}
	return nil
}

// replaceParts applies str.replace(old, new) to the literal parts that
// contain old; hit is false when none does.
func replaceParts(parts []ir.Part, old string, repl []ir.Part) ([]ir.Part, bool) {
	var out []ir.Part
	hit := false
	for _, p := range parts {
		if p.Kind != ir.Lit || !strings.Contains(p.Text, old) {
			out = append(out, p)
			continue
		}
		hit = true
		t := p.Text
		pos := 0
		for {
			i := strings.Index(t[pos:], old)
			if i < 0 {
				break
			}
			i += pos
			if i > pos {
				out = append(out, subLit(p, pos, i))
			}
			out = append(out, repl...)
			pos = i + len(old)
		}
		if pos < len(t) {
			out = append(out, subLit(p, pos, len(t)))
		}
	}
	return out, hit
}

// splatJoined is the value of the elements of n joined by sep (one
// literal): where n is the *args parameter of the function being
// summarised, a hole the call sites fill with their extra arguments;
// where n holds what a call passed to one, those arguments joined.
func (a *analyzer) splatJoined(n *node, sep []ir.Part) *value {
	if n == nil || n.kind != "identifier" || len(sep) != 1 || sep[0].Kind != ir.Lit {
		return nil
	}
	v := a.peek(n)
	if v == nil {
		return nil
	}
	if v.rest {
		out := &value{str: true}
		for j, e := range v.elems {
			if j > 0 {
				out.parts = append(out.parts, ir.Part{Kind: ir.Lit, Text: sep[0].Text})
			}
			out.parts = append(out.parts, e.parts...)
			out.global = out.global || e.global
		}
		return out
	}
	if len(v.parts) != 1 || a.curFn == nil {
		return nil
	}
	i, ok := paramIndex(v.parts[0])
	if _, splat := splatSep(v.parts[0]); !ok || splat || i >= len(a.curFn.params) || a.curFn.params[i].star != 1 {
		return nil
	}
	return &value{parts: []ir.Part{splatHole(v.parts[0].Name, i, sep[0].Text)}, str: true}
}
