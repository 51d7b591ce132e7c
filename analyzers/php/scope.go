package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/scopes"
	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
)

type bindKind uint8

const (
	bindValue  bindKind = iota // $x = value (also a property, a constant)
	bindAppend                 // $x .= value: the value before, then value
	bindParam                  // a parameter (value = its default, if any)
	bindIter                   // foreach ($value as $x): an element of value
	bindKey                    // foreach ($value as $k => ...): a key
	bindUse                    // function () use ($x): $x of the enclosing scope
	bindGlobal                 // global $x: $x of the file
	bindFunc                   // a method (value = its declaration)
)

// binding is one place where a name receives a value.
type binding struct {
	name  string
	kind  bindKind
	pos   uint32
	value *sitter.Node
	fn    *sitter.Node // parameter: its function; use: the closure
	index int          // parameter: its position
	decl  *sitter.Node
	// ctor marks a property assigned in a constructor.
	ctor bool
}

// Name, Pos, HasValue and Settled make *binding a scopes.Binding and
// scopes.Named.
func (b *binding) Name() string   { return b.name }
func (b *binding) Pos() uint32    { return b.pos }
func (b *binding) HasValue() bool { return b.value != nil }
func (b *binding) Settled() bool  { return b.value != nil || b.kind != bindValue }

// scope holds the variables of one function body (or of the file). PHP
// functions do not see the variables around them (Closed): only arrow
// functions do, and closures see the names they `use`.
type scope = scopes.Scope[*binding, reads]

// reads lists where each variable of a scope is read, for following a
// value to its uses (is a decoded response used as a list?).
type reads map[string][]*sitter.Node

// pick chooses the binding in effect at pos (see scopes.Pick).
func pick(bs []*binding, pos uint32) *binding { return scopes.Pick(bs, pos) }

// pickBefore chooses the binding in effect just before pos (strictly).
func pickBefore(bs []*binding, pos uint32) *binding {
	var best *binding
	for _, b := range bs {
		if b.pos < pos && b.Settled() {
			best = b
		}
	}
	return best
}

// class is what the file declares of one class.
type class struct {
	node    *sitter.Node
	name    string
	parent  string
	members map[string][]*binding
}

// Member keys: properties, constants and methods live in separate
// namespaces in PHP.
func propKey(name string) string   { return "p:" + strings.TrimPrefix(name, "$") }
func constKey(name string) string  { return "c:" + name }
func methodKey(name string) string { return "m:" + strings.ToLower(name) }

func (c *class) add(key string, b *binding) {
	if c != nil {
		c.members = scopes.Bind(c.members, key, b)
	}
}

// enclosingClass returns the class around n, or nil.
func (a *analyzer) enclosingClass(n *sitter.Node) *class {
	for p := a.Up(n); p != nil; p = a.Up(p) {
		if isClass(p) {
			return a.classAt[p]
		}
		if p.Type() == "declaration_list" {
			if q := a.Up(p); q != nil && q.Type() == "object_creation_expression" {
				return nil // the body of an anonymous class
			}
		}
	}
	return nil
}

// classNamed resolves self, static, parent and the file's own class names.
func (a *analyzer) classNamed(name string, at *sitter.Node) []*class {
	switch strings.ToLower(name) {
	case "self", "static":
		if c := a.enclosingClass(at); c != nil {
			return []*class{c}
		}
		return nil
	case "parent":
		if c := a.enclosingClass(at); c != nil && c.parent != "" {
			return a.classes[strings.ToLower(c.parent)]
		}
		return nil
	}
	return a.classes[strings.ToLower(lastName(name))]
}

// member finds the bindings of a member key in c and the classes it
// extends in this file.
func (a *analyzer) member(c *class, key string) []*binding {
	for i := 0; c != nil && i < 16; i++ {
		if bs := c.members[key]; len(bs) > 0 {
			return bs
		}
		ps := a.classes[strings.ToLower(c.parent)]
		if len(ps) == 0 || ps[0] == c {
			return nil
		}
		c = ps[0]
	}
	return nil
}

// propValue is the value a property holds as far as the file tells: what
// the constructor assigns, else its initializer, else the first
// assignment elsewhere.
func propValue(bs []*binding) *binding {
	var init, other *binding
	for i := len(bs) - 1; i >= 0; i-- {
		b := bs[i]
		if b.value == nil || b.kind != bindValue {
			continue
		}
		if b.ctor {
			return b
		}
		if b.decl != nil && b.decl.Type() == "property_element" || b.decl != nil && b.decl.Type() == "const_element" {
			init = b
		} else {
			other = b
		}
	}
	if init != nil {
		return init
	}
	return other
}

