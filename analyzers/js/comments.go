package js

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/js/textscan"
	"github.com/kobolint/kobolint/internal/ir"
)

// comment emits the URL-looking words of a comment (Comment=true) and its
// kobolint:ignore directives.
func (a *analyzer) comment(n *sitter.Node) {
	start, end := int(n.StartByte()), int(n.EndByte())
	if start < 0 || end > len(a.src) || start >= end {
		return
	}
	text := a.src[start:end]
	a.file.Suppressions = append(a.file.Suppressions, textscan.Suppressions(text, start, a.line)...)
	for _, sp := range textscan.CommentURLs(textscan.BlankDelimiters(text)) {
		s, e := start+sp[0], start+sp[1]
		a.b.AddURL(ir.URL{
			Parts:   []ir.Part{{Kind: ir.Lit, Text: string(a.src[s:e]), Span: ir.Span{Start: s, End: e}, Raw: true}},
			Comment: true,
		})
	}
}
