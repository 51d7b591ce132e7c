package python

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/strlit"
	"github.com/kobolint/kobolint/internal/ir"
)

// funcDef binds a function and walks its body: once with symbolic
// parameters to learn its summary (which parameter reaches a request URL,
// what it returns), once with concrete ones (defaults, what call sites
// pass) to report what the body itself contains.
func (a *analyzer) funcDef(n *node, decos []*node) {
	nameN := n.child("name")
	if nameN == nil {
		return
	}
	name := a.text(nameN)
	f := a.funcs[n]
	if f == nil {
		f = &funcInfo{name: name, def: n, params: a.params(n.child("parameters")), methodParam: -1}
		a.funcs[n] = f
	}
	for _, d := range decos {
		switch t := strings.TrimSpace(strings.TrimPrefix(a.text(d), "@")); {
		case strings.Contains(t, "staticmethod"):
			f.static = true
		case t == "property" || t == "cached_property" || strings.HasSuffix(t, ".cached_property"):
			f.property = true
		}
	}
	if a.cur.cls != nil {
		f.cls = a.cur.cls
		f.cls.methods[name] = f
	}
	a.setVar(name, &value{kind: kFunc, fn: f, parts: hole(name)})
	if a.symbolic {
		// A function nested in a body being summarised: its own turn comes
		// when the enclosing body is walked concretely.
		return
	}
	defaults := make([]*value, len(f.params))
	for i, p := range f.params {
		if p.def != nil {
			defaults[i] = a.eval(p.def, use{kind: useAssign, name: p.name})
		}
	}
	f.defaults = defaults
	if !a.final {
		a.body(f, true)
	}
	a.body(f, false)
}

func hole(name string) []ir.Part { return []ir.Part{{Kind: ir.Hole, Name: name}} }

// params reads a parameter list (function or lambda).
func (a *analyzer) params(n *node) []param {
	var out []param
	if n == nil {
		return nil
	}
	kwOnly := false
	for _, k := range n.namedKids() {
		p := param{kwOnly: kwOnly}
		switch k.kind {
		case "identifier":
			p.name = a.text(k)
		case "default_parameter", "typed_default_parameter":
			if nm := k.child("name"); nm != nil {
				p.name = a.text(nm)
			}
			p.def = k.child("value")
		case "typed_parameter":
			for _, c := range k.namedKids() {
				switch c.kind {
				case "identifier":
					p.name = a.text(c)
				case "list_splat_pattern":
					p.name, p.star = a.text(c.firstNamed()), 1
					kwOnly = true
				case "dictionary_splat_pattern":
					p.name, p.star = a.text(c.firstNamed()), 2
				}
				if p.name != "" {
					break
				}
			}
		case "list_splat_pattern":
			p.name, p.star = a.text(k.firstNamed()), 1
			kwOnly = true
		case "dictionary_splat_pattern":
			p.name, p.star = a.text(k.firstNamed()), 2
		case "keyword_separator":
			kwOnly = true
			continue
		default:
			continue
		}
		if p.name == "" {
			continue
		}
		out = append(out, p)
	}
	return out
}

