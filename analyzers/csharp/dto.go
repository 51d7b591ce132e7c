package csharp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// dtoClass is a type of this file that looks like it decodes JSON: it is
// deserialised into, its members carry JSON attributes or have wire-shaped
// (snake_case, lower-case) names, or a DTO holds it.
type dtoClass struct {
	name  string
	node  *sitter.Node
	props []dtoProp
	// weak marks a plain data class the file gives no JSON evidence for.
	weak bool
}

// dtoProp is one member and the name it has on the wire.
type dtoProp struct {
	ident *sitter.Node // the C# identifier
	wire  *sitter.Node // the attribute string naming the JSON key, if any
	typ   *sitter.Node
	// bound is set when a deserializer sets the member without being
	// told to (a public field, a property with a public setter): only
	// then does a PascalCase name bind its lower-case JSON key.
	bound bool
}

type dtoIndex struct {
	classes []*dtoClass
	byName  map[string][]*dtoClass
	origins map[*dtoClass][]int
	linked  bool
	// requests is set when the file makes requests.
	requests bool
	// decoded are the types of this file's and other files' decodes.
	origins.Decoded
}

// originOf is a DTO's request origins. A DTO that no request of this file
// is linked to holds what another file decodes into it, if any
// (origins.TypeResult); and when the file makes requests but links none
// of its DTOs to them, "some response of this file" too.
func (a *analyzer) originOf(d *dtoClass) []int {
	ix := a.dto
	if o := ix.origins[d]; len(o) > 0 {
		return o
	}
	o := []int{a.dto.Result(&a.B, d.name, tsnode.Span(field(d.node, "name")))}
	if !ix.linked && ix.requests && !d.weak {
		o = origins.Union(o, []int{ir.OriginFile})
	}
	return o
}

// builtinType reports the names of the framework's types (collections,
// tasks, JSON and HTTP types, primitives): no file of the repository
// declares what they hold.
func builtinType(name string) bool {
	if len(name) <= 1 || !unicode.IsUpper(rune(name[0])) {
		return true
	}
	if listTypes[name] {
		return true
	}
	switch name {
	case "Task", "ValueTask", "Nullable", "Func", "Action", "Tuple", "ValueTuple", "KeyValuePair",
		"Dictionary", "IDictionary", "IReadOnlyDictionary", "SortedDictionary", "Queue", "Stack",
		"JObject", "JToken", "JValue", "JProperty", "JsonElement", "JsonDocument", "JsonNode", "JsonObject",
		"HttpClient", "HttpResponseMessage", "HttpRequestMessage", "HttpContent", "StringContent",
		"RestClient", "RestRequest", "RestResponse", "IRestResponse", "IRestRequest", "IRestClient",
		"Uri", "DateTime", "DateTimeOffset", "TimeSpan", "Guid", "Exception", "Stream", "StringBuilder",
		"Object", "String", "Int32", "Int64", "Boolean", "Double", "Decimal", "CancellationToken",
		"EventArgs", "RoutedEventArgs", "Window", "Control", "IActionResult", "ActionResult",
		"ILogger", "IConfiguration", "Encoding", "Regex", "Type", "Lazy", "IQueryable", "DataTable", "DataRow":
		return true
	}
	return false
}

// foreignOrigins is the origin of a value typed with classes this file
// does not declare: what another file decodes into them.
func (a *analyzer) foreignOrigins(t *sitter.Node) []int {
	if t == nil || a.dto == nil {
		return nil
	}
	if t.Type() == "generic_name" {
		// the generic method of a call (DeserializeObject<T>): its type
		// arguments are the types
		if p := a.Up(t); p != nil && (p.Type() == "member_access_expression" || p.Type() == "invocation_expression") {
			t = a.typeArgs(t)
		}
	}
	var o []int
	for _, nm := range a.typeNames(t) {
		if len(a.classes[nm]) > 0 || builtinType(nm) {
			continue
		}
		o = origins.Union(o, []int{a.dto.Result(&a.B, nm, tsnode.Span(t))})
	}
	return o
}

