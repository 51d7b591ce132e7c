package engine

import (
	"bytes"
)

// markers are the byte strings at least one of which a file must contain to
// be worth parsing. Everything the engine can report needs one of them: a
// host (kobo, kc., kc-), a v1 path (api/v1), a KPI path (assets, exports,
// imports, permissions...) or a distinctive v1 field name. Matching is on
// lower-cased ASCII letters so that KOBO_URL counts.
var markers = [][]byte{
	[]byte("kobo"), []byte("kc."), []byte("kc-"), []byte("api/v1"),
	[]byte("assets/"), []byte("exports/"), []byte("imports/"),
	[]byte("num_of_submissions"), []byte("id_string"), []byte("formid"),
	[]byte("public_data"), []byte("humanitarianresponse"),
}

// interesting reports whether src mentions anything kobolint could report.
// extra holds user-configured host names (lower case).
func interesting(src []byte, extra [][]byte) bool {
	// Most files fail on the cheapest test: look for the rare bytes first
	// in the original case, then fall back to a lower-cased scan only for
	// files that contain an upper-case K (KOBO_URL, KoboClient).
	for _, m := range markers {
		if bytes.Contains(src, m) {
			return true
		}
	}
	for _, m := range extra {
		if bytes.Contains(src, m) {
			return true
		}
	}
	if bytes.IndexByte(src, 'K') >= 0 || bytes.Contains(src, []byte("FORMID")) || bytes.Contains(src, []byte("ID_STRING")) {
		return containsFold(src, []byte("kobo")) || containsFold(src, []byte("formid"))
	}
	return false
}

// containsFold is an ASCII case-insensitive bytes.Contains for a lower-case
// needle.
func containsFold(s, lowerNeedle []byte) bool {
	n := len(lowerNeedle)
	first := lowerNeedle[0]
	for i := 0; i+n <= len(s); i++ {
		c := s[i] | 0x20
		if c != first {
			continue
		}
		match := true
		for j := 1; j < n; j++ {
			if s[i+j]|0x20 != lowerNeedle[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// looksBinary: a NUL byte in the first 8 KiB, as git and grep judge.
func looksBinary(src []byte) bool {
	head := src
	if len(head) > 8000 {
		head = head[:8000]
	}
	return bytes.IndexByte(head, 0) >= 0
}
