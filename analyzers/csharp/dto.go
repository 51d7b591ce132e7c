package csharp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// dtoClass is a type of this file that looks like it decodes JSON: it is
// deserialised into, its members carry JSON attributes or have wire-shaped
// (snake_case, lower-case) names, or a DTO holds it.
type dtoClass struct {
	name  string
	node  *sitter.Node
	props []dtoProp
}

// dtoProp is one member and the name it has on the wire.
type dtoProp struct {
	ident *sitter.Node // the C# identifier
	wire  *sitter.Node // the attribute string naming the JSON key, if any
	typ   *sitter.Node
}

type dtoIndex struct {
	classes []*dtoClass
	byName  map[string][]*dtoClass
	origins map[*dtoClass][]int
	linked  bool
}

// originOf is a DTO's request origins; a DTO that nothing links to a
// request is "some response of this file", unless other DTOs of the file
// are linked (then it is not one of the response types).
func (ix *dtoIndex) originOf(d *dtoClass) []int {
	if o := ix.origins[d]; len(o) > 0 {
		return o
	}
	if ix.linked {
		return nil
	}
	return []int{ir.OriginFile}
}

// Attributes naming the JSON key of a member.
var wireAttrs = map[string]bool{
	"JsonProperty": true, "JsonPropertyAttribute": true, "JsonPropertyName": true,
	"JsonPropertyNameAttribute": true, "DataMember": true, "DataMemberAttribute": true,
	"SerializeAs": true, "DeserializeAs": true, "J": true,
}

// Generic methods whose type argument is what a response is decoded into.
func isDecodeMethod(name string) bool {
	switch name {
	case "Execute", "ExecuteAsync", "ExecuteGetAsync", "ExecutePostAsync", "GetAsync", "PostAsync",
		"Get", "Post", "ToObject", "ReadAsAsync", "Parse":
		return true
	}
	return strings.Contains(name, "Deserialize") || strings.Contains(name, "Json")
}

// wireShaped reports a member name spelled like a JSON key rather than a
// C# property: snake_case or starting lower-case.
func wireShaped(name string) bool {
	if strings.Contains(name, "_") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsLower(r)
}