// Attributes naming the JSON key of a member.
var wireAttrs = map[string]bool{
	"JsonProperty": true, "JsonPropertyAttribute": true, "JsonPropertyName": true,
	"JsonPropertyNameAttribute": true, "DataMember": true, "DataMemberAttribute": true,
	"SerializeAs": true, "DeserializeAs": true, "J": true,
}

// plainData reports a class or record made of public properties only
// (constructors aside): no methods, no fields with state, no base type
// that could bring behaviour. A view model or a service is none.
func (a *analyzer) plainData(t *sitter.Node) bool {
	if t.Type() == "interface_declaration" {
		return false
	}
	for _, c := range a.Kids(t) {
		if c.Type() == "base_list" {
			return false
		}
	}
	body := field(t, "body")
	if body == nil {
		return false
	}
	props := 0
	for _, m := range a.Kids(body) {
		switch m.Type() {
		case "property_declaration":
			if !a.hasModifier(m, "public") || a.hasModifier(m, "static") {
				return false
			}
			props++
		case "constructor_declaration", "comment":
		default:
			return false
		}
	}
	return props > 0
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
	ix := &dtoIndex{byName: map[string][]*dtoClass{}, origins: map[*dtoClass][]int{}, Decoded: origins.NewDecoded()}
	for _, u := range a.IR.URLs {
		ix.requests = ix.requests || u.Role == ir.RoleRequest && !u.Comment
	}
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
			if p.wire != nil || wireShaped(a.Text(p.ident)) {
				isDTO[d] = true
				break
			}
		}
	}
	// Deserialisation targets, with the origins of the decoding call.
	byDTO := map[*dtoClass][]int{}
	a.Nav.Walk(root, func(n *sitter.Node) {
		if n.Type() == "invocation_expression" {
			if f := unwrap(field(n, "function")); f != nil {
				if g := genericOf(f); g != nil && isDecodeMethod(a.memberNameOfGeneric(g)) {
					o := a.flow.Of(n, 0)
					req := a.callRequests(n)
					if len(req) == 0 {
						req = requestsOf(o)
					}
					for _, tn := range a.typeNames(a.typeArgs(g)) {
						if len(req) > 0 && !builtinType(tn) {
							ix.Link(tn, req)
						}
						for _, d := range byName[tn] {
							isDTO[d] = true
							byDTO[d] = origins.Union(byDTO[d], o)
						}
					}
				}
			}
		}
	})
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
						before := len(byDTO[e])
						byDTO[e] = origins.Union(byDTO[e], byDTO[d])
						if len(byDTO[e]) != before {
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
			// a plain data class (properties only) may be what another
			// file decodes responses into: its members are declarations
			// whose origin is that file's request (origins.TypeResult),
			// but this file gives no evidence of it
			if !a.plainData(d.node) {
				continue
			}
			d.weak = true
		}
		ix.classes = append(ix.classes, d)
		ix.byName[d.name] = append(ix.byName[d.name], d)
		if o := requestsOf(byDTO[d]); len(o) > 0 {
			ix.origins[d] = o
			ix.linked = true
		}
	}
	return ix
}

// callRequests are the requests a call is handed, where they can be told
// exactly: a request made in the call, a request object or URL argument,
// the value of a variable argument where the call is (not every value
// the variable is ever given).
func (a *analyzer) callRequests(call *sitter.Node) []int {
	o := append([]int(nil), a.URLAt[call]...)
	for _, arg := range a.args(call) {
		arg = unwrap(arg)
		if arg.Type() == "identifier" {
			if b := pick(a.lookup(a.Text(arg), arg), arg.StartByte()); b != nil && b.value != nil {
				o = origins.Union(o, a.URLAt[unwrap(b.value)])
			}
			continue
		}
		o = origins.Union(o, a.URLAt[arg])
	}
	return o
}

