package python

import (
	"strconv"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// useKind says what the parent does with an expression's value; it decides
// whether a string is emitted here and with which role.
type useKind uint8

const (
	useOther   useKind = iota // emitted with no particular role
	usePart                   // part of a larger string: the parent emits
	useRecv                   // receiver of a method or attribute: the parent decides
	useAssign                 // assigned to name
	useArg                    // argument of call (keyword name)
	useRequest                // URL of the HTTP call
)

type use struct {
	kind useKind
	name string // assigned name or keyword
	call string // callee as spelled
	// body is set for arguments of calls that send them (HTTP requests,
	// json.dumps): dict keys there are wire names.
	body bool
	// sentTo is the request the body goes to, when known.
	sentTo []key
	// method is the HTTP method of a request (useRequest), "" unknown.
	method string
}

// maxParts bounds the parts of one expression (a thousand concatenations
// would otherwise cost quadratic time).
const maxParts = 64

func capParts(p []ir.Part) []ir.Part {
	if len(p) <= maxParts {
		return p
	}
	out := append([]ir.Part(nil), p[:maxParts-1]...)
	return append(out, ir.Part{Kind: ir.Hole, Name: "…"})
}

// eval evaluates an expression: it returns what is known about the value
// and reports the strings, URLs and field reads inside it.
func (a *analyzer) eval(n *node, u use) *value {
	if n == nil {
		return unknown("")
	}
	a.budget--
	if a.budget < 0 {
		return unknown("")
	}
	v := a.evalNode(n)
	switch {
	case v != nil:
	case n.kind == "parenthesized_expression" || n.kind == "await":
		inner := n.firstNamed()
		if inner == nil {
			return unknown("")
		}
		return a.eval(inner, u)
	case n.kind == "tuple" || n.kind == "list" || n.kind == "set" || n.kind == "expression_list":
		v = a.seq(n, u)
	case n.kind == "dictionary":
		owner := ""
		if u.kind == useAssign {
			owner = u.name
		}
		v = a.dictOf(n, nil, false, owner)
	case n.kind == "named_expression":
		name := n.child("name")
		val := a.eval(n.child("value"), use{kind: useAssign, name: a.text(name)})
		if name != nil {
			a.bind(name, val)
		}
		return val
	case n.kind == "assignment":
		return a.assign(n)
	case n.kind == "augmented_assignment":
		a.augAssign(n)
		return unknown("")
	case n.kind == "list_splat" || n.kind == "dictionary_splat":
		inner := a.eval(n.firstNamed(), use{})
		return data(a.spelled(n), inner.origin)
	case n.kind == "yield":
		if inner := n.firstNamed(); inner != nil {
			v := a.eval(inner, use{})
			if strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(a.text(n), "yield")), "from") {
				// yield from items: the items are iterated
				a.markList(v)
			}
			// a generator's caller gets items, never the value itself
			r := v.copyVal()
			r.dec = nil
			a.returns(r)
		}
		return unknown("")
	case literalKinds[n.kind]:
		return unknown(a.text(n))
	default:
		a.walk(n)
		v = unknown(a.spelled(n))
	}
	if u.body && len(v.keys) > 0 {
		for _, k := range v.keys {
			a.fieldString(k, ir.FieldKey, u.sentTo, "", accessor{})
		}
	}
	if u.kind == usePart {
		// only a piece of a larger string is joined to anything
		v = placeHoles(v, n)
	}
	a.sink(n, v, u)
	return v
}

// evalByKind evaluates the expressions whose value depends on the node
// alone, not on its use. It is filled in init, as its functions call eval.
var evalByKind map[string]func(*analyzer, *node) *value

func init() {
	evalByKind = map[string]func(*analyzer, *node) *value{
		"string":                   (*analyzer).strNode,
		"concatenated_string":      (*analyzer).strNode,
		"identifier":               (*analyzer).ident,
		"attribute":                (*analyzer).attribute,
		"subscript":                (*analyzer).subscript,
		"call":                     (*analyzer).call,
		"binary_operator":          (*analyzer).binop,
		"comparison_operator":      (*analyzer).comparison,
		"boolean_operator":         (*analyzer).boolop,
		"conditional_expression":   (*analyzer).condExpr,
		"list_comprehension":       (*analyzer).comprehension,
		"set_comprehension":        (*analyzer).comprehension,
		"generator_expression":     (*analyzer).comprehension,
		"dictionary_comprehension": (*analyzer).comprehension,
		"lambda":                   func(a *analyzer, n *node) *value { return a.lambda(n, nil) },
	}
}

