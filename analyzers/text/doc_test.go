package text

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

func TestScanTokens(t *testing.T) {
	cases := map[string][]string{
		"see https://kc.x.org/api/v1/data/<formid>, then": {"https://kc.x.org/api/v1/data/{formid}"},
		"(https://x.org/a_(b)) and <https://y.org>.":      {"https://x.org/a_(b)", "https://y.org"},
		"**https://x.org/y**":                             {"https://x.org/y"},
		"requests.get(url) and pull.py and e.g. v1.2.3":   nil,
		"kc.kobotoolbox.org/token and user@kc.x.org":      {"kc.kobotoolbox.org/token"},
		"$KC_URL/api/v1/forms ${B:-x}/api/v2/ {BASE}/api": {"{KC_URL}/api/v1/forms", "{B}/api/v2/"},
		"hh_etl/pull.py some_dir/api/x api/v1/forms":      {"api/v1/forms"},
		"${{ secrets.KOBO }}/api/v1/data":                 {"{secrets.KOBO}/api/v1/data"},
		"HTTPS://KC.X.ORG/API/V1 http:// https://":        {"HTTPS://KC.X.ORG/API/V1"},
		"ftp.example.com kobo.local mirror.kobo.internal": {"ftp.example.com", "kobo.local", "mirror.kobo.internal"},
	}
	for in, want := range cases {
		var got []string
		for _, tk := range scanTokens([]byte(in)) {
			s := ""
			for _, p := range tk.pieces {
				if p.hole {
					s += "{" + p.name + "}"
				} else {
					s += in[p.s:p.e]
				}
			}
			got = append(got, s)
		}
		if len(got) != len(want) {
			t.Errorf("%q: got %q, want %q", in, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: got %q, want %q", in, got, want)
			}
		}
	}
	if tk := scanTokens([]byte("use KC_URL=https://kc.x.org now")); len(tk) != 1 || tk[0].name != "KC_URL" {
		t.Errorf("NAME= prefix: %+v", tk)
	}
}

func TestUrlishName(t *testing.T) {
	for name, want := range map[string]bool{
		"base_url": true, "KOBO_API_URL": true, "serverHost": true, "kobo.endpoints": true, "webhookURL": true,
		"token": false, "description": false, "title": false, "v2": false, "name": false,
	} {
		if got := urlishName(lastKey(name)); got != want {
			t.Errorf("urlishName(%q) = %v", name, got)
		}
	}
}

func TestMarkdown(t *testing.T) {
	src := "---\nserver: https://kc.x.org\n---\n" +
		"Prose https://kc.x.org/api/v1/forms and `/api/v1/data` and kc.x.org.\n" +
		"Elided https://kc.x.org/api/v1/... pattern.\n" +
		"Set `KC_URL=https://kc-eu.x.org` <!-- old https://kc.x.org/api/v1/user -->\n" +
		"\n" +
		"```json\n{\"api_url\": \"https://kc.x.org/api/v1\"}\n```\n" +
		"  ~~~\n  unlabelled https://a.org/api/v1/x\n  ~~~\n" +
		"\n    indented https://b.org/api/v1\n\n" +
		"<!--\nhttps://c.org/api/v1\n-->\n"
	f, got := analyze(t, "docs/api.md", src)
	expectURLs(t, got,
		"L2 setting server: https://kc.x.org",
		"L4 doc : https://kc.x.org/api/v1/forms",
		"L4 doc : kc.x.org",
		"L5 doc comment : https://kc.x.org/api/v1/",
		"L6 doc KC_URL: https://kc-eu.x.org",
		"L6 doc comment : https://kc.x.org/api/v1/user",
		"L9 setting api_url: https://kc.x.org/api/v1",
		"L12 doc : https://a.org/api/v1/x",
		"L15 doc : https://b.org/api/v1",
		"L18 doc comment : https://c.org/api/v1",
	)
	for _, u := range f.URLs {
		if u.Role == ir.RoleDoc && !u.Parts[0].Raw {
			t.Errorf("markdown parts are raw: %+v", u)
		}
	}
}

