package shell

import (
	"reflect"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

func TestCurlArgumentRoles(t *testing.T) {
	src := `curl -sS -H "Accept: application/json" -X POST \
  --url "https://kc.example.org/api/v1/forms" \
  -d source=https://kf.example.org/assets/abc/ -o out.json https://kc.example.org/api/v1/data
wget -qO- --header="X-Y: 1.0" https://kc.example.org/api/v1/user
http GET https://kc.example.org/api/v1/metadata Authorization:Token.x
`
	f := irtest.Analyze(t, Analyze, "x.sh", src)
	calls := map[string]string{
		"https://kc.example.org/api/v1/forms":    "curl",
		"https://kc.example.org/api/v1/data":     "curl",
		"https://kc.example.org/api/v1/user":     "wget",
		"https://kc.example.org/api/v1/metadata": "http",
	}
	for s, call := range calls {
		if u := oneURL(t, f, s, ir.RoleRequest); u.Call != call {
			t.Errorf("%s: call %q, want %q", s, u.Call, call)
		}
	}
	for _, s := range []string{"source=https://kf.example.org/assets/abc/", "Authorization:Token.x"} {
		oneURL(t, f, s, ir.RoleArg)
	}
	// a header with a space holds no URL; -o names a file
	for _, s := range []string{"Accept: application/json", "out.json", "--header=X-Y: 1.0"} {
		if len(urlsOf(f, s)) != 0 {
			t.Errorf("%q emitted", s)
		}
	}
	u := oneURL(t, f, "https://kc.example.org/api/v1/forms", ir.RoleRequest)
	if p := u.Parts[0]; !p.Raw || p.Span.Start != at(src, "https://kc.example.org/api/v1/forms", 0) {
		t.Errorf("part %+v", p)
	}
}

func TestVariablesInlined(t *testing.T) {
	src := `export BASE=https://kc.example.org/api/v1
KC_URL="${KC_URL:-https://kc.example.org}"
: "${EU:=https://kc-eu.example.org}"
readonly R='https://r.example.org'
f() {
  local L="$R/local"
  declare D="${BASE}/data"
}
curl "$BASE/forms/$FORMID" "${KC_URL}/x" "$EU/y" "${BASE%/}/z" "${NOPE:-http://d.example.org}/w"
`
	f := irtest.Analyze(t, Analyze, "v.sh", src)
	oneURL(t, f, "https://kc.example.org/api/v1", ir.RoleAssign)
	if kc := oneURL(t, f, "https://kc.example.org", ir.RoleAssign); kc.Var != "KC_URL" {
		t.Errorf("var %q", kc.Var)
	}
	if eu := oneURL(t, f, "https://kc-eu.example.org", ir.RoleAssign); eu.Var != "EU" {
		t.Errorf("EU var %q", eu.Var)
	}
	if len(urlsOf(f, "https://kc-eu.example.org")) != 1 {
		t.Errorf("`: ${EU:=...}` emitted more than its assignment:%s", dumpURLs(f))
	}
	u := oneURL(t, f, "https://kc.example.org/api/v1/forms/{FORMID}", ir.RoleRequest)
	forms := at(src, "/forms/", 0)
	want := []ir.Part{
		{Kind: ir.Lit, Text: "https://kc.example.org/api/v1", Span: ir.Span{Start: 12, End: 41}, Raw: true, Via: "BASE"},
		{Kind: ir.Lit, Text: "/forms/", Span: ir.Span{Start: forms, End: forms + 7}, Raw: true},
		// the hole is placed at the expansion that supplies it
		{Kind: ir.Hole, Name: "FORMID", Span: ir.Span{Start: forms + 7, End: forms + 7 + len("$FORMID")}},
	}
	if !reflect.DeepEqual(u.Parts, want) {
		t.Errorf("parts\n got %+v\nwant %+v", u.Parts, want)
	}
	for _, s := range []string{"https://kc.example.org/x", "https://kc-eu.example.org/y", "https://kc.example.org/api/v1/z", "http://d.example.org/w"} {
		oneURL(t, f, s, ir.RoleRequest)
	}
	oneURL(t, f, "https://r.example.org/local", ir.RoleAssign)
	oneURL(t, f, "https://kc.example.org/api/v1/data", ir.RoleAssign)
	var defs []string
	for _, d := range f.Defs {
		defs = append(defs, d.Name)
	}
	if !reflect.DeepEqual(defs, []string{"BASE", "KC_URL", "R"}) {
		t.Errorf("defs %v (locals and function variables are not top-level)", defs)
	}
}

func TestJQFieldsAndOrigins(t *testing.T) {
	src := `KC=https://kc.example.org
curl -s "$KC/api/v1/forms" | jq -r '.[] | [.formid, .title] | @tsv'
forms=$(curl -s "$KC/api/v1/data")
jq -r '.[].num_of_submissions' <<<"$forms"
echo "$forms" | jq '.[] | {n: .id_string}'
for id in $(curl -s "$KC/api/v1/metadata" | jq -r '.[].xform'); do
  curl -s "$KC/api/v1/metadata/$id" | jq .data_filename
done
curl -s "$KC/api/v1/user" | jq -c . | while read -r u; do jq -r .organization <<<"$u"; done
curl -s "$KC/api/v1/forms/1" -o "$TMP/f.json"
jq -r .public "$TMP/f.json"
jq -r .encrypted unknown.json
curl -s https://api.github.com/x | jq .tags
curl -s "$SOMEWHERE" | jq .uuid
`
	f := irtest.Analyze(t, Analyze, "j.sh", src)
	cases := map[string][]string{
		"formid":             {"https://kc.example.org/api/v1/forms"},
		"title":              {"https://kc.example.org/api/v1/forms"},
		"num_of_submissions": {"https://kc.example.org/api/v1/data"},
		"id_string":          {"https://kc.example.org/api/v1/data"},
		"xform":              {"https://kc.example.org/api/v1/metadata"},
		"data_filename":      {"https://kc.example.org/api/v1/metadata/{id}"},
		"organization":       {"https://kc.example.org/api/v1/user"},
		"public":             {"https://kc.example.org/api/v1/forms/1"},
		"encrypted":          {"file"},
		"tags":               {"https://api.github.com/x"},
		"uuid":               {"file"},
	}
	for name, want := range cases {
		fr, ok := irtest.OneField(t, f, name)
		if !ok {
			continue
		}
		if got := irtest.OriginTexts(f, fr); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: origin %v, want %v", name, got, want)
		}
		if fr.Kind != ir.FieldJQ || !fr.Raw || src[fr.Span.Start:fr.Span.End] != name {
			t.Errorf("%s: %+v", name, fr)
		}
	}
	if n := len(irtest.FieldsNamed(f, "n")); n != 0 {
		t.Errorf("object key read as a field")
	}
}