// evalNode is the value of the expressions evalByKind knows, nil for
// others.
func (a *analyzer) evalNode(n *node) *value {
	if ev, ok := evalByKind[n.kind]; ok {
		return ev(a, n)
	}
	return nil
}

// literalKinds are the literals that are no strings.
var literalKinds = map[string]bool{"integer": true, "float": true, "true": true, "false": true, "none": true, "ellipsis": true}

// placeHoles places the holes of v that have no place yet at n, the
// smallest expression that produced them (see ir.PlaceHoles). An endpoint
// that only exists once a base URL is joined with such a value
// (FORMS + str(formid)) is reported there.
func placeHoles(v *value, n *node) *value {
	if v == nil {
		return v
	}
	ps := ir.PlaceHoles(v.parts, ir.Span{Start: n.start, End: n.end})
	if len(ps) == 0 || len(v.parts) == 0 || &ps[0] == &v.parts[0] {
		return v
	}
	c := *v
	c.parts = ps
	return &c
}

// sink emits v as a URL expression when it qualifies and the parent does
// not build it into something larger.
func (a *analyzer) sink(n *node, v *value, u use) {
	if n == nil {
		return
	}
	a.sinkAt(spanKey(n), v, u)
}

// sinkAt is sink for the URL named by key k (an expression's span, or a
// URL rebuilt at a call site).
func (a *analyzer) sinkAt(k key, v *value, u use) {
	if v == nil || v.emitted != 0 {
		return
	}
	if u.kind == usePart || u.kind == useRecv {
		return
	}
	if a.symbolic && a.curFn != nil && (u.kind == useArg || u.kind == useOther || u.kind == useAssign) && v.str && hasParam(v.parts) && urlish(v.parts) {
		// built from the function's parameters: its call sites rebuild it
		a.curFn.addInner(innerURL{at: k, parts: v.parts, u: u})
	}
	if !urlish(v.parts) {
		if u.kind == useAssign && v.str && versionSetting(u.name, v.parts) {
			// "VERSION": "v1" picks the API version a URL is built with
			a.emitKey(k, v, u)
			return
		}
		// A request URL with no literal at all is still worth reporting
		// when it names something another file defines (an imported base
		// URL, a settings attribute, an environment variable): the
		// repository pass may resolve it.
		if u.kind == useRequest && (v.global || keyedHole(v.parts)) && len(v.parts) > 0 && !hasParam(v.parts) {
			a.emitKey(k, v, u)
		}
		return
	}
	if !v.str && u.kind != useRequest {
		return
	}
	if v.ref && u.kind != useArg && u.kind != useRequest {
		// a bare use of a variable: its definition was reported
		return
	}
	a.emitKey(k, v, u)
}

func (a *analyzer) emitKey(k key, v *value, u use) {
	v.emitted = k
	if !a.final || a.symbolic {
		return
	}
	if _, dup := a.urlID[k]; dup {
		return
	}
	if a.partsLeft -= len(v.parts); a.partsLeft < 0 {
		if a.partsLeft+len(v.parts) >= 0 {
			a.file.Warnings = append(a.file.Warnings, "too many URL expressions: the rest of the file was not reported")
		}
		return
	}
	url := ir.URL{Parts: a.clean(v.parts)}
	switch u.kind {
	case useAssign:
		url.Role, url.Var = ir.RoleAssign, u.name
	case useArg:
		url.Role, url.Var, url.Call = ir.RoleArg, u.name, u.call
	case useRequest:
		url.Role, url.Call, url.Method = ir.RoleRequest, u.call, u.method
	}
	a.urlID[k] = a.b.AddURL(url)
}

// clean copies parts for the IR: no parameter markers, no span outside the
// file.
func (a *analyzer) clean(parts []ir.Part) []ir.Part {
	out := make([]ir.Part, len(parts))
	for i, p := range parts {
		if strings.HasPrefix(p.Foreign, "\x00") {
			p.Foreign = ""
		}
		if p.Span.Start < 0 || p.Span.End > len(a.src) || p.Span.Start > p.Span.End {
			p.Span, p.Raw = ir.Span{}, false
		}
		if p.Raw && (p.Span.End-p.Span.Start != len(p.Text) || string(a.src[p.Span.Start:p.Span.End]) != p.Text) {
			p.Raw = false
		}
		out[i] = p
	}
	return out
}

