package engine

import (
	"bytes"
	"strings"

	"github.com/kobolint/kobolint/rules"
)

// The prefilter decides, from bytes alone, whether a file is worth parsing:
// everything the engine can report needs one of the table's prefilter
// markers (rules/table.yaml, prefilter and field_markers) in the file.
//
// Speed matters more here than anywhere else: nearly every file of a
// repository is rejected by this function, after a read. Instead of one
// search per marker (a dozen passes, each stumbling on common first letters
// such as 'a', 'e' or 'i'), every marker is anchored on one of a few rare
// bytes that the markers share: bytes.IndexByte (vectorised) jumps from one
// anchor to the next and the markers anchored there are compared in place.
// On Go and Python sources the anchors chosen for the table's markers are
// about 4% of the bytes.
//
// A marker that counts only where a word starts is not matched right after
// an ASCII letter or digit: the engine cannot report it there, since a host
// is classified by its whole first label and a field by its whole name.
// Without this, every Go file that mentions unlockf. and every Python test
// with an invalid_string was parsed for nothing: half the CPU time of a scan
// of the Go and Python standard libraries. A letter that ends an escape
// (\n, \x2f, \u002F, %2F) starts the word after it.

// prefilter is the table's markers compiled into passes, one per anchor
// byte, plus the user's configured host names.
type prefilter struct {
	passes []pass
	// extra holds user-configured host names (lower case, matched as is).
	extra [][]byte
}

// pass is one anchor byte and the markers anchored on it. Most anchor hits
// are rejected by one table lookup of the byte after the anchor (next) or
// before it (prev, for markers that end with their anchor), before any
// marker is compared.
type pass struct {
	anchor     byte
	markers    []anchored
	next, prev [256]bool
	// always: a marker of one byte, which every hit matches
	always bool
}

// anchored is a marker and the index of its anchor byte in it.
type anchored struct {
	text      string
	at        int
	wordStart bool
	anyCase   bool
}

// marker is a marker before its anchor is chosen.
type marker struct {
	text               string
	wordStart, anyCase bool
}

// markersOf lists the table's prefilter markers.
func markersOf(t *rules.Table) []marker {
	var ms []marker
	for _, m := range t.Prefilter.Anywhere {
		ms = append(ms, marker{text: m})
	}
	for _, m := range t.Prefilter.WordStart {
		ms = append(ms, marker{text: m, wordStart: true})
	}
	for _, m := range t.Prefilter.AnyCase {
		ms = append(ms, marker{text: m, anyCase: true})
	}
	for _, m := range t.FieldMarkers {
		ms = append(ms, marker{text: m, wordStart: true, anyCase: true})
	}
	return ms
}

// newPrefilter compiles the table's markers and the user's extra ones.
func newPrefilter(t *rules.Table, extra [][]byte) *prefilter {
	ms := markersOf(t)
	var passes []pass
	index := map[byte]int{}
	add := func(b byte, a anchored) {
		k, ok := index[b]
		if !ok {
			k = len(passes)
			index[b] = k
			passes = append(passes, pass{anchor: b})
		}
		passes[k].markers = append(passes[k].markers, a)
	}
	chosen := chooseAnchors(ms)
	for _, m := range ms {
		// the rarest chosen byte of the marker: its pass stops least often
		at := -1
		for i := 0; i < len(m.text); i++ {
			if chosen[m.text[i]] && (!m.anyCase || chosen[otherCase(m.text[i])]) && (at < 0 || byteCost(m.text[i]) < byteCost(m.text[at])) {
				at = i
			}
		}
		a := anchored{text: m.text, at: at, wordStart: m.wordStart, anyCase: m.anyCase}
		add(m.text[at], a)
		if o := otherCase(m.text[at]); m.anyCase && o != m.text[at] {
			add(o, a)
		}
	}
	for k := range passes {
		ps := &passes[k]
		for _, a := range ps.markers {
			probe, at := &ps.next, a.at+1
			switch {
			case len(a.text) == 1:
				ps.always = true
				continue
			case at == len(a.text):
				probe, at = &ps.prev, a.at-1
			}
			c := a.text[at]
			probe[c] = true
			if a.anyCase {
				probe[otherCase(c)] = true
			}
		}
	}
	return &prefilter{passes: passes, extra: extra}
}

// byteRank is printable ASCII from the most to the least frequent byte in
// source text (counted over the Go and Python standard libraries); a byte
// not listed is rarer than all of them.
const byteRank = `etrasn0io,lcxfdu.p()1mg/Ah_2:"=b4SE3Ty6vR8I{}CO\5PDkw9M'L7NFBVX-[]UG*HW+zq>;Y|#Q!<&Kj%Z$J` + "`@^?~"

// byteCost approximates how often b occurs in source text (by rank, as word
// frequencies go): the cost of a pass anchored on it.
func byteCost(b byte) float64 {
	r := strings.IndexByte(byteRank, b)
	if r < 0 {
		r = len(byteRank)
	}
	return 1 / float64(r+2)
}

