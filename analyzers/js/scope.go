package js

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/scopes"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// bindKind says how a name got its value.
type bindKind uint8

const (
	bindValue  bindKind = iota // name = value
	bindParam                  // a function parameter (value = default, if any)
	bindIter                   // for (name of value): an element of value
	bindImport                 // import / require binding
	bindFunc                   // function declaration (value = the function)
	bindClass                  // class declaration (value = the class)
)

// binding is one place where a name receives a value.
type binding struct {
	name  string
	kind  bindKind
	pos   uint32       // where the binding takes effect
	value *sitter.Node // the expression assigned, if any
	// path is the chain of property names from value to this name, for
	// destructuring (`const {data: {results}} = x` gives ["data","results"]).
	path []string
	// fn and index locate a parameter.
	fn    *sitter.Node
	index int
	// typ is the type annotation of the name, if any (TypeScript).
	typ *sitter.Node
	// decl is the identifier node that declares the name.
	decl *sitter.Node
	// reassign is set for `name = value` statements after the declaration.
	reassign bool
	// isDefault marks the default of a destructured name; it stands for
	// the value in URLs, but the origin is the destructured one's.
	isDefault bool
	// module marks an import of a whole module (a default or namespace
	// import): its members are the module's top-level names.
	module bool
}

// scope is a function body (or the program): JavaScript's var scope. Block
// scopes of let/const are folded into it; when a name is bound several
// times, the binding closest before the use wins. Its Data is the class
// body a method scope belongs to (what `this` is).
type scope = scopes.Scope[*binding, *sitter.Node]

// pick chooses the binding in effect at byte offset pos: the last one
// before pos that has a value, else the first with a value, else the first.
func pick(bs []*binding, pos uint32) *binding { return scopes.Pick(bs, pos) }

// Name, Pos, HasValue and Settled make *binding a scopes.Binding and
// scopes.Named.
func (b *binding) Name() string   { return b.name }
func (b *binding) Pos() uint32    { return b.pos }
func (b *binding) HasValue() bool { return b.value != nil }
func (b *binding) Settled() bool {
	return b.value != nil || b.kind == bindParam || b.kind == bindImport
}

// collect walks the tree once, creating scopes and recording every
// declaration, parameter, loop variable and assignment to a plain name.
func (a *analyzer) collect(root *sitter.Node) {
	a.scopes = scopes.NewTree[*binding, *sitter.Node](root, a.Up)
	var assigns []*sitter.Node
	tsnode.WalkIn(&a.Nav, root, a.scopes.Global, func(n *sitter.Node, s *scope) *scope {
		t := n.Type()
		if isFunction(n) {
			ns := a.scopes.Open(n, s)
			if t == "method_definition" {
				if p := a.Up(n); p != nil && p.Type() == "class_body" {
					ns.Data = p
				}
			} else if t == "arrow_function" {
				ns.Data = s.Data // arrows keep the enclosing `this`
			} else if p, _ := a.ParentSkipping(n); p != nil && (p.Type() == "public_field_definition" || p.Type() == "field_definition") {
				ns.Data = a.Up(p)
			}
			if p, _ := a.ParentSkipping(n); t == "arrow_function" && p != nil && (p.Type() == "public_field_definition" || p.Type() == "field_definition") {
				ns.Data = a.Up(p)
			}
			if name := field(n, "name"); name != nil && (t == "function_declaration" || t == "generator_function_declaration") {
				s.Add(&binding{name: a.Text(name), kind: bindFunc, value: n, decl: name})
			}
			if name := field(n, "name"); name != nil && (t == "function_expression" || t == "function") {
				ns.Add(&binding{name: a.Text(name), kind: bindFunc, value: n, decl: name})
			}
			a.collectParams(n, ns)
			s = ns
		}
		switch t {
		case "enum_declaration":
			// enum Endpoints { Forms = "/api/v1/forms" }: Endpoints.Forms
			if name := field(n, "name"); name != nil {
				s.Add(&binding{name: a.Text(name), kind: bindClass, value: n, decl: name})
				for _, m := range a.Kids(field(n, "body")) {
					if m.Type() == "enum_assignment" {
						if mn := field(m, "name"); mn != nil {
							a.addMember(n, &binding{name: a.Text(mn), kind: bindValue, value: field(m, "value"), decl: mn, pos: m.StartByte()})
						}
					}
				}
			}
		case "class_declaration", "class", "abstract_class_declaration":
			if name := field(n, "name"); name != nil && t != "class" {
				s.Add(&binding{name: a.Text(name), kind: bindClass, value: n, decl: name})
			}
		case "variable_declarator":
			a.bindPattern(s, field(n, "name"), field(n, "value"), nil, bindValue, n.StartByte(), typeOf(n))
		case "for_in_statement":
			left, right := field(n, "left"), field(n, "right")
			if a.HasToken(n, "of") && left != nil {
				if left.Type() == "lexical_declaration" || left.Type() == "variable_declaration" {
					for _, d := range a.Kids(left) {
						if d.Type() == "variable_declarator" {
							left = field(d, "name")
						}
					}
				}
				a.bindPattern(s, left, right, nil, bindIter, n.StartByte(), nil)
			}
		case "assignment_expression":
			assigns = append(assigns, n)
		case "public_field_definition", "field_definition":
			a.collectField(n)
		case "method_definition":
			if body := a.Up(n); body != nil && body.Type() == "class_body" {
				if name := field(n, "name"); name != nil {
					a.addMember(body, &binding{name: a.Text(name), kind: bindFunc, value: n, decl: name})
				}
			}
		case "import_statement":
			a.collectImport(n, s)
		}
		return s
	})
	// Assignments go to the scope that declares the name (or the global
	// scope for implicit globals), after all declarations are known.
	for _, n := range assigns {
		left, right := field(n, "left"), field(n, "right")
		if left == nil || right == nil || a.Operator(n) != "=" {
			continue
		}
		if left.Type() == "identifier" {
			name := a.Text(left)
			target := a.scopes.Declaring(name, n)
			if target == nil {
				target = a.scopes.Global
			}
			target.Add(&binding{name: name, kind: bindValue, value: right, pos: n.StartByte(), decl: left, reassign: true})
		} else if left.Type() == "member_expression" {
			// this.base = ... inside a method: a member of the class.
			obj, prop := field(left, "object"), field(left, "property")
			if obj != nil && prop != nil && obj.Type() == "this" {
				if cls := a.classOf(n); cls != nil {
					a.addMember(cls, &binding{name: a.Text(prop), kind: bindValue, value: right, pos: n.StartByte(), decl: prop})
				}
			}
		} else if left.Type() == "object_pattern" || left.Type() == "array_pattern" {
			a.bindPattern(a.scopes.Of(n), left, right, nil, bindValue, n.StartByte(), nil)
		}
	}
}

