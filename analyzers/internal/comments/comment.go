package comments

import (
	"github.com/kobolint/kobolint/internal/ir"
)

// Comment reads the comment src[start:end]: its kobolint:ignore directives
// go to b.File.Suppressions and its URL-looking words become Comment URLs
// (raw, exact spans). line maps a byte offset to its line number.
func Comment(b *ir.Builder, src []byte, start, end int, line func(int) int) {
	if start < 0 || end > len(src) || start >= end {
		return
	}
	text := src[start:end]
	b.File.Suppressions = append(b.File.Suppressions, Suppressions(text, start, line)...)
	for _, sp := range CommentURLs(BlankDelimiters(text)) {
		s, e := start+sp[0], start+sp[1]
		b.AddURL(ir.URL{
			Parts:   []ir.Part{{Kind: ir.Lit, Text: string(src[s:e]), Span: ir.Span{Start: s, End: e}, Raw: true}},
			Comment: true,
		})
	}
}
