package csharp

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// Decodes: where a response body becomes a value. A typed decoder
// (DeserializeObject<List<Form>>, ReadFromJsonAsync<T>, RestSharp's
// Execute<T>) is an ir.Decode no suffix can fix (the type must change),
// read as a list when its type is a collection; JToken.Parse and
// DeserializeObject<dynamic> give a value whose page items are read by
// appending ["results"]; JArray.Parse is a list.

// pageResults reads a page's items after a JSON object value.
func pageResults() string { return `["` + names.PageItems() + `"]` }

// Generic collection types: a body decoded into one is read as a list.
var listTypes = map[string]bool{
	"List": true, "IList": true, "IEnumerable": true, "ICollection": true, "IReadOnlyList": true,
	"IReadOnlyCollection": true, "ObservableCollection": true, "Collection": true, "HashSet": true,
	"ISet": true, "JArray": true, "Array": true, "BindingList": true,
}

// Members and LINQ methods that read a value as a list.
var listMembers = map[string]bool{
	"Count": true, "Length": true, "Select": true, "Where": true, "First": true, "FirstOrDefault": true,
	"Last": true, "LastOrDefault": true, "Any": true, "All": true, "ToList": true, "ToArray": true,
	"ForEach": true, "OrderBy": true, "OrderByDescending": true, "Single": true, "SingleOrDefault": true,
	"Skip": true, "Take": true, "GroupBy": true, "ElementAt": true, "Sum": true, "Max": true, "Min": true,
	"Contains": true, "Find": true, "FindAll": true, "Exists": true, "SelectMany": true, "Cast": true,
	"OfType": true, "AsEnumerable": true, "Children": true,
}

// Parsers whose result is a JToken: a page's items are its ["results"],
// a JToken too, so the code around keeps working. (JObject.Parse is no
// such decode: the suffix would turn the JObject into a JToken.)
var tokenParsers = map[string]bool{"JToken.Parse": true, "JToken.Load": true, "JToken.ReadFrom": true}

func (a *analyzer) decodes() {
	for _, call := range a.Calls {
		if call.Type() != "invocation_expression" {
			continue
		}
		f := unwrap(field(call, "function"))
		if f == nil {
			continue
		}
		var results string
		var asList bool
		switch spelled := a.Spelled(f); {
		case tokenParsers[spelled]:
			results = pageResults()
		case spelled == "JObject.Parse" || spelled == "JObject.Load":
		case spelled == "JArray.Parse" || spelled == "JArray.Load":
			asList = true
		default:
			g := genericOf(f)
			if g == nil || !isDecodeMethod(a.memberNameOfGeneric(g)) {
				continue
			}
			ta := a.typeArgs(g)
			switch {
			case a.listTypeNode(ta):
				asList = true
			case a.jsonObjectType(ta):
				results = pageResults()
			}
		}
		var o []int
		for _, x := range origins.Strip(a.flow.Of(call, 0)) {
			if x >= 0 && !a.dto.IsResult(x) {
				o = append(o, x)
			}
		}
		if len(o) == 0 {
			continue
		}
		a.IR.Decodes = append(a.IR.Decodes, ir.Decode{
			Span: tsnode.Span(call), Origin: o, Results: results,
			AsList: asList || a.usedAsList(call, 0),
		})
	}
}

// genericOf is the generic name a call calls (x.M<T>, M<T>), or nil.
func genericOf(f *sitter.Node) *sitter.Node {
	switch f.Type() {
	case "member_access_expression":
		if g := field(f, "name"); g != nil && g.Type() == "generic_name" {
			return g
		}
	case "generic_name":
		return f
	}
	return nil
}

// typeArgs is the type argument list of a generic name.
func (a *analyzer) typeArgs(g *sitter.Node) *sitter.Node {
	for _, c := range a.Kids(g) {
		if c.Type() == "type_argument_list" {
			return c
		}
	}
	return nil
}

