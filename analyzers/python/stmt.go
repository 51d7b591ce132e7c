package python

import (
	"sort"

	"github.com/kobolint/kobolint/internal/ir"
)

// exprKinds are the node kinds evaluated as expressions; everything else is
// walked as a statement (a generic walk reaches any expression inside).
var exprKinds = map[string]bool{
	"identifier": true, "attribute": true, "subscript": true, "call": true,
	"string": true, "concatenated_string": true, "integer": true, "float": true,
	"true": true, "false": true, "none": true, "ellipsis": true,
	"binary_operator": true, "unary_operator": true, "boolean_operator": true,
	"not_operator": true, "comparison_operator": true, "conditional_expression": true,
	"parenthesized_expression": true, "tuple": true, "list": true, "set": true,
	"dictionary": true, "list_comprehension": true, "set_comprehension": true,
	"dictionary_comprehension": true, "generator_expression": true, "lambda": true,
	"await": true, "named_expression": true, "list_splat": true, "dictionary_splat": true,
	"expression_list": true, "yield": true, "slice": true, "keyword_argument": true,
	"assignment": true, "augmented_assignment": true, "pair": true,
}

func (a *analyzer) block(n *node) {
	if n == nil {
		return
	}
	for _, k := range n.kids {
		a.stmt(k)
	}
}

// walk is the generic visit: statements inside are walked, expressions
// evaluated (so that strings, calls and reads inside are seen).
func (a *analyzer) walk(n *node) {
	for _, k := range n.kids {
		if !k.named {
			continue
		}
		if exprKinds[k.kind] {
			a.eval(k, use{})
		} else {
			a.stmt(k)
		}
	}
}

func (a *analyzer) stmt(n *node) {
	if n == nil || !n.named {
		return
	}
	a.budget--
	if a.budget < 0 {
		return
	}
	if n.kind != "ERROR" && len(n.kids) > 0 && !a.symbolic {
		// Error recovery may hang code under a statement in an ERROR node
		// that the statement's own handling never visits.
		defer a.errorKids(n)
	}
	switch n.kind {
	case "module", "block":
		a.block(n)
	case "expression_statement":
		kids := n.namedKids()
		if len(kids) == 1 && (kids[0].kind == "string" || kids[0].kind == "concatenated_string") {
			// A bare string statement is a docstring or a comment in
			// disguise: scanned like a comment, not reported as code.
			a.docstring(kids[0])
			return
		}
		for _, k := range kids {
			a.eval(k, use{})
		}
	case "function_definition":
		a.funcDef(n, nil)
	case "class_definition":
		a.classDef(n)
	case "decorated_definition":
		var decos []*node
		for _, k := range n.kids {
			if k.kind == "decorator" {
				decos = append(decos, k)
				if !a.symbolic {
					a.walk(k)
				}
			}
		}
		def := n.child("definition")
		if def == nil {
			return
		}
		switch def.kind {
		case "function_definition":
			a.funcDef(def, decos)
		case "class_definition":
			a.classDef(def)
		}
	case "if_statement":
		a.ifStmt(n)
	case "try_statement":
		a.tryStmt(n)
	case "for_statement":
		it := a.eval(n.child("right"), use{})
		a.markList(it)
		a.bindIter(n.child("left"), it)
		a.block(n.child("body"))
		a.stmt(n.child("alternative"))
	case "with_statement":
		for _, k := range n.kids {
			if k.kind == "with_clause" {
				for _, item := range k.namedKids() {
					a.withItem(item)
				}
			}
		}
		a.block(n.child("body"))
	case "return_statement":
		var v *value
		if e := n.firstNamed(); e != nil {
			v = a.eval(e, use{})
		}
		a.returns(v)
		a.contextReturned(v)
	case "import_statement", "import_from_statement", "future_import_statement",
		"global_statement", "nonlocal_statement", "pass_statement",
		"break_statement", "continue_statement":
	case "print_statement":
		for _, k := range n.namedKids() {
			a.eval(k, use{kind: useArg, call: "print"})
		}
	default:
		a.walk(n)
	}
}

