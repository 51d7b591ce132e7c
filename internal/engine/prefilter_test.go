package engine

import (
	"bytes"
	"testing"
)

// interestingRef is the plain definition of the prefilter: one search per
// marker. The anchored scan in prefilter.go must agree with it exactly.
func interestingRef(src []byte, extra [][]byte) bool {
	for _, m := range []string{"kobo", "kc.", "kc-", "kf.", "kf-", "api/v1", "assets/", "exports/", "imports/",
		"num_of_submissions", "id_string", "formid", "public_data", "humanitarianresponse"} {
		if bytes.Contains(src, []byte(m)) {
			return true
		}
	}
	for _, m := range extra {
		if bytes.Contains(src, m) {
			return true
		}
	}
	if bytes.IndexByte(src, 'K') >= 0 || bytes.Contains(src, []byte("FORMID")) || bytes.Contains(src, []byte("ID_STRING")) {
		return refFold(src, "kobo") || refFold(src, "formid")
	}
	return false
}

func refFold(s []byte, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if foldAt(s[i:], w) {
			return true
		}
	}
	return false
}

var prefilterCases = []string{
	"", "k", "K", "kobo", "xkobox", "KOBO_URL", "kOBO", "kOBO K", "Kobo", "kc.example.org", "kc-eu",
	"kc", "api/v1", "api/v2", "/api/v", "assets/", "assets", "exports/", "imports/", "import/",
	"num_of_submissions", "num_of_submission", "id_string", "ID_STRING", "ID_STRING kobo",
	"ID_STRING kObO", "formid", "FormID", "FormID K", "FORMID", "FORMID x", "fORMID FORMID",
	"public_data", "publicdata", "humanitarianresponse", "humanitarian response", "mmm", "m", "rmid",
	"Kformi", "xx_", "_", "/", "h", "formiD Key", "api/v1/",
}

func TestInterestingMatchesReference(t *testing.T) {
	extra := [][]byte{[]byte("kobo.example.org"), []byte("forms.acme.io")}
	for _, c := range append(prefilterCases, "forms.acme.io", "FORMS.ACME.IO") {
		for _, ex := range [][][]byte{nil, extra} {
			if got, want := interesting([]byte(c), ex), interestingRef([]byte(c), ex); got != want {
				t.Errorf("interesting(%q, %d extra) = %v, reference says %v", c, len(ex), got, want)
			}
		}
	}
}

func FuzzInteresting(f *testing.F) {
	for _, c := range prefilterCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := interesting(b, nil), interestingRef(b, nil); got != want {
			t.Fatalf("interesting(%q) = %v, reference says %v", b, got, want)
		}
	})
}
