package engine

import (
	"strings"

	"bytes"
	"github.com/kobolint/kobolint/rules"
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