// errorKids walks the ERROR children of a statement (not of its blocks,
// which are statements themselves).
func (a *analyzer) errorKids(n *node) {
	switch n.kind {
	case "module", "block", "expression_statement":
		return
	}
	for _, k := range n.kids {
		if k.kind == "ERROR" {
			a.walk(k)
		}
	}
}

// withItem binds `with X as y` (y is X, or what X opens).
func (a *analyzer) withItem(item *node) {
	v := item.child("value")
	if v == nil {
		v = item.firstNamed()
	}
	if v == nil {
		return
	}
	if v.kind == "as_pattern" {
		kids := v.namedKids()
		if len(kids) == 0 {
			return
		}
		val := a.eval(kids[0], use{})
		if t := v.child("alias"); t != nil {
			if inner := t.firstNamed(); inner != nil {
				a.bind(inner, val)
			}
		}
		return
	}
	a.eval(v, use{})
}

// assign handles `a = b = value`, annotated assignments and tuple targets.
func (a *analyzer) assign(n *node) *value {
	var targets []*node
	cur := n
	var right *node
	for {
		if l := cur.child("left"); l != nil {
			targets = append(targets, l)
		}
		right = cur.child("right")
		if right == nil || right.kind != "assignment" {
			break
		}
		cur = right
	}
	if right == nil {
		return unknown("")
	}
	if len(targets) == 1 && isSeqTarget(targets[0]) && isSeqValue(right) {
		ts, vs := targets[0].namedKids(), right.namedKids()
		if len(ts) == len(vs) {
			for i := range ts {
				v := a.eval(vs[i], use{kind: useAssign, name: a.targetName(ts[i])})
				a.bind(ts[i], v)
				a.def(ts[i], v)
			}
			return unknown("")
		}
	}
	name := ""
	if len(targets) > 0 {
		name = a.targetName(targets[0])
	}
	v := a.eval(right, use{kind: useAssign, name: name})
	for _, t := range targets {
		a.bind(t, v)
		a.def(t, v)
	}
	return v
}

// augAssign handles `x += y`: strings grow, origins merge.
func (a *analyzer) augAssign(n *node) {
	t, r := n.child("left"), n.child("right")
	if t == nil || r == nil {
		return
	}
	rv := a.eval(r, use{kind: usePart})
	if t.kind != "identifier" && t.kind != "attribute" {
		a.evalTarget(t)
		a.sink(r, rv, use{})
		return
	}
	old := a.eval(t, use{kind: useRecv})
	if n.op() == "+=" && (old.str || rv.str) {
		nv := &value{parts: capParts(ir.Join(old.parts, rv.parts)), str: true,
			global: old.global || rv.global, origin: union(old.origin, rv.origin)}
		a.sink(r, rv, use{kind: useAssign, name: a.targetName(t)})
		a.bind(t, nv)
		return
	}
	a.sink(r, rv, use{})
	nv := old.copyVal()
	nv.origin = union(old.origin, rv.origin)
	nv.str = false
	a.bind(t, nv)
}

func isSeqTarget(n *node) bool {
	switch n.kind {
	case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list":
		return true
	}
	return false
}

func isSeqValue(n *node) bool {
	switch n.kind {
	case "tuple", "list", "expression_list":
		return true
	}
	return false
}

// targetName is the name a definition is reported under.
func (a *analyzer) targetName(t *node) string {
	switch t.kind {
	case "identifier", "attribute":
		return a.spelled(t)
	case "subscript":
		if k := t.child("subscript"); k != nil && k.kind == "string" {
			if s, ok := a.constString(k); ok {
				return s
			}
		}
		return a.spelled(t)
	}
	return ""
}

