package python

import (
	"sort"

	"github.com/kobolint/kobolint/internal/ir"
)

// Calls of the file's own functions: a summary (see funcInfo) is applied
// to the call's arguments. What crosses the call:
//   - a wrapper's request URL is rebuilt with the arguments and emitted
//     as a request at the call (with the wrapper's HTTP method);
//   - the other URLs the body builds from its parameters (a request body's
//     "source": "{}assets/{}/".format(host, uid)) are rebuilt too;
//   - a decode of the wrapper's response is reported at the call when the
//     function returns the decoded value (appending the page's results
//     there is right for that call only), else where it is, with the
//     call's URL as origin and no automatic edit;
//   - parameters the body uses as lists mark the decodes of what is passed;
//   - the result carries what the body returns (strings, origins, tuples,
//     dicts, instances).

// boundArg is what a call passes for one parameter: an argument node, or
// a value taken from a **dict whose entries the analysis knows.
type boundArg struct {
	n   *node
	val *value
	// rest are the extra positional arguments a *args parameter takes
	rest []*node
}

// bindArgs pairs the call's arguments with the function's parameters.
func (a *analyzer) bindArgs(c *callSite, f *funcInfo, offset int) []boundArg {
	bound := make([]boundArg, len(f.params))
	pi := offset
	positional := true
	for _, an := range c.args {
		switch an.kind {
		case "list_splat":
			if positional {
				// f(*parts): the rest of the arguments, as the caller
				// holds them, for f's own *args
				if star := f.starParam(); star >= pi && len(bound[star].rest) == 0 {
					bound[star].n = an.firstNamed()
				}
			}
			positional = false
			continue
		case "dictionary_splat":
			positional = false
			a.bindSplat(c, f, an, bound)
			continue
		}
		if !positional {
			continue
		}
		for pi < len(f.params) && (f.params[pi].star == 2 || f.params[pi].kwOnly) {
			pi++
		}
		if pi < len(f.params) && f.params[pi].star == 1 {
			bound[pi].rest = append(bound[pi].rest, an)
			continue
		}
		if pi >= len(f.params) {
			positional = false
			continue
		}
		bound[pi] = boundArg{n: an}
		pi++
	}
	for _, k := range c.kwargs {
		if i := f.paramIndex(a.text(k.child("name"))); i >= 0 && f.params[i].star == 0 {
			bound[i] = boundArg{n: k.child("value")}
		}
	}
	return bound
}

// starParam is the index of the *args parameter, or -1.
func (f *funcInfo) starParam() int {
	for i, p := range f.params {
		if p.star == 1 {
			return i
		}
	}
	return -1
}

// bindSplat binds the known entries of a **dict argument by name.
func (a *analyzer) bindSplat(c *callSite, f *funcInfo, an *node, bound []boundArg) {
	inner := an.firstNamed()
	if inner == nil {
		return
	}
	var dv *value
	if c.splats == nil {
		c.splats = map[*node]*value{}
	}
	if v, ok := c.splats[an]; ok {
		dv = v
	} else {
		dv = a.eval(inner, use{kind: useRecv})
		c.splats[an] = dv
	}
	c.done[an] = true
	if dv.kind != kDict || dv.entries == nil {
		return
	}
	for name, e := range dv.entries {
		if i := f.paramIndex(name); i >= 0 && f.params[i].star == 0 && bound[i].n == nil {
			bound[i] = boundArg{n: an, val: deref(e, name)}
		}
	}
}

// callLocal applies the summary of a function of this file to a call.
func (a *analyzer) callLocal(c *callSite, f *funcInfo, offset int) *value {
	res, _ := a.applyCall(c, f, offset)
	return res
}

