package engine

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

// Field renames come in three shapes:
//   - same type, same place: rewrite the name (title -> name);
//   - nested: the value moved into an object (city -> extra_details.city),
//     so the accessor is rewritten in the syntax of the language at hand;
//   - list to string: tags (a list) became tag_string (comma-separated), so
//     the read is wrapped in the language's split to keep the meaning.
// The last two are unsafe: they are right for a response, wrong if the code
// reads its own data with the same name.

// fieldEdits returns the edits of a field fix, or a reason why there is none.
func (c *checker) fieldEdits(fr *ir.FieldRead, r *rules.Field) ([]finding.Edit, string) {
	if r.V2 == nil {
		return nil, "no v2 equivalent"
	}
	v2 := *r.V2
	switch {
	case fr.Kind == ir.FieldDecl && r.ShapeChanged:
		// the declared type still describes the v1 value
		return nil, "the v2 " + v2 + " has another shape than the v1 " + r.Name + ": change the declared type with the name"
	case fr.Type != "" && r.V2Type != "" && fr.Type != r.V2Type:
		// an integer id renamed to the string uid would not parse, or
		// would fail at run time
		return nil, fmt.Sprintf("the value is typed %s here, and v2's %s is a %s: change the type and its uses with the name", fr.Type, v2, r.V2Type)
	case fr.Kind == ir.FieldDecl && c.f.Lang == "csharp" && c.bareDecl(fr):
		return c.csharpJSONName(fr, r)
	case fr.Kind == ir.FieldAttr && c.f.Lang == "csharp":
		// obj.title in C# is a member of a class: renaming the read
		// alone would not compile
		return nil, "a C# member: give the property the JSON name " + v2 + " where it is declared (or rename the member of a dynamic object)"
	case c.f.ImportsTypes && fr.Kind == ir.FieldAttr && !c.declares(fr.Name):
		// a typed read: renamed alone it would not type-check against a
		// type declared in another module
		return nil, "a TypeScript member of a type that may be declared in another module: rename the property there and here together (the v2 name is " + v2 + ")"
	case fr.Kind == ir.FieldDecl && !c.renamableDecl(fr, r):
		return nil, "a declaration; rename it by hand (the v2 value is " + v2 + ")"
	case fr.Kind == ir.FieldKey || fr.Kind == ir.FieldColumn && strings.Contains(v2, "."):
		return nil, "a declaration or column name; rename it by hand (the v2 value is " + v2 + ")"
	case !fr.Raw:
		return nil, "the name is computed or escaped; rename it by hand"
	case r.Convert == "split":
		return c.splitEdits(fr, v2)
	case strings.Contains(v2, "."):
		return c.nestedEdits(fr, strings.Split(v2, "."))
	}
	return []finding.Edit{{Start: fr.Span.Start, End: fr.Span.End, NewText: v2}}, ""
}

// renamableDecl tells whether a declared wire name can be renamed where it
// is declared, as the reads of the same file are: a name in a string (a Go
// struct tag, a C# [JsonProperty("...")], a quoted TypeScript key) only
// names the JSON field, and a TypeScript property is renamed with its
// reads, so the type still fits them. A C# property name is the
// program's own identifier, used in other files: it is left to a person,
// as are values that moved (nested) or changed shape (tags).
func (c *checker) renamableDecl(fr *ir.FieldRead, r *rules.Field) bool {
	if !fr.Raw || r.Convert != "" || strings.Contains(*r.V2, ".") {
		return false
	}
	if q := c.quoteOf(fr); fr.Span.Start > 0 && c.src[fr.Span.Start-1] == q[0] {
		return true
	}
	return c.f.Lang != "csharp"
}

// declares reports whether the file declares name as a property of one of
// its types (that declaration is renamed with the reads).
func (c *checker) declares(name string) bool {
	if c.declared == nil {
		c.declared = map[string]bool{}
		for i := range c.f.Fields {
			if fr := &c.f.Fields[i]; fr.Kind == ir.FieldDecl {
				c.declared[fr.Name] = true
			}
		}
	}
	return c.declared[name]
}

// bareDecl: the declared name is an identifier, not a string.
func (c *checker) bareDecl(fr *ir.FieldRead) bool {
	return fr.Span.Start > 0 && fr.Span.Start <= len(c.src) && strings.IndexByte(`"'`+"`", c.src[fr.Span.Start-1]) < 0
}