// collect creates scopes and records variables, parameters, loop
// variables, classes and their members, functions and constants.
func (a *analyzer) collect(root *sitter.Node) {
	a.scopes = scopes.NewTree[*binding, reads](root, a.Up)
	var walk func(n *sitter.Node, s *scope, cls *class, depth int)
	walk = func(n *sitter.Node, s *scope, cls *class, depth int) {
		if depth > tsfront.MaxDepth {
			return
		}
		switch t := n.Type(); t {
		case "class_declaration", "trait_declaration", "interface_declaration", "enum_declaration":
			c := &class{node: n, name: a.Text(field(n, "name"))}
			for _, k := range a.Kids(n) {
				if k.Type() == "base_clause" && k.NamedChildCount() > 0 {
					c.parent = lastName(a.Text(k.NamedChild(0)))
				}
			}
			a.classAt[n] = c
			if c.name != "" {
				key := strings.ToLower(c.name)
				a.classes[key] = append(a.classes[key], c)
			}
			cls = c
		case "object_creation_expression":
			// an anonymous class has members of its own
			for _, k := range a.Kids(n) {
				if k.Type() == "declaration_list" {
					cls = nil
				}
			}
		case "const_declaration":
			for _, el := range a.KidsOfType(n, "const_element") {
				name, value := a.constElement(el)
				b := &binding{name: name, value: value, decl: el, pos: el.StartByte()}
				if cls != nil && a.EnclosingFunction(n) == nil {
					cls.add(constKey(name), b)
				} else {
					a.consts[name] = append(a.consts[name], b)
				}
			}
		case "property_declaration":
			for _, el := range a.KidsOfType(n, "property_element") {
				var value *sitter.Node
				for _, k := range a.Kids(el) {
					if k.Type() == "property_initializer" && k.NamedChildCount() > 0 {
						value = k.NamedChild(0)
					}
				}
				if vn := a.firstOfType(el, "variable_name"); vn != nil {
					cls.add(propKey(a.Text(vn)), &binding{name: a.Text(vn), value: value, decl: el, pos: el.StartByte()})
				}
			}
		case "method_declaration":
			cls.add(methodKey(a.Text(field(n, "name"))), &binding{name: a.Text(field(n, "name")), kind: bindFunc, value: n, decl: n, pos: n.StartByte()})
		case "function_definition":
			name := strings.ToLower(a.Text(field(n, "name")))
			a.funcs[name] = append(a.funcs[name], n)
		case "function_call_expression":
			// define('NAME', value)
			if a.callName(n) == "define" {
				if args := a.args(n); len(args) >= 2 {
					if name, ok := a.constString(args[0]); ok && name != "" {
						a.consts[name] = append(a.consts[name], &binding{name: name, value: args[1], decl: n, pos: n.StartByte()})
					}
				}
			}
		case "assignment_expression", "augmented_assignment_expression", "reference_assignment_expression":
			a.collectAssign(n, s, cls)
		case "foreach_statement":
			a.collectForeach(n, s)
		case "global_declaration":
			for _, v := range a.Kids(n) {
				if v.Type() == "variable_name" {
					s.Add(&binding{name: a.Text(v), kind: bindGlobal, decl: v, pos: n.StartByte()})
				}
			}
		case "variable_name":
			if p := a.Up(n); p == nil || !a.isWriteTarget(n) {
				s.Data[a.Text(n)] = append(s.Data[a.Text(n)], n)
			}
		}
		if isFunction(n) {
			ns := a.scopes.Open(n, s)
			ns.Closed, ns.Data = n.Type() != "arrow_function", reads{}
			a.collectParams(n, ns)
			s = ns
		}
		for _, c := range a.Kids(n) {
			walk(c, s, cls, depth+1)
		}
	}
	a.scopes.Global.Data = reads{}
	walk(root, a.scopes.Global, nil, 0)
}

// firstOfType is the first named child of n of type t.
func (a *analyzer) firstOfType(n *sitter.Node, t string) *sitter.Node {
	for _, k := range a.Kids(n) {
		if k.Type() == t {
			return k
		}
	}
	return nil
}

// constElement returns the name and value of `NAME = value`.
func (a *analyzer) constElement(el *sitter.Node) (string, *sitter.Node) {
	var name string
	var value *sitter.Node
	for _, k := range a.Kids(el) {
		if k.Type() == "name" && name == "" {
			name = a.Text(k)
			continue
		}
		value = k
	}
	return name, value
}

