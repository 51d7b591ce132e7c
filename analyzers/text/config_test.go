package text

import (
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestEnv(t *testing.T) {
	f, got := analyze(t, ".env.example", "\ufeff# comment https://kc.x.org/api/v1\r\n"+
		"KOBO_URL=https://kc.kobotoolbox.org\r\n"+
		"export API=\"${KOBO_URL}/api/v1\" # trailing https://ee.x.org\r\n"+
		"KOBO_TOKEN=\r\n"+
		"PATHS='/api/v1/data'\r\n"+
		"MULTI=\"first\nhttps://kf.kobotoolbox.org\"\r\n"+
		"junk line with https://example.org/x\r\n")
	expectURLs(t, got,
		"L1 unknown comment : https://kc.x.org/api/v1",
		"L2 setting KOBO_URL: https://kc.kobotoolbox.org",
		"L3 setting API: https://kc.kobotoolbox.org/api/v1",
		"L3 unknown comment : https://ee.x.org",
		"L5 setting PATHS: /api/v1/data",
		"L7 unknown MULTI: https://kf.kobotoolbox.org",
		"L8 unknown : https://example.org/x",
	)
	if !f.KoboHint {
		t.Error("a KOBO_ key should set KoboHint")
	}
	names := map[string]bool{}
	for _, d := range f.Defs {
		names[d.Name] = true
	}
	if !names["KOBO_URL"] || !names["API"] || !names["PATHS"] {
		t.Errorf("defs %v", f.Defs)
	}
	// The expanded value keeps the definition's span and says where from.
	if p := f.URLs[2].Parts[0]; p.Via != "KOBO_URL" {
		t.Errorf("inlined part %+v", p)
	}
}

func TestYAMLComposeList(t *testing.T) {
	src := "services:\n  a:\n    environment:\n      - KOBO_URL=https://kc.kobotoolbox.org\n      - LEVEL=info\n    image: ghcr.io/x/y:1\n"
	f, got := analyze(t, "docker-compose.yml", src)
	expectURLs(t, got, "L4 setting KOBO_URL: https://kc.kobotoolbox.org")
	if len(f.Defs) != 1 || f.Defs[0].Name != "KOBO_URL" {
		t.Errorf("defs %+v", f.Defs)
	}
}

func TestJSON(t *testing.T) {
	src := `{
  // settings
  "kobo": {"api_url": "https:\/\/kc.kobotoolbox.org\/api\/v1", "title": "kc.kobotoolbox.org"},
  "paths": ["/api/v1/data", "/api/v2/assets/"],
  "token": "/api/v1/x",
  "env": {"KC": "https://kc-eu.kobotoolbox.org"}, /* https://ee.x.org */
}
`
	f, got := analyze(t, "settings.jsonc", src)
	expectURLs(t, got,
		"L6 unknown comment : https://ee.x.org",
		"L3 setting kobo.api_url: https://kc.kobotoolbox.org/api/v1",
		"L4 setting paths: /api/v1/data",
		"L4 setting paths: /api/v2/assets/",
		"L6 setting KC: https://kc-eu.kobotoolbox.org",
	)
	// The JSON-escaped URL is not raw: it cannot be edited in place.
	for _, u := range f.URLs {
		if u.Var == "kobo.api_url" && u.Parts[0].Raw {
			t.Error("a part spelled with \\/ escapes must not be raw")
		}
	}
}

func TestJSONBroken(t *testing.T) {
	f, got := analyze(t, "x.json", "{\"a\": \"https://kc.kobotoolbox.org/api/v1\",\n\"b\": [1, \n")
	expectURLs(t, got, "L1 unknown : https://kc.kobotoolbox.org/api/v1")
	if len(f.Warnings) == 0 {
		t.Error("a broken JSON file should give a warning")
	}
}

func TestProperties(t *testing.T) {
	f, got := analyze(t, "app.properties", "kobo.url=https\\://kc.kobotoolbox.org\\\n    /api/v1\nother https://x.org\n")
	expectURLs(t, got,
		"L1 setting kobo.url: https://kc.kobotoolbox.org/api/v1",
		"L3 setting other: https://x.org",
	)
	if f.URLs[0].Parts[0].Raw {
		t.Error("an escaped colon makes the part not raw")
	}
}

func TestMakefileInlinesVariables(t *testing.T) {
	if !HasFrontEnd("shell") {
		t.Skip("shell front-end not linked in")
	}
	src := "KC ?= https://kc.x.org\nFORM := 12\nget:\n\t@curl \"$(KC)/api/v1/data/$(FORM)\" -o $$HOME/x.json\n"
	f, _ := analyze(t, "Makefile", src)
	found := false
	for _, u := range f.URLs {
		if u.Role != ir.RoleRequest {
			continue
		}
		s := render([]byte(src), u)
		if s == "L4 request : https://kc.x.org/api/v1/data/12" {
			found = true
		}
	}
	if !found {
		var all []string
		for _, u := range f.URLs {
			all = append(all, render([]byte(src), u))
		}
		t.Errorf("recipe URL not inlined: %v", all)
	}
}

func TestSuppressions(t *testing.T) {
	f, _ := analyze(t, "a.yml", "# kobolint:ignore[KB101, KB200]\nx: https://kc.x.org\ny: 1 # kobolint:ignore\nz: kobolint:ignore\n")
	if len(f.Suppressions) != 2 || f.Suppressions[0].Line != 1 || len(f.Suppressions[0].Rules) != 2 || f.Suppressions[1].Line != 3 {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
	f, _ = analyze(t, "doc.md", "text\n<!-- kobolint:ignore[KB101] -->\nhttps://kc.x.org\n")
	if len(f.Suppressions) != 1 || f.Suppressions[0].Line != 2 || f.Suppressions[0].Rules[0] != "KB101" {
		t.Errorf("markdown suppressions %+v", f.Suppressions)
	}
}

func TestKindAndHistory(t *testing.T) {
	kinds := map[string]kind{
		".env": kindEnv, ".env.production": kindEnv, ".Renviron": kindEnv, "prod.env": kindEnv,
		"config.ini.example": kindINI, "settings.json.sample": kindJSON, "docker-compose.override.yml": kindYAML,
		"Dockerfile": kindDockerfile, "api.dockerfile": kindDockerfile, "Makefile": kindMakefile, "rules.mk": kindMakefile,
		"Procfile": kindProcfile, "README.md": kindMarkdown, "index.rst": kindRST, "page.HTML": kindHTML,
		"notes.txt": kindPlain, "README": kindPlain, "Update_Spreadsheet": kindUnknown, "app.properties": kindProperties, "pyproject.toml": kindTOML, "setup.cfg": kindINI,
	}
	for p, want := range kinds {
		if got := kindOf(p); got != want {
			t.Errorf("kindOf(%q) = %d, want %d", p, got, want)
		}
	}
}

// TestURLsByFormat: the URLs each reader finds in a file of its format,
// with their line, role and setting name (see render).
func TestURLsByFormat(t *testing.T) {
	for _, tc := range []struct {
		path, src string
		want      []string
	}{
		{"ci.yml", "\ufeffkobo:\r\n" +
			"  base_url: https://kc.myngo.org # note https://ee.myngo.org\r\n" +
			"  title: \"Kobo \\u00e9 forms\"\r\n" +
			"  api: \"https:\\x2F/kc.myngo.org/api/v1\"\r\n" +
			"  token: kc.myngo.org\r\n" +
			"  run: |\r\n" +
			"    # not a comment, a line of the block\r\n" +
			"    curl https://kc.myngo.org/api/v1/forms\r\n" +
			"services:\r\n" +
			"  web:\r\n" +
			"    environment:\r\n" +
			"      - KOBO_HOST=kc.myngo.org\r\n" +
			"---\r\n" +
			"env:\r\n" +
			"  - name: KC_URL\r\n" +
			"    value: https://kc.myngo.org\r\n", []string{
			"L2 setting kobo.base_url: https://kc.myngo.org",
			"L4 setting kobo.api: https://kc.myngo.org/api/v1",
			"L8 request : https://kc.myngo.org/api/v1/forms",
			"L12 setting KOBO_HOST: kc.myngo.org",
			"L16 setting KC_URL: https://kc.myngo.org",
			"L2 unknown comment : https://ee.myngo.org",
		}},
		{"index.rst", "Intro https://kc.x.org/api/v1/forms\n\n.. code-block:: json\n   :caption: x\n\n   {\"api_url\": \"https://kc.x.org/api/v1\"}\n\n.. a comment https://kc.x.org/old\n", []string{
			"L1 doc : https://kc.x.org/api/v1/forms",
			"L6 setting api_url: https://kc.x.org/api/v1",
			"L8 doc comment : https://kc.x.org/old",
		}},
		{"kobo.http", "@host = https://kc.x.org\n@token = abc\n### forms\nGET {{host}}/api/v1/forms HTTP/1.1\nAuthorization: Token {{token}}\n# GET https://kc.x.org/old\n", []string{
			"L1 setting host: https://kc.x.org",
			"L4 request : https://kc.x.org/api/v1/forms",
			"L6 unknown comment : https://kc.x.org/old",
		}},
		{"scripts/Update_Sheet", "var base = 'https://kc.x.org';\n// old: https://kc.x.org/api/v1/forms\nfetch(base + '/api/v1/data/12'); # x\n", []string{
			"L1 unknown : https://kc.x.org",
			"L2 unknown comment : https://kc.x.org/api/v1/forms",
			"L3 unknown : /api/v1/data/12",
		}},
		{"pyproject.toml", `[tool.x]
kobo_url = "https://kc.myngo.org" # c
"quoted.key" = 'https://kf.myngo.org'
urls = [
  "https://a.org",
  "https://kc.myngo.org/api/v1",
]
long = """
https://kc.myngo.org/api/v1/data
"""
`, []string{
			"L2 setting tool.x.kobo_url: https://kc.myngo.org",
			"L3 setting tool.x.quoted.key: https://kf.myngo.org",
			"L5 setting tool.x.urls: https://a.org",
			"L6 setting tool.x.urls: https://kc.myngo.org/api/v1",
			"L9 setting tool.x.long: https://kc.myngo.org/api/v1/data",
		}},
		{"config.ini.example", `; c https://ee.x.org
[kobo]
url = https://kc.x.org ; old
host: kc.x.org
list =
  https://a.org/api/v1
  https://b.org
name = a kobo.x.org thing
`, []string{
			"L1 unknown comment : https://ee.x.org",
			"L3 setting kobo.url: https://kc.x.org",
			"L4 setting kobo.host: kc.x.org",
			"L6 setting kobo.list: https://a.org/api/v1",
			"L7 setting kobo.list: https://b.org",
		}},
		{"Dockerfile.prod", `FROM alpine
ARG KC=https://kc.x.org
ENV API=${KC}/api/v1 \
    # inner comment
    UI="https://kf.x.org"
ENV OLD https://kc.x.org/api/v1/forms
CMD ["curl", "https://kc.x.org/api/v1/user"]
`, []string{
			"L2 setting KC: https://kc.x.org",
			"L3 setting API: https://kc.x.org/api/v1",
			"L5 setting UI: https://kf.x.org",
			"L6 setting OLD: https://kc.x.org/api/v1/forms",
			"L7 unknown : https://kc.x.org/api/v1/user",
		}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			_, got := analyze(t, tc.path, tc.src)
			expectURLs(t, got, tc.want...)
		})
	}
}