func clean(parts []ir.Part) []ir.Part {
	out := make([]ir.Part, len(parts))
	for i, p := range parts {
		if strings.HasPrefix(p.Foreign, "\x00") {
			p.Foreign = ""
		}
		out[i] = p
	}
	return out
}

func hasParam(parts []ir.Part) bool {
	for _, p := range parts {
		if _, ok := paramIndex(p); ok {
			return true
		}
	}
	return false
}

// strNode evaluates a string literal, an f-string or an implicit
// concatenation of them.
func (a *analyzer) strNode(n *node) *value {
	v := &value{str: true}
	strs := []*node{n}
	if n.kind == "concatenated_string" {
		strs = n.namedKids()
	}
	for _, s := range strs {
		if s.kind != "string" {
			continue
		}
		prefix := strPrefix(a.src, s)
		raw := strings.Contains(prefix, "r")
		fstr := strings.ContainsAny(prefix, "ft")
		for _, k := range s.kids {
			switch k.kind {
			case "string_content":
				v.parts = append(v.parts, contentParts(a.src, k, raw, fstr)...)
			case "interpolation":
				iv := a.eval(k.child("expression"), use{kind: usePart})
				for _, fk := range k.kids {
					if fk.kind == "format_specifier" {
						a.walk(fk)
					}
				}
				v.parts = append(v.parts, iv.parts...)
				v.global = v.global || iv.global
			}
		}
	}
	v.parts = capParts(v.parts)
	return v
}

// constString returns the text of a plain string literal (no
// interpolation).
func (a *analyzer) constString(n *node) (string, bool) {
	for n != nil && n.kind == "parenthesized_expression" {
		n = n.firstNamed()
	}
	if n == nil {
		return "", false
	}
	strs := []*node{n}
	switch n.kind {
	case "string":
	case "concatenated_string":
		strs = n.namedKids()
	default:
		return "", false
	}
	var b strings.Builder
	for _, s := range strs {
		if s.kind != "string" {
			return "", false
		}
		raw := strings.Contains(strPrefix(a.src, s), "r")
		for _, k := range s.kids {
			switch k.kind {
			case "interpolation":
				return "", false
			case "string_content":
				for _, p := range contentParts(a.src, k, raw, false) {
					b.WriteString(p.Text)
				}
			}
		}
	}
	return b.String(), true
}

// lookupValue is the value a name (or dotted name) bound in the current
// scope chain has where it is read; a value made only of names inside a
// function is that function's own, not the module's. Nil when unbound.
func (a *analyzer) lookupValue(name string) *value {
	v, sc := a.cur.lookup(name)
	if v == nil {
		return nil
	}
	d := deref(v, name)
	if sc.fn != nil && namesOnly(d, name) {
		d.global = false
		markLocal(d)
	}
	return d
}

// ident evaluates a name.
func (a *analyzer) ident(n *node) *value {
	name := a.text(n)
	if d := a.lookupValue(name); d != nil {
		return d
	}
	if v := a.moduleFinal[name]; v != nil {
		return deref(v, name)
	}
	if mod, ok := a.imports[name]; ok && a.importIsModule(name) {
		return &value{kind: kModule, mod: mod, parts: hole(name), global: true}
	}
	return &value{parts: hole(name), global: true}
}

// namesOnly reports whether v is just a hole named name (a local
// variable seen from its use, nothing another file could define).
func namesOnly(v *value, name string) bool {
	return !v.str && len(v.parts) == 1 && v.parts[0].Kind == ir.Hole && v.parts[0].Name == name
}

// markLocal marks the single hole standing for a local variable.
func markLocal(v *value) {
	if !v.str && len(v.parts) == 1 && v.parts[0].Kind == ir.Hole && v.parts[0].Foreign == "" {
		v.parts = []ir.Part{{Kind: ir.Hole, Name: v.parts[0].Name, Foreign: localMark}}
	}
}

