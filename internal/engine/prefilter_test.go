package engine

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/kobolint/kobolint/rules"
)

// tableFilter is the prefilter of the embedded table.
var tableFilter = sync.OnceValue(func() *prefilter { return newPrefilter(rules.MustLoad(), nil) })

// interesting runs the embedded table's prefilter with extra host names.
func interesting(src []byte, extra [][]byte) bool {
	p := *tableFilter()
	p.extra = extra
	return p.interesting(src)
}

// interestingRef is the plain definition of the prefilter: one search per
// marker of the table. The anchored scan in prefilter.go must agree with it
// exactly.
func interestingRef(src []byte, extra [][]byte) bool {
	return tableRef(rules.MustLoad(), src, extra)
}

// tableRef is interestingRef for any table.
func tableRef(t *rules.Table, src []byte, extra [][]byte) bool {
	for _, m := range markersOf(t) {
		for i := 0; i+len(m.text) <= len(src); i++ {
			exact := bytes.HasPrefix(src[i:], []byte(m.text))
			folded := m.anyCase && foldAt(src[i:], m.text) && !refInBlob(src, i, len(m.text))
			if (exact || folded) && (!m.wordStart || !refInWord(src, i)) {
				return true
			}
		}
	}
	for _, m := range extra {
		if bytes.Contains(src, m) {
			return true
		}
	}
	return false
}

// refInBlob reports whether s[i:i+n] lies in a run of 256 base64 bytes or
// more.
func refInBlob(s []byte, i, n int) bool {
	isB64 := func(b byte) bool {
		return bytes.IndexByte([]byte("+/0123456789"), b) >= 0 || 'a' <= b|0x20 && b|0x20 <= 'z'
	}
	a, b := i, i+n
	for a > 0 && isB64(s[a-1]) {
		a--
	}
	for b < len(s) && isB64(s[b]) {
		b++
	}
	return b-a >= 256
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

// TestPrefilterOtherMarkers compiles markers of other shapes than the
// embedded table's (one byte, a marker ending with its rarest byte, markers
// sharing no byte, upper-case letters as written) and compares the scan
// with the reference on every string built from their pieces.
func TestPrefilterOtherMarkers(t *testing.T) {
	table := *rules.MustLoad()
	table.Prefilter = rules.Prefilter{Anywhere: []string{"Zq", "~", "abc"}, WordStart: []string{"e.j", "Kx"}, AnyCase: []string{"jj", "x-"}}
	table.FieldMarkers = []string{"ww_k"}
	p := newPrefilter(&table, nil)
	pieces := []string{"", "Z", "q", "~", "a", "b", "c", "e", ".", "j", "J", "K", "x", "X", "-", "w", "W", "_", "k", "1", `\n`, " "}
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		if got, want := p.interesting([]byte(s)), tableRef(&table, []byte(s), nil); got != want {
			t.Errorf("interesting(%q) = %v, reference says %v", s, got, want)
		}
		if depth == 0 {
			return
		}
		for _, piece := range pieces[1:] {
			walk(s+piece, depth-1)
		}
	}
	walk("", 4)
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
