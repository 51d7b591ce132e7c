package engine

import (
	"bytes"
)

// The prefilter decides, from bytes alone, whether a file is worth parsing.
// Everything the engine can report needs one of these markers: a host (kobo,
// kc., kc-, kf., kf-, humanitarianresponse), a v1 path (api/v1), a KPI path
// (assets/, exports/, imports/) or a distinctive v1 field name
// (num_of_submissions, id_string, formid, public_data). "kobo" and "formid"
// also count in any case (KOBO_URL, KoboClient, FormID) in a file that has an
// upper-case K, or the upper-case FORMID or ID_STRING: mixed case without any
// of those is prose, not a client.
//
// The host labels (kc. kc- kf. kf-) and the field names id_string and formid
// (any case) count only where a word starts: not right after an ASCII letter
// or digit. The engine cannot report them there: a host is classified by
// its whole first label (unlockf.Close is no kf. host, stkc.stk no kc.
// host) and a field by its whole name (invalid_string is not id_string,
// PLATFORMID not formid). A letter that ends an escape (\n, \x2f, \u002F,
// %2F) starts the word after it. Without this, every Go file that mentions
// unlockf. and every Python test with an invalid_string was parsed for
// nothing: half the CPU time of a scan of the Go and Python standard
// libraries.
//
// Speed matters more here than anywhere else: nearly every file of a
// repository is rejected by this function, after a read. Instead of one
// search per marker (a dozen passes, each stumbling on common first letters
// such as 'a', 'e' or 'i'), every marker is anchored on one of a few rare
// bytes (k K / _ m M): bytes.IndexByte (vectorised) jumps from one anchor
// to the next and the few bytes around it are compared in place. On Go and
// Python sources the anchors are about 4% of the bytes.

// interesting reports whether src mentions anything kobolint could report.
// extra holds user-configured host names (lower case, matched as is).
func interesting(src []byte, extra [][]byte) bool {
	var s scanState
	if s.scanK(src) || scanSlash(src) || s.scanUnderscore(src) || s.scanM(src) {
		return true
	}
	for _, m := range extra {
		if bytes.Contains(src, m) {
			return true
		}
	}
	return (s.upperK || s.upperFormid || s.upperIDString) && (s.foldKobo || s.foldFormid)
}

// scanState collects the case-folded sightings that only count together.
type scanState struct {
	upperK, upperFormid, upperIDString bool
	foldKobo, foldFormid               bool
}

// scanK handles "kobo", "kc.", "kc-" (anchor k) and any-case "kobo" (k, K).
func (s *scanState) scanK(src []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], 'k')
		if j < 0 {
			break
		}
		i += j
		r := src[i+1:]
		if len(r) >= 3 && r[0] == 'o' && r[1] == 'b' && r[2] == 'o' {
			return true
		}
		if len(r) >= 2 && (r[0] == 'c' || r[0] == 'f') && (r[1] == '.' || r[1] == '-') && !midWord(src, i) {
			// kc. kc- (KoboCAT), kf. (a self-hosted KPI, whose domain
			// tells a KoboCAT host not named kc.* elsewhere)
			return true
		}
		if foldAt(r, "obo") && !inBlob(src, i, 4) {
			s.foldKobo = true
		}
	}
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], 'K')
		if j < 0 {
			break
		}
		s.upperK = true
		i += j
		if foldAt(src[i+1:], "obo") && !inBlob(src, i, 4) {
			// an upper-case K makes any-case kobo count at once
			return true
		}
		if s.foldKobo || s.foldFormid {
			return true
		}
	}
	return false
}

// scanSlash handles "api/v1", "assets/", "exports/" and "imports/".
func scanSlash(src []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], '/')
		if j < 0 {
			return false
		}
		i += j
		before := src[:i]
		if bytes.HasSuffix(before, []byte("api")) && bytes.HasPrefix(src[i+1:], []byte("v1")) {
			return true
		}
		if len(before) >= 6 && before[len(before)-1] == 's' {
			if bytes.HasSuffix(before, []byte("assets")) || bytes.HasSuffix(before, []byte("exports")) || bytes.HasSuffix(before, []byte("imports")) {
				return true
			}
		}
	}
}

// scanUnderscore handles "id_string", "num_of_submissions", "public_data"
// and notes the upper-case "ID_STRING".
func (s *scanState) scanUnderscore(src []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], '_')
		if j < 0 {
			return false
		}
		i += j
		before, after := src[:i], src[i+1:]
		switch {
		case bytes.HasSuffix(before, []byte("id")) && bytes.HasPrefix(after, []byte("string")):
			if !midWord(src, i-2) {
				return true
			}
		case bytes.HasSuffix(before, []byte("num")) && bytes.HasPrefix(after, []byte("of_submissions")):
			return true
		case bytes.HasSuffix(before, []byte("public")) && bytes.HasPrefix(after, []byte("data")):
			return true
		case bytes.HasSuffix(before, []byte("ID")) && bytes.HasPrefix(after, []byte("STRING")):
			if !midWord(src, i-2) {
				s.upperIDString = true
			}
		}
	}
}

// scanM handles "formid" (exact), any-case "formid" and the upper-case
// "FORMID", anchored on their m or M, and "humanitarianresponse" (on its m).
func (s *scanState) scanM(src []byte) bool {
	for _, m := range [2]byte{'m', 'M'} {
		for i := 0; ; i++ {
			j := bytes.IndexByte(src[i:], m)
			if j < 0 {
				break
			}
			i += j
			if m == 'm' && i >= 2 && bytes.HasPrefix(src[i-2:], []byte("humanitarianresponse")) {
				return true
			}
			if i < 3 || !foldAt(src[i-3:], "formid") || midWord(src, i-3) {
				continue
			}
			w := src[i-3 : i+3]
			if string(w) == "formid" {
				return true
			}
			s.foldFormid = true
			if string(w) == "FORMID" {
				s.upperFormid = true
			}
		}
	}
	return false
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
