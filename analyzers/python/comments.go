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
// offset off: http(s) URLs and paths with /api/ in them.
func (a *analyzer) commentURLs(off int, text string) {
	for _, t := range urlTokens(text) {
		tok := text[t[0]:t[1]]
		a.b.AddURL(ir.URL{Comment: true, Parts: []ir.Part{{Kind: ir.Lit, Text: tok,
			Span: ir.Span{Start: off + t[0], End: off + t[1]}, Raw: !strings.Contains(tok, `\`)}}})
	}
}

// urlTokens finds URL-looking words in prose: [start, end) offsets.
func urlTokens(text string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(text) {
		for i < len(text) && isWordStop(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !isWordStop(text[j]) {
			j++
		}
		if j > i {
			s, e := trimWord(text, i, j)
			w := text[s:e]
			if e > s && (strings.Contains(w, "http://") || strings.Contains(w, "https://") ||
				strings.Contains(w, "/api/") || strings.HasPrefix(w, "api/")) {
				if k := strings.Index(w, "http"); k > 0 && (strings.Contains(w[k:], "://")) {
					s += k
				}
				out = append(out, [2]int{s, e})
			}
		}
		i = j
	}
	return out
}

func isWordStop(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '<', '>', '`', '|', '\\':
		return true
	}
	return false
}

// trimWord drops the punctuation around a word that belongs to the prose.
func trimWord(t string, s, e int) (int, int) {
	for s < e && strings.IndexByte("([{*,;", t[s]) >= 0 {
		s++
	}
	for e > s && strings.IndexByte(".,;:!?)]}*", t[e-1]) >= 0 {
		e--
	}
	return s, e
}