// chooseAnchors picks the anchor bytes, greedily: the byte (or, for a
// letter of an any-case marker, the byte and its other case) whose passes
// cost least per marker not yet anchored, until every marker has one.
// Markers sharing a rare byte then share its pass.
func chooseAnchors(ms []marker) map[byte]bool {
	chosen := map[byte]bool{}
	covered := func(m marker) bool {
		for i := 0; i < len(m.text); i++ {
			if chosen[m.text[i]] && (!m.anyCase || chosen[otherCase(m.text[i])]) {
				return true
			}
		}
		return false
	}
	for {
		var best []byte
		bestCost := 0.0
		for _, m := range ms {
			if covered(m) {
				continue
			}
			for i := 0; i < len(m.text); i++ {
				unit := []byte{m.text[i]}
				if o := otherCase(m.text[i]); m.anyCase && o != m.text[i] {
					unit = append(unit, o)
				}
				cost, gain := 0.0, 0
				for _, b := range unit {
					if !chosen[b] {
						cost += byteCost(b)
					}
				}
				for _, n := range ms {
					if !covered(n) && coveredBy(n, unit, chosen) {
						gain++
					}
				}
				if gain > 0 && (best == nil || cost/float64(gain) < bestCost) {
					best, bestCost = unit, cost/float64(gain)
				}
			}
		}
		if best == nil {
			return chosen
		}
		for _, b := range best {
			chosen[b] = true
		}
	}
}

// coveredBy reports whether m gets an anchor once the bytes of unit are
// chosen too.
func coveredBy(m marker, unit []byte, chosen map[byte]bool) bool {
	has := func(b byte) bool { return chosen[b] || bytes.IndexByte(unit, b) >= 0 }
	for i := 0; i < len(m.text); i++ {
		if has(m.text[i]) && (!m.anyCase || has(otherCase(m.text[i]))) {
			return true
		}
	}
	return false
}

// otherCase is an ASCII letter in the other case; other bytes are
// themselves.
func otherCase(b byte) byte {
	if 'a' <= b|0x20 && b|0x20 <= 'z' {
		return b ^ 0x20
	}
	return b
}

// interesting reports whether src holds any marker.
func (p *prefilter) interesting(src []byte) bool {
	for k := range p.passes {
		ps := &p.passes[k]
		for i := 0; ; i++ {
			j := bytes.IndexByte(src[i:], ps.anchor)
			if j < 0 {
				break
			}
			i += j
			if ps.always {
				return true
			}
			nextOK := i+1 < len(src) && ps.next[src[i+1]]
			if !nextOK && (i == 0 || !ps.prev[src[i-1]]) {
				continue
			}
			for n := range ps.markers {
				if ps.markers[n].matchAt(src, i-ps.markers[n].at) {
					return true
				}
			}
		}
	}
	for _, m := range p.extra {
		if bytes.Contains(src, m) {
			return true
		}
	}
	return false
}

// matchAt reports whether the marker occurs at src[start:].
func (a *anchored) matchAt(src []byte, start int) bool {
	end := start + len(a.text)
	if start < 0 || end > len(src) {
		return false
	}
	w := src[start:end]
	if string(w) != a.text && (!a.anyCase || !foldAt(w, a.text) || inBlob(src, start, len(a.text))) {
		return false
	}
	return !a.wordStart || !midWord(src, start)
}

// midWord reports whether the byte before src[i] continues a word, so that
// a marker starting at i is the tail of a longer name: an ASCII letter or
// digit, unless it ends an escape (\n, \/, \xHH, \uHHHH, %HH), after
// which a new word starts.
func midWord(src []byte, i int) bool {
	if i <= 0 {
		return false
	}
	if c := src[i-1] | 0x20; (c < 'a' || c > 'z') && (src[i-1] < '0' || src[i-1] > '9') {
		return false
	}
	switch {
	case i >= 2 && src[i-2] == '\\',
		i >= 3 && src[i-3] == '%',
		i >= 4 && src[i-4] == '\\' && src[i-3] == 'x',
		i >= 6 && src[i-6] == '\\' && src[i-5] == 'u':
		return false
	}
	return true
}

// blobLen: a run of base64 bytes at least this long is data (an image or
// a font inlined in HTML or CSS, a minified bundle's payload), not a name.
const blobLen = 256

// inBlob reports whether src[i:i+n] lies in a run of at least blobLen
// base64 bytes ([A-Za-z0-9+/]). Any-case "kobo" counts as a name (KoboHint:
// KoboClient, KOBO_URL), and one in four of every million random base64
// characters spells it: the 2.6 MB trace viewer of the Go distribution
// (a kObO in an inlined image) was parsed for nothing.
func inBlob(src []byte, i, n int) bool {
	run := n
	for j := i - 1; j >= 0 && run < blobLen && isBase64Byte(src[j]); j-- {
		run++
	}
	for j := i + n; j < len(src) && run < blobLen && isBase64Byte(src[j]); j++ {
		run++
	}
	return run >= blobLen
}

func isBase64Byte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '+' || b == '/'
}

// foldAt reports whether b starts with the lower-case ASCII word w in any
// case.
func foldAt(b []byte, w string) bool {
	if len(b) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if b[k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// looksBinary: a NUL byte in the first 8 KiB, as git and grep judge.
func looksBinary(src []byte) bool {
	head := src
	if len(head) > 8000 {
		head = head[:8000]
	}
	return bytes.IndexByte(head, 0) >= 0
}