// applyCall is callLocal; it also returns the argument values bound to
// each parameter (defaults filled in).
func (a *analyzer) applyCall(c *callSite, f *funcInfo, offset int) (*value, []*value) {
	c.body = f.tmpl != nil
	bound := a.bindArgs(c, f, offset)
	feeds := map[int]bool{}
	for _, p := range f.tmpl {
		if i, ok := paramIndex(p); ok {
			feeds[i] = true
		}
	}
	vals := make([]*value, len(f.params))
	var fedNode *node
	for i, b := range bound {
		if len(b.rest) > 0 {
			v := &value{parts: hole(f.params[i].name), rest: true}
			for _, n := range b.rest {
				a.markArg(c, n)
				v.elems = append(v.elems, a.eval(n, use{kind: usePart}))
			}
			vals[i] = v
			if feeds[i] && fedNode == nil {
				fedNode = b.rest[0]
			}
			continue
		}
		if b.n == nil {
			continue
		}
		if b.val != nil {
			vals[i] = b.val
		} else {
			a.markArg(c, b.n)
			if feeds[i] {
				vals[i] = a.eval(b.n, use{kind: usePart})
			} else {
				name := ""
				if b.n.parent != nil && b.n.parent.kind == "keyword_argument" {
					name = f.params[i].name
				}
				if attr := f.storedAs(i); attr != "" {
					// kept in the instance (self.root = root): a
					// definition, whose uses are the methods' URLs
					vals[i] = a.eval(b.n, use{kind: useAssign, name: attr})
				} else {
					vals[i] = a.eval(b.n, use{kind: useArg, call: c.callee, name: name, body: f.tmpl != nil})
				}
			}
		}
		if feeds[i] && fedNode == nil {
			fedNode = b.n
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
		if !a.symbolic && (bound[i].n != nil || i < len(f.defaults) && f.defaults[i] != nil) {
			f.recordArg(i, vals[i])
		}
	}
	siteKey := f.tmplKey
	symbolicURL := false
	if f.tmpl != nil {
		parts, argLit := subst(f.tmpl, vals, f.name, a.spelled(c.n))
		uv := &value{parts: capParts(parts), str: true, global: true}
		method, mparam := f.method, -1
		if f.methodParam >= 0 && f.methodParam < len(vals) {
			mv := vals[f.methodParam]
			if i := paramOf(mv); i >= 0 {
				mparam = i
			} else if mv.str && len(mv.parts) == 1 && mv.parts[0].Kind == ir.Lit {
				method = httpMethod(mv.parts[0].Text)
			}
		}
		if a.symbolic && a.curFn != nil && hasParam(uv.parts) {
			symbolicURL = true
			if a.curFn.tmpl == nil {
				n := fedNode
				if n == nil {
					n = c.n
				}
				a.curFn.tmpl, a.curFn.tmplKey = uv.parts, a.siteKey(c, spanKey(n), f)
				a.curFn.method, a.curFn.methodParam = method, mparam
			}
		} else if fedNode != nil && argLit {
			k := a.siteKey(c, spanKey(fedNode), f)
			a.sinkAt(k, uv, a.bodyURLUse(k, use{kind: useRequest, call: c.callee, method: method}))
			if uv.emitted != 0 {
				siteKey = uv.emitted
				if !a.symbolic {
					f.rebuilt++
				}
			}
		}
	}
	if !a.symbolic {
		f.calls++
	}
	a.innerURLs(c, f, vals)
	for i := range f.listParams {
		if i < len(vals) {
			a.markList(vals[i])
		}
	}
	if f.ret == nil {
		a.siteDecodes(c, f, vals, siteKey, symbolicURL, nil)
		return unknown(a.spelled(c.n)), vals
	}
	res := a.substValue(f.ret, vals, f, c, siteKey, symbolicURL, 0)
	a.siteDecodes(c, f, vals, siteKey, symbolicURL, res)
	return res, vals
}

// bodyURLUse is how the request URL at key k of a function body is
// emitted: when it is the template that every call of the function
// rebuilds, its uses are those calls, so it is reported as a definition.
func (a *analyzer) bodyURLUse(k key, u use) use {
	if f := a.curFn; !a.symbolic && f != nil && f.tmplKey == k && f.sitesRequest() {
		return use{kind: useAssign}
	}
	return u
}

// siteKey is the key of a URL a call emits at node key at: when one call
// applies several functions (a dict of functions), each gets its own.
func (a *analyzer) siteKey(c *callSite, at key, f *funcInfo) key {
	if !c.multi {
		return at
	}
	return a.synthKey(at, spanKey(f.def))
}

// synthKey names a URL that is not one expression of the file (a body's
// URL rebuilt at one call site). The same pair gets the same key in every
// walk; the keys lie beyond every span of the file.
func (a *analyzer) synthKey(x, y key) key {
	if a.synth == nil {
		a.synth = map[[2]key]key{}
	}
	p := [2]key{x, y}
	if k, ok := a.synth[p]; ok {
		return k
	}
	k := key(int64(len(a.src)+1+len(a.synth)) << 32)
	a.synth[p] = k
	return k
}

// paramOf returns i when v is parameter i of the function being
// summarised (one parameter hole), else -1.
func paramOf(v *value) int {
	if v == nil || len(v.parts) != 1 {
		return -1
	}
	if i, ok := paramIndex(v.parts[0]); ok {
		return i
	}
	return -1
}

// translate turns a summary's symbolic origin into the call's.
func translate(origin []key, vals []*value, siteKey key, symbolicURL bool) []key {
	var out []key
	for _, k := range origin {
		switch {
		case k == keyCallURL:
			if symbolicURL {
				out = union(out, []key{keyCallURL})
			} else if siteKey != 0 {
				out = union(out, []key{siteKey})
			}
		case isParamKey(k):
			i := int(keyParam0 - k)
			if i < len(vals) && vals[i] != nil {
				out = union(out, vals[i].origin)
			}
		default:
			out = union(out, []key{k})
		}
	}
	return out
}

// substValue is what a summary's value (a return value, an attribute
// __init__ stores) is at a call: parameter holes replaced by the
// arguments, origins translated, tuples and dicts element by element.
func (a *analyzer) substValue(r *value, vals []*value, f *funcInfo, c *callSite, siteKey key, symbolicURL bool, depth int) *value {
	res := &value{kind: r.kind, cls: r.cls, fn: r.fn, base: r.base, str: r.str, name: r.name, mod: r.mod, alt: r.alt}
	if r.str || hasParam(r.parts) {
		parts, argLit := subst(r.parts, vals, f.name, a.spelled(c.n))
		res.parts, res.ref, res.global = capParts(parts), !argLit, true
		if n := paramOf(r); n >= 0 && n < len(vals) && vals[n] != nil {
			// the function hands a parameter back: it is what was passed
			p := vals[n]
			res.kind, res.cls, res.fn, res.entries, res.elems = p.kind, p.cls, p.fn, p.entries, p.elems
			if !r.str {
				res.str = p.str
			}
		}
	} else if r.global && len(r.parts) == 1 && r.parts[0].Kind == ir.Hole && r.parts[0].Foreign == "" {
		// a getter of a setting (return settings.KOBO_URL): its name
		res.parts, res.global = via(r.parts, f.name), true
	} else {
		res.parts = hole(a.spelled(c.n))
	}
	res.origin = union(res.origin, translate(r.origin, vals, siteKey, symbolicURL))
	for _, k := range r.dec {
		switch {
		case isParamKey(k):
			if i := int(keyParam0 - k); i < len(vals) && vals[i] != nil {
				res.dec = union(res.dec, vals[i].dec)
			}
		case f.decodes[k] != nil:
			// a decode of this call's response: siteDecodes names it
		default:
			res.dec = union(res.dec, []key{k})
		}
	}
	if depth < 4 {
		if r.entries != nil && res.entries == nil {
			res.entries = map[string]*value{}
			for k, e := range r.entries {
				res.entries[k] = a.substValue(e, vals, f, c, siteKey, symbolicURL, depth+1)
			}
		}
		if r.elems != nil && res.elems == nil {
			res.elems = make([]*value, len(r.elems))
			for i, e := range r.elems {
				if e != nil {
					res.elems[i] = a.substValue(e, vals, f, c, siteKey, symbolicURL, depth+1)
				}
			}
		}
	}
	return res
}

// innerURLs rebuilds, at a call, the URLs the body builds from its
// parameters (other than the wrapper's request URL).
func (a *analyzer) innerURLs(c *callSite, f *funcInfo, vals []*value) {
	for _, in := range f.inner {
		parts, argLit := subst(in.parts, vals, f.name, a.spelled(c.n))
		k := a.synthKey(spanKey(c.n), in.at)
		if c.multi {
			k = a.synthKey(k, spanKey(f.def))
		}
		if a.symbolic && a.curFn != nil && hasParam(parts) {
			a.curFn.addInner(innerURL{at: k, parts: parts, u: in.u})
			continue
		}
		if !argLit {
			continue
		}
		a.sinkAt(k, &value{parts: capParts(parts), str: true, global: true}, in.u)
	}
}

func (f *funcInfo) addInner(in innerURL) {
	for _, x := range f.inner {
		if x.at == in.at {
			return
		}
	}
	if len(f.inner) < 64 {
		f.inner = append(f.inner, in)
	}
}

// siteDecodes reports the body's decodes of responses only known here.
func (a *analyzer) siteDecodes(c *callSite, f *funcInfo, vals []*value, siteKey key, symbolicURL bool, res *value) {
	if len(f.decodes) == 0 {
		return
	}
	ks := make([]key, 0, len(f.decodes))
	for k := range f.decodes {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	returned := map[key]bool{}
	if f.ret != nil {
		for _, k := range f.ret.dec {
			returned[k] = true
		}
	}
	for _, k := range ks {
		sd := f.decodes[k]
		origin := translate(sd.origin, vals, siteKey, symbolicURL)
		if returned[k] && res != nil {
			// the caller holds the decoded body: the page's results are
			// read here, for this call only
			dk := a.siteKey(c, spanKey(c.n), f)
			res.dec = union(res.dec, []key{dk})
			sp, results := decodeSpan(c.n)
			a.decodeAt(dk, sp, origin, results, sd.list)
			continue
		}
		// decoded and used inside the body: the page's results are read
		// there, for this call's URL as for the others
		a.decodeAt(k, sd.span, origin, sd.results, sd.list)
	}
}

// construct evaluates a call of a class of the file: the instance keeps
// its own attributes, those __init__ stores from its arguments or, for a
// class declaring its fields (a dataclass, a NamedTuple), the arguments
// given for them.
func (a *analyzer) construct(c *callSite, cls *classInfo) *value {
	inst := &value{kind: kInstance, cls: cls, parts: hole(a.spelled(c.n))}
	if init := a.lookupMethod(cls, "__init__"); init != nil {
		_, vals := a.applyCall(c, init, 1)
		if len(init.selfAttrs) > 0 {
			inst.entries = map[string]*value{}
			for name, v := range init.selfAttrs {
				inst.entries[name] = a.substValue(v, vals, init, c, 0, false, 0)
			}
		}
		return inst
	}
	fields := a.classFields(cls)
	if len(fields) == 0 {
		return inst
	}
	inst.entries = map[string]*value{}
	for i, an := range c.args {
		if i >= len(fields) || an.kind == "list_splat" || an.kind == "dictionary_splat" {
			break
		}
		c.done[an] = true
		inst.entries[fields[i]] = a.eval(an, use{kind: useAssign, name: fields[i]})
	}
	for _, k := range c.kwargs {
		name := a.text(k.child("name"))
		for _, f := range fields {
			if f == name {
				c.done[k] = true
				inst.entries[name] = a.eval(k.child("value"), use{kind: useAssign, name: name})
			}
		}
	}
	return inst
}

// lookupMethod finds a method of a class or of its local bases.
func (a *analyzer) lookupMethod(cls *classInfo, name string) *funcInfo {
	if v := a.lookupAttr(cls, name); v != nil && v.kind == kFunc && v.fn != nil && v.fn.cls != nil {
		return v.fn
	}
	return nil
}

// classFields are the annotated names a class (or its local bases)
// declares in its body, in order: the parameters of the constructor a
// dataclass or NamedTuple gets.
func (a *analyzer) classFields(cls *classInfo) []string {
	var chain []*classInfo
	for c, depth := cls, 0; c != nil && depth < 8; depth++ {
		chain = append(chain, c)
		c = a.baseClass(c)
	}
	var out []string
	for i := len(chain) - 1; i >= 0; i-- {
		out = append(out, chain[i].fields...)
	}
	return out
}

// storedAs returns the attribute a method stores parameter i in
// (self.root = root), or "".
func (f *funcInfo) storedAs(i int) string {
	names := make([]string, 0, len(f.selfAttrs))
	for n := range f.selfAttrs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, p := range f.selfAttrs[n].parts {
			if j, ok := paramIndex(p); ok && j == i {
				return n
			}
		}
	}
	return ""
}
