package literals

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

func analyzeAs(t *testing.T, lang, src string) *ir.File {
	t.Helper()
	f, err := For(lang)("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func flats(f *ir.File) []string {
	var out []string
	for _, u := range f.URLs {
		s := irtest.Flat(u.Parts)
		if u.Comment {
			s = "#" + s
		}
		if u.Var != "" {
			s = u.Var + "=" + s
		}
		out = append(out, s)
	}
	return out
}

func TestLiteralsByLanguage(t *testing.T) {
	for _, tc := range []struct {
		lang, src string
		want      []string
	}{
		{"perl", `my $kobo = 'https://kc.example.org'; # https://old.example.org/x
my $u = "$kobo/api/v1/data/$id"; my $v = $kobo . '/forms';`,
			[]string{"kobo=https://kc.example.org", "#https://old.example.org/x", "u=https://kc.example.org/api/v1/data/{id}", "v=https://kc.example.org/forms"}},
		{"java", `static final String S = "https://kc.example.org"; String d(int i) { return S + "/api/v1/data/" + i; } /* "https://c.example.org/x" */`,
			[]string{"S=https://kc.example.org", "https://kc.example.org/api/v1/data/{i}", "#https://c.example.org/x"}},
		{"kotlin", `val base = "https://kc.example.org"
val url = "$base/api/v1/forms/${form.id}.json"
val raw = """https://kc.example.org/api/v1/data"""`,
			[]string{"base=https://kc.example.org", "url=https://kc.example.org/api/v1/forms/{form.id}.json", "raw=https://kc.example.org/api/v1/data"}},
		{"ruby", `u = "https://kc.example.org/api/v1/data/#{id}.csv" # see https://x.example.org/y`,
			[]string{"u=https://kc.example.org/api/v1/data/{id}.csv", "#https://x.example.org/y"}},
		{"powershell", `$b = "https://kc.example.org"; Invoke-RestMethod "$b/api/v1/data/$($env:FORM)" -Headers @{A="Token $env:KOBO_TOKEN"}`,
			[]string{"b=https://kc.example.org", "https://kc.example.org/api/v1/data/{FORM}"}},
		{"swift", `let u = "https://kc.example.org/api/v1/forms/\(id)"`,
			[]string{"u=https://kc.example.org/api/v1/forms/{id}"}},
		{"lua", `local u = "https://kc.example.org/a" -- https://b.example.org/c
i = i - -1`,
			[]string{"u=https://kc.example.org/a", "#https://b.example.org/c"}},
	} {
		f := analyzeAs(t, tc.lang, tc.src)
		if got := flats(f); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tc.lang, got, tc.want)
		}
	}
}

// Literal pieces keep exact spans: the fixer edits them in place.
func TestSpansAndHint(t *testing.T) {
	src := `my $kobo_url = "https://kc.example.org/api/v1/forms?x=\"1\"";`
	f := analyzeAs(t, "perl", src)
	if !f.KoboHint {
		t.Error("$kobo_url names Kobo")
	}
	if len(f.URLs) != 1 {
		t.Fatalf("urls %q", flats(f))
	}
	p := f.URLs[0].Parts[0]
	if p.Raw || p.Text != `https://kc.example.org/api/v1/forms?x="1"` || src[p.Span.Start:p.Span.Start+5] != "https" {
		t.Errorf("escaped literal: %+v", p)
	}
	g := analyzeAs(t, "java", `String u = "https://kc.example.org/api/v1/forms";`)
	q := g.URLs[0].Parts[0]
	if !q.Raw || `String u = "https://kc.example.org/api/v1/forms";`[q.Span.Start:q.Span.End] != q.Text {
		t.Errorf("raw literal: %+v", q)
	}
}