// typeOf returns the type annotation of a declarator or parameter.
func typeOf(n *sitter.Node) *sitter.Node {
	if t := field(n, "type"); t != nil {
		return t
	}
	return nil
}

// bindPattern binds the names of a declaration target (identifier or
// destructuring pattern) to value, remembering the property path.
func (a *analyzer) bindPattern(s *scope, pat, value *sitter.Node, path []string, kind bindKind, pos uint32, typ *sitter.Node) {
	if pat == nil {
		return
	}
	switch pat.Type() {
	case "identifier", "shorthand_property_identifier_pattern":
		s.Add(&binding{name: a.Text(pat), kind: kind, value: value, path: path, pos: pos, typ: typ, decl: pat})
	case "object_pattern":
		for _, c := range a.Kids(pat) {
			switch c.Type() {
			case "shorthand_property_identifier_pattern":
				a.bindPattern(s, c, value, appendPath(path, a.Text(c)), kind, pos, nil)
			case "pair_pattern":
				if k, ok := a.propName(field(c, "key")); ok {
					a.bindPattern(s, field(c, "value"), value, appendPath(path, k), kind, pos, nil)
				}
			case "object_assignment_pattern":
				l := field(c, "left")
				if l != nil {
					if k, ok := a.propName(l); ok {
						a.bindPattern(s, l, value, appendPath(path, k), kind, pos, nil)
					} else {
						a.bindPattern(s, l, value, path, kind, pos, nil)
					}
					// `const {KOBO_URL = "https://..."} = process.env`: the
					// default is what the code spells out.
					if r := field(c, "right"); r != nil && l.Type() == "shorthand_property_identifier_pattern" && kind == bindValue {
						s.Add(&binding{name: a.Text(l), kind: bindValue, value: r, pos: pos, decl: l, isDefault: true})
					}
				}
			case "rest_pattern":
				for _, r := range a.Kids(c) {
					a.bindPattern(s, r, value, path, kind, pos, nil)
				}
			}
		}
	case "array_pattern":
		for _, c := range a.Kids(pat) {
			// An element of an array keeps the array's origin; "[]" in the
			// path means "some element".
			a.bindPattern(s, c, value, appendPath(path, "[]"), kind, pos, nil)
		}
	case "assignment_pattern":
		a.bindPattern(s, field(pat, "left"), value, path, kind, pos, typ)
	case "rest_pattern":
		for _, r := range a.Kids(pat) {
			a.bindPattern(s, r, value, path, kind, pos, typ)
		}
	}
}