// deref is the value of a variable at a use: a string's parts are inlined
// (Via the name); anything else becomes a hole named as spelled.
func deref(v *value, name string) *value {
	c := v.copyVal()
	if c.str {
		c.parts = via(c.parts, name)
		c.ref = true
		return c
	}
	if hasParam(c.parts) {
		return c
	}
	if c.global && len(c.parts) == 1 && c.parts[0].Kind == ir.Hole && c.parts[0].Foreign == "" && (c.kind == kPlain || c.kind == kModule) {
		// a variable holding a name another file defines
		// (api = settings.KOBO_URL): keep that name, it can be resolved
		c.parts = via(c.parts, name)
		return c
	}
	c.parts = hole(name)
	return c
}

// attribute evaluates x.name: instance and class attributes, modules,
// os.environ, and field reads on values with an origin.
func (a *analyzer) attribute(n *node) *value {
	obj, attr := n.child("object"), n.child("attribute")
	if obj == nil || attr == nil {
		a.walk(n)
		return unknown(a.spelled(n))
	}
	name := a.text(attr)
	full := a.spelled(n)
	if isDotted(obj) {
		if d := a.lookupValue(full); d != nil {
			return d
		}
	}
	if a.canonical(n) == "os.environ" {
		return &value{kind: kEnv, parts: hole(full)}
	}
	ov := a.eval(obj, use{kind: useRecv})
	switch ov.kind {
	case kInstance, kClass:
		if e := ov.entries[name]; e != nil && ov.kind == kInstance {
			// this instance's own attribute (KOBO = Server(url=...))
			return deref(e, full)
		}
		if v := a.lookupAttr(ov.cls, name); v != nil {
			if v.kind == kFunc && v.fn != nil && v.fn.property && ov.kind == kInstance && !isCallee(n) {
				return a.callLocal(&callSite{n: n, fn: n, callee: full, rv: ov, done: map[*node]bool{}}, v.fn, 1)
			}
			return deref(v, full)
		}
		return &value{parts: hole(full), global: ov.global}
	case kModule:
		return &value{kind: kModule, mod: ov.mod + "." + name, parts: hole(full), global: true}
	case kResponse:
		switch name {
		case "text", "content", "raw":
			b := data(full, ov.origin)
			b.kind = kBody
			return b
		}
		return unknown(full)
	case kConfig, kSection, kSession, kEnv, kFunc:
		return unknown(full)
	case kDoc:
		if !isCallee(n) {
			return docKey(ov, name)
		}
		return unknown(full)
	case kForeign:
		// an attribute of another module's class: named after the class
		// (Settings.KOBO_URL), as that module offers it
		return &value{parts: hole(ov.name + "." + name), global: true}
	case kFrame:
		if isCallee(n) {
			return unknown(full)
		}
		if frameAttrs[name] {
			// df.loc, df.columns: the frame's own, not a column
			res := data(full, ov.origin)
			res.kind = kFrame
			return res
		}
		// df.title: a column
		a.field(attr, name, ir.FieldColumn, ov.origin, a.spelled(obj), true, accessAfter(obj, n))
		return data(full, ov.origin)
	case kArgs:
		if v := a.argDefaults[name]; v != nil {
			return deref(v, full)
		}
		return unknown(full)
	}
	a.leftover(obj, ov)
	if knownOrigin(ov.origin) && !isCallee(n) {
		a.field(attr, name, ir.FieldAttr, ov.origin, a.spelled(obj), true, accessAfter(obj, n))
	}
	if v := namedAttr(ov, name); v != nil && !isCallee(n) {
		return v
	}
	res := data(full, ov.origin)
	res.global = ov.global
	return res
}

// namedAttr is x.name where x stands for a name another module defines
// (a settings instance imported, or a parameter whose default is one:
// def __init__(self, settings=SETTINGS) ... settings.root): that name's
// attribute, which the repository pass resolves (SETTINGS.root).
func namedAttr(ov *value, name string) *value {
	n, ok := definedElsewhere(ov)
	if !ok || ov.kind != kPlain {
		return nil
	}
	return &value{parts: hole(n + "." + name), global: true}
}

// definedElsewhere returns the name a value stands for when it is only
// that: a module, or a plain name another module defines, with no text,
// origin or alternative of its own.
func definedElsewhere(v *value) (string, bool) {
	if v == nil || v.kind != kModule && (v.kind != kPlain || v.generic || v.alt || knownOrigin(v.origin)) {
		return "", false
	}
	if !v.global || v.str || len(v.parts) != 1 || v.parts[0].Kind != ir.Hole || v.parts[0].Foreign != "" || v.parts[0].Name == "" {
		return "", false
	}
	return v.parts[0].Name, true
}

