package csharp

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/origins"
)

// originUncached returns the URL IDs of the requests whose response n
// holds (the Flow's step for expressions).
func (a *analyzer) originUncached(n *sitter.Node, depth int) []int {
	switch n.Type() {
	case "parenthesized_expression", "await_expression", "postfix_unary_expression", "checked_expression":
		if n.NamedChildCount() > 0 {
			return a.flow.Of(n.NamedChild(0), depth+1)
		}
	case "cast_expression":
		return origins.Union(a.flow.Of(field(n, "value"), depth+1), a.dtoOrigins(field(n, "type")))
	case "as_expression":
		return origins.Union(a.flow.Of(field(n, "left"), depth+1), a.dtoOrigins(field(n, "right")))
	case "invocation_expression":
		return a.originCall(n, depth)
	case "object_creation_expression":
		o := append([]int(nil), a.URLAt[n]...)
		for _, arg := range a.args(n) {
			o = origins.Union(o, a.urlOfArg(arg))
		}
		return o
	case "identifier":
		var o []int
		for _, b := range a.lookup(a.Text(n), n) {
			o = origins.Union(o, a.flow.Bound(b, depth+1))
		}
		return o
	case "member_access_expression":
		obj := unwrap(a.memberObject(n))
		var o []int
		if obj != nil && !isThis(obj) {
			o = a.flow.Of(obj, depth+1)
		}
		if obj == nil || isThis(obj) || obj.Type() == "identifier" && len(a.lookup(a.Text(obj), obj)) == 0 {
			for _, t := range a.ownersOf(n, obj) {
				for _, b := range a.members[t][a.memberName(n)] {
					o = origins.Union(o, a.flow.Bound(b, depth+1))
				}
			}
		}
		return o
	case "element_access_expression":
		return a.flow.Of(field(n, "expression"), depth+1)
	case "conditional_access_expression":
		return a.flow.Of(field(n, "condition"), depth+1)
	case "member_binding_expression", "element_binding_expression":
		if c := a.conditionOf(n); c != nil {
			return a.flow.Of(c, depth+1)
		}
	case "conditional_expression":
		return origins.Union(a.flow.Of(field(n, "consequence"), depth+1), a.flow.Of(field(n, "alternative"), depth+1))
	case "binary_expression":
		if op := a.Operator(n); op == "??" {
			return origins.Union(a.flow.Of(field(n, "left"), depth+1), a.flow.Of(field(n, "right"), depth+1))
		}
	case "query_expression":
		for _, c := range a.Kids(n) {
			if c.Type() == "from_clause" && c.NamedChildCount() > 0 {
				return a.flow.Of(c.NamedChild(int(c.NamedChildCount())-1), depth+1)
			}
		}
	}
	return nil
}

// ownersOf returns the types whose members `this.X`, `X` or `Class.X` may
// name.
func (a *analyzer) ownersOf(n, obj *sitter.Node) []*sitter.Node {
	if obj == nil || isThis(obj) {
		return a.enclosingTypes(n)
	}
	if obj.Type() == "identifier" {
		return a.classes[a.Text(obj)]
	}
	return nil
}

// conditionOf returns the receiver of `?.x` / `?["x"]`.
func (a *analyzer) conditionOf(n *sitter.Node) *sitter.Node {
	for p := a.Up(n); p != nil; p = a.Up(p) {
		if p.Type() == "conditional_access_expression" {
			return field(p, "condition")
		}
	}
	return nil
}

func (a *analyzer) originCall(n *sitter.Node, depth int) []int {
	o := append([]int(nil), a.URLAt[n]...)
	args := a.args(n)
	for _, arg := range args {
		o = origins.Union(o, a.urlOfArg(arg))
	}
	f := unwrap(field(n, "function"))
	recvOrigin := false
	if f != nil && f.Type() == "member_access_expression" {
		obj := unwrap(a.memberObject(f))
		if obj != nil && !isThis(obj) {
			ro := a.flow.Of(obj, depth+1)
			o = origins.Union(o, ro)
			recvOrigin = len(ro) > 0
		}
	}
	if f != nil {
		if g := genericOf(f); g != nil {
			o = origins.Union(o, a.dtoOrigins(g)) // x.Get<Form>(), Execute<Form>(req): a Form
		}
	}
	if f != nil && f.Type() == "conditional_access_expression" {
		o = origins.Union(o, a.flow.Of(field(f, "condition"), depth+1))
	}
	if !recvOrigin {
		for _, arg := range args {
			if isFunction(unwrap(arg)) {
				continue
			}
			o = origins.Union(o, a.flow.Of(arg, depth+1))
		}
	}
	if fn := a.calleeFunction(n); fn != nil {
		o = origins.Union(o, a.flow.Returned(fn, depth+1))
	}
	return o
}