// listTypeNode reports a type (or the first of a type argument list) that
// is a collection: T[], List<T>, IEnumerable<T>, JArray.
func (a *analyzer) listTypeNode(t *sitter.Node) bool {
	for i := 0; t != nil && i < 8; i++ {
		switch t.Type() {
		case "type_argument_list", "nullable_type":
			if t.NamedChildCount() == 0 {
				return false
			}
			t = t.NamedChild(0)
		case "array_type":
			return true
		case "generic_name":
			return listTypes[a.memberNameOfGeneric(t)]
		case "identifier":
			return listTypes[a.Text(t)]
		case "qualified_name":
			n := a.Text(t)
			if i := strings.LastIndexByte(n, '.'); i >= 0 {
				n = n[i+1:]
			}
			return listTypes[n]
		default:
			return false
		}
	}
	return false
}

// jsonObjectType reports a type argument that keeps the JSON as a value
// read by key whose ["results"] has the same type: dynamic, JToken.
func (a *analyzer) jsonObjectType(ta *sitter.Node) bool {
	if ta == nil || ta.NamedChildCount() == 0 {
		return false
	}
	switch a.Text(ta.NamedChild(0)) {
	case "dynamic", "JToken", "Newtonsoft.Json.Linq.JToken":
		return true
	}
	return false
}

// usedAsList reports that the value of v is used as a list: counted,
// indexed by a number, iterated by foreach or LINQ, or held by a variable
// that is. RestSharp's .Data and a task's .Result keep the value.
func (a *analyzer) usedAsList(v *sitter.Node, depth int) bool {
	if v == nil || depth > 6 {
		return false
	}
	top := v
	for i := 0; i < 16; i++ {
		p := a.Up(top)
		if p == nil {
			break
		}
		if keepsValue.Climb[p.Type()] {
			top = p
			continue
		}
		if p.Type() == "member_access_expression" && a.memberObject(p) == top && (a.memberName(p) == "Data" || a.memberName(p) == "Result") {
			top = p
			continue
		}
		break
	}
	p := a.Up(top)
	if p == nil {
		return false
	}
	switch p.Type() {
	case "member_access_expression":
		return a.memberObject(p) == top && listMembers[a.memberName(p)]
	case "element_access_expression":
		if field(p, "expression") != top {
			return false
		}
		return a.numericSubscript(field(p, "subscript"))
	case "foreach_statement":
		return field(p, "right") == top
	case "equals_value_clause", "variable_declarator":
		d := p
		if p.Type() == "equals_value_clause" {
			d = a.Up(p)
		}
		if d == nil || d.Type() != "variable_declarator" {
			return false
		}
		if vd := a.Up(d); vd != nil && a.listTypeNode(field(vd, "type")) {
			return true
		}
		return a.nameUsedAsList(field(d, "name"), depth)
	case "assignment_expression":
		if field(p, "right") != top {
			return false
		}
		if l := field(p, "left"); l != nil && l.Type() == "identifier" {
			return a.nameUsedAsList(l, depth)
		}
	case "argument":
		// Enumerable.Count(x), string.Join(",", x) are rare; a foreach
		// over a helper's result is not followed
	}
	return false
}

// nameUsedAsList reports that a read of the local declared at decl, in
// the function it belongs to, uses its value as a list.
func (a *analyzer) nameUsedAsList(decl *sitter.Node, depth int) bool {
	if decl == nil {
		return false
	}
	name := a.Text(decl)
	s := a.scopes.Of(decl)
	found := false
	a.Nav.Walk(s.Node, func(n *sitter.Node) {
		if found || n == decl || n.Type() != "identifier" || n.StartByte() < decl.EndByte() || a.Text(n) != name {
			return
		}
		if p := a.Up(n); p != nil && p.Type() == "member_access_expression" && field(p, "name") == n {
			return // x.name, not the local
		}
		found = a.usedAsList(n, depth+1)
	})
	return found
}

// numericSubscript reports `[0]` or `[i]` with a number or an int local.
func (a *analyzer) numericSubscript(list *sitter.Node) bool {
	for _, c := range a.Kids(list) {
		if c.Type() != "argument" || c.NamedChildCount() == 0 {
			continue
		}
		x := unwrap(c.NamedChild(int(c.NamedChildCount()) - 1))
		switch x.Type() {
		case "integer_literal":
			return true
		case "identifier":
			if b := pick(a.lookup(a.Text(x), x), x.StartByte()); b != nil {
				if b.typ != nil && a.Text(b.typ) == "int" {
					return true
				}
				if v := unwrap(b.value); v != nil && v.Type() == "integer_literal" {
					return true
				}
			}
		}
		return false
	}
	return false
}
