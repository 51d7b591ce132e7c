package engine

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

// flat is a URL expression flattened to one string: literal text as is, each
// hole as rules.Hole. at[i] is the index of the part that produced byte i.
type flat struct {
	s     string
	at    []int
	start []int // start offset in s of each part
	parts []ir.Part
}

func flatten(parts []ir.Part) flat {
	var b strings.Builder
	f := flat{parts: parts, start: make([]int, len(parts))}
	for i, p := range parts {
		f.start[i] = b.Len()
		if p.Kind == ir.Hole {
			b.WriteByte(rules.Hole)
			f.at = append(f.at, i)
			continue
		}
		b.WriteString(p.Text)
		for range len(p.Text) {
			f.at = append(f.at, i)
		}
	}
	f.s = b.String()
	return f
}

// loc is where a finding lands in the file.
type loc struct {
	span ir.Span
	// exact is true when span covers precisely the matched text (the part is
	// raw), so that an edit can replace it.
	exact bool
	part  int
}

// locate attributes the range [a, b) of the flat string to a part of this
// file: the expression's own literals first; then, when the range also
// covers a run-time value (a hole: the form id appended to a base URL)
// joined in later than the literals were written, the place where that
// value was joined, because the endpoint only exists from there on; then
// literals inlined from a definition in the same file (the last one
// inlined); numbers come last. ok is false when
// the range is made only of literals from another file (that file reports
// it).
func (f flat) locate(a, b int) (loc, bool) {
	best, bestRank := -1, 4
	lastVia, lastFirst := "", -1
	joined := false             // lastFirst's definition was joined to another's
	litVia := map[string]bool{} // the variables the range's literals came through
	for i, p := range f.parts {
		if p.Kind != ir.Lit {
			continue
		}
		ps := f.start[i]
		pe := ps + len(p.Text)
		lo, hi := max(a, ps), min(b, pe)
		if lo >= hi || strings.Trim(f.s[lo:hi], "/") == "" {
			continue
		}
		litVia[p.Via] = true
		if p.Foreign != "" || !p.Span.Valid() {
			continue
		}
		rank := 2
		switch {
		case strings.Trim(f.s[lo:hi], "/0123456789") == "":
			// a number (the form id a call hands a wrapper) fills the
			// path's placeholder; the path is written elsewhere
			rank = 3
		case p.Via == "":
			rank = 0
		}
		if rank == 2 && p.Via != lastVia {
			// the definitions are inlined in the order they were joined:
			// the last one that joins path segments to the others
			// completes the path (a call's argument, built in a local,
			// after the prefix a wrapper's body holds); a host cut in
			// pieces (a replacement) stays where its first piece is
			if lastVia == "" || strings.HasPrefix(f.s[lo:hi], "/") || strings.HasSuffix(f.s[a:lo], "/") {
				joined = lastVia != ""
				lastFirst = i
			}
			lastVia = p.Via
		}
		if rank < bestRank {
			best, bestRank = i, rank
		}
	}
	if bestRank == 2 && lastFirst >= 0 {
		best = lastFirst
	}
	if bestRank > 1 {
		for i, p := range f.parts {
			ps := f.start[i]
			if p.Kind != ir.Hole || ps < a || ps >= b || p.Foreign != "" || !p.Span.Valid() {
				continue
			}
			// a hole that came through the same variable as the literals
			// was joined to them where that variable was defined; one
			// that came through another variable (a parameter's default)
			// was joined where the path was completed, if that is known
			if p.Via == "" || !litVia[p.Via] && !joined {
				best = i
				break
			}
		}
	}
	if best < 0 {
		return loc{}, false
	}
	p := f.parts[best]
	ps := f.start[best]
	if !p.Raw {
		return loc{span: p.Span, part: best}, true
	}
	lo, hi := max(a, ps), min(b, ps+len(p.Text))
	sp := ir.Span{Start: p.Span.Start + lo - ps, End: p.Span.Start + hi - ps}
	exact := lo == a && hi == b
	return loc{span: sp, exact: exact, part: best}, true
}

// render shows a flat substring with holes as "{...}" for messages.
func render(s string) string {
	return strings.ReplaceAll(s, string(rules.Hole), "{…}")
}

// urlView is one URL inside a flat string: where its host and path are.
type urlView struct {
	hostStart, hostEnd int // -1 when there is no literal host
	pathStart          int // where the path begins
	end                int
	// baseHole is the part index of a leading hole used as base, or -1.
	baseHole int
}