// requestsOf keeps the URL ids of an origin (no markers).
func requestsOf(o []int) []int {
	var out []int
	for _, x := range origins.Strip(o) {
		if x >= 0 {
			out = append(out, x)
		}
	}
	return out
}

func (a *analyzer) memberNameOfGeneric(g *sitter.Node) string {
	for _, c := range a.Kids(g) {
		if c.Type() == "identifier" {
			return a.Text(c)
		}
	}
	return ""
}

// typeNames lists the type names a type expression mentions.
func (a *analyzer) typeNames(t *sitter.Node) []string {
	return a.TypeNames(t, func(n *sitter.Node) (string, bool) {
		if n.Type() == "identifier" {
			return a.Text(n), false
		}
		return "", true
	})
}

// dtoProps lists the data members of a type: properties, public fields and
// positional record parameters, with their wire-name attribute.
func (a *analyzer) dtoProps(t *sitter.Node) []dtoProp {
	var out []dtoProp
	body := a.FieldOr(t, "body", "declaration_list")
	for _, c := range a.Kids(t) {
		if c.Type() == "parameter_list" && (t.Type() == "record_declaration" || t.Type() == "record_struct_declaration") {
			for _, p := range a.Kids(c) {
				if p.Type() == "parameter" && field(p, "name") != nil {
					out = append(out, dtoProp{ident: field(p, "name"), wire: a.wireAttr(p), typ: field(p, "type"), bound: true})
				}
			}
		}
	}
	for _, m := range a.Kids(body) {
		switch m.Type() {
		case "property_declaration":
			if name := field(m, "name"); name != nil {
				out = append(out, dtoProp{ident: name, wire: a.wireAttr(m), typ: field(m, "type"), bound: a.publicSetter(m)})
			}
		case "field_declaration":
			if !a.hasModifier(m, "public") || a.hasModifier(m, "const") || a.hasModifier(m, "static") {
				continue
			}
			for _, vd := range a.KidsOfType(m, "variable_declaration") {
				for _, d := range a.Kids(vd) {
					if d.Type() == "variable_declarator" && field(d, "name") != nil {
						out = append(out, dtoProp{ident: field(d, "name"), wire: a.wireAttr(m), typ: field(vd, "type"), bound: !a.hasModifier(m, "readonly")})
					}
				}
			}
		}
	}
	return out
}

// publicSetter reports a public auto-property with a set or init
// accessor of no lesser access ({ get; set; }, not { get; internal set; },
// not a computed getter or setter).
func (a *analyzer) publicSetter(m *sitter.Node) bool {
	if !a.hasModifier(m, "public") {
		return false
	}
	for _, al := range a.KidsOfType(m, "accessor_list") {
		for _, acc := range a.KidsOfType(al, "accessor_declaration") {
			// an auto-accessor: a setter with a body (an empty one, one
			// that raises a change event) is a view model's, not a DTO's
			t := strings.ReplaceAll(a.Text(acc), " ", "")
			if t == "set;" || t == "init;" {
				return true
			}
		}
	}
	return false
}

func (a *analyzer) hasModifier(n *sitter.Node, mod string) bool {
	for _, c := range a.Kids(n) {
		if c.Type() == "modifier" && a.Text(c) == mod {
			return true
		}
	}
	return false
}