func TestMarkdownFences(t *testing.T) {
	if !HasFrontEnd("shell") || !HasFrontEnd("python") {
		t.Skip("shell or python front-end not linked in")
	}
	src := "1. In a list:\n\n   ```bash\n   curl https://kc.x.org/api/v1/forms\n   ```\n\n" +
		"```console\n$ export KC=https://kc.x.org\n$ curl \"$KC/api/v1/data\" \\\n>   -o d.json\n[{\"url\": \"https://kc.x.org/api/v1/data/1\"}]\n```\n\n" +
		"```python\nB = \"https://kc.x.org\"\nr = requests.get(B + \"/api/v1/user\")\nprint(r.json()[\"username\"])\n```\n"
	f, got := analyze(t, "README.md", src)
	want := map[string]bool{
		"L4 request : https://kc.x.org/api/v1/forms": true,
		"L8 assign KC: https://kc.x.org":             true,
		"L9 request : https://kc.x.org/api/v1/data":  true,
		"L11 doc : https://kc.x.org/api/v1/data/1":   true,
		"L15 assign B: https://kc.x.org":             true,
		"L16 request : https://kc.x.org/api/v1/user": true,
	}
	for _, g := range got {
		delete(want, g)
	}
	if len(want) > 0 {
		t.Errorf("missing %v in\n%v", want, got)
	}
	if len(f.Fields) == 0 || f.Fields[0].Name != "username" {
		t.Errorf("fields %+v", f.Fields)
	}
}

func TestHTML(t *testing.T) {
	_, got := analyze(t, "page.html", `<p><a href="https://kf.x.org/token/">t</a></p>
<!-- https://kc.x.org/api/v1 -->
<SCRIPT type="module">
const U = "https://kc.x.org";
</SCRIPT>
<p>/api/v1/data</p>
`)
	if len(got) < 3 || got[0] != "L1 doc href: https://kf.x.org/token/" || got[1] != "L2 doc comment : https://kc.x.org/api/v1" {
		t.Errorf("got %v", got)
	}
	for _, g := range got {
		if g == "L6 doc : /api/v1/data" {
			t.Errorf("a bare path in HTML text is a mention: %v", got)
		}
	}
}

func TestDerivedAndCode(t *testing.T) {
	// A markdown text derived from a file: spans land in the file.
	file := []byte(`{"source": ["see https:\/\/kc.x.org\/api\/v1 and https://kf.x.org\n"]}`)
	start := len(`{"source": ["`)
	end := len(file) - len(`"]}`)
	var b = newBuilderFromJSON(file, start, end)
	f := Derived("markdown", "nb.ipynb", linesOf(file), b.Text(), b.Map())
	irtest.CheckSpans(t, f, file)
	if len(f.URLs) != 2 || f.URLs[0].Parts[0].Raw || !f.URLs[1].Parts[0].Raw {
		t.Fatalf("urls %+v", f.URLs)
	}
	if got := string(file[f.URLs[0].Parts[0].Span.Start:f.URLs[0].Parts[0].Span.End]); got != `https:\/\/kc.x.org\/api\/v1` {
		t.Errorf("escaped URL span holds %q", got)
	}
}

func TestHTMLEntities(t *testing.T) {
	src := "<pre><code>r &lt;- GET(url = &quot;https://kc.x.org/api/v1/data.csv&quot;)</code></pre>\n<a href=\"https://x.org/?a=1&amp;b=2\">x</a>\n"
	f, got := analyze(t, "knit.html", src)
	expectURLs(t, got, "L1 doc : https://kc.x.org/api/v1/data.csv", "L2 doc href: https://x.org/?a=1&b=2")
	if !f.URLs[0].Parts[0].Raw || f.URLs[1].Parts[0].Raw {
		t.Errorf("raw flags: %+v", f.URLs)
	}
}