// def records a module-level (or class-level) string definition for the
// repository pass.
func (a *analyzer) def(t *node, v *value) {
	if !a.final || a.symbolic || v == nil || t.kind != "identifier" {
		return
	}
	if v.kind == kInstance && v.cls != nil && a.cur == a.module {
		// settings = Settings(): other files read settings.KOBO_URL
		a.instanceDefs(a.text(t), v)
		return
	}
	if v.kind == kDict && v.entries != nil && a.cur == a.module {
		// CONFIG = {"kobo": {"url": ...}}: other files read CONFIG["kobo"]["url"]
		a.dictDefs(a.text(t), v, 0)
		return
	}
	if !v.str || !ir.HasLit(v.parts) {
		return
	}
	name := a.text(t)
	switch {
	case a.cur == a.module:
	case a.cur.cls != nil && a.cur.parent == a.module:
		name = a.cur.cls.name + "." + name
	default:
		return
	}
	a.addDef(name, v.parts)
}

// dictDefs offers the string entries of a module-level dict literal under
// "name.key" (nested dicts under "name.key.sub"). A dict of dicts chosen
// by a key the code reads at run time (CONFIG[ENV]["VERSION"], a table of
// environments) also offers "name.*.key" for a key on which every inner
// dict agrees.
func (a *analyzer) dictDefs(name string, v *value, depth int) {
	if depth > 3 {
		return
	}
	keys := make([]string, 0, len(v.entries))
	for k := range v.entries {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	inner := 0
	agreed := map[string]*value{}
	disagree := map[string]bool{}
	for _, k := range keys {
		e := v.entries[k]
		switch {
		case e == nil:
		case e.kind == kDict && e.entries != nil:
			a.dictDefs(name+"."+k, e, depth+1)
			inner++
			for ik, ie := range e.entries {
				if ie == nil || !ie.str || !ir.HasLit(ie.parts) || hasParam(ie.parts) {
					disagree[ik] = true
					continue
				}
				if prev := agreed[ik]; prev != nil && flatText(prev.parts) != flatText(ie.parts) {
					disagree[ik] = true
				}
				agreed[ik] = ie
			}
		case e.str && ir.HasLit(e.parts) && !hasParam(e.parts):
			a.addDef(name+"."+k, e.parts)
		}
	}
	if inner < 2 || inner != len(keys) {
		return
	}
	aks := make([]string, 0, len(agreed))
	for ik := range agreed {
		aks = append(aks, ik)
	}
	sort.Strings(aks)
	for _, ik := range aks {
		if !disagree[ik] && inEvery(v, ik) {
			a.addDef(name+".*."+ik, agreed[ik].parts)
		}
	}
}

// inEvery reports whether every inner dict of v has key k.
func inEvery(v *value, k string) bool {
	for _, e := range v.entries {
		if e == nil || e.entries[k] == nil {
			return false
		}
	}
	return true
}

// instanceDefs offers the string attributes of a module-level instance
// (its own, then its class's) under "name.attr".
func (a *analyzer) instanceDefs(name string, v *value) {
	attrs := map[string]*value{}
	for c, depth := v.cls, 0; c != nil && depth < 8; depth++ {
		for _, m := range []map[string]*value{c.prev, c.attrs} {
			for k, x := range m {
				if attrs[k] == nil {
					attrs[k] = x
				}
			}
		}
		c = a.baseClass(c)
	}
	for k, x := range v.entries {
		attrs[k] = x
	}
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		x := attrs[k]
		if x == nil || !x.str || !ir.HasLit(x.parts) || hasParam(x.parts) {
			continue
		}
		a.addDef(name+"."+k, x.parts)
	}
}

// addDef offers a definition; a name defined twice offers its last value.
func (a *analyzer) addDef(name string, parts []ir.Part) {
	if i, ok := a.defIndex[name]; ok {
		a.file.Defs[i].Parts = clean(parts)
		return
	}
	if a.defIndex == nil {
		a.defIndex = map[string]int{}
	}
	a.defIndex[name] = len(a.file.Defs)
	a.file.Defs = append(a.file.Defs, ir.Def{Name: name, Parts: clean(parts)})
}