// leftover emits a receiver string that its parent did not use as a
// string ("a/b".split("/")).
func (a *analyzer) leftover(n *node, v *value) {
	if v != nil && v.str && !v.ref {
		a.sink(n, v, use{})
	}
}

func isCallee(n *node) bool {
	return n.parent != nil && n.parent.kind == "call" && n.field == "function"
}

// subscript evaluates x[...]: field reads by constant key, column lists,
// environment and config lookups.
func (a *analyzer) subscript(n *node) *value {
	valN := n.child("value")
	ov := a.eval(valN, use{kind: useRecv})
	full := a.spelled(n)
	var idx []*node
	for _, k := range n.kids {
		if k.field == "subscript" {
			idx = append(idx, k)
		}
	}
	recv := a.spelled(valN)
	readable := ov.kind != kModule && ov.kind != kFunc && ov.kind != kClass && !ov.str
	if len(idx) == 1 && ov.str && idx[0].kind == "slice" && strings.Join(strings.Fields(a.text(idx[0])), "") == ":-1" {
		// base[:-1], as in `if base.endswith("/"): base = base[:-1]`: the
		// same URL without its trailing slash (an unguarded [:-1] of a URL
		// is not how code cuts one)
		return &value{parts: ir.TrimSlash(ov.parts), str: true, global: ov.global, ref: ov.ref}
	}
	if len(idx) == 1 && numericIndex(idx[0]) {
		// forms[0], forms[-1], forms[:10]: a list
		a.markList(ov)
	}
	if len(idx) == 1 && ov.kind == kDict && ov.entries != nil {
		// a dict of the file read by a known key: its value, no field read
		if s, ok := a.keyText(idx[0]); ok {
			if e := ov.entries[s]; e != nil {
				return deref(e, full)
			}
		}
	}
	kind := ir.FieldSubscript
	if ov.kind == kFrame {
		// a data frame's column
		kind = ir.FieldColumn
	}
	if len(idx) == 1 {
		k := idx[0]
		if s, ok := a.constString(k); ok {
			switch ov.kind {
			case kEnv:
				return &value{parts: hole(s), str: true, global: true}
			case kConfig:
				return &value{kind: kSection, name: s, parts: hole(full)}
			case kSection:
				return &value{parts: hole(ov.name + "." + s), str: true, global: true}
			case kDoc:
				return docKey(ov, s)
			}
			if readable {
				a.fieldString(k, kind, ov.origin, recv, accessAfter(valN, n))
			}
			if v := a.moduleKey(ov, idx, recv, full); v != nil {
				return v
			}
			return data(full, ov.origin)
		}
		if k.kind == "list" && readable && a.allConstStrings(k) {
			for _, e := range k.namedKids() {
				a.fieldString(e, kind, ov.origin, recv, accessAfter(valN, n))
			}
			res := data(full, ov.origin)
			if ov.kind == kFrame {
				res.kind = kFrame
			}
			return res
		}
		if readable && !isLocator(valN, a) {
			if cols := a.namedColumns(k); len(cols) > 0 {
				a.columnNames(cols, kind, ov.origin, recv)
				res := data(full, ov.origin)
				if ov.kind == kFrame {
					res.kind = kFrame
				}
				return res
			}
		}
		if (k.kind == "tuple" || k.kind == "expression_list") && readable && isLocator(valN, a) {
			a.locator(k.namedKids(), ov.origin, recv, kind)
			return data(full, ov.origin)
		}
	}
	if len(idx) > 1 && readable && isLocator(valN, a) {
		a.locator(idx, ov.origin, recv, kind)
		return data(full, ov.origin)
	}
	if v := a.moduleKey(ov, idx, recv, full); v != nil {
		return v
	}
	a.leftover(valN, ov)
	for _, k := range idx {
		a.eval(k, use{})
	}
	res := data(full, ov.origin)
	if ov.kind == kFrame {
		// df[df["x"] > 1], df.loc[rows]: rows of the frame
		res.kind = kFrame
	}
	return res
}