// body walks a function body with its parameters bound.
func (a *analyzer) body(f *funcInfo, symbolic bool) {
	savedCur, savedFn, savedSym := a.cur, a.curFn, a.symbolic
	defer func() { a.cur, a.curFn, a.symbolic = savedCur, savedFn, savedSym }()
	parent := a.cur
	if parent.cls != nil {
		// class bodies are not visible from methods
		parent = parent.parent
	}
	s := newScope(parent, f)
	s.params = map[string]bool{}
	method := f.cls != nil && !f.static
	for i, p := range f.params {
		site := f.siteArg(i)
		var v *value
		switch {
		case method && i == 0:
			v = &value{kind: kInstance, cls: f.cls, parts: hole(p.name)}
		case symbolic:
			v = &value{parts: []ir.Part{paramHole(p.name, i)}, origin: []key{paramKey(i)}, dec: []key{paramKey(i)}}
			if site != nil {
				v.kind, v.cls, v.fn, v.base = site.kind, site.cls, site.fn, site.base
				v.entries = site.entries
			}
		default:
			v = unknown(p.name)
			if f.name == "__init__" && method && p.star == 0 && f.prevCalls == 0 && f.defaults[i] == nil {
				// a class no code of this file constructs: another module
				// does, and offers what it passes under this name
				v = &value{parts: hole(ir.ArgDef(f.cls.name, i-1)), global: true}
			}
			if d := f.defaults[i]; d != nil && d.str {
				v.parts, v.str, v.ref, v.global = via(d.parts, p.name), true, true, d.global
			} else if _, ok := definedElsewhere(d); ok && d.kind == kPlain {
				// settings=SETTINGS: a name another module defines, whose
				// attributes the body reads (settings.root)
				v = &value{parts: via(d.parts, p.name), global: true}
			}
			if site == nil && p.star == 0 {
				// a module's public function no code of this file calls:
				// other modules do, and offer what they pass
				if k, ok := a.paramIn(f, i); ok {
					v.origin = []key{k}
				}
			}
			if site != nil {
				v.origin = site.origin
				v.kind, v.cls, v.fn, v.base = site.kind, site.cls, site.fn, site.base
				v.entries = site.entries
				if site.agreed && !f.feeds(i) {
					// every call site of the file passes the same text
					// (Client("https://...") stored in self.root): the
					// body sees it; a parameter that a URL of the body is
					// built from is rebuilt at each call instead
					v.parts, v.str, v.ref, v.global = via(site.parts, p.name), true, true, site.global
				}
			}
		}
		s.vars[p.name] = v
		s.params[p.name] = true
	}
	a.cur, a.curFn, a.symbolic = s, f, symbolic
	if symbolic {
		f.tmpl, f.tmplKey, f.ret = nil, 0, nil
		f.method, f.methodParam = "", -1
		f.inner, f.decodes, f.listParams, f.selfAttrs = nil, nil, nil, nil
	}
	a.block(f.def.child("body"))
}

// feeds reports whether parameter i goes into a URL the body builds (the
// wrapper's request, another URL, the returned string): such a URL is
// rebuilt at each call site.
func (f *funcInfo) feeds(i int) bool {
	in := func(parts []ir.Part) bool {
		for _, p := range parts {
			if j, ok := paramIndex(p); ok && j == i {
				return true
			}
		}
		return false
	}
	if in(f.tmpl) || f.ret != nil && in(f.ret.parts) || f.methodParam == i {
		return true
	}
	for _, x := range f.inner {
		if in(x.parts) {
			return true
		}
	}
	return false
}

// siteArg merges what call sites passed for parameter i (this walk and the
// previous one).
func (f *funcInfo) siteArg(i int) *value {
	var out *value
	for _, l := range [][]*value{f.prevArgs, f.args} {
		if i >= len(l) || l[i] == nil {
			continue
		}
		if out == nil {
			out = l[i].copyVal()
			continue
		}
		out.origin = union(out.origin, l[i].origin)
		if out.agreed && (!l[i].agreed || flatText(out.parts) != flatText(l[i].parts)) {
			out.agreed, out.parts = false, nil
		}
	}
	return out
}

// recordArg remembers what a call site passes for parameter i: origins
// and kinds, and its text while every call site passes the same one.
func (f *funcInfo) recordArg(i int, v *value) {
	if v == nil || i < 0 || i >= len(f.params) {
		return
	}
	for len(f.args) < len(f.params) {
		f.args = append(f.args, nil)
	}
	text := v.str && ir.HasLit(v.parts) && !hasParam(v.parts)
	old := f.args[i]
	if old == nil {
		c := v.copyVal()
		c.parts, c.agreed, c.dec = nil, text, nil
		if text {
			c.parts = v.parts
		}
		f.args[i] = c
		return
	}
	old.origin = union(old.origin, v.origin)
	if old.kind == kPlain {
		old.kind, old.cls, old.fn, old.base = v.kind, v.cls, v.fn, v.base
	}
	if old.agreed && (!text || flatText(old.parts) != flatText(v.parts)) {
		old.agreed, old.parts = false, nil
	}
}

// flatText renders parts as text with holes named, to compare values.
func flatText(parts []ir.Part) string { return strlit.Flat(parts) }

