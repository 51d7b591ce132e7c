package engine

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/rules"
)

// interestingRef is the plain definition of the prefilter: one search per
// marker. The anchored scan in prefilter.go must agree with it exactly.
func interestingRef(src []byte, extra [][]byte) bool {
	for _, m := range []string{"kobo", "api/v1", "assets/", "exports/", "imports/",
		"num_of_submissions", "public_data", "humanitarianresponse"} {
		if bytes.Contains(src, []byte(m)) {
			return true
		}
	}
	// markers that count only where a word starts
	for _, m := range []string{"kc.", "kc-", "kf.", "kf-", "id_string", "formid"} {
		if refWordStart(src, m, false) {
			return true
		}
	}
	for _, m := range extra {
		if bytes.Contains(src, m) {
			return true
		}
	}
	if bytes.IndexByte(src, 'K') >= 0 || refWordStartExact(src, "FORMID") || refWordStartExact(src, "ID_STRING") {
		return refFoldOutsideBlob(src, "kobo") || refWordStart(src, "formid", true)
	}
	return false
}

// refFoldOutsideBlob reports whether w occurs in any case outside a run
// of 256 base64 bytes or more.
func refFoldOutsideBlob(s []byte, w string) bool {
	isB64 := func(b byte) bool {
		return bytes.IndexByte([]byte("+/0123456789"), b) >= 0 || 'a' <= b|0x20 && b|0x20 <= 'z'
	}
	for i := 0; i+len(w) <= len(s); i++ {
		if !foldAt(s[i:], w) {
			continue
		}
		a, b := i, i+len(w)
		for a > 0 && isB64(s[a-1]) {
			a--
		}
		for b < len(s) && isB64(s[b]) {
			b++
		}
		if b-a < 256 {
			return true
		}
	}
	return false
}

// refWordStart reports whether w (lower case; in any case with fold)
// occurs in s where a word starts.
func refWordStart(s []byte, w string, fold bool) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if (fold && foldAt(s[i:], w) || !fold && bytes.HasPrefix(s[i:], []byte(w))) && !refInWord(s, i) {
			return true
		}
	}
	return false
}

func refWordStartExact(s []byte, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if bytes.HasPrefix(s[i:], []byte(w)) && !refInWord(s, i) {
			return true
		}
	}
	return false
}

// refInWord: s[i] follows an ASCII letter or digit that does not end an
// escape (\n, \/, \xHH, \uHHHH, %HH).
func refInWord(s []byte, i int) bool {
	if i == 0 {
		return false
	}
	b := s[i-1]
	if (b < 'a' || b > 'z') && (b < 'A' || b > 'Z') && (b < '0' || b > '9') {
		return false
	}
	// the escape's introducer and the number of bytes after it, up to s[i]
	for _, esc := range []struct {
		intro string
		n     int
	}{{`\`, 1}, {"%", 2}, {`\x`, 2}, {`\u`, 4}} {
		if i-esc.n >= len(esc.intro) && bytes.HasSuffix(s[:i-esc.n], []byte(esc.intro)) {
			return false
		}
	}
	return true
}

var prefilterCases = []string{
	"", "k", "K", "kobo", "xkobox", "KOBO_URL", "kOBO", "kOBO K", "Kobo", "kc.example.org", "kc-eu",
	"kc", "api/v1", "api/v2", "/api/v", "assets/", "assets", "exports/", "imports/", "import/",
	"num_of_submissions", "num_of_submission", "id_string", "ID_STRING", "ID_STRING kobo",
	"ID_STRING kObO", "formid", "FormID", "FormID K", "FORMID", "FORMID x", "fORMID FORMID",
	"public_data", "publicdata", "humanitarianresponse", "humanitarian response", "mmm", "m", "rmid",
	"Kformi", "xx_", "_", "/", "h", "formiD Key", "api/v1/",
	// word starts: a marker inside a longer name does not count
	"unlockf.", "stkc.stk", "a kf.org", "(kc-eu", "invalid_string", "_id_string", "xform_id_string",
	"VALID_STRING kobo", "ID_STRING kobo", "PLATFORMID", "PlatformID K", "FormID K", "xformid", ".formid",
	"2kc.", `"\nkc.example.org"`, `\u002Fkc.x`, `\x2fkf.`, "%2Fkc.", "%2fid_string", `\/formid`, `a\xkc.`,
	strings.Repeat("A", 120) + "kObO" + strings.Repeat("b", 132) + " K", strings.Repeat("A", 120) + "kObO" + strings.Repeat("b", 131) + " K",
	strings.Repeat("A", 252) + "Kobo", strings.Repeat("A", 251) + "Kobo", "Kobo" + strings.Repeat("+", 252), strings.Repeat("/", 100) + "kobo" + strings.Repeat("x", 200),
	"K-VALID_STRING", `\Kformid`, "kFORMID", "9FORMID kobo",
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

// TestInterestingWordStarts pins what the word-start rule decides, so that
// the scan and the reference cannot drift together.
func TestInterestingWordStarts(t *testing.T) {
	for c, want := range map[string]bool{
		"kc.example.org": true, "https://kf.example.org/": true, "(kc-eu": true, "unlockf.": false,
		"stkc.stk": false, "id_string": true, "_xform_id_string": true, "invalid_string": false,
		"FormID K": true, "PlatformID K": false, "VER_PLATFORMID K": false, `"a\nkc.example.org"`: true,
		`https:\/\/kc.example.org`: true, "KoboClient": true, "x = 'data:image/png;base64," + strings.Repeat("Qx9", 100) + "kObO" + strings.Repeat("zz", 80) + "' K": false, `https:\u002F\u002Fkf.example.org`: true, "https%3A%2F%2Fkc.example.org": true,
	} {
		if got := interesting([]byte(c), nil); got != want {
			t.Errorf("interesting(%q) = %v, want %v", c, got, want)
		}
	}
}

// TestPrefilterCoversTable: every host, KoboCAT and KPI path and field
// marker of the table, written alone, is a marker: a file holding only that
// is parsed (what the engine can report must pass the prefilter).
func TestPrefilterCoversTable(t *testing.T) {
	table := rules.MustLoad()
	var must []string
	for _, h := range table.Hosts {
		if h.Host != "" {
			must = append(must, h.Host)
		} else {
			must = append(must, strings.ReplaceAll(h.Pattern, "*", "myngo.org"))
		}
	}
	must = append(must, table.KPIHosts...)
	for _, e := range table.Endpoints {
		switch e.Family {
		case "kpi":
			// a KPI v1 path: its first segment, as code writes it
			head := strings.SplitN(strings.TrimPrefix(e.Match, "/"), "/", 2)[0]
			must = append(must, "https://kf.kobotoolbox.org/"+head+"/")
		case "kobocat":
			must = append(must, strings.ReplaceAll(strings.ReplaceAll(e.Match, "{formid}", "12"), "**", "x"))
		}
	}
	for _, f := range table.FieldMarkers {
		must = append(must, `x["`+f+`"]`)
	}
	for _, m := range must {
		if !interesting([]byte(m), nil) {
			t.Errorf("%q is not a marker: a file holding it is never parsed", m)
		}
	}
}