// moduleKey reads a key of another module's value (settings.CONFIG["kobo"],
// conf.ENVS[conf.ENV]): a name the repository pass resolves from the
// dict literal that module defines, the key spelled as a constant
// subscript, or as an index the code computes (any key: see dictDefs).
func (a *analyzer) moduleKey(ov *value, idx []*node, recv, full string) *value {
	base, ok := definedElsewhere(ov)
	if !ok || len(idx) != 1 {
		return nil
	}
	if s, ok := a.constString(idx[0]); ok {
		name := full // as spelled, unless the receiver stands for another name
		if base != recv {
			name = base + "[" + strconv.Quote(s) + "]"
		}
		return &value{kind: kModule, mod: ov.mod + "." + s, parts: hole(name), global: true}
	}
	switch idx[0].kind {
	case "identifier", "attribute":
		a.eval(idx[0], use{})
		return &value{kind: kModule, mod: ov.mod, parts: hole(base + "[" + a.spelled(idx[0]) + "]"), global: true}
	}
	return nil
}

// numericIndex: a subscript by a number or a slice.
func numericIndex(k *node) bool {
	switch k.kind {
	case "integer", "slice":
		return true
	case "unary_operator":
		return k.firstNamed() != nil && k.firstNamed().kind == "integer"
	}
	return false
}

// locator reads df.loc[rows, "col"] / df.loc[:, ["a", "b"]]: the last
// index names columns.
func (a *analyzer) locator(es []*node, origin []key, recv string, kind ir.FieldKind) {
	for i, e := range es {
		if i == len(es)-1 {
			if _, ok := a.constString(e); ok {
				a.fieldString(e, kind, origin, recv, accessor{})
				continue
			}
			if e.kind == "list" && a.allConstStrings(e) {
				for _, c := range e.namedKids() {
					a.fieldString(c, kind, origin, recv, accessor{})
				}
				continue
			}
			if cols := a.namedColumns(e); len(cols) > 0 {
				a.columnNames(cols, kind, origin, recv)
				continue
			}
		}
		a.eval(e, use{})
	}
}

// keyText is the text of a subscript key: a string literal, or a variable
// holding only literal text.
func (a *analyzer) keyText(k *node) (string, bool) {
	if s, ok := a.constString(k); ok {
		return s, true
	}
	if k.kind != "identifier" && k.kind != "attribute" {
		return "", false
	}
	v := a.eval(k, use{kind: usePart})
	if !v.str || len(v.parts) == 0 || v.alt {
		return "", false
	}
	for _, p := range v.parts {
		if p.Kind != ir.Lit {
			return "", false
		}
	}
	return litText(v.parts), true
}

// isLocator reports whether n is x.loc / x.iloc / x.at / x.iat.
func isLocator(n *node, a *analyzer) bool {
	if n == nil || n.kind != "attribute" {
		return false
	}
	switch a.text(n.child("attribute")) {
	case "loc", "at":
		return true
	}
	return false
}

func (a *analyzer) allConstStrings(list *node) bool {
	es := list.namedKids()
	if len(es) == 0 {
		return false
	}
	for _, e := range es {
		if _, ok := a.constString(e); !ok {
			return false
		}
	}
	return true
}

// binop evaluates +, % and / (and walks the other operators).
func (a *analyzer) binop(n *node) *value {
	l, r := n.child("left"), n.child("right")
	switch n.op() {
	case "+":
		lv := a.eval(l, use{kind: usePart})
		rv := a.eval(r, use{kind: usePart})
		return &value{parts: capParts(ir.Join(lv.parts, rv.parts)), str: lv.str || rv.str,
			global: lv.global || rv.global, origin: union(lv.origin, rv.origin)}
	case "%":
		lv := a.eval(l, use{kind: usePart})
		if lv.str {
			pos, named := a.percentArgs(r)
			return &value{parts: capParts(formatPercent(lv.parts, pos, named)), str: true,
				global: lv.global || anyGlobal(pos) || anyGlobalMap(named)}
		}
		rv := a.eval(r, use{})
		return data(a.spelled(n), union(lv.origin, rv.origin))
	case "/":
		lv := a.eval(l, use{kind: usePart})
		rv := a.eval(r, use{kind: usePart})
		if lv.kind == kPath || rv.kind == kPath {
			return &value{kind: kPath, str: true, parts: capParts(ir.Join(lv.parts, slash(), rv.parts)),
				global: lv.global || rv.global}
		}
		a.sink(l, lv, use{})
		a.sink(r, rv, use{})
		return data(a.spelled(n), union(lv.origin, rv.origin))
	}
	lv := a.eval(l, use{})
	rv := a.eval(r, use{})
	return data(a.spelled(n), union(lv.origin, rv.origin))
}

