package golang

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// eval returns what the front-end knows about an expression. In the
// emitting pass it also emits the URL expressions found inside it (the
// arguments of calls it does not understand, for instance).
// eval computes what is known of an expression. A hole it makes is placed
// at the smallest expression that produced it, so that an endpoint which
// only exists once a base URL is joined with it (forms + id) can be
// reported there.
func (a *analyzer) eval(e ast.Expr) *value {
	v := a.evalExpr(e)
	if v == nil || e == nil {
		return v
	}
	var c *value
	for i, s := range v.segs {
		if s.Kind != ir.Hole || s.Via != "" || s.Span.Valid() {
			continue
		}
		if c == nil {
			c = v.clone()
		}
		c.segs[i].Span = ir.Span{Start: a.off(e.Pos()), End: a.off(e.End())}
	}
	if c == nil {
		return v
	}
	return c
}

func (a *analyzer) evalExpr(e ast.Expr) *value {
	switch e := e.(type) {
	case nil:
		return &value{}
	case *ast.BasicLit:
		return a.basicLit(e)
	case *ast.Ident:
		return a.lookup(e)
	case *ast.ParenExpr:
		return a.eval(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return a.concat(e)
		}
		a.root(e.X, ir.RoleUnknown, "", "")
		a.root(e.Y, ir.RoleUnknown, "", "")
		return &value{}
	case *ast.CallExpr:
		return a.call(e)
	case *ast.SelectorExpr:
		return a.selector(e)
	case *ast.IndexExpr:
		return a.index(e)
	case *ast.IndexListExpr:
		return a.eval(e.X)
	case *ast.TypeAssertExpr:
		v := a.eval(e.X).clone()
		v.ids = nil
		if e.Type != nil {
			v.typ = e.Type
		}
		return v
	case *ast.StarExpr:
		return a.eval(e.X)
	case *ast.UnaryExpr:
		v := a.eval(e.X)
		if e.Op == token.AND {
			return v
		}
		return &value{origin: v.origin}
	case *ast.CompositeLit:
		return a.composite(e)
	case *ast.FuncLit:
		a.funcLit(e)
		return &value{}
	case *ast.SliceExpr:
		v := a.eval(e.X)
		a.root(e.Low, ir.RoleUnknown, "", "")
		a.root(e.High, ir.RoleUnknown, "", "")
		return &value{origin: v.origin, typ: v.typ}
	case *ast.KeyValueExpr:
		a.root(e.Key, ir.RoleUnknown, "", "")
		return a.root(e.Value, ir.RoleUnknown, "", "")
	}
	return &value{}
}

// root evaluates an expression that nothing around it builds on (an
// argument, a right-hand side, an element) and emits it as a URL when it
// builds a string with URL-looking literal text, or when it is the URL of a
// request (then even without literal text: another file may define it).
func (a *analyzer) root(e ast.Expr, role ir.Role, call, varName string) *value {
	return a.rootM(e, role, call, varName, "")
}

// rootM is root for the URL of a request whose HTTP method is known.
func (a *analyzer) rootM(e ast.Expr, role ir.Role, call, varName, method string) *value {
	if e == nil {
		return &value{}
	}
	return a.emitRoot(a.eval(e), role, call, varName, method)
}

// emitRoot is rootM on the value v of an expression evaluated already.
func (a *analyzer) emitRoot(v *value, role ir.Role, call, varName, method string) *value {
	if !a.emitting {
		return v
	}
	if (v.str && hasURLText(v.segs)) || (role == ir.RoleRequest && len(v.segs) > 0) {
		v = v.clone()
		v.ids = append(v.ids, a.emitM(v.segs, role, call, varName, method))
	}
	return v
}

// hasURLText: some literal piece contains '/' or '.', the doc's test for a
// string worth handing to the engine.
func hasURLText(segs []seg) bool {
	for _, s := range segs {
		if s.Kind == ir.Lit && strings.ContainsAny(s.Text, "/.") {
			return true
		}
	}
	return false
}