// urlOfArg returns the URL IDs emitted for an argument or for the
// definition of the variable it names.
func (a *analyzer) urlOfArg(arg *sitter.Node) []int {
	return a.URLAt.Of(unwrap(arg), func(id *sitter.Node) (*sitter.Node, bool) {
		if b := pick(a.lookup(a.Text(id), id), id.StartByte()); b != nil && b.kind == bindValue && b.value != nil {
			return unwrap(b.value), true
		}
		return nil, false
	})
}

// returnOriginUncached is the Flow's step for what function fn returns.
func (a *analyzer) returnOriginUncached(fn *sitter.Node, depth int) []int {
	var o []int
	if body := field(fn, "body"); body != nil && body.Type() != "block" && body.Type() != "arrow_expression_clause" {
		o = a.flow.Of(body, depth+1) // lambda expression body
	} else {
		a.Nav.Returns(fn, isFunction, func(v *sitter.Node) {
			o = origins.Union(o, a.flow.Of(v, depth+1))
		}, "return_statement", "arrow_expression_clause")
	}
	o = origins.Union(o, a.dtoOrigins(field(fn, "returns")))
	o = origins.Union(o, a.dtoOrigins(field(fn, "type")))
	return o
}

// bindingOriginUncached is the Flow's step for the value b gives its
// name.
func (a *analyzer) bindingOriginUncached(b *binding, depth int) []int {
	var o []int
	switch b.kind {
	case bindValue, bindIter:
		o = a.flow.Of(b.value, depth+1)
	case bindParam:
		o = a.paramOrigin(b.fn, b.index, depth+1)
	}
	if len(o) == 0 && copiedValue(b.value) {
		// a value copied from elsewhere (`Form f = model.Current`) is not
		// a response of this file's requests for being typed with a
		// response class; typed with a class of another file, it holds
		// what that type describes (a "T{}" origin: the repository pass
		// knows whether the type is a Kobo response's shape)
		return origins.Union(a.localDTOOrigins(b.typ), a.foreignOrigins(b.typ))
	}
	o = origins.Union(o, a.dtoOrigins(b.typ))
	return o
}

// copiedValue reports a value read from a variable, a member or an
// element, or a literal.
func copiedValue(v *sitter.Node) bool {
	v = unwrap(v)
	if v == nil {
		return false
	}
	switch v.Type() {
	case "identifier", "member_access_expression", "element_access_expression", "string_literal",
		"integer_literal", "null_literal", "object_creation_expression", "implicit_object_creation_expression":
		return true
	}
	return false
}

// localDTOOrigins is dtoOrigins without the classes of other files.
func (a *analyzer) localDTOOrigins(t *sitter.Node) []int {
	if t == nil || a.dto == nil {
		return nil
	}
	var o []int
	for _, name := range a.typeNames(t) {
		for _, d := range a.dto.byName[name] {
			o = origins.Union(o, a.originOf(d))
		}
	}
	return o
}

// paramOrigin gives lambda parameters the origin of the collection a LINQ
// or List method runs them over (forms.Select(f => ...), forms.ForEach).
func (a *analyzer) paramOrigin(fn *sitter.Node, index int, depth int) []int {
	if fn == nil || (fn.Type() != "lambda_expression" && fn.Type() != "anonymous_method_expression") {
		return nil
	}
	p, _ := a.ParentSkipping(fn)
	if p == nil || p.Type() != "argument" {
		return nil
	}
	al := a.Up(p)
	if al == nil {
		return nil
	}
	call := a.Up(al)
	if call == nil || call.Type() != "invocation_expression" {
		return nil
	}
	if ids := a.URLAt[call]; len(ids) > 0 {
		return ids
	}
	f := unwrap(field(call, "function"))
	if f == nil {
		return nil
	}
	switch f.Type() {
	case "member_access_expression":
		obj := unwrap(a.memberObject(f))
		if obj != nil && obj.Type() == "identifier" && len(a.lookup(a.Text(obj), obj)) == 0 {
			// Enumerable.Where(list, f), Parallel.ForEach(list, f)
			if args := a.args(call); len(args) > 0 {
				return a.flow.Of(args[0], depth+1)
			}
			return nil
		}
		return a.flow.Of(obj, depth+1)
	case "conditional_access_expression":
		return a.flow.Of(field(f, "condition"), depth+1)
	}
	return nil
}

// dtoOrigins returns the origins of the DTO classes a type names (see
// originOf), and of the classes of other files it names (foreignOrigins).
func (a *analyzer) dtoOrigins(t *sitter.Node) []int {
	if t == nil || a.dto == nil {
		return nil
	}
	return origins.Union(a.localDTOOrigins(t), a.foreignOrigins(t))
}