// comparison evaluates a comparison; `"name" in x` tests whether the
// value x holds the field name: a read of it, as x["name"] is.
func (a *analyzer) comparison(n *node) *value {
	kids := n.namedKids()
	ops := 0
	in := false
	for _, k := range n.kids {
		if !k.named {
			ops++
			in = in || k.kind == "in" || k.kind == "not in"
		}
	}
	if in && ops == 1 && len(kids) == 2 {
		if _, ok := a.constString(kids[0]); ok {
			rv := a.eval(kids[1], use{kind: useRecv})
			if rv.kind == kPlain && !rv.str {
				a.fieldString(kids[0], ir.FieldSubscript, rv.origin, a.spelled(kids[1]), accessor{})
			}
			return unknown(a.spelled(n))
		}
	}
	var origin []key
	for _, k := range kids {
		origin = union(origin, a.eval(k, use{}).origin)
	}
	return data(a.spelled(n), origin)
}

// slash is the separator a path join puts between pieces; it is not in the
// source, so it has no span.
func slash() []ir.Part { return []ir.Part{{Kind: ir.Lit, Text: "/"}} }

func anyGlobal(vs []*value) bool {
	for _, v := range vs {
		if v != nil && v.global {
			return true
		}
	}
	return false
}

func anyGlobalMap(m map[string]*value) bool {
	for _, v := range m {
		if v != nil && v.global {
			return true
		}
	}
	return false
}

// boolop evaluates `a or b` (the operand holding a string literal stands
// for the value: `os.getenv("X") or "https://..."`) and `a and b`.
func (a *analyzer) boolop(n *node) *value {
	l, r := n.child("left"), n.child("right")
	lv := a.eval(l, use{kind: usePart})
	rv := a.eval(r, use{kind: usePart})
	if n.op() == "or" {
		return a.pick(l, lv, r, rv)
	}
	a.sink(l, lv, use{})
	res := rv.copyVal()
	res.origin = union(lv.origin, rv.origin)
	return res
}

// pick chooses between two alternatives: the one with literal text stands
// for the value, the other is reported on its own.
func (a *analyzer) pick(l *node, lv *value, r *node, rv *value) *value {
	chosen, otherN, other := lv, r, rv
	if !ir.HasLit(lv.parts) && (ir.HasLit(rv.parts) || rv.str && !lv.str || rv.global && !lv.global) {
		// the side with text, or else the one another file may define
		chosen, otherN, other = rv, l, lv
	}
	a.sink(otherN, other, use{})
	res := chosen.copyVal()
	res.ref = chosen.ref
	res.origin = union(lv.origin, rv.origin)
	res.alt = res.alt || !ir.HasLit(other.parts)
	return res
}

func (a *analyzer) condExpr(n *node) *value {
	kids := n.namedKids()
	if len(kids) != 3 {
		a.walk(n)
		return unknown(a.spelled(n))
	}
	bv := a.eval(kids[0], use{kind: usePart})
	a.eval(kids[1], use{})
	ev := a.eval(kids[2], use{kind: usePart})
	return a.pick(kids[0], bv, kids[2], ev)
}

// seq evaluates a tuple, list or set literal.
func (a *analyzer) seq(n *node, u use) *value {
	eu := u
	if eu.kind == usePart || eu.kind == useRecv || eu.kind == useRequest {
		eu = use{}
	}
	var origin []key
	var elems []*value
	for _, k := range n.namedKids() {
		v := a.eval(k, eu)
		origin = union(origin, v.origin)
		elems = append(elems, v)
	}
	d := data(a.spelled(n), origin)
	if len(elems) <= 16 {
		d.elems = elems
	}
	if n.kind != "expression_list" && a.allConstStrings(n) {
		d.names = n.namedKids()
	}
	return d
}

// columnNames reads the names of a list a name holds as columns of a
// response. They are not renamed in place: the list may serve other uses
// (a CSV header, a local frame) that a rename would change too.
func (a *analyzer) columnNames(cols []*node, kind ir.FieldKind, origin []key, recv string) {
	for _, c := range cols {
		n := len(a.file.Fields)
		a.fieldString(c, kind, origin, recv, accessor{})
		if len(a.file.Fields) > n {
			a.file.Fields[n].Raw = false
		}
	}
}

