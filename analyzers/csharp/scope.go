package csharp

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/scopes"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

type bindKind uint8

const (
	bindValue bindKind = iota // name = value (local, field, property)
	bindParam                 // a parameter (value = default, if any)
	bindIter                  // foreach / from: an element of value
	bindFunc                  // a method or local function (value = it)
)

// binding is one place where a name receives a value.
type binding struct {
	name  string
	kind  bindKind
	pos   uint32
	value *sitter.Node
	typ   *sitter.Node // declared type, when spelled (not `var`)
	fn    *sitter.Node // parameter: its function
	index int          // parameter: its position
	decl  *sitter.Node
}

// scope holds the locals and parameters of one function-like body.
type scope = scopes.Scope[*binding, struct{}]

// enclosingType returns the type declarations around n, innermost first.
func (a *analyzer) enclosingTypes(n *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for p := a.Up(n); p != nil; p = a.Up(p) {
		if isType(p) {
			out = append(out, p)
		}
	}
	return out
}

// lookup finds the bindings of name visible at n: locals and parameters of
// the enclosing functions, then members of the enclosing types.
func (a *analyzer) lookup(name string, at *sitter.Node) []*binding {
	if bs := a.scopes.Lookup(name, at); len(bs) > 0 {
		return bs
	}
	for _, t := range a.enclosingTypes(at) {
		if bs := a.members[t][name]; len(bs) > 0 {
			return bs
		}
	}
	return nil
}

// pick chooses the binding in effect at pos: the last one before pos with a
// value, else the first with a value, else the first.
func pick(bs []*binding, pos uint32) *binding { return scopes.Pick(bs, pos) }

// Name, Pos, HasValue and Settled make *binding a scopes.Binding and
// scopes.Named.
func (b *binding) Name() string   { return b.name }
func (b *binding) Pos() uint32    { return b.pos }
func (b *binding) HasValue() bool { return b.value != nil }
func (b *binding) Settled() bool  { return b.value != nil || b.kind == bindParam }

func (a *analyzer) addMember(t *sitter.Node, b *binding) {
	if t == nil || b.name == "" {
		return
	}
	a.members[t] = scopes.Bind(a.members[t], b.name, b)
}

