package r

import (
	"bytes"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/internal/ir"
)

// comments emits the URLs written in comments (Comment=true) and reads
// kobolint:ignore directives.
func (a *analyzer) comments(toks []Token) {
	for _, t := range toks {
		text := a.src[t.Start:t.End]
		if sups := comments.Suppressions(text, t.Start, a.line); len(sups) > 0 {
			// one directive a comment: the first
			a.file.Suppressions = append(a.file.Suppressions, sups[0])
		}
		for _, r := range URLRanges(text) {
			s, e := t.Start+r[0], t.Start+r[1]
			a.commentURL(string(a.src[s:e]), s, e, true)
		}
	}
}

func (a *analyzer) commentURL(text string, s, e int, raw bool) {
	if a.emitOff > 0 {
		return
	}
	a.b.AddURL(ir.URL{
		Parts:   []ir.Part{{Kind: ir.Lit, Text: text, Span: ir.Span{Start: s, End: e}, Raw: raw}},
		Comment: true,
	})
}

// docString treats a string standing alone as a comment (R has no block
// comments, so '...' blocks are used as one).
func (a *analyzer) docString(x *StrNode) {
	for _, r := range URLRanges([]byte(x.Text)) {
		if x.Raw {
			a.commentURL(x.Text[r[0]:r[1]], x.CS+r[0], x.CS+r[1], true)
		} else {
			a.commentURL(x.Text[r[0]:r[1]], x.CS, x.CE, false)
		}
	}
}

// URLRanges finds URL-looking text in prose or a comment: http(s)://...
// and words holding an /api/ path. It returns byte ranges of b.
func URLRanges(b []byte) [][2]int {
	var out [][2]int
	covered := func(i int) bool {
		for _, r := range out {
			if i >= r[0] && i < r[1] {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(b); {
		j := indexScheme(b, i)
		if j < 0 {
			break
		}
		e := j
		for e < len(b) && isURLByte(b[e]) {
			e++
		}
		e = trimURL(b, j, e)
		if e-j > len("https://") {
			out = append(out, [2]int{j, e})
		}
		if e <= j {
			e = j + 1
		}
		i = e
	}
	for i := 0; i < len(b); {
		k := bytes.Index(b[i:], []byte("/api/"))
		if k < 0 {
			break
		}
		k += i
		if covered(k) {
			i = k + 1
			continue
		}
		s := k
		for s > 0 && isURLByte(b[s-1]) && b[s-1] != '(' && b[s-1] != '[' && b[s-1] != '=' {
			s--
		}
		e := k
		for e < len(b) && isURLByte(b[e]) {
			e++
		}
		e = trimURL(b, s, e)
		if e > k+len("/api/") {
			out = append(out, [2]int{s, e})
		}
		i = k + 1
		if e > i {
			i = e
		}
	}
	return out
}

func indexScheme(b []byte, from int) int {
	best := -1
	for _, sch := range []string{"https://", "http://"} {
		if k := bytes.Index(b[from:], []byte(sch)); k >= 0 && (best < 0 || from+k < best) {
			best = from + k
		}
	}
	return best
}

func isURLByte(c byte) bool {
	if c <= ' ' || c == 0x7f {
		return false
	}
	switch c {
	case '"', '\'', '`', '<', '>', '|', '\\', '^', ',':
		return false
	}
	return true
}

// trimURL drops trailing punctuation and closing brackets that do not
// belong to the URL (`see https://x/.`, `\url{https://x/}`, `(https://x)`).
func trimURL(b []byte, s, e int) int {
	for e > s {
		c := b[e-1]
		switch c {
		case '.', ';', ':', '!', '?', '*', '_':
			e--
			continue
		case ')', ']', '}':
			open := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
			if bytes.Count(b[s:e], []byte{open}) < bytes.Count(b[s:e], []byte{c}) {
				e--
				continue
			}
		}
		break
	}
	return e
}