func TestHeredocsAndShellC(t *testing.T) {
	src := `BASE=https://kc.example.org
cat > rc <<END
url = "${BASE}/api/v1/data/${fid}?format=json"
END
python3 - <<'PY'
requests.get("https://kc.example.org/api/v1/forms", headers=h)
x = os.path.join(a, b)
PY
cat <<END | sh
curl -s "$BASE/api/v1/user" | jq .id
END
bash -c 'curl -s https://kc.example.org/api/v1/metadata'
`
	f := irtest.Analyze(t, Analyze, "h.sh", src)
	oneURL(t, f, "https://kc.example.org/api/v1/data/{fid}?format=json", ir.RoleArg)
	oneURL(t, f, "https://kc.example.org/api/v1/forms", ir.RoleArg)
	oneURL(t, f, "https://kc.example.org/api/v1/user", ir.RoleRequest)
	oneURL(t, f, "https://kc.example.org/api/v1/metadata", ir.RoleRequest)
	if len(urlsOf(f, "os.path.join")) != 0 {
		t.Errorf("non-URL heredoc text emitted:%s", dumpURLs(f))
	}
	if frs := irtest.FieldsNamed(f, "id"); len(frs) != 1 || irtest.OriginTexts(f, frs[0])[0] != "https://kc.example.org/api/v1/user" {
		t.Errorf("jq inside a heredoc run by sh: %+v", frs)
	}
}

