package engine

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

func lit(s string) []ir.Part {
	return []ir.Part{{Kind: ir.Lit, Text: s, Span: ir.Span{Start: 0, End: len(s)}, Raw: true}}
}

// FuzzViews: any literal text splits into URL views inside the string.
func FuzzViews(f *testing.F) {
	for _, s := range []string{"https://kc.x.orghttps://kf.x.org/api/v1/forms", "https://kc.x.org:", "http://a:b://",
		"kc.kobotoolbox.org/api/v1", "://", "https://kc.kobotoolbox.org:8000/api/v1/data/1?x=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fl := flatten(lit(s))
		for _, v := range fl.views() {
			if v.pathStart > len(s) || v.end > len(s) || v.hostEnd > len(s) {
				t.Fatalf("%q: view out of range %+v", s, v)
			}
			findV1(fl.s, v.pathStart, v.end, "/api/v1")
			_ = hasPath(fl.s, v.pathStart, max(v.pathStart, v.end))
		}
	})
}

func TestViews(t *testing.T) {
	fl := flatten(lit("see https://kc.kobotoolbox.org/api/v1/data and https://kf.kobotoolbox.org/api/v2/assets/"))
	vs := fl.views()
	if len(vs) != 2 {
		t.Fatalf("got %d views", len(vs))
	}
	if got := fl.s[vs[0].hostStart:vs[0].hostEnd]; got != "kc.kobotoolbox.org" {
		t.Errorf("host %q", got)
	}
	if got := fl.s[vs[0].pathStart:vs[0].end]; got != "/api/v1/data" {
		t.Errorf("path %q", got)
	}
}

func TestViewsKeepPlaceholderSegments(t *testing.T) {
	for _, tc := range []struct{ in, path string }{
		{"http://https//<kc_url>/api/v1/metadata.json", "//<kc_url>/api/v1/metadata.json"},
		{"https://kc.example.org/api/v1/forms/<formid>/form.xml", "/api/v1/forms/<formid>/form.xml"},
		{"<https://kc.example.org/api/v1/data>", "/api/v1/data"},
		{"https://kc.example.org/api/v1/data<br>", "/api/v1/data<br>"},
		{"https://kc.example.org/a<b c>", "/a"},
		{"https://kf.example.org/assets/<Kobo project asset UID>/", "/assets/<Kobo project asset UID>/"},
	} {
		fl := flatten(lit(tc.in))
		vs := fl.views()
		if len(vs) != 1 {
			t.Fatalf("%q: %d views", tc.in, len(vs))
		}
		if got := fl.s[vs[0].pathStart:vs[0].end]; got != tc.path {
			t.Errorf("%q: path %q, want %q", tc.in, got, tc.path)
		}
	}
}

func TestFlagBefore(t *testing.T) {
	for src, want := range map[string]string{
		"args: [--kobo.url=https://kc.x]":    "kobo.url",
		"kobo-sync --api https://kc.x":       "api",
		"  - \"--server\"\n  - https://kc.x": "server",
		"url: https://kc.x":                  "",
		"visit https://kc.x":                 "",
		"x = a - https://kc.x":               "",
		"run -u \"https://kc.x\"":            "u",
		"line one --api\n\n  https://kc.x":   "",
	} {
		i := strings.Index(src, "https://")
		if got := flagBefore([]byte(src), i); got != want {
			t.Errorf("%q: %q, want %q", src, got, want)
		}
	}
}

func TestViewsSkipCredentials(t *testing.T) {
	for in, host := range map[string]string{
		"https://me:secret@kc.kobotoolbox.org/api/v1/data":                              "kc.kobotoolbox.org",
		"https://" + string(rules.Hole) + ":" + string(rules.Hole) + "@kc.x.org/api/v1": "kc.x.org",
		"https://kc.kobotoolbox.org/api/v1/data?email=a@b.org":                          "kc.kobotoolbox.org",
		"mailto:someone@example.org https://kf.kobotoolbox.org/me/":                     "kf.kobotoolbox.org",
	} {
		f := flatten(lit(in))
		v := f.views()
		if len(v) == 0 || v[0].hostStart < 0 || f.s[v[0].hostStart:v[0].hostEnd] != host {
			t.Errorf("%q: views %+v, want host %s", in, v, host)
		}
	}
}

// TestLocateCompletingDefinition: of literals inlined from several
// definitions, the one joined last as a path segment completes the path;
// pieces of a host stay with its first; a number is no path.
func TestLocateCompletingDefinition(t *testing.T) {
	at := 0
	part := func(text, via string) ir.Part {
		at += 100
		return ir.Part{Kind: ir.Lit, Text: text, Via: via, Span: ir.Span{Start: at, End: at + len(text)}, Raw: true}
	}
	hole := func(name, via string) ir.Part {
		at += 100
		return ir.Part{Kind: ir.Hole, Name: name, Via: via, Span: ir.Span{Start: at, End: at + 2}}
	}
	cases := []struct {
		name  string
		parts []ir.Part
		from  string // the range starts at this text
		want  int    // the part located
	}{
		{"wrapper prefix, then a local argument", []ir.Part{hole("root", ""), part("/api/v1/", "get"), part("data/", "path"), hole("pk", "path")}, "/api/v1/", 2},
		{"a default's hole inside the argument", []ir.Part{part("/api/v1/", "get"), part("data/", "path"), hole("id", "formid")}, "/api/v1/", 1},
		{"a hole joined at the call", []ir.Part{part("/api/v1/", "get"), part("data/", "path"), hole("pk", "")}, "/api/v1/", 2},
		{"own text first", []ir.Part{part("/api/v1/", "get"), part("forms", "")}, "/api/v1/", 1},
		{"a host cut by a replacement", []ir.Part{part("kc.", "kc"), part("example.org", "kpi")}, "kc.", 0},
		{"a number fills the id", []ir.Part{part("/api/v1/forms/", "detail"), part("42", "")}, "/api/v1/", 0},
		{"one definition", []ir.Part{part("/api/", "url"), part("v1", "url"), part("/data/", "url")}, "/api/", 0},
	}
	for _, c := range cases {
		fl := flatten(c.parts)
		a := strings.Index(fl.s, c.from)
		l, ok := fl.locate(a, len(fl.s))
		if !ok || l.part != c.want {
			t.Errorf("%s: located part %d (%v), want %d", c.name, l.part, ok, c.want)
		}
	}
}
