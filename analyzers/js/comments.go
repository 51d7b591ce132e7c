package js

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/js/textscan"
)

// comment emits the URL-looking words of a comment (Comment=true) and its
// kobolint:ignore directives.
func (a *analyzer) comment(n *sitter.Node) {
	textscan.Comment(&a.b, a.src, int(n.StartByte()), int(n.EndByte()), a.line)
}