func TestCrontab(t *testing.T) {
	src := `MAILTO=a@example.org
# 0 * * * * curl https://kc.example.org/api/v1/commented
0 */2 * * 1-5 curl -s https://kc.example.org/api/v1/data/1 | jq .title % stdin https://x.example.org/
@reboot wget https://kc.example.org/api/v1/user
`
	f := irtest.Analyze(t, Analyze, "crontab", src)
	u := oneURL(t, f, "https://kc.example.org/api/v1/data/1", ir.RoleRequest)
	if u.Parts[0].Span.Start != at(src, "https://kc.example.org/api/v1/data/1", 0) {
		t.Errorf("span %v", u.Parts[0].Span)
	}
	oneURL(t, f, "https://kc.example.org/api/v1/user", ir.RoleRequest)
	if c := urlsOf(f, "https://kc.example.org/api/v1/commented"); len(c) != 1 || !c[0].Comment {
		t.Errorf("commented cron line:%s", dumpURLs(f))
	}
	if len(urlsOf(f, "*/2")) != 0 || len(urlsOf(f, "https://x.example.org/")) != 0 {
		t.Errorf("schedule or stdin emitted:%s", dumpURLs(f))
	}
	if len(irtest.FieldsNamed(f, "title")) != 1 {
		t.Error("jq in a cron command")
	}
	sys := irtest.Analyze(t, Analyze, "etc/cron.d/kobo", "*/5 * * * * root curl -s https://kc.example.org/api/v1/forms\n")
	oneURL(t, sys, "https://kc.example.org/api/v1/forms", ir.RoleRequest)
}