func appendPath(p []string, k string) []string {
	out := make([]string, len(p), len(p)+1)
	copy(out, p)
	return append(out, k)
}

// collectParams binds the parameters of a function in its own scope.
func (a *analyzer) collectParams(fn *sitter.Node, s *scope) {
	params := field(fn, "parameters")
	if params == nil {
		// `x => x.title`: a single identifier parameter.
		if p := field(fn, "parameter"); p != nil {
			s.Add(&binding{name: a.Text(p), kind: bindParam, fn: fn, index: 0, decl: p, pos: p.StartByte()})
		}
		return
	}
	for i, p := range a.Kids(params) {
		var pat, def, typ *sitter.Node
		switch p.Type() {
		case "required_parameter", "optional_parameter":
			pat, def, typ = field(p, "pattern"), field(p, "value"), field(p, "type")
		case "assignment_pattern":
			pat, def = field(p, "left"), field(p, "right")
		default:
			pat = p
		}
		if pat == nil {
			continue
		}
		if pat.Type() == "identifier" {
			s.Add(&binding{name: a.Text(pat), kind: bindParam, value: def, fn: fn, index: i, typ: typ, decl: pat, pos: pat.StartByte()})
			continue
		}
		// Destructured parameter: each name is a property of argument i.
		var names []*binding
		tmp := &scope{}
		a.bindPattern(tmp, pat, nil, nil, bindParam, pat.StartByte(), nil)
		for _, bs := range tmp.Binds {
			names = append(names, bs...)
		}
		for _, b := range names {
			b.fn, b.index = fn, i
			s.Add(b)
		}
	}
}

// noteImportedType marks a TypeScript file that imports a capitalised
// name (a type, a namespace such as Kobo, a class).
func (a *analyzer) noteImportedType(name string) {
	if a.ts && name != "" && name[0] >= 'A' && name[0] <= 'Z' {
		a.IR.ImportsTypes = true
	}
}

// collectImport binds imported names; they are never resolved to values
// here (the repository pass does that), but knowing them stops a local
// lookup from reaching an unrelated global.
func (a *analyzer) collectImport(n *sitter.Node, s *scope) {
	var walk func(c *sitter.Node, d int)
	walk = func(c *sitter.Node, d int) {
		if d > 8 {
			return
		}
		switch c.Type() {
		case "import_specifier":
			name := field(c, "alias")
			if name == nil {
				name = field(c, "name")
			}
			if name != nil {
				a.noteImportedType(a.Text(name))
				s.Add(&binding{name: a.Text(name), kind: bindImport, decl: name, value: n})
			}
			return
		case "identifier":
			a.noteImportedType(a.Text(c))
			s.Add(&binding{name: a.Text(c), kind: bindImport, decl: c, value: n, module: true})
			return
		case "string":
			return
		}
		for _, ch := range a.Kids(c) {
			walk(ch, d+1)
		}
	}
	for _, c := range a.Kids(n) {
		if c.Type() == "import_clause" {
			walk(c, 0)
		}
	}
}

// collectField records a class field (`base = "..."`, `static B = ...`,
// `readonly get = async () => ...`) as a member of its class.
func (a *analyzer) collectField(n *sitter.Node) {
	body := a.Up(n)
	if body == nil || body.Type() != "class_body" {
		return
	}
	name := field(n, "name")
	if name == nil {
		name = field(n, "property")
	}
	if name == nil {
		return
	}
	v := field(n, "value")
	kind := bindValue
	if v != nil && isFunction(unwrap(v)) {
		kind = bindFunc
		v = unwrap(v)
	}
	a.addMember(body, &binding{name: a.Text(name), kind: kind, value: v, pos: n.StartByte(), decl: name, typ: field(n, "type")})
}

func (a *analyzer) addMember(cls *sitter.Node, b *binding) {
	m := a.members[cls]
	if m == nil {
		m = map[string][]*binding{}
		a.members[cls] = m
	}
	m[b.name] = append(m[b.name], b)
}

// classOf returns the class body that `this` refers to at n.
func (a *analyzer) classOf(n *sitter.Node) *sitter.Node {
	return a.scopes.Of(n).Data
}

// classBodyOf returns the body of a class declaration or expression.
func (a *analyzer) classBodyOf(c *sitter.Node) *sitter.Node {
	if c == nil {
		return nil
	}
	if b := field(c, "body"); b != nil && b.Type() == "class_body" {
		return b
	}
	for _, ch := range a.Kids(c) {
		if ch.Type() == "class_body" {
			return ch
		}
	}
	return nil
}