// emit adds a URL to the IR and returns its ID. The same expression met
// twice (a value inlined in several places keeps its own spans) yields one
// URL per distinct use, but an identical emission is not repeated.
func (a *analyzer) emit(segs []seg, role ir.Role, call, varName string) int {
	return a.emitM(segs, role, call, varName, "")
}

// emitM is emit for a request whose HTTP method is known.
func (a *analyzer) emitM(segs []seg, role ir.Role, call, varName, method string) int {
	parts := a.parts(segs)
	key := urlKey(parts, role, call, varName) + "\x00" + method
	if id, ok := a.seenURL[key]; ok {
		return id
	}
	id := a.b.AddURL(ir.URL{Parts: parts, Role: role, Var: varName, Call: call, Method: method})
	a.seenURL[key] = id
	return id
}

func urlKey(parts []ir.Part, role ir.Role, call, varName string) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteByte(byte(p.Kind))
		b.WriteString(p.Text)
		b.WriteByte(0)
		b.WriteString(p.Name)
		b.WriteByte(0)
		writeInt(&b, p.Span.Start)
		writeInt(&b, p.Span.End)
	}
	b.WriteByte(byte(role))
	b.WriteString(call)
	b.WriteByte(0)
	b.WriteString(varName)
	return b.String()
}

func writeInt(b *strings.Builder, n int) {
	for i := 0; i < 4; i++ {
		b.WriteByte(byte(n >> (8 * i)))
	}
}

// parts converts segments to IR parts, dropping the front-end's markers and
// keeping every span inside the file.
func (a *analyzer) parts(segs []seg) []ir.Part {
	out := make([]ir.Part, 0, len(segs))
	for _, s := range segs {
		p := s.Part
		if p.Span.Start < 0 || p.Span.End > len(a.src) || p.Span.Start > p.Span.End {
			p.Span, p.Raw = ir.Span{}, false
		}
		if p.Kind == ir.Lit && p.Raw && p.Span.Valid() && string(a.src[p.Span.Start:p.Span.End]) != p.Text {
			p.Raw = false
		}
		out = append(out, p)
	}
	return out
}

// basicLit turns a literal into one Lit segment. Numbers count as literal
// text too: `/data/` + 474 names form 474.
func (a *analyzer) basicLit(e *ast.BasicLit) *value {
	start := a.off(e.Pos())
	end := a.off(e.End())
	switch e.Kind {
	case token.STRING:
		l := decodeLit(string(a.src[start:end]), start)
		return &value{segs: []seg{a.litSeg(&l, 0, len(l.text))}, str: true}
	case token.INT, token.FLOAT:
		l := lit{text: string(a.src[start:end]), raw: true}
		for i := start; i <= end; i++ {
			l.offs = append(l.offs, i)
		}
		return &value{segs: []seg{a.litSeg(&l, 0, len(l.text))}}
	}
	return &value{}
}

// litSeg cuts text[i:j] of a decoded literal into a segment.
func (a *analyzer) litSeg(l *lit, i, j int) seg {
	s, e, exact := l.span(i, j, a.src)
	return seg{Part: ir.Part{Kind: ir.Lit, Text: l.text[i:j], Span: ir.Span{Start: s, End: e}, Raw: exact}, src: l, at: i}
}

// cut returns the piece [i, j) of a Lit segment's text as a segment.
func (a *analyzer) cut(s seg, i, j int) seg {
	if s.src == nil {
		out := s
		out.Text = s.Text[i:j]
		out.Span, out.Raw = ir.Span{}, false
		return out
	}
	out := a.litSeg(s.src, s.at+i, s.at+j)
	out.Via = s.Via
	return out
}

