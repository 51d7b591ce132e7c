package urlparts

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// ReplaceCall applies a string method call `.replace(from, to)` to base
// (see Replace) when its first two arguments are constant strings (as
// constString reads them) and from is not empty; otherwise base is
// returned unchanged.
func ReplaceCall(base []ir.Part, args []*sitter.Node, all bool, constString func(*sitter.Node) (string, bool)) []ir.Part {
	if len(args) < 2 {
		return base
	}
	from, ok1 := constString(args[0])
	to, ok2 := constString(args[1])
	if !ok1 || !ok2 || from == "" {
		return base
	}
	return Replace(base, from, to, all)
}