func TestCommentsAndSuppressions(t *testing.T) {
	src := `#!/bin/sh
# old: https://kc.example.org/api/v1/data, see /api/v1/forms.
curl https://kc.example.org/api/v1/x # kobolint:ignore[KB101, KB230]
# kobolint:ignore
`
	f := irtest.Analyze(t, Analyze, "c.sh", src)
	for _, s := range []string{"https://kc.example.org/api/v1/data", "/api/v1/forms"} {
		if us := urlsOf(f, s); len(us) != 1 || !us[0].Comment {
			t.Errorf("%s:%s", s, dumpURLs(f))
		}
	}
	want := []ir.Suppression{{Line: 3, Rules: []string{"KB101", "KB230"}}, {Line: 4}}
	if !reflect.DeepEqual(f.Suppressions, want) {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
}

func TestKoboHint(t *testing.T) {
	if f := irtest.Analyze(t, Analyze, "a.sh", "# kobo in a comment only\ncurl https://x.example.org/\n"); f.KoboHint {
		t.Error("comment gave a hint")
	}
	for _, src := range []string{"curl -H \"$KOBO_TOKEN\" x\n", "kobo_export.sh --all\n", "get_kobo() { :; }\n", "read -r kobo_uid\n"} {
		if f := irtest.Analyze(t, Analyze, "a.sh", src); !f.KoboHint {
			t.Errorf("no hint for %q", src)
		}
	}
}

func TestWrapperFunctions(t *testing.T) {
	src := `early /api/v1/user
api() { curl -s -H "$H" "${BASE}$1"; }
early() { local p="$1"; curl -s "https://kc.example.org/$p"; }
log() { echo "$1" >&2; }
api /api/v1/forms | jq '.[].title'
early api/v1/data out.json
log /var/log/x.log
`
	f := irtest.Analyze(t, Analyze, "w.sh", src)
	u := oneURL(t, f, "{BASE}/api/v1/forms", ir.RoleRequest)
	if u.Call != "api" {
		t.Errorf("call %q", u.Call)
	}
	if p := u.Parts[1]; p.Via != "" || p.Span.Start != at(src, "/api/v1/forms", 0) {
		t.Errorf("the call's literal: %+v", p)
	}
	// called before its definition: the argument alone is the URL
	oneURL(t, f, "/api/v1/user", ir.RoleRequest)
	// a parameter passed through a local variable
	d := oneURL(t, f, "https://kc.example.org/api/v1/data", ir.RoleRequest)
	if d.Parts[0].Via != "early" {
		t.Errorf("template literal not marked as inlined: %+v", d.Parts[0])
	}
	oneURL(t, f, "out.json", ir.RoleArg)
	oneURL(t, f, "/var/log/x.log", ir.RoleArg)
	if frs := irtest.FieldsNamed(f, "title"); len(frs) != 1 || irtest.OriginTexts(f, frs[0])[0] != "{BASE}/api/v1/forms" {
		t.Errorf("wrapper output origin: %+v", frs)
	}
}

func TestPrintfAndEcho(t *testing.T) {
	src := `B=https://kc.example.org
printf -v u '%s/api/v1/data/%d' "$B" "$ID"
x=$(printf '%s/api/v1/forms' "$B")
y=$(echo "$B/api/v1/user")
`
	f := irtest.Analyze(t, Analyze, "p.sh", src)
	if u := oneURL(t, f, "https://kc.example.org/api/v1/data/{ID}", ir.RoleAssign); u.Var != "u" {
		t.Errorf("var %q", u.Var)
	}
	if u := oneURL(t, f, "https://kc.example.org/api/v1/forms", ir.RoleAssign); u.Var != "x" {
		t.Errorf("var %q", u.Var)
	}
	oneURL(t, f, "https://kc.example.org/api/v1/user", ir.RoleAssign)
}

func TestEscapesAndRawParts(t *testing.T) {
	src := "curl -d \"{\\\"url\\\": \\\"https://kc.example.org/api/v1/data\\\"}\" https://a.example.org/b\\ c\r\n"
	f := irtest.Analyze(t, Analyze, "e.sh", src)
	// a JSON body: its URL token, one raw part between the escapes
	u := oneURL(t, f, `https://kc.example.org/api/v1/data`, ir.RoleArg)
	if len(u.Parts) != 1 || !u.Parts[0].Raw || u.Parts[0].Span.Start != at(src, "https://kc", 0) {
		t.Errorf("parts %+v", u.Parts)
	}
	oneURL(t, f, "https://a.example.org/b c", ir.RoleRequest)
	g := irtest.Analyze(t, Analyze, "b.sh", "\xEF\xBB\xBFcurl https://kc.example.org/api/v1/forms\r\ncurl x\r\n")
	oneURL(t, g, "https://kc.example.org/api/v1/forms", ir.RoleRequest)
}

func TestTreeSitterMisparses(t *testing.T) {
	src := `a | grep x | cut -c11-
curl -s https://kc.example.org/api/v1/forms || echo failed
cmd >out https://kc.example.org/api/v1/user
`
	f := irtest.Analyze(t, Analyze, "m.sh", src)
	if u := oneURL(t, f, "https://kc.example.org/api/v1/forms", ir.RoleRequest); u.Call != "curl" {
		t.Errorf("call %q", u.Call)
	}
	oneURL(t, f, "https://kc.example.org/api/v1/user", ir.RoleArg)
}

func TestArraysSpliced(t *testing.T) {
	src := `OR=(-H "X-OpenRosa-Version: 1.0")
AUTH="--user ${U}:${P}"
curl -s "${OR[@]}" $AUTH "https://kc.example.org/submission"
`
	f := irtest.Analyze(t, Analyze, "a.sh", src)
	oneURL(t, f, "https://kc.example.org/submission", ir.RoleRequest)
	for _, u := range f.URLs {
		if u.Role == ir.RoleRequest && irtest.Flat(u.Parts) != "https://kc.example.org/submission" {
			t.Errorf("option taken for a URL: %s", irtest.Flat(u.Parts))
		}
	}
}

func TestSnippetMapping(t *testing.T) {
	outer := []byte("```bash\ncurl \"$BASE/api/v1/forms\" | jq .title # kobolint:ignore\n```\n")
	code := outer[8 : len(outer)-4]
	base := []ir.Part{{Kind: ir.Lit, Text: "https://kc.example.org", Span: ir.Span{Start: 100, End: 122}, Raw: true}}
	f, err := AnalyzeSnippet("README.md", code, Options{Map: shift(8), Vars: map[string][]ir.Part{"BASE": base}, Outer: outer})
	if err != nil {
		t.Fatal(err)
	}
	u := oneURL(t, f, "https://kc.example.org/api/v1/forms", ir.RoleRequest)
	if u.Parts[0].Span.Start != 100 || u.Parts[0].Via != "BASE" {
		t.Errorf("inlined part %+v", u.Parts[0])
	}
	if p := u.Parts[1]; string(outer[p.Span.Start:p.Span.End]) != "/api/v1/forms" || !p.Raw {
		t.Errorf("mapped part %+v", p)
	}
	if frs := irtest.FieldsNamed(f, "title"); len(frs) != 1 || string(outer[frs[0].Span.Start:frs[0].Span.End]) != "title" {
		t.Errorf("field %+v", frs)
	}
	if len(f.Suppressions) != 1 || f.Suppressions[0].Line != 2 {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
}

// shift maps a snippet that is a contiguous slice of its file.
type shift int

func (s shift) Span(a, b int) (int, int, bool) { return a + int(s), b + int(s), true }

func TestDocumentationPrompts(t *testing.T) {
	f := irtest.Analyze(t, Analyze, "p.sh", "$ curl -s https://kc.example.org/api/v1/forms | jq .title\n% curl https://kc.example.org/api/v1/data\n")
	oneURL(t, f, "https://kc.example.org/api/v1/forms", ir.RoleRequest)
	oneURL(t, f, "https://kc.example.org/api/v1/data", ir.RoleRequest)
	if frs := irtest.FieldsNamed(f, "title"); len(frs) != 1 || frs[0].Origin[0] != 0 {
		t.Errorf("title: %+v", frs)
	}
}

func TestProseAndFileOperands(t *testing.T) {
	src := `log() { echo "$*" >&2; }
echo "fetched /api/v1/data/42 into /tmp/data.json"
log "syncing https://kc.example.org/api/v1/forms now"
cp "$KOBO_DIR/exports/latest.csv" /tmp/
[ -d "$KOBO_HOME/assets" ] && echo "$KOBO_HOME/assets/x"
MSG="see https://kc.example.org/api/v1/user for details"
python3 -c "import requests; requests.get('https://kc.example.org/api/v1/metadata')"
`
	f := irtest.Analyze(t, Analyze, "p.sh", src)
	for _, u := range f.URLs {
		switch irtest.Flat(u.Parts) {
		case "https://kc.example.org/api/v1/forms", "{KOBO_HOME}/assets/x", "https://kc.example.org/api/v1/metadata":
		case "https://kc.example.org/api/v1/user":
			if u.Var != "MSG" {
				t.Errorf("var %q", u.Var)
			}
		default:
			t.Errorf("unexpected URL %q", irtest.Flat(u.Parts))
		}
	}
	oneURL(t, f, "https://kc.example.org/api/v1/forms", ir.RoleArg)
	oneURL(t, f, "https://kc.example.org/api/v1/metadata", ir.RoleArg)
}

func TestPythonSnippets(t *testing.T) {
	src := `KC=https://kc.example.org
curl -s "$KC/api/v1/forms" | python3 -c "import json,sys; [print(f[\"id_string\"], f.get('title')) for f in json.load(sys.stdin)]"
python3 - <<'PY'
print(json.load(open('f.json'))[0]['formid'], os.environ['KOBO_TOKEN'])
PY
`
	f := irtest.Analyze(t, Analyze, "py.sh", src)
	want := map[string][]string{
		"id_string": {"https://kc.example.org/api/v1/forms"},
		"title":     {"https://kc.example.org/api/v1/forms"},
		"formid":    {"file"},
	}
	for name, origin := range want {
		frs := irtest.FieldsNamed(f, name)
		if len(frs) != 1 || !reflect.DeepEqual(irtest.OriginTexts(f, frs[0]), origin) || !frs[0].Raw {
			t.Errorf("%s: %+v", name, frs)
		}
	}
	if len(irtest.FieldsNamed(f, "KOBO_TOKEN")) != 0 {
		t.Error("an environment variable read as a field")
	}
}

func TestDefaultOfAKnownVariable(t *testing.T) {
	src := "KOBO_URL=https://kf.example.org\ncurl \"${KOBO_URL:-https://kc.example.org}/api/v1/forms\"\n"
	f := irtest.Analyze(t, Analyze, "d.sh", src)
	if u := oneURL(t, f, "https://kc.example.org", ir.RoleAssign); u.Var != "KOBO_URL" {
		t.Errorf("var %q", u.Var)
	}
	oneURL(t, f, "https://kf.example.org/api/v1/forms", ir.RoleRequest)
}

func TestLiteralIsOnePart(t *testing.T) {
	f := irtest.Analyze(t, Analyze, "b.sh", "curl -X GET https://[kpi-url]/assets/?format=json\n")
	u := oneURL(t, f, "https://[kpi-url]/assets/?format=json", ir.RoleRequest)
	if len(u.Parts) != 1 || !u.Parts[0].Raw {
		t.Errorf("parts %+v", u.Parts)
	}
}

// The bash scanner reads outside the C library's ctype table for a code
// point above 255 right after "{" or "{1.."; such input is parsed from a
// guarded copy (same length, offsets unchanged) and analysed normally.
func TestBraceWithWideCharacter(t *testing.T) {
	for _, src := range []string{
		"{\U0005f19d0",
		"echo {\u4e2d}\ncurl https://kc.example.org/api/v1/forms\n",
		"echo {12..\U0001F600}\n",
		"x={\xff\xfe}\n",
		"a{b}{\u00e9}\n",
	} {
		g := guardBraces([]byte(src))
		if len(g) != len(src) {
			t.Fatalf("%q: guarded length %d", src, len(g))
		}
		if _, err := Analyze("x.sh", []byte(src)); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
	if g := guardBraces([]byte("echo {12..\U0001F600}")); string(g) != "echo {12..____}" {
		t.Errorf("guarded %q", g)
	}
	if src := []byte("echo {a}"); &guardBraces(src)[0] != &src[0] {
		t.Error("text without a wide character after { was copied")
	}
}