// namedColumns returns the string literals of the list or tuple a name
// holds (COLS, list(cols)), for a selection of columns by it.
func (a *analyzer) namedColumns(k *node) []*node {
	if k.kind == "call" {
		// list(cols), tuple(cols)
		if fn := a.text(k.child("function")); fn != "list" && fn != "tuple" {
			return nil
		}
		args := k.child("arguments")
		if args == nil || len(args.namedKids()) != 1 {
			return nil
		}
		k = args.namedKids()[0]
	}
	if k.kind != "identifier" && k.kind != "attribute" {
		return nil
	}
	return a.eval(k, use{}).names
}

// dict evaluates a dict literal. Its constant keys are keys the code
// builds (FieldKey), or, for rename(columns={...}), column names read from
// the frame (origin given).
func (a *analyzer) dict(n *node, origin []key, columns bool) *value {
	return a.dictOf(n, origin, columns, "")
}

// dictOf is dict for a literal assigned to owner (ENDPOINTS = {...}): its
// entries are assigned to owner.key, so that the names of both say what
// a value is (ENDPOINTS["humanitarian"] holds an API base).
func (a *analyzer) dictOf(n *node, origin []key, columns bool, owner string) *value {
	var keys []*node
	var entries map[string]*value
	recv := ""
	if columns {
		recv = "columns"
	}
	for _, k := range n.namedKids() {
		switch k.kind {
		case "pair":
			kn, vn := k.child("key"), k.child("value")
			name := ""
			if s, ok := a.constString(kn); ok {
				name = s
				if columns {
					a.fieldString(kn, ir.FieldColumn, origin, recv, accessor{})
				} else {
					keys = append(keys, kn)
				}
			} else {
				a.eval(kn, use{})
			}
			entry := name
			if owner != "" && name != "" {
				entry = owner + "." + name
			}
			vv := a.eval(vn, use{kind: useAssign, name: entry})
			if name != "" && !columns {
				if entries == nil {
					entries = map[string]*value{}
				}
				entries[name] = vv
			}
		default:
			a.eval(k, use{})
		}
	}
	return &value{kind: kDict, parts: hole(a.spelled(n)), keys: keys, entries: entries}
}

// comprehension binds its loop variables to items of the iterables and
// evaluates its body; a list built from items keeps their origin, a dict
// the code builds does not.
func (a *analyzer) comprehension(n *node) *value {
	s := newScope(a.cur, a.curFn)
	saved := a.cur
	a.cur = s
	defer func() { a.cur = saved }()
	for _, k := range n.kids {
		switch k.kind {
		case "for_in_clause":
			it := a.eval(k.child("right"), use{})
			a.markList(it)
			for _, r := range k.kids {
				// several iterables (for a in x, y) are rare; the first counts
				if r.field == "right" && spanKey(r) != spanKey(k.child("right")) {
					a.eval(r, use{})
				}
			}
			a.bindIter(k.child("left"), it)
		case "if_clause":
			a.walk(k)
		}
	}
	bv := a.eval(n.child("body"), use{})
	if n.kind == "dictionary_comprehension" || bv.kind == kDict {
		return unknown(a.spelled(n))
	}
	return data(a.spelled(n), bv.origin)
}

// keyedHole: the value is one run-time value read from a configuration by a
// constant key (config['forms_url']); other files may define that key.
func keyedHole(parts []ir.Part) bool {
	if len(parts) != 1 || parts[0].Kind != ir.Hole {
		return false
	}
	n := parts[0].Name
	return strings.HasSuffix(n, "']") || strings.HasSuffix(n, `"]`)
}

// versionSetting: a name that says "version" bound to a literal such as
// "v1": an API version chosen by configuration and joined into URLs later.
func versionSetting(name string, parts []ir.Part) bool {
	if !strings.Contains(strings.ToLower(name), "version") || len(parts) != 1 || parts[0].Kind != ir.Lit {
		return false
	}
	t := parts[0].Text
	if len(t) < 2 || len(t) > 3 || t[0] != 'v' && t[0] != 'V' {
		return false
	}
	for _, c := range t[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