// bind assigns a value to a target.
func (a *analyzer) bind(t *node, v *value) {
	if t == nil || v == nil {
		return
	}
	switch t.kind {
	case "identifier":
		name := a.text(t)
		a.setVar(name, v)
		if a.cur.cls != nil && !a.symbolic {
			a.cur.cls.setAttr(name, v)
		}
	case "attribute":
		obj := t.child("object")
		attr := t.child("attribute")
		if obj == nil || attr == nil {
			return
		}
		ov := a.eval(obj, use{kind: useRecv})
		if ov.kind == kInstance && ov.cls != nil && !a.symbolic {
			ov.cls.setAttr(a.text(attr), v)
		}
		if a.symbolic && a.curFn != nil && a.curFn.cls != nil && !a.curFn.static && obj.kind == "identifier" && len(a.curFn.params) > 0 &&
			a.text(obj) == a.curFn.params[0].name && (hasParam(v.parts) || v.kind == kDict) {
			// a method storing what it was given: the instance's own
			if a.curFn.selfAttrs == nil {
				a.curFn.selfAttrs = map[string]*value{}
			}
			a.curFn.selfAttrs[a.text(attr)] = v.copyVal()
		}
		if isDotted(obj) {
			a.setVar(a.text(t), v)
		}
	case "subscript":
		a.evalTarget(t)
		if k := t.child("subscript"); k != nil {
			if s, ok := a.constString(k); ok {
				if ov := a.peek(t.child("value")); ov != nil && ov.kind == kDict && !a.symbolic {
					// ctx = {}; ctx["forms"] = ...: the dict the code builds
					if ov.entries == nil {
						ov.entries = map[string]*value{}
					}
					ov.entries[s] = v
				}
				a.contextEntry(s, v)
			}
		}
	case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list":
		kids := t.namedKids()
		if len(v.elems) == len(kids) {
			// a, b = f() where f returns a tuple the analysis knows
			for i, k := range kids {
				if v.elems[i] != nil {
					a.bind(k, v.elems[i])
				}
			}
			return
		}
		for _, k := range kids {
			a.bind(k, data(a.spelled(k), v.origin))
		}
	case "list_splat_pattern", "parenthesized_expression", "list_splat":
		a.bind(t.firstNamed(), v)
	}
}

// peek returns the stored value of a variable (not a copy), or nil.
func (a *analyzer) peek(n *node) *value {
	if n == nil || n.kind != "identifier" {
		return nil
	}
	v, _ := a.cur.lookup(a.text(n))
	return v
}

// evalTarget evaluates the parts of a subscript being written (x["k"] =
// ...): a write is not a read, so no field is reported for the key.
func (a *analyzer) evalTarget(t *node) {
	if t.kind != "subscript" {
		a.eval(t, use{kind: useRecv})
		return
	}
	a.eval(t.child("value"), use{kind: useRecv})
	for _, k := range t.kids {
		if k.field == "subscript" && k.kind != "string" {
			a.eval(k, use{})
		}
	}
}

// bindIter binds loop or comprehension targets to the items of it.
func (a *analyzer) bindIter(t *node, it *value) {
	if t == nil {
		return
	}
	item := data(a.spelled(t), it.origin)
	if it.kind == kPath {
		item.kind = kPath
	}
	a.bind(t, item)
}

// returns records what the function being summarised returns.
func (a *analyzer) returns(v *value) {
	f := a.curFn
	if !a.symbolic || f == nil || v == nil {
		return
	}
	if f.ret == nil {
		f.ret = v.copyVal()
		return
	}
	r := f.ret
	if !r.str && v.str {
		r.parts, r.str, r.ref = v.parts, true, v.ref
	}
	if r.kind == kPlain {
		r.kind, r.cls, r.fn = v.kind, v.cls, v.fn
	}
	r.origin = union(r.origin, v.origin)
}

func isDotted(n *node) bool {
	for n != nil {
		switch n.kind {
		case "identifier":
			return true
		case "attribute":
			n = n.child("object")
		default:
			return false
		}
	}
	return false
}

func (c *classInfo) setAttr(name string, v *value) {
	old := c.attrs[name]
	if old == nil || (!old.str && !knownOrigin(old.origin) && old.kind == kPlain) {
		c.attrs[name] = v
	}
}
