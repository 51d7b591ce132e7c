package urlparts

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// ReplaceCall applies a string method call `.replace(from, to)` to base
// (see Replace) when its first two arguments are constant strings (as
// constString reads them) and from is not empty; otherwise base is
// returned unchanged. spanOf gives an argument's span.
//
// When base holds no URL text (a value read at run time, an empty
// placeholder) and from and to are both path pieces
// (`url.replace('/forms/', '/data/')`), the code means to find from in
// the value: the result is the value with to inside it, a hole named
// after base, to (spanning the argument; not raw, since editing it would
// change the replacement, not a URL), then the rest of the value, a hole.
func ReplaceCall(base []ir.Part, args []*sitter.Node, all bool, constString func(*sitter.Node) (string, bool), spanOf func(*sitter.Node) ir.Span) []ir.Part {
	if len(args) < 2 {
		return base
	}
	from, ok1 := constString(args[0])
	to, ok2 := constString(args[1])
	if !ok1 || !ok2 || from == "" {
		return base
	}
	if !HasURLText(base) && strings.Contains(from, "/") && strings.Contains(to, "/") {
		name := "…"
		if len(base) == 1 && base[0].Kind == ir.Hole && base[0].Name != "" {
			name = base[0].Name
		}
		at := spanOf(args[1])
		return []ir.Part{
			{Kind: ir.Hole, Name: name},
			{Kind: ir.Lit, Text: to, Span: at},
			{Kind: ir.Hole, Name: name + "…"},
		}
	}
	return Replace(base, from, to, all)
}