func TestSuppressions(t *testing.T) {
	f := analyzeAs(t, "java", "String u = \"https://kc.example.org\"; // kobolint:ignore[KB101]\n")
	if len(f.Suppressions) != 1 || f.Suppressions[0].Line != 1 || f.Suppressions[0].Rules[0] != "KB101" {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
}

// FuzzAnalyze: no input makes the lexer panic, and every span lies inside
// the input (raw ones spelling it).
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		`<?php $a = "{$b->c}/x/{$d}"; # c` + "\n" + `/* "u/v" */ $e = 'f.g' . $h;`,
		`val u = """a/b""" + "$x/${y.z}"`, `"\(a)/b"`, `"#{a}/b"`, `"$(a)/b $env:X/y"`, `'a/b`, `"a/b\`,
		"--[[ x ]] \"a/b\" <# c #>", `"{$`, `"${`, `"\(`,
		"let\n B = \"https://kc.x\",\n S = Json.Document(Web.Contents(B, [RelativePath = \"api/v1/\" & Id, Content = x])),\n #\"T\" = Table.ExpandRecordColumn(S, \"C\", {\"formid\", \"t\"\"x\"})\nin #\"T\"",
		"Const U As String = \"https://kc.x\" ' c\nRem r\nx = U & _\n  \"/api/v1/forms\" & y",
	} {
		for _, l := range Names() {
			f.Add(l, s)
		}
	}
	f.Fuzz(func(t *testing.T, lang, src string) {
		if _, ok := Languages[lang]; !ok {
			return
		}
		file, err := For(lang)("x", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range file.URLs {
			for _, p := range u.Parts {
				if p.Span.Start < 0 || p.Span.End > len(src) || p.Span.Start > p.Span.End {
					t.Fatalf("span %+v out of %d", p.Span, len(src))
				}
				if p.Raw && src[p.Span.Start:p.Span.End] != p.Text {
					t.Fatalf("raw part %+v does not spell the source", p)
				}
			}
		}
	})
}

func TestBasic(t *testing.T) {
	src := `Attribute VB_Name = "KoboExport"
Const KOBO_URL As String = "https://kc.example.org" ' see https://old.example.org/x
Rem https://rem.example.org/y
Function DataURL(id As Long) As String
    DataURL = KOBO_URL & "/api/v1/data/" & id & ".csv"
    u = KOBO_URL & _
        "/api/v1/forms"
    q = "say ""hi"" to C:\x\"
End Function
`
	f := analyzeAs(t, "vba", src)
	want := []string{"KOBO_URL=https://kc.example.org", "#https://old.example.org/x", "#https://rem.example.org/y",
		"DataURL=https://kc.example.org/api/v1/data/{id}", ".csv", "u=https://kc.example.org/api/v1/forms"}
	if got := flats(f); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	for _, u := range f.URLs {
		for _, p := range u.Parts {
			if p.Kind == ir.Lit && strings.Contains(p.Text, "hi") {
				t.Errorf("a string ending in a backslash closes at its quote: %+v", p)
			}
		}
	}
}

func TestPowerQuery(t *testing.T) {
	src := `let
    // parameters
    Base = "https://kc.example.org",
    Token = "x" meta [IsParameterQuery = true],
    Source = Json.Document(Web.Contents(Base, [RelativePath = "api/v1/forms", Headers = [Authorization = "Token " & Token]])),
    Data = Json.Document(Web.Contents("https://kc.example.org/api/v1/data/" & Text.From(Id) & ".json")),
    Posted = Web.Contents(Base & "/", [RelativePath = "api/v1/forms", Content = Body]),
    #"Expanded Column1.title" = Table.ExpandRecordColumn(Source, "Column1", {"formid", "title"}, {"formid", "title"}),
    Name = Record.Field(_, "num_of_submissions")
in
    Data`
	f := analyzeAs(t, "powerquery", src)
	var reqs []string
	for _, u := range f.URLs {
		if u.Role == ir.RoleRequest {
			reqs = append(reqs, u.Method+" "+irtest.Flat(u.Parts))
		}
	}
	want := []string{"GET https://kc.example.org/api/v1/forms", "GET https://kc.example.org/api/v1/data/{Text.From(Id)}.json",
		"POST https://kc.example.org/api/v1/forms"}
	if strings.Join(reqs, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests %q\nwant %q", reqs, want)
	}
	var cols []string
	for _, fr := range f.Fields {
		cols = append(cols, fr.Name)
		if fr.Raw || fr.Kind != ir.FieldColumn || src[fr.Span.Start:fr.Span.End] != fr.Name {
			t.Errorf("column %+v", fr)
		}
	}
	if strings.Join(cols, ",") != "formid,title,num_of_submissions" {
		t.Errorf("columns %q", cols)
	}
	for _, u := range f.URLs {
		if strings.Contains(irtest.Flat(u.Parts), "Expanded") {
			t.Errorf("a quoted identifier is no string: %q", irtest.Flat(u.Parts))
		}
	}
}

func TestDotM(t *testing.T) {
	for src, lang := range map[string]string{
		"let\n  S = Web.Contents(\"https://kc.example.org/api/v1/forms\")\nin S":                          "powerquery",
		"#import <Foundation/Foundation.h>\nNSString *u = @\"https://kc.example.org/api/v1/forms\"; // x": "objc",
		"% pull forms\nurl = 'https://kc.example.org/api/v1/forms';\ndata = webread(url);":                "matlab",
	} {
		f, err := For("powerquery")("src/pull.m", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if f.Lang != lang {
			t.Errorf("%q: lang %s, want %s", src, f.Lang, lang)
		}
		found := false
		for _, u := range f.URLs {
			found = found || !u.Comment && strings.Contains(irtest.Flat(u.Parts), "/api/v1/forms")
		}
		if !found {
			t.Errorf("%s: no URL in %q", lang, flats(f))
		}
	}
	f, _ := For("vba")("doc/thesis.cls", []byte("\\NeedsTeXFormat{LaTeX2e}\n\\ProvidesClass{thesis}\n\\newcommand{\\u}{\"https://kc.example.org/api/v1\"}"))
	if len(f.URLs) != 0 {
		t.Errorf("a LaTeX class is not VBA: %q", flats(f))
	}
}

// Scan picks the syntax by the file's ending: a Go raw string is a
// literal, a Python comment is a comment.
func TestScanByEnding(t *testing.T) {
	for _, tc := range []struct {
		path, src string
		want      []string
	}{
		{"a.go", "var u = `https://kc.example.org/api/v1/forms` // https://old.example.org/x\n", []string{"u=https://kc.example.org/api/v1/forms", "#https://old.example.org/x"}},
		{"a.py", "# https://old.example.org/x\nu = 'https://kc.example.org/api/v1/data'\n", []string{"#https://old.example.org/x", "u=https://kc.example.org/api/v1/data"}},
		{"a.ts", "const u = `https://kc.example.org/api/v1/forms`;\n", []string{"u=https://kc.example.org/api/v1/forms"}},
	} {
		got := flats(Scan(tc.path, []byte(tc.src)))
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.path, got, tc.want)
		}
	}
}