func (a *analyzer) findDTOs(root *sitter.Node) *dtoIndex {
	ix := &dtoIndex{byName: map[string][]*dtoClass{}, origins: map[*dtoClass][]int{}}
	var all []*dtoClass
	for name, nodes := range a.classes {
		for _, n := range nodes {
			all = append(all, &dtoClass{name: name, node: n, props: a.dtoProps(n)})
		}
	}
	byName := map[string][]*dtoClass{}
	for _, d := range all {
		byName[d.name] = append(byName[d.name], d)
	}
	isDTO := map[*dtoClass]bool{}
	for _, d := range all {
		for _, p := range d.props {
			if p.wire != nil || wireShaped(a.text(p.ident)) {
				isDTO[d] = true
				break
			}
		}
	}
	// Deserialisation targets, with the origins of the decoding call.
	origins := map[*dtoClass][]int{}
	var walk func(n *sitter.Node, depth int)
	walk = func(n *sitter.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type() == "invocation_expression" {
			if f := unwrap(field(n, "function")); f != nil {
				var g *sitter.Node
				switch f.Type() {
				case "member_access_expression":
					g = field(f, "name")
				case "generic_name":
					g = f
				}
				if g != nil && g.Type() == "generic_name" && isDecodeMethod(a.memberNameOfGeneric(g)) {
					o := a.origin(n, 0)
					for _, tn := range a.typeNames(g) {
						for _, d := range byName[tn] {
							isDTO[d] = true
							origins[d] = union(origins[d], o)
						}
					}
				}
			}
		}
		for _, c := range a.kids(n) {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	// Types held by DTO members are DTOs too, with their origins.
	for round := 0; round < 16; round++ {
		changed := false
		for _, d := range all {
			if !isDTO[d] {
				continue
			}
			for _, p := range d.props {
				for _, tn := range a.typeNames(p.typ) {
					for _, e := range byName[tn] {
						if !isDTO[e] {
							isDTO[e] = true
							changed = true
						}
						before := len(origins[e])
						origins[e] = union(origins[e], origins[d])
						if len(origins[e]) != before {
							changed = true
						}
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	for _, d := range all {
		if !isDTO[d] {
			continue
		}
		ix.classes = append(ix.classes, d)
		ix.byName[d.name] = append(ix.byName[d.name], d)
		if len(origins[d]) > 0 {
			ix.origins[d] = origins[d]
			ix.linked = true
		}
	}
	return ix
}

func (a *analyzer) memberNameOfGeneric(g *sitter.Node) string {
	for _, c := range a.kids(g) {
		if c.Type() == "identifier" {
			return a.text(c)
		}
	}
	return ""
}

// typeNames lists the type names a type expression mentions.
func (a *analyzer) typeNames(t *sitter.Node) []string {
	var out []string
	var walk func(n *sitter.Node, d int)
	walk = func(n *sitter.Node, d int) {
		if n == nil || d > 64 {
			return
		}
		if n.Type() == "identifier" {
			out = append(out, a.text(n))
			return
		}
		for _, c := range a.kids(n) {
			walk(c, d+1)
		}
	}
	walk(t, 0)
	return out
}

// dtoProps lists the data members of a type: properties, public fields and
// positional record parameters, with their wire-name attribute.
func (a *analyzer) dtoProps(t *sitter.Node) []dtoProp {
	var out []dtoProp
	body := field(t, "body")
	if body == nil {
		for _, c := range a.kids(t) {
			if c.Type() == "declaration_list" {
				body = c
			}
		}
	}
	for _, c := range a.kids(t) {
		if c.Type() == "parameter_list" && (t.Type() == "record_declaration" || t.Type() == "record_struct_declaration") {
			for _, p := range a.kids(c) {
				if p.Type() == "parameter" && field(p, "name") != nil {
					out = append(out, dtoProp{ident: field(p, "name"), wire: a.wireAttr(p), typ: field(p, "type")})
				}
			}
		}
	}
	for _, m := range a.kids(body) {
		switch m.Type() {
		case "property_declaration":
			if name := field(m, "name"); name != nil {
				out = append(out, dtoProp{ident: name, wire: a.wireAttr(m), typ: field(m, "type")})
			}
		case "field_declaration":
			if !a.hasModifier(m, "public") || a.hasModifier(m, "const") || a.hasModifier(m, "static") {
				continue
			}
			for _, vd := range a.kids(m) {
				if vd.Type() != "variable_declaration" {
					continue
				}
				for _, d := range a.kids(vd) {
					if d.Type() == "variable_declarator" && field(d, "name") != nil {
						out = append(out, dtoProp{ident: field(d, "name"), wire: a.wireAttr(m), typ: field(vd, "type")})
					}
				}
			}
		}
	}
	return out
}

func (a *analyzer) hasModifier(n *sitter.Node, mod string) bool {
	for _, c := range a.kids(n) {
		if c.Type() == "modifier" && a.text(c) == mod {
			return true
		}
	}
	return false
}

// wireAttr returns the string literal of [JsonProperty("x")],
// [JsonProperty(PropertyName = "x")], [JsonPropertyName("x")] or
// [DataMember(Name = "x")] on a member.
func (a *analyzer) wireAttr(m *sitter.Node) *sitter.Node {
	for _, al := range a.kids(m) {
		if al.Type() != "attribute_list" {
			continue
		}
		for _, at := range a.kids(al) {
			if at.Type() != "attribute" {
				continue
			}
			name := a.text(field(at, "name"))
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
			if !wireAttrs[name] {
				continue
			}
			for _, list := range a.kids(at) {
				if list.Type() != "attribute_argument_list" {
					continue
				}
				for _, arg := range a.kids(list) {
					if arg.Type() != "attribute_argument" {
						continue
					}
					for _, v := range a.kids(arg) {
						switch v.Type() {
						case "string_literal", "verbatim_string_literal":
							if !a.namedArg(arg) || a.argName(arg) == "Name" || a.argName(arg) == "PropertyName" {
								return v
							}
						case "assignment_expression":
							l := a.text(field(v, "left"))
							if r := field(v, "right"); r != nil && (l == "Name" || l == "PropertyName") && isStringNode(r) {
								return r
							}
						}
					}
				}
			}
		}
	}
	return nil
}

// namedArg reports `Name = "x"` or `name: "x"` attribute arguments.
func (a *analyzer) namedArg(arg *sitter.Node) bool {
	return a.argName(arg) != ""
}

func (a *analyzer) argName(arg *sitter.Node) string {
	for _, c := range a.kids(arg) {
		if c.Type() == "name_equals" || c.Type() == "name_colon" {
			t := strings.TrimSpace(strings.TrimRight(a.text(c), "=:"))
			return t
		}
	}
	return ""
}

// emitDTOFields emits a FieldDecl per member of every DTO class: the wire
// name is the attribute string when there is one, else the identifier.
func (a *analyzer) emitDTOFields() {
	for _, d := range a.dto.classes {
		o := a.dto.originOf(d)
		for _, p := range d.props {
			var fr ir.FieldRead
			if p.wire != nil {
				name, ok := a.constString(p.wire)
				if !ok || name == "" {
					continue
				}
				span, raw := a.nameSpan(p.wire)
				fr = ir.FieldRead{Name: name, Span: span, Raw: raw}
			} else {
				fr = ir.FieldRead{Name: a.text(p.ident), Span: ir.Span{Start: int(p.ident.StartByte()), End: int(p.ident.EndByte())}, Raw: true}
			}
			fr.Kind = ir.FieldDecl
			fr.Origin = o
			fr.Receiver = d.name
			a.file.Fields = append(a.file.Fields, fr)
		}
	}
}
