package js

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// typeDecl is a TypeScript declaration of an object shape: an interface, a
// type alias of an object type, or a class made only of typed fields.
type typeDecl struct {
	name, qual string
	props      []*sitter.Node // property_signature / public_field_definition
	at         ir.Span        // the declared name
}

// typeIndex knows the object types of the file and which requests' results
// are declared, cast or annotated with them.
type typeIndex struct {
	decls   []*typeDecl
	byName  map[string][]*typeDecl
	origins map[*typeDecl][]int
	// decoded are the types of this file's and other files' decodes.
	origins.Decoded
}

// collectTypes indexes the object types declared in the file, by simple and
// namespace-qualified name.
func (a *analyzer) collectTypes(root *sitter.Node) *typeIndex {
	ti := &typeIndex{byName: map[string][]*typeDecl{}, origins: map[*typeDecl][]int{}, Decoded: origins.NewDecoded()}
	tsnode.WalkIn(&a.Nav, root, "", func(n *sitter.Node, ns string) string {
		switch n.Type() {
		case "internal_module", "module":
			if name := field(n, "name"); name != nil {
				q := a.Text(name)
				if ns != "" {
					q = ns + "." + q
				}
				ns = q
			}
		case "interface_declaration":
			a.addDecl(ti, ns, field(n, "name"), field(n, "body"))
		case "type_alias_declaration":
			a.addDecl(ti, ns, field(n, "name"), field(n, "value"))
		case "class_declaration", "abstract_class_declaration":
			if body := a.classBodyOf(n); body != nil && a.dataClass(body) {
				a.addDecl(ti, ns, field(n, "name"), body)
			}
		}
		return ns
	})
	return ti
}

// dataClass reports a class body made only of fields without initialisers
// (a DTO), as opposed to a component or service with state and methods.
func (a *analyzer) dataClass(body *sitter.Node) bool {
	fields := 0
	for _, m := range a.Kids(body) {
		switch m.Type() {
		case "public_field_definition":
			if field(m, "value") != nil {
				return false
			}
			fields++
		case "comment", "decorator":
		default:
			return false
		}
	}
	return fields > 0
}

func (a *analyzer) addDecl(ti *typeIndex, ns string, name, body *sitter.Node) {
	if name == nil || body == nil {
		return
	}
	d := &typeDecl{name: a.Text(name), at: tsnode.Span(name)}
	d.qual = d.name
	if ns != "" {
		d.qual = ns + "." + d.name
	}
	var props func(n *sitter.Node, depth int)
	props = func(n *sitter.Node, depth int) {
		if depth > 64 {
			return
		}
		for _, c := range a.Kids(n) {
			switch c.Type() {
			case "property_signature", "public_field_definition":
				d.props = append(d.props, c)
				// nested object types describe nested response objects
				if t := field(c, "type"); t != nil {
					props(t, depth+1)
				}
			case "object_type", "interface_body", "class_body", "intersection_type", "union_type",
				"parenthesized_type", "array_type", "type_annotation", "generic_type", "type_arguments":
				props(c, depth+1)
			}
		}
	}
	props(body, 0)
	if len(d.props) == 0 {
		return
	}
	ti.decls = append(ti.decls, d)
	ti.byName[d.name] = append(ti.byName[d.name], d)
	if d.qual != d.name {
		ti.byName[d.qual] = append(ti.byName[d.qual], d)
	}
}

// typeNames lists the type names a type expression mentions.
func (a *analyzer) typeNames(t *sitter.Node) []string {
	return a.TypeNames(t, func(n *sitter.Node) (string, bool) {
		switch n.Type() {
		case "type_identifier":
			return a.Text(n), false
		case "nested_type_identifier":
			return a.Spelled(n), true
		case "object_type":
			return "", false
		}
		return "", true
	})
}

func (ti *typeIndex) add(names []string, o []int) bool {
	o = known(o)
	if len(o) == 0 {
		return false
	}
	changed := false
	for _, nm := range names {
		ti.Link(nm, o)
		for _, d := range ti.byName[nm] {
			before := len(ti.origins[d])
			ti.origins[d] = origins.Union(ti.origins[d], o)
			if len(ti.origins[d]) != before {
				changed = true
			}
		}
	}
	return changed
}