// classDef binds a class and walks its body in a class scope.
func (a *analyzer) classDef(n *node) {
	nameN := n.child("name")
	if nameN == nil {
		return
	}
	ci := a.classes[n]
	if ci == nil {
		ci = &classInfo{name: a.text(nameN), attrs: map[string]*value{}, prev: map[string]*value{},
			methods: map[string]*funcInfo{}}
		if sup := n.child("superclasses"); sup != nil {
			for _, b := range sup.namedKids() {
				if b.kind == "identifier" || b.kind == "attribute" {
					ci.bases = append(ci.bases, a.text(b))
				}
			}
		}
		if body := n.child("body"); body != nil {
			for _, st := range body.kids {
				if st.kind != "expression_statement" {
					continue
				}
				if as := st.firstNamed(); as != nil && as.kind == "assignment" && as.child("type") != nil {
					if l := as.child("left"); l != nil && l.kind == "identifier" {
						ci.fields = append(ci.fields, a.text(l))
					}
				}
			}
		}
		a.classes[n] = ci
	}
	a.setVar(ci.name, &value{kind: kClass, cls: ci, parts: hole(ci.name)})
	if a.symbolic {
		return
	}
	s := newScope(a.cur, a.curFn)
	s.cls = ci
	saved := a.cur
	a.cur = s
	a.block(n.child("body"))
	a.cur = saved
}

// classByName finds a class of this file by name (for base classes).
func (a *analyzer) classByName(name string) *classInfo {
	for _, c := range a.classes {
		if c.name == name {
			return c
		}
	}
	return nil
}

// lookupAttr finds an attribute or method of a class or its local bases.
func (a *analyzer) lookupAttr(c *classInfo, name string) *value {
	for depth := 0; c != nil && depth < 8; depth++ {
		if v := c.attrs[name]; v != nil {
			return v
		}
		if v := c.prev[name]; v != nil {
			return v
		}
		if f := c.methods[name]; f != nil {
			return &value{kind: kFunc, fn: f, parts: hole(name)}
		}
		c = a.baseClass(c)
	}
	return nil
}

// lambda evaluates a lambda's body with its parameters standing for items
// of the collection the call works on.
func (a *analyzer) lambda(n *node, origin []key) *value {
	s := newScope(a.cur, a.curFn)
	if ps := n.child("parameters"); ps != nil {
		for _, p := range a.params(ps) {
			s.vars[p.name] = data(p.name, origin)
		}
	}
	saved := a.cur
	a.cur = s
	a.eval(n.child("body"), use{})
	a.cur = saved
	return &value{kind: kFunc, parts: hole("lambda")}
}

// newWalk is called before each walk: what was learned in the previous
// walk becomes the fallback, and this walk starts afresh.
func (a *analyzer) newWalk() {
	for _, f := range a.funcs {
		if f.args != nil {
			f.prevArgs, f.args = f.args, nil
		}
		f.prevCalls, f.prevRebuilt, f.calls, f.rebuilt = f.calls, f.rebuilt, 0, 0
	}
	for _, c := range a.classes {
		if len(c.attrs) > 0 {
			c.prev, c.attrs = c.attrs, map[string]*value{}
		}
	}
}

// baseClass is the first base class of c that this file (or an import)
// defines, or nil: where a method lookup goes next.
func (a *analyzer) baseClass(c *classInfo) *classInfo {
	for _, b := range c.bases {
		if bc := a.classByName(b); bc != nil && bc != c {
			return bc
		}
	}
	return nil
}

// paramIn returns the origin key of what callers in other modules pass as
// parameter i of f, a public top-level function of this file
// (ir.ParamIn). Its URL is added only where a field read uses it
// (finishFields), so that a file whose parameters are not read as
// responses does not wait for the repository pass.
func (a *analyzer) paramIn(f *funcInfo, i int) (key, bool) {
	if !a.final || a.symbolic || f.cls != nil || strings.HasPrefix(f.name, "_") || f.def == nil {
		return 0, false
	}
	if mv := a.moduleFinal[f.name]; mv == nil || mv.fn != f {
		return 0, false
	}
	name := ir.ParamDef(f.name, i)
	if k, ok := a.paramKeys[name]; ok {
		return k, true
	}
	if a.paramKeys == nil {
		a.paramKeys, a.paramURLs = map[string]key{}, map[key]ir.URL{}
	}
	if len(a.paramKeys) >= 1<<20 {
		return 0, false
	}
	k := keyParamIn0 + key(len(a.paramKeys))
	a.paramKeys[name] = k
	a.paramURLs[k] = ir.ParamIn(f.name, i, ir.Span{Start: f.def.start, End: f.def.start})
	return k, true
}
