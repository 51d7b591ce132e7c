package comments

import (
	"strings"
)

// CommentURLs returns the byte ranges of words in a comment that look like
// URLs: with a scheme, a path with /api/, or a host name followed by a path.
func CommentURLs(text []byte) [][2]int {
	var out [][2]int
	isSep := func(c byte) bool {
		switch c {
		case ' ', '\t', '\r', '\n', '"', '\'', '`', '<', '>', '(', ')', '[', ']', '{', '}', ',', ';', '|', '*', '\\':
			return true
		}
		return false
	}
	for i := 0; i < len(text); {
		for i < len(text) && isSep(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !isSep(text[j]) {
			// keep {placeholders} of URL templates inside the word
			j++
		}
		// Allow `{formid}` placeholders: glue braces followed by more path.
		for j < len(text) && text[j] == '{' {
			k := j
			for k < len(text) && text[k] != '}' && !isSpace(text[k]) {
				k++
			}
			if k >= len(text) || text[k] != '}' {
				break
			}
			j = k + 1
			for j < len(text) && !isSep(text[j]) {
				j++
			}
		}
		if j > i {
			s, e := trimWord(text, i, j)
			if e > s && LooksLikeURL(string(text[s:e])) {
				out = append(out, [2]int{s, e})
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// trimWord drops punctuation around a word (a sentence's full stop, a
// markdown colon).
func trimWord(t []byte, s, e int) (int, int) {
	for s < e && strings.IndexByte(":.,;!?=", t[s]) >= 0 {
		s++
	}
	for e > s && strings.IndexByte(".,;:!?=", t[e-1]) >= 0 {
		e--
	}
	return s, e
}

// LooksLikeURL accepts http(s)://..., //host/path, anything with /api/ in
// it, and host.name/path.
func LooksLikeURL(w string) bool {
	lw := strings.ToLower(w)
	if strings.Contains(lw, "://") || strings.HasPrefix(lw, "http:") || strings.HasPrefix(lw, "https:") {
		return len(w) > 8
	}
	if strings.Contains(lw, "/api/") || strings.HasPrefix(lw, "api/v") {
		return true
	}
	if i := strings.IndexByte(w, '/'); i > 0 {
		host := w[:i]
		if strings.Count(host, ".") >= 1 && !strings.HasPrefix(host, ".") && strings.IndexFunc(host, func(r rune) bool {
			return r != '.' && r != '-' && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (r < '0' || r > '9')
		}) < 0 {
			// host.tld/path, but not file.js/x or ./rel/path
			tld := host[strings.LastIndexByte(host, '.')+1:]
			return len(tld) >= 2 && !strings.ContainsAny(tld, "0123456789") && !codeExt[strings.ToLower(tld)]
		}
	}
	if strings.HasPrefix(w, "//") && strings.Contains(w[2:], ".") && strings.Contains(w[2:], "/") {
		return true
	}
	return false
}

// codeExt lists file endings that make `name.ext/...` a path, not a host.
var codeExt = map[string]bool{"js": true, "ts": true, "json": true, "py": true, "md": true, "html": true, "css": true, "gs": true, "txt": true, "csv": true, "xml": true}

// BlankDelimiters returns a copy of a comment with its opening and closing
// markers replaced by spaces, so `//host/path` is read as host/path.
func BlankDelimiters(text []byte) []byte {
	t := make([]byte, len(text))
	copy(t, text)
	for _, open := range []string{"///", "/**", "/*", "//", "<!--", "#!"} {
		if strings.HasPrefix(string(t), open) {
			for i := 0; i < len(open); i++ {
				t[i] = ' '
			}
			break
		}
	}
	for _, cl := range []string{"*/", "-->"} {
		if strings.HasSuffix(string(t), cl) {
			for i := len(t) - len(cl); i < len(t); i++ {
				t[i] = ' '
			}
			break
		}
	}
	return t
}