// typeUses links types to requests: type arguments of a call with a URL
// (axios.get<T>(url), getJSON<T>(url)), casts (`as T`), annotated
// declarations and return types. Then the types of properties inherit the
// origins of their containers.
func (a *analyzer) typeUses(root *sitter.Node) {
	ti := a.types
	a.Nav.Walk(root, func(n *sitter.Node) {
		switch n.Type() {
		case "call_expression":
			if ta := field(n, "type_arguments"); ta != nil {
				ti.add(a.typeNames(ta), a.origin(n, 0))
			}
		case "as_expression", "satisfies_expression":
			if c := int(n.NamedChildCount()); c >= 2 {
				ti.add(a.typeNames(n.NamedChild(c-1)), a.origin(n.NamedChild(0), 0))
			}
		case "type_assertion":
			if c := int(n.NamedChildCount()); c >= 2 {
				ti.add(a.typeNames(n.NamedChild(0)), a.origin(n.NamedChild(c-1), 0))
			}
		case "variable_declarator":
			if t, v := field(n, "type"), field(n, "value"); t != nil && v != nil {
				ti.add(a.typeNames(t), a.origin(v, 0))
			}
		case "public_field_definition":
			if t, v := field(n, "type"), field(n, "value"); t != nil && v != nil {
				ti.add(a.typeNames(t), a.origin(v, 0))
			}
		}
		if isFunction(n) {
			if rt := field(n, "return_type"); rt != nil {
				ti.add(a.typeNames(rt), a.flow.Returned(n, 0))
			}
		}
	})
	for round := 0; round < 16; round++ {
		changed := false
		for _, d := range ti.decls {
			o := ti.origins[d]
			if len(o) == 0 {
				continue
			}
			for _, p := range d.props {
				if ti.add(a.typeNames(field(p, "type")), o) {
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
}

// emitTypeFields emits every property of the declared object types as a
// FieldDecl: the engine decides whether the type decodes Kobo responses.
//
// A type no request of this file is linked to has as origin what another
// file decodes into it, if any (origins.TypeResult; filled by the
// repository pass); with none, the engine judges its members by the
// file's context, as it does reads of unknown origin. When the file makes
// requests and links none of its types to them, a type may also hold
// "some response of this file" (ir.OriginFile). Inputs (…Props,
// …Options) get no origin.
func (a *analyzer) emitTypeFields() {
	ti := a.types
	linked, requests := false, false
	for _, d := range ti.decls {
		linked = linked || len(ti.origins[d]) > 0
	}
	for _, u := range a.IR.URLs {
		requests = requests || u.Role == ir.RoleRequest && !u.Comment
	}
	for _, d := range ti.decls {
		o := ti.origins[d]
		if len(o) == 0 && !inputType(d.name) {
			o = []int{a.types.Result(&a.B, d.qual, d.at)}
			if !linked && requests {
				o = origins.Union(o, []int{ir.OriginFile})
			}
		}
		for _, p := range d.props {
			name := field(p, "name")
			if name == nil {
				continue
			}
			nm, ok := a.propName(name)
			if !ok || nm == "" {
				continue
			}
			span, raw := a.nameSpan(name)
			a.IR.Fields = append(a.IR.Fields, ir.FieldRead{
				Name: nm, Span: span, Kind: ir.FieldDecl, Raw: raw, Origin: o, Receiver: d.qual,
				Type: a.scalarType(field(p, "type")),
			})
		}
	}
}

// requestOrigins returns the request origins of the types a type
// expression names, without the "some response" fallback: a value merely
// typed with a local interface is not known to be a response.
func (ti *typeIndex) requestOrigins(a *analyzer, t *sitter.Node) []int {
	if t == nil {
		return nil
	}
	var o []int
	for _, nm := range a.typeNames(t) {
		for _, d := range ti.byName[nm] {
			o = origins.Union(o, ti.origins[d])
		}
	}
	return o
}

// foreignOrigins is the origin of a value typed with types this file does
// not declare (imported, or ambient in a .d.ts): what another file
// decodes into them, through the repository pass (origins.TypeResult).
func (ti *typeIndex) foreignOrigins(a *analyzer, t *sitter.Node) []int {
	if t == nil {
		return nil
	}
	var o []int
	for _, nm := range a.typeNames(t) {
		if len(ti.byName[nm]) > 0 || builtinType(nm) || inputType(nm) {
			continue
		}
		o = origins.Union(o, []int{a.types.Result(&a.B, nm, tsnode.Span(t))})
	}
	return o
}

// typeResults is the "T{}" origin of each type a type expression names
// that no request of this file is linked to: declared here without a
// link, or in another file (not the language's types, not inputs).
func (ti *typeIndex) typeResults(a *analyzer, t *sitter.Node) []int {
	var o []int
	for _, nm := range a.typeNames(t) {
		ds := ti.byName[nm]
		if len(ds) == 0 {
			if !builtinType(nm) && !inputType(nm) {
				o = origins.Union(o, []int{a.types.Result(&a.B, nm, tsnode.Span(t))})
			}
			continue
		}
		for _, d := range ds {
			if len(ti.origins[d]) == 0 && !inputType(d.name) {
				o = origins.Union(o, []int{a.types.Result(&a.B, d.qual, d.at)})
			}
		}
	}
	return o
}

// isTypeResult reports a URL standing for values of a type decoded in
// another file.
func (a *analyzer) isTypeResult(id int) bool {
	if a.types == nil {
		return false
	}
	return a.types.IsResult(id)
}

// builtinType reports the names of the language's and the common
// libraries' generic and DOM types, and type parameters (T): no file of
// the repository declares what they hold.
func builtinType(name string) bool {
	if len(name) <= 1 {
		return true
	}
	switch name {
	case "Array", "ReadonlyArray", "Promise", "PromiseLike", "Record", "Partial", "Required", "Readonly",
		"Pick", "Omit", "Map", "Set", "WeakMap", "Date", "Error", "Response", "Request", "Headers", "Event",
		"Element", "HTMLElement", "Window", "Document", "Blob", "File", "FormData", "URL", "URLSearchParams",
		"Observable", "Subject", "BehaviorSubject", "Buffer", "AxiosResponse", "AxiosRequestConfig",
		"Function", "Object", "String", "Number", "Boolean", "Iterable", "NonNullable", "ReturnType",
		"Awaited", "Exclude", "Extract", "Parameters", "HttpResponse", "HttpHeaders", "HttpParams":
		return true
	}
	return false
}

// inputType reports type names that by convention describe what code is
// given (component props and state, options, parameters), not a response.
func inputType(name string) bool {
	for _, suf := range []string{"Props", "State", "Options", "Opts", "Config", "Params", "Args", "Context", "Input"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}