// csharpJSONName gives a C# property whose identifier is the v1 wire name
// (public int formid { get; set; }) the v2 name as a JSON attribute of the
// serializer the file uses, so that the property, and every use of it,
// keeps its C# name: [JsonProperty("name")] public string title ...
func (c *checker) csharpJSONName(fr *ir.FieldRead, r *rules.Field) ([]finding.Edit, string) {
	v2 := *r.V2
	by := "give the property the JSON name " + v2 + " with an attribute"
	if r.Convert != "" || strings.Contains(v2, ".") {
		return nil, "the value moved or changed shape in v2 (" + v2 + "); change the class by hand"
	}
	var attr string
	switch {
	case bytes.Contains(c.src, []byte("using Newtonsoft.Json")):
		attr = `[JsonProperty("` + v2 + `")] `
	case bytes.Contains(c.src, []byte("using System.Text.Json.Serialization")):
		attr = `[JsonPropertyName("` + v2 + `")] `
	default:
		return nil, "the file names no JSON serializer: " + by
	}
	line := strings.LastIndexByte(string(c.src[:fr.Span.Start]), '\n') + 1
	at := line
	for at < fr.Span.Start && (c.src[at] == ' ' || c.src[at] == '\t') {
		at++
	}
	head := string(c.src[at:fr.Span.Start])
	if !strings.HasPrefix(head, "public ") && !strings.HasPrefix(head, "internal ") && !strings.HasPrefix(head, "protected ") && !strings.HasPrefix(head, "private ") {
		return nil, "the declaration does not start on the property's line: " + by
	}
	return []finding.Edit{{Start: at, End: at, NewText: attr}}, ""
}

// srcAt returns the source text of a span, or "".
func (c *checker) srcAt(sp ir.Span) string {
	if !sp.Valid() || sp.End > len(c.src) {
		return ""
	}
	return string(c.src[sp.Start:sp.End])
}

// quoteOf returns the quote character around the name in an accessor.
func (c *checker) quoteOf(fr *ir.FieldRead) string {
	if fr.Span.Start > 0 && fr.Span.Start <= len(c.src) {
		q := c.src[fr.Span.Start-1]
		if q == '"' || q == '\'' || q == '`' {
			return string(q)
		}
	}
	return `"`
}

// nestedEdits rewrites the accessor into a path of accessors.
func (c *checker) nestedEdits(fr *ir.FieldRead, path []string) ([]finding.Edit, string) {
	acc := c.srcAt(fr.Access)
	if acc == "" {
		return nil, "the v2 value is nested (" + strings.Join(path, ".") + "); rewrite the access by hand"
	}
	q := c.quoteOf(fr)
	var b strings.Builder
	switch {
	case fr.Kind == ir.FieldJQ || fr.Kind == ir.FieldAttr && strings.HasPrefix(acc, "."):
		for _, p := range path {
			b.WriteString("." + p)
		}
	case fr.Kind == ir.FieldAttr && strings.HasPrefix(acc, "$"):
		for _, p := range path {
			b.WriteString("$" + p)
		}
	case fr.Kind == ir.FieldGet:
		for i, p := range path {
			if i < len(path)-1 {
				b.WriteString(".get(" + q + p + q + ", {})")
			} else {
				b.WriteString(".get(" + q + p + q + ")")
			}
		}
	case fr.Kind == ir.FieldSubscript && strings.HasPrefix(acc, "[["):
		for _, p := range path {
			b.WriteString("[[" + q + p + q + "]]")
		}
	case fr.Kind == ir.FieldSubscript && strings.HasPrefix(acc, "["):
		for _, p := range path {
			b.WriteString("[" + q + p + q + "]")
		}
	default:
		return nil, "the v2 value is nested (" + strings.Join(path, ".") + "); rewrite the access by hand"
	}
	return []finding.Edit{{Start: fr.Access.Start, End: fr.Access.End, NewText: b.String()}}, ""
}

// splitEdits renames a list field to its v2 name, a comma-separated
// string, and splits that on commas so the read still gives a list.
func (c *checker) splitEdits(fr *ir.FieldRead, v2 string) ([]finding.Edit, string) {
	rename := finding.Edit{Start: fr.Span.Start, End: fr.Span.End, NewText: v2}
	if fr.Kind == ir.FieldColumn {
		// a data frame's column splits otherwise (pandas .str.split)
		return nil, fr.Name + " (a list) became " + v2 + " (a comma-separated string) in a data frame column; split the column by hand"
	}
	switch c.f.Lang {
	case "python", "notebook":
		if fr.Access.Valid() {
			return []finding.Edit{rename, {Start: fr.Access.End, End: fr.Access.End, NewText: `.split(",")`}}, ""
		}
	case "js", "ts":
		if fr.Access.Valid() {
			return []finding.Edit{rename, {Start: fr.Access.End, End: fr.Access.End, NewText: `.split(",")`}}, ""
		}
	case "r", "rmd":
		if fr.Expr.Valid() {
			return []finding.Edit{
				{Start: fr.Expr.Start, End: fr.Expr.Start, NewText: "strsplit("},
				rename,
				{Start: fr.Expr.End, End: fr.Expr.End, NewText: `, ",")[[1]]`},
			}, ""
		}
	case "shell":
		if fr.Kind == ir.FieldJQ && fr.Access.Valid() {
			return []finding.Edit{{Start: fr.Access.Start, End: fr.Access.End, NewText: "(." + v2 + ` | split(","))`}}, ""
		}
	}
	return nil, fr.Name + " (a list) became " + v2 + " (a comma-separated string); rewrite the read by hand"
}
