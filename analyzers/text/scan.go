package text

import (
	"bytes"
	"strings"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// piece is one literal run or one placeholder of a URL token, in the
// coordinates of the text being scanned.
type piece struct {
	hole bool
	s, e int
	name string // placeholder name for a hole
}

// tok is a URL-looking token: an http(s) URL, a host-looking word, or a
// path that contains /api/ (placeholders such as {uid}, <formid>, $VAR,
// ${VAR}, $(VAR), {{ x }} become holes).
type tok struct {
	s, e   int
	pieces []piece
	// name is NAME when the token directly follows `NAME=` (prose and
	// command lines such as `KC_URL=https://...`).
	name string
	kind tokKind
}

// tokKind says what made a token look like a URL.
type tokKind uint8

const (
	tokScheme tokKind = iota // http:// or https://
	tokHost                  // a host name without a scheme
	tokPath                  // a path holding /api/, without a host
)

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isIdent(c byte) bool { return isAlnum(c) || c == '_' }

// isURLChar reports the bytes a URL token may continue with. Brackets,
// quotes, backticks, angle brackets, pipes, backslashes and spaces end it.
func isURLChar(c byte) bool {
	if isAlnum(c) {
		return true
	}
	switch c {
	case '-', '.', '_', '~', ':', '/', '?', '#', '@', '!', '&', '*', '+', ',', ';', '=', '%', '(', ')':
		return true
	}
	return false
}

func isHostChar(c byte) bool { return isAlnum(c) || c == '-' }

// hasPrefixFold is a case-insensitive prefix test on ASCII.
func hasPrefixFold(b []byte, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// schemeLen returns the length of "http://" or "https://" at b, or 0.
func schemeLen(b []byte) int {
	if hasPrefixFold(b, "https://") {
		return 8
	}
	if hasPrefixFold(b, "http://") {
		return 7
	}
	return 0
}

// placeholder recognises a template hole at b[0:]: {name}, <name>, $name,
// ${name...}, $(name), {{ expr }}, ${{ expr }}. It returns its length and
// the name inside, or 0.
func placeholder(b []byte) (int, string) {
	if len(b) < 2 {
		return 0, ""
	}
	// {{ expr }} and ${{ expr }}: templating engines, CI expressions.
	off := 0
	if b[0] == '$' && len(b) > 2 && b[1] == '{' && b[2] == '{' {
		off = 1
	}
	if b[off] == '{' && len(b) > off+1 && b[off+1] == '{' {
		end := bytes.Index(b[off+2:min(len(b), off+2+82)], []byte("}}"))
		if end < 0 || end > 80 || bytes.IndexByte(b[off+2:off+2+end], '\n') >= 0 {
			return 0, ""
		}
		return off + 2 + end + 2, strings.TrimSpace(string(b[off+2 : off+2+end]))
	}
	closer := byte(0)
	start := 1
	switch b[0] {
	case '{':
		closer = '}'
	case '<':
		closer = '>'
	case '$':
		switch b[1] {
		case '{':
			closer, start = '}', 2
		case '(':
			closer, start = ')', 2
		default:
			n := 1
			for n < len(b) && isIdent(b[n]) {
				n++
			}
			if n == 1 || b[1] >= '0' && b[1] <= '9' && n > 2 {
				return 0, ""
			}
			return n, string(b[1:n])
		}
	default:
		return 0, ""
	}
	n := start
	for n < len(b) && n < 80 && b[n] != closer {
		c := b[n]
		if closer == '}' && start == 2 {
			// ${VAR:-default}, ${VAR#x}: the name is the identifier part.
			if c == '\n' || c == '{' {
				return 0, ""
			}
		} else if !isIdent(c) && c != '-' && c != '.' && c != ':' {
			return 0, ""
		}
		n++
	}
	if n >= len(b) || b[n] != closer || n == start {
		return 0, ""
	}
	inner := string(b[start:n])
	if closer == '>' && !isIdent(inner[0]) {
		return 0, ""
	}
	name := inner
	if b[0] == '$' && closer == '}' {
		// ${VAR:-default}, ${VAR#prefix}: the name is the leading identifier.
		k := 0
		for k < len(inner) && isIdent(inner[k]) {
			k++
		}
		if k == 0 {
			return 0, ""
		}
		name = inner[:k]
	}
	return n + 1, name
}

// extend reads URL characters and placeholders from b[i:], appending
// pieces, and returns the end offset. Parentheses must balance; trailing
// punctuation is left out.
func extend(b []byte, i int, pieces []piece) (int, []piece) {
	litStart := i
	depth := 0
	j := i
	lastGood := i // end after the last byte that may end a URL
	flush := func(end int) {
		if end > litStart {
			pieces = append(pieces, piece{s: litStart, e: end})
		}
	}
	for j < len(b) {
		c := b[j]
		if c == '{' || c == '<' || c == '$' {
			if n, name := placeholder(b[j:]); n > 0 {
				flush(j)
				pieces = append(pieces, piece{hole: true, s: j, e: j + n, name: name})
				j += n
				litStart = j
				lastGood = j
				continue
			}
			break
		}
		if !isURLChar(c) {
			break
		}
		if c == '(' {
			depth++
		} else if c == ')' {
			if depth == 0 {
				break
			}
			depth--
		}
		j++
		switch c {
		case '.', ',', ';', ':', '!', '?', '*', '(':
		default:
			lastGood = j
		}
	}
	flush(lastGood)
	// Drop pieces beyond lastGood (a trimmed literal).
	out := pieces[:0]
	for _, p := range pieces {
		if p.s >= lastGood {
			continue
		}
		if p.e > lastGood {
			p.e = lastGood
		}
		out = append(out, p)
	}
	return lastGood, out
}

// litText concatenates the literal pieces of a token.
func litText(b []byte, ps []piece) string {
	var sb strings.Builder
	for _, p := range ps {
		if !p.hole {
			sb.Write(b[p.s:p.e])
		}
	}
	return sb.String()
}

// scanTokens finds URL tokens in b.
func scanTokens(b []byte) []tok {
	var out []tok
	noPathUntil := 0
	for i := 0; i < len(b); {
		c := b[i]
		// Only look at starts of words: what precedes must not continue
		// a URL, a host or an identifier.
		if i > 0 {
			p := b[i-1]
			if isHostChar(p) || p == '.' || p == '_' || (p == '/' && c != '{' && c != '$' && c != '<') || p == '@' || p >= 0x80 {
				i++
				continue
			}
		}
		t, ok, pathEnd := tokenAt(b, i, false, i >= noPathUntil)
		if ok {
			t.name = assignedName(b, i)
			out = append(out, t)
			i = t.e
			continue
		}
		// A later start inside the same run cannot find /api/ where the
		// whole run has none: skip the path test there (keeps the scan
		// linear on long runs such as a=a=a=...).
		noPathUntil = max(noPathUntil, pathEnd)
		i++
	}
	return out
}

// tokenAt tries to read a URL token starting exactly at i. lenient accepts
// any dotted host (a whole configuration value), not only likely ones.
func tokenAt(b []byte, i int, lenient, tryPath bool) (t tok, ok bool, pathEnd int) {
	c := b[i]
	if c == 'h' || c == 'H' {
		if n := schemeLen(b[i:]); n > 0 {
			e, ps := extend(b, i+n, []piece{{s: i, e: i + n}})
			if e <= i+n {
				return tok{}, false, 0
			}
			return tok{s: i, e: e, pieces: mergeLits(ps), kind: tokScheme}, true, 0
		}
	}
	if isHostChar(c) {
		// Host-looking: labels separated by dots.
		j := i
		labels := 0
		lastLabel := i
		for j < len(b) {
			k := j
			for k < len(b) && isHostChar(b[k]) {
				k++
			}
			if k == j {
				break
			}
			labels++
			lastLabel = j
			j = k
			if j+1 < len(b) && b[j] == '.' && isHostChar(b[j+1]) {
				j++
				continue
			}
			break
		}
		if labels >= 2 && plausibleHost(b[i:j], b[lastLabel:j], lenient) {
			next := byte(0)
			if j < len(b) {
				next = b[j]
			}
			if next != '(' && next != '_' && next != '@' {
				e, ps := extend(b, j, []piece{{s: i, e: j}})
				return tok{s: i, e: e, pieces: mergeLits(ps), kind: tokHost}, true, 0
			}
		}
	}
	// A path holding /api/, possibly behind a placeholder or a bare word:
	// /api/v1/data, api/v1/forms, {BASE}/api/v1, $KC_URL/api/v1, <server>/api/v1.
	// The first literal must be where the path starts: a word such as
	// `some_dir/api/` is a file path, not a URL.
	if tryPath && (c == '/' || c == '{' || c == '$' || c == '<' || hasPrefixFold(b[i:], "api/")) {
		e, ps := extend(b, i, nil)
		pathEnd = e
		if e > i && len(ps) > 0 && strings.Contains(strings.ToLower(litText(b, ps)), "api/") {
			txt := strings.ToLower(litText(b, ps))
			if strings.Contains(txt, "/api/") || strings.HasPrefix(txt, "api/") {
				first := ps[0]
				if first.hole || b[first.s] == '/' || hasPrefixFold(b[first.s:], "api/") {
					return tok{s: i, e: e, pieces: mergeLits(ps), kind: tokPath}, true, 0
				}
			}
		}
	}
	return tok{}, false, pathEnd
}

// mergeLits joins adjacent literal pieces.
func mergeLits(ps []piece) []piece {
	out := ps[:0]
	for _, p := range ps {
		if n := len(out); n > 0 && !p.hole && !out[n-1].hole && out[n-1].e == p.s {
			out[n-1].e = p.e
			continue
		}
		out = append(out, p)
	}
	return out
}

// assignedName returns NAME when b[:i] ends with `NAME=` or `NAME="`.
func assignedName(b []byte, i int) string {
	j := i
	if j > 0 && (b[j-1] == '"' || b[j-1] == '\'') {
		j--
	}
	if j == 0 || b[j-1] != '=' {
		return ""
	}
	j--
	k := j
	for k > 0 && isIdent(b[k-1]) {
		k--
	}
	if k == j || (b[k] >= '0' && b[k] <= '9') {
		return ""
	}
	if k > 0 && (b[k-1] == '.' || b[k-1] == '-' || isAlnum(b[k-1])) {
		return ""
	}
	return string(b[k:j])
}

// plausibleHost judges a dotted word: the top-level label must be letters,
// and not a file extension (pull.py, index.md, config.ini). Unless lenient,
// it must also be a country code or a common generic top-level domain.
func plausibleHost(host, tld []byte, lenient bool) bool {
	if len(tld) < 2 || len(tld) > 24 {
		return false
	}
	for _, c := range tld {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	t := strings.ToLower(string(tld))
	if fileExts[t] {
		return false
	}
	if lenient || len(t) == 2 || commonTLDs[t] {
		return true
	}
	_ = host
	return false
}

// fileExts are endings that make a dotted word a file name, not a host.
var fileExts = setOf(`py r rmd md sh bash zsh json yaml yml toml ini cfg conf txt csv tsv xls xlsx
xml html htm js ts jsx tsx mjs cjs go java c h cc cpp hpp cs rb php pl pm ipynb png jpg jpeg gif svg
pdf zip gz tgz bz xz tar log lock env example sample template tmpl dist parquet rds rdata rda sql db
sqlite exe dll so dylib bat ps ps1 gs css scss less mod sum whl egg pyc out err tmp bak swp doc docx
ppt pptx odt ods kt kts swift scala lua dart vue rst tex bib dat bin img iso dmg apk jar war map wasm
mk rs qmd rproj rprofile renviron gradle lua proto feather pkl pickle h5 npy npz geojson kml shp dbf`)

// commonTLDs are generic top-level domains seen in service URLs; any
// two-letter label (a country code) is accepted as well.
var commonTLDs = setOf(`com org net info int edu gov mil biz name pro space dev app ngo ong tech
cloud online site xyz africa global world health host link live io ai co me network systems digital
solutions services center institute foundation support agency asia eu local internal lan test
example localhost page web website today team zone one`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// wholeValue reports whether a configuration value (already trimmed) is a
// single URL token as a whole, and returns it.
func wholeValue(b []byte) (tok, bool) {
	if len(b) == 0 {
		return tok{}, false
	}
	t, ok, _ := tokenAt(b, 0, true, true)
	if !ok || t.e != len(b) {
		return tok{}, false
	}
	return t, true
}

// parts turns a token of a derived text into IR parts in file coordinates.
func parts(b []byte, m *remap.Map, t tok) []ir.Part {
	out := make([]ir.Part, 0, len(t.pieces))
	for _, p := range t.pieces {
		s, e, raw := m.Span(p.s, p.e)
		if p.hole {
			out = append(out, ir.Part{Kind: ir.Hole, Name: p.name, Span: ir.Span{Start: s, End: e}})
			continue
		}
		out = append(out, ir.Part{Kind: ir.Lit, Text: string(b[p.s:p.e]), Span: ir.Span{Start: s, End: e}, Raw: raw})
	}
	return out
}

// urlishWords are words of a setting name that say its value is a
// location (base_url, KOBO_API_URL, serverHost, webhookEndpoint).
var urlishWords = setOf(`url uri host hostname server endpoint api base path domain link href src site
address addr origin proxy redirect callback webhook hook location remote service instance root prefix`)

// urlishName reports whether a setting name says its value is a location.
func urlishName(name string) bool {
	for _, w := range nameWords(name) {
		if urlishWords[w] || urlishWords[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// nameWords splits a name at non-letters and lower-to-upper case changes.
func nameWords(name string) []string {
	var words []string
	start := -1
	for i := 0; i <= len(name); i++ {
		var c byte
		if i < len(name) {
			c = name[i]
		}
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		boundary := !letter || (i > 0 && c >= 'A' && c <= 'Z' && name[i-1] >= 'a' && name[i-1] <= 'z')
		if boundary && start >= 0 {
			words = append(words, strings.ToLower(name[start:i]))
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
	}
	return words
}
