package golang

import (
	"go/ast"
	"strconv"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/analyzers/internal/names"
)

// comments emits URL-looking words of comments (Comment=true) and the
// kobolint:ignore directives.
func (a *analyzer) comments() {
	for _, cg := range a.file.Comments {
		for _, c := range cg.List {
			comments.Comment(&a.b, a.src, a.off(c.Pos()), a.off(c.End()), a.line)
		}
	}
}

// koboHint: an identifier or an import path of the code names Kobo.
func (a *analyzer) koboHint() {
	for _, im := range a.file.Imports {
		if p, err := strconv.Unquote(im.Path.Value); err == nil && names.SaysKobo(p) {
			a.out.KoboHint = true
			return
		}
	}
	ast.Inspect(a.file, func(n ast.Node) bool {
		if a.out.KoboHint {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && names.SaysKobo(id.Name) {
			a.out.KoboHint = true
		}
		return true
	})
}