// spliceLits rewrites the literal segments of segs at each occurrence of
// sigil in their text: expand gets the segment and the sigil's offset and
// returns the segments that stand for the text up to end, or ok false to
// keep the text as it is. Other segments are kept.
func (a *analyzer) spliceLits(segs []seg, sigil byte, expand func(s seg, i int) (repl []seg, end int, ok bool)) []seg {
	var out []seg
	for _, s := range segs {
		if s.Kind != ir.Lit {
			out = append(out, s)
			continue
		}
		t := s.Text
		last := 0
		for i := 0; i < len(t); i++ {
			if t[i] != sigil {
				continue
			}
			repl, end, ok := expand(s, i)
			if !ok {
				continue
			}
			if i > last {
				out = append(out, a.cut(s, last, i))
			}
			out = append(out, repl...)
			last = end
			i = end - 1
		}
		if last < len(t) {
			out = append(out, a.cut(s, last, len(t)))
		}
	}
	return out
}

// synth is literal text that the program does not spell (a separator that
// url.JoinPath inserts): it has no span and is never edited.
func synth(text string) seg { return seg{Part: ir.Part{Kind: ir.Lit, Text: text}} }

func holeSeg(name string) seg { return seg{Part: ir.Part{Kind: ir.Hole, Name: name}} }

// holeName spells an expression for a hole: identifiers and selectors as
// written, calls by their callee.
func (a *analyzer) holeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return a.holeName(e.X) + "." + e.Sel.Name
	case *ast.CallExpr:
		return a.holeName(e.Fun) + "()"
	case *ast.ParenExpr:
		return a.holeName(e.X)
	case *ast.StarExpr:
		return a.holeName(e.X)
	case *ast.UnaryExpr:
		return a.holeName(e.X)
	}
	t := a.text(e)
	if len(t) > 60 {
		t = t[:60]
	}
	return t
}

// segsOf returns the segments of a value used as a string piece: its own,
// or a hole named after the expression.
func (a *analyzer) segsOf(v *value, e ast.Expr) []seg {
	if len(v.segs) > 0 {
		return v.segs
	}
	return []seg{holeSeg(a.holeName(e))}
}

// lookup resolves a name: a local variable, a package-level constant or
// variable of this file, or a hole the repository pass may fill.
func (a *analyzer) lookup(id *ast.Ident) *value {
	switch id.Name {
	case "nil", "true", "false", "iota", "_":
		return &value{}
	}
	if v, ok := a.env[id.Name]; ok {
		return inlined(v, id.Name)
	}
	if x, ok := a.pkgVals[id.Name]; ok {
		return inlined(a.evalPkg(id.Name, x), id.Name)
	}
	return &value{segs: []seg{holeSeg(id.Name)}, typ: a.pkgTypes[id.Name]}
}

// inlined copies a variable's value into a use, naming the variable in Via.
//
// A value with no literal text (an id, a parameter) is read here as a new
// run-time value: its holes lose the place they were made at, and are
// placed at this reference.
func inlined(v *value, name string) *value {
	c := v.clone()
	c.ids = nil
	lit := false
	for _, s := range c.segs {
		lit = lit || s.Kind == ir.Lit
	}
	for i := range c.segs {
		switch {
		case !lit:
			c.segs[i].Span = ir.Span{}
		case c.segs[i].Via == "":
			c.segs[i].Via = name
		}
	}
	return c
}

// evalPkg evaluates a package-level value once, without emitting (its own
// definition is emitted by emitPackageLevel).
func (a *analyzer) evalPkg(name string, x ast.Expr) *value {
	if v, ok := a.pkgEval[name]; ok {
		return v
	}
	if a.pkgBusy[name] {
		return &value{segs: []seg{holeSeg(name)}}
	}
	a.pkgBusy[name] = true
	saveEnv, saveCur, saveEmit := a.env, a.cur, a.emitting
	a.env, a.cur, a.emitting = nil, nil, false
	v := a.eval(x)
	a.env, a.cur, a.emitting = saveEnv, saveCur, saveEmit
	delete(a.pkgBusy, name)
	if len(v.segs) == 0 {
		v = &value{segs: []seg{holeSeg(name)}}
	}
	v.ids = nil
	a.pkgEval[name] = v
	return v
}

