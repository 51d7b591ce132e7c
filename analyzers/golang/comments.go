package golang

import (
	"go/ast"
	"strconv"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/internal/ir"
)

// comments emits URL-looking words of comments (Comment=true) and the
// kobolint:ignore directives.
func (a *analyzer) comments() {
	for _, cg := range a.file.Comments {
		for _, c := range cg.List {
			start, end := a.off(c.Pos()), a.off(c.End())
			if start >= end {
				continue
			}
			text := string(a.src[start:end])
			a.out.Suppressions = append(a.out.Suppressions, comments.Suppressions([]byte(text), start, a.line)...)
			for _, r := range commentURLs(text) {
				s, e := start+r[0], start+r[1]
				a.b.AddURL(ir.URL{
					Parts:   []ir.Part{{Kind: ir.Lit, Text: text[r[0]:r[1]], Span: ir.Span{Start: s, End: e}, Raw: true}},
					Comment: true,
				})
			}
		}
	}
}

// commentURLs returns the byte ranges of words that look like URLs: with a
// scheme, or a path containing /api/.
func commentURLs(text string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(text) {
		for i < len(text) && isSpaceOrDelim(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !isSpaceOrDelim(text[j]) {
			j++
		}
		if j > i {
			w := text[i:j]
			k := strings.Index(w, "://")
			s := i
			switch {
			case k > 0:
				b := k
				for b > 0 && isScheme(w[b-1]) {
					b--
				}
				s = i + b
				if b == k {
					s = -1
				}
			case strings.Contains(w, "/api/") || strings.HasPrefix(w, "api/v"):
				// a path or host+path without scheme: the whole word
			default:
				s = -1
			}
			if s >= 0 {
				e := j
				for e > s && strings.IndexByte(".,;:!?)]}'\"`*", text[e-1]) >= 0 {
					e--
				}
				if e > s {
					out = append(out, [2]int{s, e})
				}
			}
		}
		i = j
	}
	return out
}

func isSpaceOrDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', '<', '>', '(', '[', '{', '|':
		return true
	}
	return false
}

func isScheme(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

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