// views splits a flat string into the URLs it holds. Most expressions hold
// one; prose and config values may hold several.
func (f flat) views() []urlView {
	s := f.s
	var out []urlView
	idx := 0
	for {
		k := strings.Index(s[idx:], "://")
		if k < 0 {
			break
		}
		k += idx
		hs := k + 3
		hs += userinfoLen(s[hs:])
		he := hs
		if he < len(s) && (s[he] == '[' || s[he] == '<' || s[he] == '{') {
			// a placeholder host in documentation: https://[kpi-url]/assets/
			if j := strings.IndexByte(s[he:], map[byte]byte{'[': ']', '<': '>', '{': '}'}[s[he]]); j > 0 {
				he += j + 1
			}
		}
		for he < len(s) && isHostByte(s[he]) {
			he++
		}
		end := he
		for end < len(s) {
			if isURLStop(s[end]) {
				// a placeholder segment (/<kc_url>/, /<uid>/) is part of
				// the URL; other angle brackets end it (<https://...>)
				if n := placeholderLen(s[end:]); n > 0 {
					end += n
					continue
				}
				break
			}
			if strings.HasPrefix(s[end:], "://") {
				break
			}
			end++
		}
		// a following scheme starts a new URL: cut back to its start
		if end < len(s) && strings.HasPrefix(s[end:], "://") {
			j := end
			for j > he && isSchemeByte(s[j-1]) {
				j--
			}
			end = j
		}
		hostEnd := he
		if he < len(s) && s[he] == ':' { // port
			p := he + 1
			for p < len(s) && s[p] >= '0' && s[p] <= '9' {
				p++
			}
			he = p
		}
		if he > end {
			// "host:" followed by another scheme: no port, no path
			he = hostEnd
			end = max(end, hostEnd)
		}
		out = append(out, urlView{hostStart: hs, hostEnd: hostEnd, pathStart: he, end: end, baseHole: -1})
		idx = max(end, hs)
		if idx >= len(s) {
			break
		}
	}
	if len(out) > 0 {
		return out
	}
	// No scheme: a host without scheme, a hole used as base, or a path.
	v := urlView{hostStart: -1, hostEnd: -1, pathStart: 0, end: len(s), baseHole: -1}
	if len(s) > 0 && s[0] == rules.Hole {
		v.baseHole = f.at[0]
		v.pathStart = 1
	} else if he := bareHostEnd(s); he > 0 {
		v.hostStart, v.hostEnd, v.pathStart = 0, he, he
	}
	return []urlView{v}
}

// userinfoLen returns the length of the credentials before a URL's host
// ("user:pass@", "{…}:{…}@"), or 0: the host starts after them.
func userinfoLen(s string) int {
	for i := 0; i < len(s) && i < 256; i++ {
		switch c := s[i]; c {
		case '@':
			if i == 0 {
				return 0
			}
			return i + 1
		case '/', '?', '#', ' ', '\t', '\n', '"', '\'', '`', '<', '>':
			return 0
		}
	}
	return 0
}

// bareHostEnd returns the end of a scheme-less host at the start of s
// ("kc.kobotoolbox.org/api/v1"), or 0. Only names with a dot and a known
// top-level shape count; the caller checks the host against the table.
func bareHostEnd(s string) int {
	i := 0
	for i < len(s) && isHostByte(s[i]) {
		i++
	}
	if i == 0 || !strings.Contains(s[:i], ".") {
		return 0
	}
	if i < len(s) && s[i] != '/' && s[i] != ':' && s[i] != '?' {
		return 0
	}
	return i
}

// placeholderLen is the length of a "<name>" placeholder at the start of
// s (letters, digits, '_' and '-' inside), or 0.
func placeholderLen(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	for i := 1; i < len(s) && i <= 40; i++ {
		switch c := s[i]; {
		case c == '>':
			if i == 1 {
				return 0
			}
			return i + 1
		case c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
		case c == ' ' && s[i-1] != ' ' && (strings.IndexByte(s[1:i], ' ') >= 0 || i > 3):
			// a placeholder phrase (<your token>, <Kobo project asset
			// UID>), not a tag (<b c>): its first word has 3 letters or more
		default:
			return 0
		}
	}
	return 0
}

func isHostByte(c byte) bool {
	return c == '.' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isSchemeByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isURLStop(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '<', '>', '`', ')', ']', '|', ',', ';':
		return true
	}
	return false
}

// findV1 returns the index of a KoboCAT v1 root ("/api/v1", the table's
// root; or a leading "api/v1") path in s[from:end], or -1.
func findV1(s string, from, end int, root string) int {
	root = strings.TrimPrefix(root, "/")
	if from < 0 || end > len(s) || from >= end {
		return -1
	}
	seg := s[from:end]
	for i := 0; ; {
		k := strings.Index(seg[i:], root)
		if k < 0 {
			return -1
		}
		k += i
		after := k + len(root)
		okAfter := after == len(seg) || strings.IndexByte("/?.#", seg[after]) >= 0 || seg[after] == rules.Hole
		okBefore := k == 0 || seg[k-1] == '/' || seg[k-1] == rules.Hole
		if okAfter && okBefore {
			return from + k
		}
		i = k + 1
	}
}

// placeholderHost returns the words of a bracketed placeholder host
// ("kpi-url" in "[kpi-url]"), or "".
func placeholderHost(h string) string {
	if len(h) >= 3 && strings.IndexByte("[<{", h[0]) >= 0 {
		return h[1 : len(h)-1]
	}
	return ""
}

// isProse reports whether the text around a URL is a sentence (a message,
// a label, a log line): "visit http://kc.../token to get yours". Such a
// URL is shown to a person, not called.
func isProse(s string, v urlView) bool {
	start := v.hostStart
	if start >= 3 {
		start -= 3
		for start > 0 && isSchemeByte(s[start-1]) {
			start--
		}
	} else {
		start = v.pathStart
	}
	words := 0
	for _, w := range strings.Fields(s[:start] + " " + s[min(v.end, len(s)):]) {
		if len(w) >= 2 && strings.IndexFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) >= 0 {
			words++
		}
	}
	return words >= 3
}
