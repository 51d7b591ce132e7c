package python

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/internal/ir"
)

// comments scans the comments: URLs in them (Comment=true) and
// suppression directives.
func (a *analyzer) comments() {
	for _, c := range a.t.comments {
		if c.start < 0 || c.end > len(a.src) || c.start >= c.end {
			continue
		}
		text := string(a.src[c.start:c.end])
		a.file.Suppressions = append(a.file.Suppressions, comments.Suppressions(a.src[c.start:c.end], c.start, a.line)...)
		a.commentURLs(c.start, text)
	}
}

// docstring scans a bare string statement like a comment.
func (a *analyzer) docstring(n *node) {
	if !a.final || a.symbolic {
		return
	}
	strs := []*node{n}
	if n.kind == "concatenated_string" {
		strs = n.namedKids()
	}
	for _, s := range strs {
		for _, k := range s.kids {
			switch k.kind {
			case "string_content":
				a.commentURLs(k.start, string(a.src[k.start:k.end]))
			case "interpolation":
				a.eval(k.child("expression"), use{})
			}
		}
	}
}

// commentURLs emits the URL-looking words of comment text starting at
// offset off (see comments.CommentURLs); a word with an escape in a
// docstring is not raw.
func (a *analyzer) commentURLs(off int, text string) {
	for _, t := range comments.CommentURLs([]byte(text)) {
		tok := text[t[0]:t[1]]
		a.b.AddURL(ir.URL{Comment: true, Parts: []ir.Part{{Kind: ir.Lit, Text: tok,
			Span: ir.Span{Start: off + t[0], End: off + t[1]}, Raw: !strings.Contains(tok, `\`)}}})
	}
}