// collect creates scopes and records locals, parameters, loop variables,
// members of types, and assignments.
func (a *analyzer) collect(root *sitter.Node) {
	a.scopes = scopes.NewTree[*binding, struct{}](root, a.Up)
	var assigns []*sitter.Node
	tsnode.WalkIn(&a.Nav, root, a.scopes.Global, func(n *sitter.Node, s *scope) *scope {
		t := n.Type()
		if isType(n) {
			if name := field(n, "name"); name != nil {
				a.classes[a.Text(name)] = append(a.classes[a.Text(name)], n)
			}
			if t == "record_declaration" || t == "record_struct_declaration" {
				for _, c := range a.Kids(n) {
					if c.Type() == "parameter_list" {
						for _, p := range a.Kids(c) {
							if p.Type() == "parameter" {
								a.addMember(n, &binding{name: a.Text(field(p, "name")), typ: field(p, "type"), decl: field(p, "name"), pos: p.StartByte()})
							}
						}
					}
				}
			}
		}
		switch t {
		case "field_declaration", "event_field_declaration":
			if owner := a.enclosingTypes(n); len(owner) > 0 {
				for _, vd := range a.KidsOfType(n, "variable_declaration") {
					typ := field(vd, "type")
					for _, d := range a.Kids(vd) {
						if d.Type() == "variable_declarator" {
							a.addMember(owner[0], &binding{name: a.Text(field(d, "name")), value: a.declValue(d), typ: typ, decl: field(d, "name"), pos: d.StartByte()})
						}
					}
				}
			}
		case "property_declaration":
			if owner := a.enclosingTypes(n); len(owner) > 0 {
				v := field(n, "value")
				if v != nil && v.Type() == "arrow_expression_clause" && v.NamedChildCount() > 0 {
					v = v.NamedChild(0)
				}
				a.addMember(owner[0], &binding{name: a.Text(field(n, "name")), value: v, typ: field(n, "type"), decl: field(n, "name"), pos: n.StartByte()})
			}
		case "method_declaration":
			if owner := a.enclosingTypes(n); len(owner) > 0 {
				a.addMember(owner[0], &binding{name: a.Text(field(n, "name")), kind: bindFunc, value: n, decl: field(n, "name"), pos: n.StartByte()})
			}
		case "local_function_statement":
			s.Add(&binding{name: a.Text(field(n, "name")), kind: bindFunc, value: n, decl: field(n, "name"), pos: n.StartByte()})
		case "variable_declaration":
			if p := a.Up(n); p != nil && p.Type() != "field_declaration" && p.Type() != "event_field_declaration" {
				typ := field(n, "type")
				if typ != nil && typ.Type() == "implicit_type" {
					typ = nil
				}
				for _, d := range a.Kids(n) {
					if d.Type() == "variable_declarator" {
						s.Add(&binding{name: a.Text(field(d, "name")), value: a.declValue(d), typ: typ, decl: field(d, "name"), pos: d.StartByte()})
					}
				}
			}
		case "foreach_statement":
			left, right := field(n, "left"), field(n, "right")
			typ := field(n, "type")
			if typ != nil && typ.Type() == "implicit_type" {
				typ = nil
			}
			if left != nil && left.Type() == "identifier" {
				s.Add(&binding{name: a.Text(left), kind: bindIter, value: right, typ: typ, decl: left, pos: n.StartByte()})
			}
		case "from_clause":
			if name := field(n, "name"); name != nil {
				var coll *sitter.Node
				for _, c := range a.Kids(n) {
					if c != name && c.Type() != "predefined_type" {
						coll = c
					}
				}
				s.Add(&binding{name: a.Text(name), kind: bindIter, value: coll, typ: field(n, "type"), decl: name, pos: n.StartByte()})
			}
		case "assignment_expression":
			assigns = append(assigns, n)
		}
		if isFunction(n) {
			ns := a.scopes.Open(n, s)
			a.collectParams(n, ns)
			s = ns
		}
		return s
	})
	for _, n := range assigns {
		left, right := field(n, "left"), field(n, "right")
		if left == nil || right == nil || a.Operator(n) != "=" {
			continue
		}
		switch left.Type() {
		case "identifier":
			name := a.Text(left)
			found := false
			if s := a.scopes.Declaring(name, n); s != nil {
				s.Add(&binding{name: name, value: right, decl: left, pos: n.StartByte()})
				found = true
			}
			if !found {
				for _, t := range a.enclosingTypes(n) {
					if len(a.members[t][name]) > 0 {
						a.addMember(t, &binding{name: name, value: right, decl: left, pos: n.StartByte()})
						found = true
						break
					}
				}
			}
			if !found {
				// an initializer `{ BaseAddress = new Uri(...) }` or a member
				// of a base class: remembered by spelling only
				a.assigned[name] = append(a.assigned[name], right)
			}
		case "member_access_expression":
			if obj := a.memberObject(left); isThis(obj) {
				if ts := a.enclosingTypes(n); len(ts) > 0 {
					a.addMember(ts[0], &binding{name: a.memberName(left), value: right, decl: field(left, "name"), pos: n.StartByte()})
				}
			}
			a.assigned[a.Spelled(left)] = append(a.assigned[a.Spelled(left)], right)
		}
	}
}

// collectParams binds the parameters of a function in its scope.
func (a *analyzer) collectParams(fn *sitter.Node, s *scope) {
	params := a.FieldOr(fn, "parameters", "parameter_list")
	if params == nil {
		return
	}
	if params.Type() == "implicit_parameter" || params.Type() == "identifier" {
		s.Add(&binding{name: a.Text(params), kind: bindParam, fn: fn, index: 0, decl: params, pos: params.StartByte()})
		return
	}
	i := 0
	for _, p := range a.Kids(params) {
		switch p.Type() {
		case "parameter", "implicit_parameter":
			name := field(p, "name")
			if name == nil && p.Type() == "implicit_parameter" {
				name = p
			}
			var def *sitter.Node
			for _, c := range a.Kids(p) {
				if c.Type() == "equals_value_clause" && c.NamedChildCount() > 0 {
					def = c.NamedChild(0)
				}
			}
			if def == nil {
				def = field(p, "default_value")
			}
			s.Add(&binding{name: a.Text(name), kind: bindParam, fn: fn, index: i, typ: field(p, "type"), value: def, decl: name, pos: p.StartByte()})
			i++
		case "identifier":
			s.Add(&binding{name: a.Text(p), kind: bindParam, fn: fn, index: i, decl: p, pos: p.StartByte()})
			i++
		}
	}
}