// concat evaluates a chain of `+`. The chain is walked iteratively so that a
// generated file with thousands of terms costs linear time.
func (a *analyzer) concat(e *ast.BinaryExpr) *value {
	var terms []ast.Expr
	var x ast.Expr = e
	for {
		b, ok := x.(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			break
		}
		terms = append(terms, b.Y)
		x = b.X
	}
	terms = append(terms, x)
	numeric := false
	for _, t := range terms {
		if bl, ok := t.(*ast.BasicLit); ok && (bl.Kind == token.INT || bl.Kind == token.FLOAT) {
			numeric = true
		}
	}
	out := &value{str: !numeric}
	for i := len(terms) - 1; i >= 0; i-- {
		v := a.eval(terms[i])
		out.origin = capOrigin(append(out.origin, v.origin...))
		if !numeric && len(out.segs) < maxSegs {
			out.segs = capSegs(append(out.segs, a.segsOf(v, terms[i])...))
		}
	}
	return out
}

// selector evaluates x.f: a package member (a hole for the repository
// pass), a struct field given one string value in this file, or a field of
// a response value (which keeps its origin).
func (a *analyzer) selector(e *ast.SelectorExpr) *value {
	if id, ok := e.X.(*ast.Ident); ok && a.env[id.Name] == nil && a.isImport(id.Name) {
		return &value{segs: []seg{holeSeg(id.Name + "." + e.Sel.Name)}}
	}
	x := a.eval(e.X)
	if fv := a.fieldValue(e.Sel.Name); fv != nil {
		v := inlined(fv, a.holeName(e))
		v.origin = append(v.origin, x.origin...)
		return v
	}
	v := &value{segs: []seg{holeSeg(a.holeName(e))}, origin: x.origin, typ: a.fieldType(x.typ, e.Sel.Name)}
	if tp := a.typePath(x); tp != "" {
		// a field of a type another file declares: named by the type's
		// path, which that file offers (see configDefs)
		v.tpath = tp + "." + e.Sel.Name
		v.segs = []seg{holeSeg(v.tpath)}
	}
	if f := a.fieldDecl(x.typ, e.Sel.Name); f != nil {
		// a field of a configuration struct: named by its key
		if key := a.configKey(f, x); key != "" {
			v.key = key
			v.segs = []seg{holeSeg(key)}
		}
		if d := a.tagDefault(f); d != nil {
			name := v.key
			if name == "" {
				name = e.Sel.Name
			}
			dv := inlined(&value{segs: d, str: true}, name)
			v.segs, v.str = dv.segs, true
		}
	}
	return v
}

// index evaluates x[i]. A constant string key read from a value is a field
// read (`form["title"]`); it keeps the receiver's origin.
func (a *analyzer) index(e *ast.IndexExpr) *value {
	x := a.eval(e.X)
	if bl, ok := e.Index.(*ast.BasicLit); ok && bl.Kind == token.STRING {
		if a.emitting {
			start, end := a.off(bl.Pos()), a.off(bl.End())
			l := decodeLit(string(a.src[start:end]), start)
			if l.text != "" {
				s, en, exact := l.span(0, len(l.text), a.src)
				a.fieldReads = append(a.fieldReads, pendingRead{
					fr: ir.FieldRead{Name: l.text, Span: ir.Span{Start: s, End: en}, Kind: ir.FieldSubscript,
						Receiver: rootName(e.X), Raw: exact},
					origin: append([]int(nil), x.origin...),
				})
			}
		}
		return &value{origin: x.origin, typ: a.elemType(x.typ)}
	}
	a.root(e.Index, ir.RoleUnknown, "", "")
	return &value{origin: x.origin, typ: a.elemType(x.typ)}
}

// rootName is the variable a chain of selectors and indexes starts from.
func rootName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x.Name
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.CallExpr:
			e = x.Fun
		default:
			return ""
		}
	}
}