// wireAttr returns the string literal of [JsonProperty("x")],
// [JsonProperty(PropertyName = "x")], [JsonPropertyName("x")] or
// [DataMember(Name = "x")] on a member.
func (a *analyzer) wireAttr(m *sitter.Node) *sitter.Node {
	for _, al := range a.KidsOfType(m, "attribute_list") {
		for _, at := range a.KidsOfType(al, "attribute") {
			name := a.Text(field(at, "name"))
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
			if !wireAttrs[name] {
				continue
			}
			for _, list := range a.KidsOfType(at, "attribute_argument_list") {
				for _, arg := range a.KidsOfType(list, "attribute_argument") {
					for _, v := range a.Kids(arg) {
						switch v.Type() {
						case "string_literal", "verbatim_string_literal":
							if !a.namedArg(arg) || a.argName(arg) == "Name" || a.argName(arg) == "PropertyName" {
								return v
							}
						case "assignment_expression":
							l := a.Text(field(v, "left"))
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
	for _, c := range a.Kids(arg) {
		if c.Type() == "name_equals" || c.Type() == "name_colon" {
			t := strings.TrimSpace(strings.TrimRight(a.Text(c), "=:"))
			return t
		}
	}
	return ""
}

// emitDTOFields emits a FieldDecl per member of every DTO class: the wire
// name is the attribute string when there is one, else the identifier.
func (a *analyzer) emitDTOFields() {
	for _, d := range a.dto.classes {
		o := a.originOf(d)
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
				name := a.Text(p.ident)
				wire := name
				if p.bound && (!d.weak || a.mirrorsKey(name)) {
					wire = a.wireName(name)
				}
				fr = ir.FieldRead{Name: wire, Span: ir.Span{Start: int(p.ident.StartByte()), End: int(p.ident.EndByte())}, Raw: wire == name}
			}
			fr.Kind = ir.FieldDecl
			fr.Origin = o
			fr.Receiver = d.name
			fr.Type = a.scalarType(p.typ)
			a.IR.Fields = append(a.IR.Fields, fr)
		}
	}
}

// wireName is the JSON key a member without a naming attribute binds to:
// its own name when it is spelled like one (snake_case, lower case);
// for a PascalCase name, the serializers' case-insensitive match makes
// Title bind "title" and Formid "formid", and a snake_case naming policy
// in the file (SnakeCaseNamingStrategy, JsonNamingPolicy.SnakeCaseLower)
// makes NumOfSubmissions bind "num_of_submissions".
func (a *analyzer) wireName(member string) string {
	if wireShaped(member) {
		return member
	}
	if a.snakeCase {
		return snake(member)
	}
	return strings.ToLower(member)
}

// mirrorsKey reports a member named after a JSON key, where nothing else
// says it is bound to one: the key with its first letter capitalised
// (Formid, Title), or any PascalCase name under a snake_case policy. An
// idiomatic C# name (FormId, DateCreated) may well be the program's own.
func (a *analyzer) mirrorsKey(name string) bool {
	if wireShaped(name) || a.snakeCase {
		return true
	}
	for _, r := range name[1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// snake turns a PascalCase name into snake_case (NumOfSubmissions ->
// num_of_submissions, IdString -> id_string).
func snake(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsUpper(r) {
			if i > 0 && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// scalarType normalises a C# member type to the IR's: int, long, short
// and their nullable forms are "int"; double, float, decimal "float";
// string "string"; bool "bool"; anything else "".
func (a *analyzer) scalarType(t *sitter.Node) string {
	for i := 0; t != nil && i < 4; i++ {
		switch t.Type() {
		case "nullable_type":
			if t.NamedChildCount() == 0 {
				return ""
			}
			t = t.NamedChild(0)
			continue
		case "predefined_type", "identifier", "qualified_name":
			return scalarNames[strings.TrimPrefix(a.Text(t), "System.")]
		}
		return ""
	}
	return ""
}

var scalarNames = map[string]string{
	"int": "int", "long": "int", "short": "int", "uint": "int", "ulong": "int", "ushort": "int", "byte": "int",
	"Int32": "int", "Int64": "int", "Int16": "int", "UInt32": "int", "UInt64": "int",
	"double": "float", "float": "float", "decimal": "float", "Double": "float", "Single": "float", "Decimal": "float",
	"string": "string", "String": "string", "bool": "bool", "Boolean": "bool",
}