// isWriteTarget reports a variable or access being assigned (not read).
func (a *analyzer) isWriteTarget(n *sitter.Node) bool {
	p := a.Up(n)
	if p == nil {
		return false
	}
	switch p.Type() {
	case "assignment_expression", "reference_assignment_expression":
		return field(p, "left") == n
	case "list_literal", "unset_statement":
		return true
	case "update_expression":
		return true
	case "array_element_initializer":
		// [$a, $b] = ... destructuring
		if q := a.Up(p); q != nil && q.Type() == "array_creation_expression" {
			if r := a.Up(q); r != nil && r.Type() == "assignment_expression" && field(r, "left") == q {
				return true
			}
		}
	}
	return false
}

// collectAssign records `$x = v`, `$x .= v`, `$this->p = v` and
// `self::$p = v`.
func (a *analyzer) collectAssign(n *sitter.Node, s *scope, cls *class) {
	left, right := field(n, "left"), field(n, "right")
	if left == nil || right == nil {
		return
	}
	kind := bindValue
	switch n.Type() {
	case "augmented_assignment_expression":
		if a.Operator(n) != ".=" {
			s.Add(&binding{name: a.varName(left), kind: bindValue, decl: left, pos: n.EndByte()})
			return
		}
		kind = bindAppend
	}
	switch left.Type() {
	case "variable_name":
		s.Add(&binding{name: a.Text(left), kind: kind, value: right, decl: left, pos: n.EndByte()})
	case "member_access_expression", "nullsafe_member_access_expression":
		if a.isThis(receiver(left)) && kind == bindValue {
			if name := a.memberName(left); name != "" {
				fn := a.EnclosingFunction(n)
				ctor := fn != nil && fn.Type() == "method_declaration" && strings.EqualFold(a.Text(field(fn, "name")), "__construct")
				cls.add(propKey(name), &binding{name: name, value: right, decl: left, pos: n.EndByte(), ctor: ctor})
			}
		}
	case "scoped_property_access_expression":
		if strings.EqualFold(a.scopeName(left), "self") || strings.EqualFold(a.scopeName(left), "static") {
			if vn := field(left, "name"); vn != nil && kind == bindValue {
				cls.add(propKey(a.Text(vn)), &binding{name: a.Text(vn), value: right, decl: left, pos: n.EndByte()})
			}
		}
	}
}

// collectForeach binds the value (and key) variables of a foreach loop.
func (a *analyzer) collectForeach(n *sitter.Node, s *scope) {
	ks := a.Kids(n)
	if len(ks) < 2 {
		return
	}
	coll, target := ks[0], ks[1]
	pos := target.EndByte()
	if target.Type() == "pair" {
		pk := a.Kids(target)
		if len(pk) == 2 {
			if name := a.varName(pk[0]); name != "" {
				s.Add(&binding{name: name, kind: bindKey, value: coll, decl: pk[0], pos: pos})
			}
			target = pk[1]
		}
	}
	if target.Type() == "by_ref" && target.NamedChildCount() > 0 {
		target = target.NamedChild(0)
	}
	if name := a.varName(target); name != "" {
		s.Add(&binding{name: name, kind: bindIter, value: coll, decl: target, pos: pos})
	}
}

// collectParams binds the parameters of a function, and the names a
// closure takes from the enclosing scope.
func (a *analyzer) collectParams(fn *sitter.Node, s *scope) {
	i := 0
	for _, p := range a.Kids(field(fn, "parameters")) {
		switch p.Type() {
		case "simple_parameter", "variadic_parameter", "property_promotion_parameter":
			name := field(p, "name")
			if name == nil {
				name = a.firstOfType(p, "variable_name")
			}
			if name == nil {
				continue
			}
			s.Add(&binding{name: a.Text(name), kind: bindParam, fn: fn, index: i, value: field(p, "default_value"), decl: name, pos: fn.StartByte()})
			if p.Type() == "property_promotion_parameter" {
				if c := a.enclosingClass(fn); c != nil {
					c.add(propKey(a.Text(name)), &binding{name: a.Text(name), kind: bindParam, fn: fn, index: i, decl: name, pos: fn.StartByte()})
				}
			}
			i++
		}
	}
	for _, k := range a.KidsOfType(fn, "anonymous_function_use_clause") {
		for _, v := range a.Kids(k) {
			if v.Type() == "by_ref" && v.NamedChildCount() > 0 {
				v = v.NamedChild(0)
			}
			if v.Type() == "variable_name" {
				s.Add(&binding{name: a.Text(v), kind: bindUse, fn: fn, decl: v, pos: fn.StartByte()})
			}
		}
	}
}

// paramIndex maps fn's parameter names to their positions.
func (a *analyzer) paramIndex(fn *sitter.Node) map[string]int {
	return a.scopes.Params(fn, func(b *binding) (int, bool) { return b.index, b.kind == bindParam && b.fn == fn })
}