// composite evaluates a composite literal: a url.URL built from its
// fields, or a struct/map/slice whose string values are emitted (a keyed
// value with Role=RoleAssign and Var = the key).
func (a *analyzer) composite(e *ast.CompositeLit) *value {
	if a.isURLType(e.Type) {
		return a.urlStruct(e)
	}
	for _, el := range e.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			a.root(el, ir.RoleUnknown, "", "")
			continue
		}
		switch k := kv.Key.(type) {
		case *ast.Ident:
			v := a.root(kv.Value, ir.RoleAssign, "", k.Name)
			a.setField(k.Name, v)
		case *ast.BasicLit:
			name := k.Value
			if k.Kind == token.STRING {
				start := a.off(k.Pos())
				name = decodeLit(string(a.src[start:a.off(k.End())]), start).text
			}
			a.root(kv.Value, ir.RoleAssign, "", name)
		default:
			a.root(kv.Key, ir.RoleUnknown, "", "")
			a.root(kv.Value, ir.RoleUnknown, "", "")
		}
	}
	return &value{typ: e.Type}
}

// isURLType: net/url's URL type, as this file spells it.
func (a *analyzer) isURLType(t ast.Expr) bool {
	sel, ok := t.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && sel.Sel.Name == "URL" && a.pkgPath(id.Name) == "net/url"
}

// urlStruct builds scheme://host/path?query from a url.URL literal.
func (a *analyzer) urlStruct(e *ast.CompositeLit) *value {
	f := map[string]*value{}
	exprs := map[string]ast.Expr{}
	for _, el := range e.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			a.root(el, ir.RoleUnknown, "", "")
			continue
		}
		k, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		f[k.Name] = a.eval(kv.Value)
		exprs[k.Name] = kv.Value
	}
	out := &value{str: true}
	if v := f["Scheme"]; v != nil {
		out.segs = append(out.segs, a.segsOf(v, exprs["Scheme"])...)
		out.segs = append(out.segs, synth("://"))
	}
	if v := f["Host"]; v != nil {
		out.segs = append(out.segs, a.segsOf(v, exprs["Host"])...)
	}
	if v := f["Path"]; v != nil {
		out.segs = append(out.segs, a.segsOf(v, exprs["Path"])...)
	}
	if v := f["RawQuery"]; v != nil {
		out.segs = append(out.segs, synth("?"))
		out.segs = append(out.segs, a.segsOf(v, exprs["RawQuery"])...)
	}
	return out
}

// funcLit walks a function literal with the enclosing variables visible;
// its parameters are plain holes.
func (a *analyzer) funcLit(e *ast.FuncLit) {
	if e.Body == nil {
		return
	}
	saved := a.env
	env := make(map[string]*value, len(saved)+4)
	for k, v := range saved {
		env[k] = v
	}
	a.env = env
	if e.Type != nil && e.Type.Params != nil {
		for _, f := range e.Type.Params.List {
			for _, n := range f.Names {
				a.setVar(n.Name, &value{segs: []seg{holeSeg(n.Name)}, typ: f.Type})
			}
		}
	}
	saveLit := a.inLit
	a.inLit = true
	a.block(e.Body)
	a.inLit = saveLit
	a.env = saved
}

// maxSegs bounds a value's pieces: `s = s + s` repeated must not grow a
// value exponentially. The cut-off tail becomes one hole.
const maxSegs = 128

func capSegs(segs []seg) []seg {
	if len(segs) <= maxSegs {
		return segs
	}
	return append(segs[:maxSegs-1:maxSegs-1], holeSeg("…"))
}

// maxOrigin bounds an origin list the same way.
const maxOrigin = 256

func capOrigin(o []int) []int {
	if len(o) <= maxOrigin {
		return o
	}
	seen := map[int]bool{}
	out := o[:0:0]
	for _, x := range o {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	if len(out) > maxOrigin {
		out = out[:maxOrigin]
	}
	return out
}
