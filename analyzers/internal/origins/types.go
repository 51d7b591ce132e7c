package origins

import "github.com/kobolint/kobolint/internal/ir"

// Types across files. A response decoded into a declared type (C#
// DeserializeObject<List<Form>>(...), TypeScript get<Form[]>(url)) tells
// what the type's members hold, but the type may be declared, and its
// values read, in other files. The file that decodes offers the request
// under TypeDef(t); the files that declare t or read values typed t use a
// TypeResult URL as the origin of those members, which the repository
// pass fills from that Def.

// TypeDef is the Def name of the request whose response is decoded into
// the type named t ("Form{}"), and the hole name standing for it.
func TypeDef(t string) string { return t + "{}" }

// TypeResult is the URL standing for "a value of type t, decoded where
// another file says": Role ir.RoleResult, one hole named TypeDef(t) at sp.
func TypeResult(t string, sp ir.Span) ir.URL {
	return ir.URL{Role: ir.RoleResult, Parts: []ir.Part{{Kind: ir.Hole, Name: TypeDef(t), Span: sp}}}
}
