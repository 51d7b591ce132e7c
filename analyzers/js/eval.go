package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// hole is an unresolved value, named as spelled; a read of a settings
// object by constant keys is named by its dotted key path
// (config["kobo"]["url"] is config.kobo.url), the way config files name
// their values.
func (a *analyzer) hole(n *sitter.Node) []ir.Part {
	if p, ok := a.keyPath(n, 0); ok {
		return urlparts.Hole(n, p)
	}
	return urlparts.Hole(n, a.Spelled(n))
}

// keyPath spells a chain of property reads with constant keys as a
// dotted path: cfg.kobo.url, cfg["kobo"]["url"], this.settings.url.
func (a *analyzer) keyPath(n *sitter.Node, depth int) (string, bool) {
	n = unwrap(n)
	if n == nil || depth > 16 {
		return "", false
	}
	switch n.Type() {
	case "identifier", "this":
		if depth > 0 && a.moduleObject(n) {
			// conf.survey.server with conf = require("./settings"):
			// the module's own key path
			return "", true
		}
		return a.Text(n), true
	case "member_expression":
		prop := field(n, "property")
		if prop == nil || prop.Type() != "property_identifier" {
			return "", false
		}
		if o, ok := a.keyPath(field(n, "object"), depth+1); ok {
			return joinKey(o, a.Text(prop)), true
		}
	case "subscript_expression":
		k, ok := a.constString(field(n, "index"))
		if !ok || k == "" || strings.ContainsAny(k, ". \t\n") {
			return "", false
		}
		if o, ok := a.keyPath(field(n, "object"), depth+1); ok {
			return joinKey(o, k), true
		}
	}
	return "", false
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// moduleObject reports a name bound to a whole module of the repository
// (a default or namespace import, or require of a relative path).
func (a *analyzer) moduleObject(id *sitter.Node) bool {
	b := pick(a.scopes.Lookup(a.Text(id), id), id.StartByte())
	if b == nil {
		return false
	}
	var spec *sitter.Node
	switch {
	case b.kind == bindImport && b.module && b.value != nil:
		spec = field(b.value, "source")
	case b.kind == bindValue && b.path == nil && b.value != nil && a.isRequire(unwrap(b.value)):
		if args := a.args(unwrap(b.value)); len(args) > 0 {
			spec = args[0]
		}
	}
	s, ok := a.constString(spec)
	return ok && (strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../"))
}

// envName returns X for process.env.X, process.env["X"] and
// import.meta.env.X.
func (a *analyzer) envName(n *sitter.Node) (string, bool) {
	n = unwrap(n)
	var obj *sitter.Node
	var name string
	switch n.Type() {
	case "member_expression":
		obj = field(n, "object")
		name = a.Text(field(n, "property"))
	case "subscript_expression":
		obj = field(n, "object")
		s, ok := a.constString(field(n, "index"))
		if !ok {
			return "", false
		}
		name = s
	default:
		return "", false
	}
	switch strings.ReplaceAll(a.Spelled(obj), "?.", ".") {
	case "process.env", "import.meta.env", "Deno.env", "Bun.env":
		return name, name != ""
	}
	return "", false
}

func (a *analyzer) evalNode(n *sitter.Node, e *urlparts.Env, depth int) (parts []ir.Part, ok bool) {
	switch n.Type() {
	case "string":
		return a.stringParts(n), true
	case "template_string":
		return a.evalTemplate(n, e, depth), true
	case "binary_expression":
		return a.evalBinary(n, e, depth)
	case "ternary_expression":
		return a.FirstSpelled(n, e, depth, field(n, "consequence"), field(n, "alternative"))
	case "identifier", "shorthand_property_identifier":
		return a.evalIdent(n, e, depth)
	case "member_expression", "subscript_expression":
		if name, ok := a.envName(n); ok {
			return urlparts.Hole(n, name), false
		}
		if p, ok := e.Get(a.Spelled(n)); ok {
			return p, ir.HasLit(p)
		}
		if v := a.memberValue(n, depth+1); v != nil {
			if p, ok := a.evalGuarded(v, e, depth+1); ok {
				return urlparts.WithVia(p, a.Spelled(n)), true
			}
		}
		if n.Type() == "member_expression" {
			// new URL(...).href, new URL(...).toString()
			if prop := a.Text(field(n, "property")); prop == "href" {
				if p, ok := a.Eval(field(n, "object"), e, depth+1); ok {
					return p, true
				}
			}
		}
		return a.hole(n), false
	case "call_expression":
		return a.evalCall(n, e, depth)
	case "new_expression":
		return a.evalNew(n, e, depth)
	case "assignment_expression":
		return a.Eval(field(n, "right"), e, depth+1)
	}
	return a.hole(n), false
}

// evalGuarded evaluates a definition, refusing to re-enter one already on
// the stack (`url = url + "/x"`).
func (a *analyzer) evalGuarded(v *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	return a.Evaluating.Eval(v,
		func() ([]ir.Part, bool) { return a.Eval(v, e, depth) },
		func() ([]ir.Part, bool) { return a.hole(v), false })
}

func (a *analyzer) evalTemplate(n *sitter.Node, e *urlparts.Env, depth int) []ir.Part {
	start, end := a.stringBounds(n)
	var out []ir.Part
	pos := start
	for _, c := range a.KidsOfType(n, "template_substitution") {
		cs, ce := int(c.StartByte()), int(c.EndByte())
		if cs < pos || ce > end {
			continue
		}
		if cs > pos {
			out = append(out, litParts(a.Src, pos, cs)...)
		}
		var inner *sitter.Node
		if c.NamedChildCount() > 0 {
			inner = c.NamedChild(0)
		}
		if inner != nil {
			p, _ := a.Eval(inner, e, depth+1)
			out = append(out, p...)
		}
		pos = ce
	}
	if pos < end {
		out = append(out, litParts(a.Src, pos, end)...)
	}
	if len(out) == 0 {
		out = litParts(a.Src, start, start)
	}
	return out
}

func (a *analyzer) evalBinary(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	left, right := field(n, "left"), field(n, "right")
	switch a.Operator(n) {
	case "+":
		return a.Concat(left, right, e, depth)
	case "??", "||":
		// An env lookup or setting with a default: the default is what the
		// code spells out, so it stands for the value.
		return a.FirstSpelled(n, e, depth, left, right)
	}
	return a.hole(n), false
}

func (a *analyzer) evalIdent(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	name := a.Text(n)
	if p, ok := e.Get(name); ok {
		return p, ir.HasLit(p)
	}
	bs := a.scopes.Lookup(name, n)
	b := pick(a.dominating(bs, n), n.StartByte())
	if b == nil || b.kind != bindValue || b.path != nil || b.value == nil || a.placeholder(b, bs) {
		return a.hole(n), false
	}
	p, ok := a.evalGuarded(b.value, e, depth+1)
	if ok {
		return urlparts.WithVia(p, name), true
	}
	if len(p) == 1 && p[0].Kind == ir.Hole && p[0].Name != "" && b.kind == bindValue && !strings.ContainsAny(p[0].Name, "()") {
		// `const base = settings.survey.server`: the value's own name
		// (a setting, an environment variable) is the one other files
		// define
		return urlparts.WithVia(p, name), false
	}
	return a.hole(n), false
}

// Statements that run their body only sometimes.
var branching = map[string]bool{
	"if_statement": true, "else_clause": true, "for_statement": true, "for_in_statement": true,
	"while_statement": true, "do_statement": true, "switch_case": true, "switch_default": true,
	"catch_clause": true, "try_statement": true, "ternary_expression": true,
}

// dominating drops the reassignments of bs that happen only sometimes
// before use (inside an if, a loop, a catch that does not also hold
// use): `let p = path; if (!p) p = req.path;` leaves p = path at a later
// use. When that drops every binding, bs is returned as it is.
func (a *analyzer) dominating(bs []*binding, use *sitter.Node) []*binding {
	var out []*binding
	changed := false
	for _, b := range bs {
		if b.reassign && b.decl != nil && a.conditional(b.decl, use) {
			changed = true
			continue
		}
		out = append(out, b)
	}
	if !changed || len(out) == 0 {
		return bs
	}
	return out
}

// conditional reports that n is inside a branch (see branching) of its
// function that does not also hold use.
func (a *analyzer) conditional(n, use *sitter.Node) bool {
	for p := a.Up(n); p != nil && !isFunction(p); p = a.Up(p) {
		if branching[p.Type()] && !encloses(p, use) {
			return true
		}
	}
	return false
}

// encloses reports that n lies inside p.
func encloses(p, n *sitter.Node) bool {
	return p.StartByte() <= n.StartByte() && n.EndByte() <= p.EndByte()
}

// placeholder reports a declaration with an empty string (`var url =
// "";`) of a name that is assigned elsewhere: the value is set at run
// time, the empty string only stands for it until then.
func (a *analyzer) placeholder(b *binding, bs []*binding) bool {
	if s, ok := a.constString(b.value); !ok || s != "" {
		return false
	}
	for _, o := range bs {
		if o != b && o.value != nil {
			return true
		}
	}
	return false
}

// memberValue finds the expression a member access reads when the object is
// something the file defines: an object literal (`cfg.baseUrl`), a class
// (`this.base`, `Client.BASE`), an instance of a local class.
func (a *analyzer) memberValue(n *sitter.Node, depth int) *sitter.Node {
	if depth > tsfront.MaxEval {
		return nil
	}
	obj := unwrap(field(n, "object"))
	var prop string
	if n.Type() == "member_expression" {
		prop = a.Text(field(n, "property"))
	} else {
		s, ok := a.constString(field(n, "index"))
		if !ok {
			return nil
		}
		prop = s
	}
	if obj == nil || prop == "" {
		return nil
	}
	if obj.Type() == "this" {
		return memberOf(a.members[a.classOf(n)], prop)
	}
	target := a.resolveValue(obj, depth+1)
	if target == nil {
		return nil
	}
	switch target.Type() {
	case "object":
		var found *sitter.Node
		for _, c := range a.Kids(target) {
			switch c.Type() {
			case "pair":
				if k, ok := a.propName(field(c, "key")); ok && k == prop {
					found = field(c, "value")
				}
			case "shorthand_property_identifier":
				if a.Text(c) == prop {
					found = c
				}
			}
		}
		return found
	case "class_declaration", "class", "abstract_class_declaration":
		return memberOf(a.members[a.classBodyOf(target)], prop)
	case "enum_declaration":
		return memberOf(a.members[target], prop)
	case "new_expression":
		if c := a.resolveValue(field(target, "constructor"), depth+1); c != nil {
			return memberOf(a.members[a.classBodyOf(c)], prop)
		}
	}
	return nil
}

// memberOf picks the first valued definition of a class member.
func memberOf(m map[string][]*binding, prop string) *sitter.Node {
	for _, b := range m[prop] {
		if b.value != nil {
			return b.value
		}
	}
	return nil
}

// resolveValue follows names to the expression that defines them.
func (a *analyzer) resolveValue(n *sitter.Node, depth int) *sitter.Node {
	return a.Resolve(n, depth, a.valueStep)
}

// valueStep is resolveValue's step (see tsfront.Base.Resolve).
func (a *analyzer) valueStep(n *sitter.Node, depth int) (*sitter.Node, bool) {
	switch n.Type() {
	case "identifier", "shorthand_property_identifier":
		b := pick(a.scopes.Lookup(a.Text(n), n), n.StartByte())
		if b == nil || b.path != nil || b.value == nil || b.kind == bindParam || b.kind == bindIter || b.kind == bindImport {
			return nil, false
		}
		return b.value, b.value != n
	case "member_expression", "subscript_expression":
		v := a.memberValue(n, depth+1)
		return v, v != nil
	}
	return n, false
}

// evalCall understands calls that build strings: joins, URL resolution,
// format functions, string methods and local helpers returning a string.
func (a *analyzer) evalCall(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	f := a.callee(n)
	args := a.args(n)
	if f == nil {
		return a.hole(n), false
	}
	if p, ok, prop := a.evalProperty(n, e, depth); prop {
		return p, ok
	}
	calleeName := a.Spelled(f)
	if f.Type() == "member_expression" {
		obj := unwrap(field(f, "object"))
		prop := a.Text(field(f, "property"))
		objName := a.Spelled(obj)
		switch {
		case prop == "join" && obj != nil && obj.Type() == "array":
			sep := ","
			if len(args) > 0 {
				if s, ok := a.constString(args[0]); ok {
					sep = s
				}
			}
			return a.joinParts(a.Kids(obj), sep, e, depth), true
		case prop == "join" && (objName == "path" || objName == "posix" || strings.HasSuffix(objName, ".posix") || strings.HasSuffix(objName, "path") || strings.HasSuffix(objName, "Path")):
			return segments(a.joinParts(args, "/", e, depth)), true
		case prop == "resolve" && (objName == "url" || objName == "URL") && len(args) >= 2:
			return a.resolveURL(args[1], args[0], e, depth), true
		case prop == "format" && (objName == "util" || objName == "Utilities") && len(args) > 0:
			return a.evalFormat(args, e, depth)
		case prop == "concat":
			if base, ok := a.Eval(obj, e, depth+1); ok {
				out := base
				for _, x := range args {
					p, _ := a.Eval(x, e, depth+1)
					out = ir.Join(out, p)
				}
				return out, true
			}
		case prop == "toString" || prop == "trim" || prop == "valueOf" || prop == "normalize":
			// an unknown value stays the value it was (a parameter of
			// a wrapper keeps its name)
			return a.Eval(obj, e, depth+1)
		case prop == "replace" || prop == "replaceAll":
			base, ok := a.Eval(obj, e, depth+1)
			out := a.applyReplace(base, args, prop == "replaceAll")
			return out, ok || urlparts.HasURLText(out)
		}
	}
	switch calleeName {
	case "encodeURI", "String", "decodeURI", "encodeURIComponent":
		if len(args) > 0 {
			return a.Eval(args[0], e, depth+1)
		}
	case "sprintf", "vsprintf", "format":
		if len(args) > 0 {
			return a.evalFormat(args, e, depth)
		}
	}
	// A local helper that returns a string built from its parameters.
	if fn := a.calleeFunction(n, depth); fn != nil {
		bind := func() *urlparts.Env { return a.CallEnv(fn, args, e, depth) }
		eval := func(ret *sitter.Node, ce *urlparts.Env) ([]ir.Part, bool) { return a.Eval(ret, ce, depth+1) }
		if p, ok := a.Evaluating.Helper(fn, a.returnedURL, bind, eval); ok {
			return p, true
		}
	}
	if p, _, ok := a.importedPathCall(n, e, depth); ok {
		return p, true
	}
	return a.hole(n), false
}

// args returns the argument expressions of a call or new expression.
func (a *analyzer) args(call *sitter.Node) []*sitter.Node {
	al := field(call, "arguments")
	if al == nil {
		return nil
	}
	var out []*sitter.Node
	for _, c := range a.Kids(al) {
		if c.Type() == "comment" {
			continue
		}
		out = append(out, c)
	}
	return out
}

// paramIndex maps the plain identifier parameters of fn to their position.
func (a *analyzer) paramIndex(fn *sitter.Node) map[string]int {
	return a.scopes.Params(fn, func(b *binding) (int, bool) {
		return b.index, b.kind == bindParam && b.fn == fn && b.path == nil
	})
}

// singleReturn returns the expression a function returns when it has
// exactly one return (or is an arrow with an expression body).
func (a *analyzer) singleReturn(fn *sitter.Node) *sitter.Node {
	body := field(fn, "body")
	if body == nil {
		return nil
	}
	if body.Type() != "statement_block" {
		return body
	}
	return a.Nav.SingleReturn(body, func(c *sitter.Node) bool {
		return isFunction(c) || c.Type() == "class_declaration" || c.Type() == "class"
	})
}

// joinParts joins the pieces with sep, the way path.join and Array.join put
// a separator between them. The separator has no span: it is not in the
// source.
func (a *analyzer) joinParts(items []*sitter.Node, sep string, e *urlparts.Env, depth int) []ir.Part {
	var out []ir.Part
	for i, it := range items {
		if it.Type() == "spread_element" || it.Type() == "comment" {
			out = ir.Join(out, a.hole(it))
			continue
		}
		p, _ := a.Eval(it, e, depth+1)
		if i == 0 {
			out = ir.Join(out, p)
			continue
		}
		out = urlparts.SepJoin(out, p, sep, int(it.StartByte()))
	}
	return out
}

// segments marks the literals of a path join (path.join, posix.join):
// they are path segments, where a '?' is no query (ir.Part.Segment).
// joinParts built p afresh, so it is changed in place.
func segments(p []ir.Part) []ir.Part {
	for i := range p {
		if p[i].Kind == ir.Lit {
			p[i].Segment = true
		}
	}
	return p
}

// isAbsolute reports parts that start with a scheme or `//`.
func isAbsolute(p []ir.Part) bool {
	return urlparts.HasHTTPScheme(p) || urlparts.SchemeRelative(p)
}

// resolveURL joins a relative reference to a base (new URL(rel, base),
// url.resolve(base, rel)).
func (a *analyzer) resolveURL(rel, base *sitter.Node, e *urlparts.Env, depth int) []ir.Part {
	r, _ := a.Eval(rel, e, depth+1)
	if base == nil || isAbsolute(r) {
		return r
	}
	b, _ := a.Eval(base, e, depth+1)
	// new URL("forms", "https://host/api"): one slash between them
	return urlparts.SlashJoin(b, r, int(rel.StartByte()))
}

func (a *analyzer) evalNew(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	ctor := a.Spelled(field(n, "constructor"))
	args := a.args(n)
	if (ctor == "URL" || ctor == "url.URL") && len(args) > 0 {
		var base *sitter.Node
		if len(args) > 1 {
			base = args[1]
		}
		return a.resolveURL(args[0], base, e, depth), true
	}
	if ctor == "String" && len(args) > 0 {
		return a.Eval(args[0], e, depth+1)
	}
	return a.hole(n), false
}

// evalFormat substitutes printf-style placeholders (%s, %d, %i, %j, %o)
// with the parts of the arguments.
func (a *analyzer) evalFormat(args []*sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	fmtParts, ok := a.Eval(args[0], e, depth+1)
	if !ok {
		return a.hole(args[0]), false
	}
	next := 1
	return urlparts.Expand(fmtParts, "%", func(p ir.Part, i int) urlparts.Directive {
		t := p.Text
		if i+1 >= len(t) {
			return urlparts.Directive{End: i}
		}
		switch verb := t[i+1]; {
		case verb == '%':
			return urlparts.Directive{End: i + 2, Keep: true}
		case !strings.ContainsRune("sdifjoO", rune(verb)):
			return urlparts.Directive{End: i}
		}
		if next < len(args) {
			ap, _ := a.Eval(args[next], e, depth+1)
			next++
			return urlparts.Directive{End: i + 2, Parts: ap}
		}
		return urlparts.Directive{End: i + 2, Parts: []ir.Part{{Kind: ir.Hole, Name: t[i : i+2]}}}
	}), true
}

// applyReplace performs a constant .replace()/.replaceAll() on the literal
// parts it can see; the changed parts are no longer raw.
func (a *analyzer) applyReplace(base []ir.Part, args []*sitter.Node, all bool) []ir.Part {
	return urlparts.ReplaceCall(base, args, all, a.constString, tsnode.Span)
}
