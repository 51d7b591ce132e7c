package shell

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/internal/ir"
)

// comment records suppressions and the URL-looking text of a # comment.
func (w *walker) comment(n *sitter.Node) {
	s, e := w.rng(n)
	text := string(w.src[s:e])
	w.a.f.Suppressions = append(w.a.f.Suppressions, comments.Suppressions([]byte(text), w.base+s, w.a.line)...)
	if !strings.Contains(text, "://") && !strings.Contains(text, "/api") {
		return
	}
	for _, tok := range urlTokens([]ir.Part{w.lit(text, s, e)}, false) {
		w.a.b.AddURL(ir.URL{Parts: tok, Comment: true})
	}
}

// isDelim separates URL-looking tokens in free text (comments, heredocs).
func isDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', '<', '>', '(', ')', '[', ']', '{', '}', ',', ';', '|', '\\':
		return true
	}
	return false
}

// urlTokens splits text parts (holes stay inside tokens) into
// whitespace/quote-delimited tokens and keeps those that look like a URL:
// a scheme, an /api path, or (when holes count) a variable followed by a
// path, as in "$BASE/data/1" inside a heredoc.
func urlTokens(parts []ir.Part, holeBase bool) [][]ir.Part {
	var toks [][]ir.Part
	var cur []ir.Part
	flush := func() {
		if len(cur) > 0 {
			if t := trimToken(cur, holeBase); t != nil {
				toks = append(toks, t)
			}
		}
		cur = nil
	}
	for _, p := range parts {
		if p.Kind != ir.Lit {
			cur = append(cur, p)
			continue
		}
		run := 0
		for j := 0; j < len(p.Text); j++ {
			if !isDelim(p.Text[j]) {
				continue
			}
			if run < j {
				cur = append(cur, cut(p, run, j))
			}
			flush()
			run = j + 1
		}
		if run < len(p.Text) {
			cur = append(cur, cut(p, run, len(p.Text)))
		}
		if len(toks) > 1000 {
			break
		}
	}
	flush()
	return toks
}

// trimToken keeps the URL inside a token (from its scheme, without
// trailing punctuation) or returns nil when the token is no URL.
func trimToken(tok []ir.Part, holeBase bool) []ir.Part {
	text := litText(tok)
	start := -1
	if k := strings.Index(text, "://"); k > 0 {
		j := k
		for j > 0 && isSchemeByte(text[j-1]) {
			j--
		}
		if j < k {
			start = j
		}
	}
	switch {
	case start >= 0:
	case strings.Contains(text, "/api"):
		start = 0
	case holeBase && len(tok) > 1 && tok[0].Kind == ir.Hole && tok[1].Kind == ir.Lit && strings.HasPrefix(tok[1].Text, "/"):
		start = 0
	default:
		return nil
	}
	end := len(text)
	for end > start && strings.IndexByte(".,;:!?", text[end-1]) >= 0 {
		end--
	}
	return sliceParts(tok, start, end)
}

func isSchemeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

// sliceParts keeps bytes [s, e) of the text of parts (a hole counts as
// one byte, as in litText).
func sliceParts(parts []ir.Part, s, e int) []ir.Part {
	var out []ir.Part
	pos := 0
	for _, p := range parts {
		n := 1
		if p.Kind == ir.Lit {
			n = len(p.Text)
		}
		lo, hi := max(s, pos), min(e, pos+n)
		if lo < hi {
			if p.Kind == ir.Lit {
				out = append(out, cut(p, lo-pos, hi-pos))
			} else {
				out = append(out, p)
			}
		}
		pos += n
	}
	return out
}

// heredoc handles a heredoc: shell code when fed to a shell (or cat'ed
// into one), otherwise text whose URL-looking tokens are emitted.
func (w *walker) heredoc(red *sitter.Node, receiver string, r *redirs) {
	var body *sitter.Node
	quoted := false
	for _, k := range kids(red) {
		switch {
		case k.typ == "heredoc_start":
			quoted = strings.ContainsAny(w.text(k.n), `'"\`)
		case k.typ == "heredoc_body":
			body = k.n
		case k.typ == "file_redirect":
			w.fileRedirect(k.n, r)
		case k.typ == "heredoc_end" || !k.n.IsNamed():
		case k.typ == "comment":
			w.comment(k.n)
		default:
			r.after = append(r.after, k.n)
			if receiver == "cat" && firstCommand(k.n, w) != "" && shells[firstCommand(k.n, w)] {
				receiver = "sh"
			}
		}
	}
	if body == nil {
		return
	}
	s, e := w.rng(body)
	if shells[receiver] {
		w.subParse(s, e)
		return
	}
	var parts []ir.Part
	if quoted {
		parts = w.nonEmpty(string(w.src[s:e]), s, e)
	} else {
		parts = w.mixed(body, s, e, func(s, e int) []ir.Part { return w.doubleQuoted(s, e, false) }).parts
	}
	for _, tok := range urlTokens(parts, true) {
		w.a.emit(tok, ir.RoleArg, receiver, "")
	}
	if pythons[receiver] {
		// the data it reads comes from a file or a request of its own
		w.pythonFieldReads(parts, nil)
	}
}

// firstCommand is the name of the first command of a pipeline node.
func firstCommand(n *sitter.Node, w *walker) string {
	for _, k := range kids(n) {
		if k.typ == "command" {
			if nm := k.n.ChildByFieldName("name"); nm != nil {
				return strings.TrimSpace(w.text(nm))
			}
		}
	}
	return ""
}
