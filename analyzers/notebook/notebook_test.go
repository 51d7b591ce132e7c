package notebook

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/analyzers/text"
	"github.com/kobolint/kobolint/analyzers/text/jsonx"
	"github.com/kobolint/kobolint/internal/ir"
)

// nb builds a notebook the way Jupyter writes it (indent 1, one source
// line per JSON line).
func nb(t testing.TB, lang string, cells ...map[string]any) []byte {
	t.Helper()
	doc := map[string]any{
		"cells":          cells,
		"metadata":       map[string]any{"kernelspec": map[string]any{"language": lang, "name": lang}},
		"nbformat":       4,
		"nbformat_minor": 5,
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return []byte(b.String())
}

func code(src string) map[string]any {
	return map[string]any{"cell_type": "code", "metadata": map[string]any{}, "outputs": []any{}, "source": splitLines(src)}
}

func md(src string) map[string]any {
	return map[string]any{"cell_type": "markdown", "metadata": map[string]any{}, "source": splitLines(src)}
}

// splitLines is a notebook cell's source as Jupyter stores it: one
// string per line, each with its "\n".
func splitLines(s string) []string { return slices.Collect(strings.Lines(s)) }

// analyze runs the front-end on the notebook src, failing t on an error,
// and checks and renders its URLs (see check).
func analyze(t testing.TB, path string, src []byte) (*ir.File, []string) {
	t.Helper()
	f, err := Analyze(path, src)
	if err != nil {
		t.Fatal(err)
	}
	return f, check(t, src, f)
}

// check verifies the spans (irtest.CheckSpans) and returns
// `L<line>[ comment]: <text>` per URL, the line that of its first own part.
func check(t testing.TB, src []byte, f *ir.File) []string {
	t.Helper()
	irtest.CheckSpans(t, f, src)
	var out []string
	for _, u := range f.URLs {
		line := 0
		for _, p := range u.Parts {
			if line == 0 && p.Kind != ir.Hole && p.Via == "" {
				line = strings.Count(string(src[:p.Span.Start]), "\n") + 1
			}
		}
		c := ""
		if u.Comment {
			c = " comment"
		}
		out = append(out, "L"+itoa(line)+c+": "+irtest.Flat(u.Parts))
	}
	return out
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// lineOf returns the 1-based line of the first occurrence of s.
func lineOf(src []byte, s string) int {
	i := strings.Index(string(src), s)
	if i < 0 {
		return -1
	}
	return strings.Count(string(src[:i]), "\n") + 1
}

func has(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

func TestCellsAndOutputs(t *testing.T) {
	cellWithOutput := code("print('x')\n")
	cellWithOutput["outputs"] = []any{map[string]any{"output_type": "stream", "name": "stdout", "text": []string{"https://kc.x.org/api/v1/forms\n"}}}
	src := nb(t, "python",
		md("# Title\nSee https://kc.x.org/api/v1/data\n"),
		code("# setup\nBASE = \"https://kc.x.org\"\n"),
		cellWithOutput,
		code("%matplotlib inline\n%env KOBO_URL=https://kc.x.org\n!curl -s https://kc.x.org/api/v1/user\n"),
		code("%%bash\ncurl https://kc.x.org/api/v1/forms\n"),
		code("%%javascript\nfetch('https://kc.x.org/api/v1/js')\n"),
	)
	f, got := analyze(t, "a.ipynb", src)
	for _, want := range []string{
		"L" + itoa(lineOf(src, "See https")) + ": https://kc.x.org/api/v1/data",
		"L" + itoa(lineOf(src, "!curl")) + ": https://kc.x.org/api/v1/user",
		"L" + itoa(lineOf(src, "curl https")) + ": https://kc.x.org/api/v1/forms",
		"L" + itoa(lineOf(src, "fetch(")) + ": https://kc.x.org/api/v1/js"} {
		if !has(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, "L"+itoa(lineOf(src, "\"https://kc.x.org/api/v1/forms\\n\""))+":") {
			t.Errorf("output cell scanned: %q", g)
		}
	}
	env := false
	for _, u := range f.URLs {
		if u.Var == "KOBO_URL" && u.Role == ir.RoleSetting {
			env = true
		}
	}
	if !env {
		t.Errorf("%%env setting missing: %q", got)
	}
	if f.EditText == nil || f.EditText("a\"b\n") != `a\"b\n` {
		t.Error("EditText must escape for JSON")
	}
}

func TestVirtualProgramAcrossCells(t *testing.T) {
	if !text.HasFrontEnd("python") {
		t.Skip("python front-end not linked in: cells are only scanned for URLs")
	}
	src := nb(t, "python",
		code("BASE_URL = \"https://kc.x.org\"\n"),
		md("text"),
		code("import requests\nr = requests.get(BASE_URL + \"/api/v1/forms\")\nforms = r.json()"),
		code("print(forms[0][\"title\"])\n"),
	)
	f, got := analyze(t, "a.ipynb", src)
	if !slices.ContainsFunc(f.URLs, func(u ir.URL) bool {
		return u.Role == ir.RoleRequest && len(u.Parts) == 2 && u.Parts[0].Via == "BASE_URL" && u.Parts[1].Text == "/api/v1/forms"
	}) {
		t.Errorf("BASE_URL of cell 1 not inlined in cell 3: %q", got)
	}
	if len(f.Fields) == 0 || f.Fields[len(f.Fields)-1].Name != "title" || len(f.Fields[len(f.Fields)-1].Origin) == 0 {
		t.Errorf("field read with origin across cells: %+v", f.Fields)
	}
}

func TestEscapesMapBack(t *testing.T) {
	// Hand-written JSON: \/ and \u00e9 escapes, a source given as one string.
	src := []byte(`{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": ` +
		`"u = \"https:\/\/kc.x.org\/api\/v1\"  # caf\u00e9\nv = \"https://kc.x.org/api/v1/forms\""}],` +
		` "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}`)
	f, _ := analyze(t, "e.ipynb", src)
	var raw, escaped bool
	for _, u := range f.URLs {
		for _, p := range u.Parts {
			if p.Kind != ir.Lit || u.Comment {
				continue
			}
			in := string(src[p.Span.Start:p.Span.End])
			switch p.Text {
			case "https://kc.x.org/api/v1":
				escaped = in == `https:\/\/kc.x.org\/api\/v1` && !p.Raw
			case "https://kc.x.org/api/v1/forms":
				raw = p.Raw && in == p.Text
			}
		}
	}
	if !raw || !escaped {
		t.Errorf("raw=%v escaped=%v: %+v", raw, escaped, f.URLs)
	}
}

func TestCRLFAndBOM(t *testing.T) {
	src := nb(t, "python", code("A = \"https://kc.x.org/api/v1/data\"\n"))
	crlf := []byte("\ufeff" + strings.ReplaceAll(string(src), "\n", "\r\n"))
	_, got := analyze(t, "w.ipynb", crlf)
	if !has(got, "L8: https://kc.x.org/api/v1/data") {
		t.Errorf("got %q", got)
	}
}

func TestKernels(t *testing.T) {
	src := nb(t, "R", code("u <- \"https://kc.x.org/api/v1/forms\"\n"))
	doc, _ := jsonx.Parse(src, false)
	if k := kernelLanguage(src, doc.Root); k != "r" {
		t.Errorf("kernel %q", k)
	}
	_, got := analyze(t, "r.ipynb", src)
	if !has(got, "L8: https://kc.x.org/api/v1/forms") {
		t.Errorf("R cell: %q", got)
	}
	for lang, want := range map[string]string{"python3": "python", "ir": "r", "bash": "shell", "julia": "julia", "": "python"} {
		src := []byte(`{"cells": [], "metadata": {"kernelspec": {"name": "` + lang + `"}}}`)
		doc, _ := jsonx.Parse(src, false)
		if got := kernelLanguage(src, doc.Root); got != want {
			t.Errorf("kernel %q -> %q, want %q", lang, got, want)
		}
	}
}

func TestNBFormat3(t *testing.T) {
	src := []byte(`{"worksheets": [{"cells": [{"cell_type": "code", "language": "python", "input": ["x = \"https://kc.x.org/api/v1/data\"\n"]}]}], "metadata": {}, "nbformat": 3}`)
	_, got := analyze(t, "old.ipynb", src)
	if len(got) == 0 {
		t.Error("nbformat 3 cells not read")
	}
}

func TestInvalid(t *testing.T) {
	_, err := Analyze("bad.ipynb", []byte("{\n \"cells\": [\n  {\"cell_type\": \"code\",}\n ]\n}\n"))
	var se *jsonx.SyntaxError
	if !errors.As(err, &se) || se.Line != 3 || !strings.Contains(err.Error(), "bad.ipynb") {
		t.Errorf("error %v", err)
	}
	for _, in := range []string{"[]", `{"metadata": {}}`, `{"cells": 3}`} {
		if _, err := Analyze("x.ipynb", []byte(in)); err == nil {
			t.Errorf("%s: no error", in)
		}
	}
}

func TestSuppressionLines(t *testing.T) {
	src := nb(t, "python", md("<!-- kobolint:ignore -->\nhttps://kc.x.org/api/v1\n"), code("x = 1  # kobolint:ignore[KB101]\n"))
	f, _ := analyze(t, "s.ipynb", src)
	lines := map[int]bool{}
	for _, s := range f.Suppressions {
		lines[s.Line] = true
	}
	if !lines[lineOf(src, "<!-- kobolint")] || !lines[lineOf(src, "# kobolint")] {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
}

func TestShellEscapesSeePythonValues(t *testing.T) {
	if !text.HasFrontEnd("python") || !text.HasFrontEnd("shell") {
		t.Skip("python or shell front-end not linked in")
	}
	src := nb(t, "python",
		code("BASE = \"https://kc.x.org\"\n"),
		code("!curl -s {BASE}/api/v1/forms -o forms.json\n!curl -s \"$BASE/api/v1/data\"\n"),
	)
	f, _ := analyze(t, "a.ipynb", src)
	n := 0
	for _, u := range f.URLs {
		if u.Role == ir.RoleRequest && len(u.Parts) >= 2 && u.Parts[0].Text == "https://kc.x.org" && strings.HasPrefix(u.Parts[1].Text, "/api/v1/") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want 2 shell requests built on BASE, got %d: %+v", n, f.URLs)
	}
}

// TestFixLanguage: the engine writes fixes in File.Lang's syntax, so a
// notebook of one language is that language's file, and a mixed one keeps
// no accessor of the reads that are not Python (issue 12: f$tags must
// never become f$tag_string.split(",")).
func TestFixLanguage(t *testing.T) {
	rsrc := nb(t, "R", code("forms <- content(GET(\"https://kc.x.org/api/v1/forms\"))\nfor (f in forms) print(f$tags)\n"))
	pysrc := nb(t, "python", code("import requests\nforms = requests.get(\"https://kc.x.org/api/v1/forms\").json()\nfor f in forms:\n    print(f[\"tags\"])\n"))
	mixed := nb(t, "python",
		code("import requests\nforms = requests.get(\"https://kc.x.org/api/v1/forms\").json()\nfor f in forms:\n    print(f[\"tags\"])\n"),
		code("%%R\nrforms <- content(GET(\"https://kc.x.org/api/v1/forms\"))\nfor (f in rforms) print(f$tags)\n"),
		md("Only words here: no code.\n"))
	for _, tc := range []struct {
		name string
		src  []byte
		lang string
	}{{"r.ipynb", rsrc, "r"}, {"py.ipynb", pysrc, "python"}, {"mixed.ipynb", mixed, Name}} {
		f, _ := analyze(t, tc.name, tc.src)
		if f.Lang != tc.lang {
			t.Errorf("%s: Lang %q, want %q", tc.name, f.Lang, tc.lang)
		}
		reads := 0
		for _, fr := range f.Fields {
			if fr.Name != "tags" {
				continue
			}
			reads++
			rcell := tc.src[fr.Span.Start-1] == '$'
			switch {
			case tc.lang == Name && rcell && (fr.Access.Valid() || fr.Expr.Valid()):
				t.Errorf("%s: the R read keeps an accessor in a mixed notebook: %+v", tc.name, fr)
			case (tc.lang != Name || !rcell) && !fr.Access.Valid():
				t.Errorf("%s: the read lost its accessor: %+v", tc.name, fr)
			}
		}
		if want := map[string]int{"r": 1, "python": 1, Name: 2}[tc.lang]; reads != want {
			t.Errorf("%s: %d tags reads, want %d", tc.name, reads, want)
		}
	}
}

func TestCellSpans(t *testing.T) {
	src := []byte("{\"cells\": [\n {\"cell_type\": \"markdown\", \"source\": [\"# t\"]},\n {\"cell_type\": \"code\", \"source\": [\"x = 1\"]}\n]}")
	spans, err := CellSpans(src)
	if err != nil || len(spans) != 2 {
		t.Fatalf("spans %v, %v", spans, err)
	}
	at := func(s string) int { return CellAt(spans, bytes.Index(src, []byte(s))) }
	if at("# t") != 0 || at("x = 1") != 1 || at("cells") != -1 {
		t.Errorf("CellAt: %d %d %d", at("# t"), at("x = 1"), at("cells"))
	}
	if _, err := CellSpans([]byte("[1]")); err == nil {
		t.Error("a JSON list is not a notebook")
	}
}
