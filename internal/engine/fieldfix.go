package engine

import (
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
	case fr.Kind == ir.FieldDecl && c.f.TypedMembers && c.bareDecl(fr):
		// the declared name is the program's identifier, used in other
		// files: the declaration takes the wire name as an annotation
		if r.Convert != "" || strings.Contains(v2, ".") {
			return nil, "the value moved or changed shape in v2 (" + v2 + "); change the type by hand"
		}
		return edits(c.syn().Annotate(c.src, fr, v2))
	case fr.Kind == ir.FieldAttr && c.f.TypedMembers:
		// obj.title is a member of a class: renaming the read alone
		// would not compile
		return nil, "a member of a class: give the property the JSON name " + v2 + " where it is declared (or rename the member of a dynamic object)"
	case c.f.ImportsTypes && fr.Kind == ir.FieldAttr && !c.declares(fr.Name):
		// a typed read: renamed alone it would not type-check against a
		// type declared in another module
		return nil, "a TypeScript member of a type that may be declared in another module: rename the property there and here together (the v2 name is " + v2 + ")"
	case fr.Kind == ir.FieldDecl && !c.renamableDecl(fr, r):
		return nil, "a declaration; rename it by hand (the v2 value is " + v2 + ")"
	case fr.Kind == ir.FieldKey || fr.Kind == ir.FieldColumn && strings.Contains(v2, "."):
		return nil, "a declaration or column name; rename it by hand (the v2 value is " + v2 + ")"
	case !fr.Raw:
		return nil, "the name is computed, escaped or kept in a list the read shares with other uses; rename it by hand"
	case r.Convert == "split":
		return edits(c.syn().Split(c.src, fr, v2))
	case strings.Contains(v2, "."):
		return edits(c.syn().Nested(c.src, fr, strings.Split(v2, ".")))
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
	return !c.bareDecl(fr) || !c.f.TypedMembers
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

// syn is the file's syntax, or one that writes nothing.
func (c *checker) syn() ir.Syntax {
	if c.f.Syntax != nil {
		return c.f.Syntax
	}
	return noSyntax{}
}

// edits turns a syntax's edits into a fix's.
func edits(es []ir.Edit, reason string) ([]finding.Edit, string) {
	if len(es) == 0 {
		return nil, reason
	}
	out := make([]finding.Edit, len(es))
	for i, e := range es {
		out[i] = finding.Edit{Start: e.Start, End: e.End, NewText: e.NewText}
	}
	return out, ""
}

// noSyntax is the syntax of a file whose front-end set none: it writes no
// edit that depends on a language, and reads no access chain.
type noSyntax struct{}

func (noSyntax) Split(_ []byte, fr *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	return nil, fr.Name + " (a list) became " + v2 + " (a comma-separated string); rewrite the read by hand"
}

func (noSyntax) Nested(_ []byte, _ *ir.FieldRead, path []string) ([]ir.Edit, string) {
	return nil, "the v2 value is nested (" + strings.Join(path, ".") + "); rewrite the access by hand"
}

func (noSyntax) Annotate(_ []byte, _ *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	return nil, "a declaration; rename it by hand (the v2 name is " + v2 + ")"
}

func (noSyntax) Parent([]byte, *ir.FieldRead) string { return "" }

func (noSyntax) URLText(_ []byte, _ int, text string) string { return text }

func (noSyntax) FollowNext([]byte, *ir.Decode, string, string) ([]ir.Edit, string) {
	return nil, "no loop over the pages is written in this language"
}
