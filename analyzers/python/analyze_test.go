package python

import (
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

var mustAnalyze = irtest.For(Analyze, "t.py")

// decodeAt returns the decode whose span is the text want, or nil.
func decodeAt(src string, f *ir.File, want string) *ir.Decode {
	for i, d := range f.Decodes {
		if src[d.Span.Start:d.Span.End] == want {
			return &f.Decodes[i]
		}
	}
	return nil
}

// urlsWith returns the code URLs whose flat text is want.
func urlsWith(f *ir.File, want string) []ir.URL {
	var out []ir.URL
	for _, u := range f.URLs {
		if !u.Comment && irtest.Flat(u.Parts) == want {
			out = append(out, u)
		}
	}
	return out
}

func oneURL(t *testing.T, f *ir.File, want string) ir.URL {
	t.Helper()
	us := urlsWith(f, want)
	if len(us) == 0 {
		var have []string
		for _, u := range f.URLs {
			have = append(have, irtest.Flat(u.Parts))
		}
		t.Fatalf("no URL %q; have %q", want, have)
	}
	return us[0]
}

// hasURLs wants a URL spelled as each of wants (see oneURL).
func hasURLs(t *testing.T, f *ir.File, wants ...string) {
	t.Helper()
	for _, w := range wants {
		oneURL(t, f, w)
	}
}

func TestStringBuilding(t *testing.T) {
	src := `import os, posixpath, requests
from urllib.parse import urljoin
from pathlib import Path
S = "https://h.example"
pk = 3
a = S + "/api/v1/data/" + str(pk)
b = "https://h.example" "/x/" 'y'
c = f"{S}/f/{pk!r:>{w}}/{d['k']}"
d2 = "%s/p/%d/%%" % (S, pk)
e = "%(base)s/m" % {"base": S}
g = "%s/u" % S
h = "{}/d/{}".format(S, pk)
i = "{b}/n/{p}".format(b=S, p=pk)
j = urljoin(S, "/j")
k = "/".join([S, "api", "k"])
l = os.path.join(S, "l")
m = posixpath.join(S, "m")
n = Path(S) / "n"
o = S.rstrip("/") + "/o"
`
	f := mustAnalyze(t, src)
	hasURLs(t, f,
		"https://h.example/api/v1/data/{pk}",
		"https://h.example/x/y",
		"https://h.example/f/{pk}/{d['k']}",
		"https://h.example/p/{pk}/%",
		"https://h.example/m",
		"https://h.example/u",
		"https://h.example/d/{pk}",
		"https://h.example/n/{pk}",
		"https://h.example/j",
		"https://h.example/api/k",
		"https://h.example/l",
		"https://h.example/o",
		"https://h.example/n",
	)
	u := oneURL(t, f, "https://h.example/api/v1/data/{pk}")
	if u.Role != ir.RoleAssign || u.Var != "a" {
		t.Errorf("role %v var %q, want assign to a", u.Role, u.Var)
	}
	if p := u.Parts[0]; p.Via != "S" || p.Raw != true {
		t.Errorf("inlined part: via %q raw %v", p.Via, p.Raw)
	}
	if p := u.Parts[1]; p.Via != "" || !p.Raw || p.Text != "/api/v1/data/" {
		t.Errorf("own part %+v", p)
	}
	// the doubled %% is a decoded, non-raw literal
	pct := oneURL(t, f, "https://h.example/p/{pk}/%")
	last := pct.Parts[len(pct.Parts)-1]
	if last.Text != "%" || last.Raw {
		t.Errorf("%%%% part %+v", last)
	}
}

func TestEscapesAndRawParts(t *testing.T) {
	src := "u = \"https://h.example/a\\tb/\\x41\"\nv = r\"https://h.example/\\d\"\n"
	f := mustAnalyze(t, src)
	u := oneURL(t, f, "https://h.example/a\tb/A")
	raws := 0
	for _, p := range u.Parts {
		if p.Raw {
			raws++
		}
	}
	if raws != 2 {
		t.Errorf("want the two runs around the escapes raw, got %+v", u.Parts)
	}
	oneURL(t, f, `https://h.example/\d`)
}

func TestRoles(t *testing.T) {
	src := `import requests
BASE = "https://h.example/api"
s = requests.Session()
def _get(url, **params):
    return requests.get(url, params=params).json()
requests.get(BASE + "/r1")
s.post(url=BASE + "/r2")
_get(BASE + "/r3")
print("see https://h.example/r4")
cfg = {"endpoint": "https://h.example/r5"}
Other(base_url="https://h.example/r6")
`
	f := mustAnalyze(t, src)
	cases := []struct {
		text       string
		role       ir.Role
		call, name string
	}{
		{"https://h.example/api", ir.RoleAssign, "", "BASE"},
		{"https://h.example/api/r1", ir.RoleRequest, "requests.get", ""},
		{"https://h.example/api/r2", ir.RoleRequest, "s.post", ""},
		{"https://h.example/api/r3", ir.RoleRequest, "_get", ""},
		{"see https://h.example/r4", ir.RoleArg, "print", ""},
		{"https://h.example/r5", ir.RoleAssign, "", "cfg.endpoint"}, // the dict's name and the key
		{"https://h.example/r6", ir.RoleArg, "Other", "base_url"},
	}
	for _, c := range cases {
		u := oneURL(t, f, c.text)
		if u.Role != c.role || u.Call != c.call || u.Var != c.name {
			t.Errorf("%s: role %v call %q var %q; want %v %q %q", c.text, u.Role, u.Call, u.Var, c.role, c.call, c.name)
		}
	}
}

func TestHolesAndEnv(t *testing.T) {
	src := `import os, requests, settings
A = os.environ["KOBO_URL"] + "/a"
B = os.getenv("KOBO_B", "https://h.example") + "/b"
C = os.environ.get("KOBO_C") or "https://c.example"
D = settings.KOBO_URL + "/d"
E = os.getenv("KOBO_E") + "/e"
requests.get(settings.OTHER)
`
	f := mustAnalyze(t, src)
	hasURLs(t, f,
		"{KOBO_URL}/a",
		"https://h.example/b",
		"https://c.example",
		"{settings.KOBO_URL}/d",
		"{KOBO_E}/e",
	)
	// a request URL without literal is still emitted: another file may
	// define it
	u := oneURL(t, f, "{settings.OTHER}")
	if u.Role != ir.RoleRequest {
		t.Errorf("role %v", u.Role)
	}
}

func TestVariablesAndClasses(t *testing.T) {
	src := `import requests
BASE = "https://h.example/api/v1"
def late():
    return requests.get(LATER + "/late")
LATER = "https://l.example"
class C:
    ROOT = "https://r.example"
    def __init__(self, server="https://s.example"):
        self.base_url = server + "/api"
    def get(self):
        return requests.get(self.base_url + "/x")
    @classmethod
    def root(cls):
        return requests.get(cls.ROOT + "/y")
def f(base="https://d.example"):
    url = base + "/z"
    return requests.get(url)
`
	f := mustAnalyze(t, src)
	hasURLs(t, f,
		"https://l.example/late",
		"https://s.example/api/x",
		"https://r.example/y",
	)
	z := urlsWith(f, "https://d.example/z")
	if len(z) != 2 {
		t.Fatalf("want the definition of url and its use, got %d", len(z))
	}
	if z[0].Role != ir.RoleAssign || z[1].Role != ir.RoleRequest {
		t.Errorf("roles %v %v", z[0].Role, z[1].Role)
	}
	if z[1].Parts[1].Via != "url" {
		t.Errorf("use should be inlined via url: %+v", z[1].Parts)
	}
	def := oneURL(t, f, "https://d.example")
	if def.Role != ir.RoleAssign || def.Var != "base" {
		t.Errorf("parameter default: role %v var %q", def.Role, def.Var)
	}
	var names []string
	for _, d := range f.Defs {
		names = append(names, d.Name+"="+irtest.Flat(d.Parts))
	}
	got := strings.Join(names, " ")
	for _, w := range []string{"BASE=https://h.example/api/v1", "LATER=https://l.example", "C.ROOT=https://r.example"} {
		if !strings.Contains(got, w) {
			t.Errorf("defs %q lack %q", got, w)
		}
	}
}

func TestWrappersAndOrigins(t *testing.T) {
	src := `import requests
API = "https://h.example/api/v1"
def _get(path, **params):
    r = requests.get(API + path, params=params)
    return r.json()
def forms():
    return requests.get(API + "/forms").json()
def detail(pk):
    return _get("/forms/%d" % pk)
for f in forms():
    print(f["title"])
info = detail(3)
print(info["num_of_submissions"])
rows = [x["id_string"] for x in _get("/data")]
`
	f := mustAnalyze(t, src)
	w := oneURL(t, f, "https://h.example/api/v1/forms/{pk}")
	if w.Role != ir.RoleRequest || w.Call != "_get" {
		t.Errorf("wrapper call: role %v call %q", w.Role, w.Call)
	}
	if w.Parts[0].Via != "API" || w.Parts[1].Via != "" || !w.Parts[1].Raw {
		t.Errorf("wrapper parts %+v", w.Parts)
	}
	cases := map[string]string{
		"title":              "https://h.example/api/v1/forms",
		"num_of_submissions": "https://h.example/api/v1/forms/{pk}",
		"id_string":          "https://h.example/api/v1/data",
	}
	for name, want := range cases {
		frs := irtest.FieldsNamed(f, name)
		if len(frs) != 1 {
			t.Fatalf("%s: %d reads", name, len(frs))
		}
		if o := irtest.OriginTexts(f, frs[0]); len(o) != 1 || o[0] != want {
			t.Errorf("%s: origin %q, want %q", name, o, want)
		}
	}
}

func TestFieldReads(t *testing.T) {
	src := `import requests, pandas as pd
r = requests.get("https://h.example/api/forms")
d = r.json()
a = d["a"]
b = d.get("b")
c = d.get("c", "")
e = d["x"]["e"]
df = pd.json_normalize(d)
g = df[["g1", "g2"]]
df = df.rename(columns={"h": "hh"})
i = df.get("i")
j = d[0].j
k = [t["k"] for t in d]
m = list(map(lambda t: t["m"], d))
own = {"own": 1}
requests.post("https://h.example/api/x", json={"sent": 1})
print(r.url, r.status_code, own.attr)
`
	f := mustAnalyze(t, src)
	want := map[string]ir.FieldKind{
		"a": ir.FieldSubscript, "b": ir.FieldGet, "c": ir.FieldGet, "e": ir.FieldSubscript,
		"g1": ir.FieldColumn, "g2": ir.FieldColumn, "h": ir.FieldColumn, "i": ir.FieldColumn,
		"j": ir.FieldAttr, "k": ir.FieldSubscript, "m": ir.FieldSubscript, "sent": ir.FieldKey,
	}
	for name, kind := range want {
		fr, ok := irtest.OneField(t, f, name)
		if !ok {
			continue
		}
		if fr.Kind != kind {
			t.Errorf("%s: kind %v, want %v", name, fr.Kind, kind)
		}
		if kind != ir.FieldKey {
			if o := irtest.OriginTexts(f, fr); len(o) != 1 || o[0] != "https://h.example/api/forms" {
				t.Errorf("%s: origin %q", name, o)
			}
		}
		if !fr.Raw {
			t.Errorf("%s: not raw", name)
		}
	}
	for name, want := range map[string][2]string{
		"a":  {`["a"]`, `d["a"]`},
		"b":  {`.get("b")`, `d.get("b")`},
		"j":  {`.j`, `d[0].j`},
		"g1": {`[["g1", "g2"]]`, `df[["g1", "g2"]]`},
		"e":  {`["e"]`, `d["x"]["e"]`},
	} {
		fr := irtest.FieldsNamed(f, name)[0]
		acc, expr := src[fr.Access.Start:fr.Access.End], src[fr.Expr.Start:fr.Expr.End]
		if acc != want[0] || expr != want[1] {
			t.Errorf("%s: access %q expr %q, want %q %q", name, acc, expr, want[0], want[1])
		}
	}
	for _, name := range []string{"own", "hh", "url", "status_code", "attr", "json"} {
		if frs := irtest.FieldsNamed(f, name); len(frs) != 0 {
			t.Errorf("%s: unexpected read %+v", name, frs)
		}
	}
}

func TestReplace(t *testing.T) {
	src := `KPI = "https://h.example/api/v2"
OLD = KPI.replace("/api/v2", "/api/v1")
`
	f := mustAnalyze(t, src)
	u := oneURL(t, f, "https://h.example/api/v1")
	if u.Var != "OLD" {
		t.Fatalf("var %q", u.Var)
	}
	last := u.Parts[len(u.Parts)-1]
	if last.Text != "/api/v1" || last.Via != "" || !last.Raw {
		t.Errorf("the replacement literal should be an own raw part: %+v", last)
	}
}

func TestCommentsAndSuppressions(t *testing.T) {
	src := `"""Module doc: https://h.example/api/v1/data."""
# see https://h.example/x and /api/v1/forms
x = 1  # kobolint:ignore
# kobolint:ignore[KB101, KB200]
def f():
    """Was /api/v1/user."""
`
	f := mustAnalyze(t, src)
	var got []string
	for _, u := range f.URLs {
		if !u.Comment {
			t.Errorf("code URL %q from a comment", irtest.Flat(u.Parts))
			continue
		}
		got = append(got, irtest.Flat(u.Parts))
		p := u.Parts[0]
		if src[p.Span.Start:p.Span.End] != p.Text {
			t.Errorf("comment span %v is %q, not %q", p.Span, src[p.Span.Start:p.Span.End], p.Text)
		}
	}
	sort.Strings(got)
	want := "/api/v1/forms /api/v1/user https://h.example/api/v1/data https://h.example/x"
	if strings.Join(got, " ") != want {
		t.Errorf("comment URLs %q, want %q", got, want)
	}
	if len(f.Suppressions) != 2 || f.Suppressions[0].Line != 3 || len(f.Suppressions[0].Rules) != 0 ||
		f.Suppressions[1].Line != 4 || strings.Join(f.Suppressions[1].Rules, ",") != "KB101,KB200" {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
}

func TestKoboHint(t *testing.T) {
	for src, want := range map[string]bool{
		"import kobo_client\n":         true,
		"c = KoboClient()\n":           true,
		"x = 'kobo'  # kobo\n":         false,
		"from pykobo import Manager\n": true,
	} {
		if got := mustAnalyze(t, src).KoboHint; got != want {
			t.Errorf("%q: hint %v", src, got)
		}
	}
}

func TestAnalyzeCells(t *testing.T) {
	cells := [][]byte{
		[]byte("%matplotlib inline\nimport requests\nBASE = \"https://h.example\""),
		[]byte("!pip install requests\nr = requests.get(BASE + \"/api/v1/data\")\n"),
		[]byte("%%bash\ncurl https://h.example/x\n"),
		[]byte("print(r.json()[0][\"title\"])"),
	}
	f, starts, err := AnalyzeCells(cells)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := JoinCells(cells)
	irtest.CheckSpans(t, f, src)
	u := oneURL(t, f, "https://h.example/api/v1/data")
	own := u.Parts[1]
	if own.Span.Start < starts[1] || own.Span.End > starts[1]+len(cells[1]) {
		t.Errorf("part %v not in cell 1 (starts %v)", own.Span, starts)
	}
	if rel := own.Span.Start - starts[1]; string(cells[1][rel:rel+len(own.Text)]) != own.Text {
		t.Errorf("cell offset wrong")
	}
	if len(urlsWith(f, "https://h.example/x")) != 0 {
		t.Errorf("a %%%%bash cell is not Python")
	}
	if frs := irtest.FieldsNamed(f, "title"); len(frs) != 1 || len(frs[0].Origin) != 1 {
		t.Errorf("title read across cells: %+v", frs)
	}
}

func TestJunkInput(t *testing.T) {
	irtest.Degrades(t, Analyze, []string{"junk.py"},
		"",
		"\xef\xbb\xbfx = \"https://h.example/a\"\r\n",
		"x = \"\xff\xfe/api/v1\" + (((((\n",
		"def f(:\n  requests.get('https://h.example/b'\n",
		strings.Repeat("(", 5000)+"'a/b'"+strings.Repeat(")", 5000),
		strings.Repeat("x = x + 'a/' \n", 2000),
		"\x00\x01\x02 'a/b' \x00",
		"f'{'",
		"u = f\"{x:{y:{z}}}/a\"\n",
	)
	f := mustAnalyze(t, "\xef\xbb\xbfx = \"https://h.example/a\"\n")
	if u := oneURL(t, f, "https://h.example/a"); u.Parts[0].Span.Start != 8 {
		t.Errorf("BOM offsets: %v", u.Parts[0].Span)
	}
}

func TestSettingsPatterns(t *testing.T) {
	src := `import argparse, environ, requests
env = environ.Env()
KOBO = env("KOBO_URL", default="https://e.example")
API = env.str("KOBO_API", "https://s.example/api")
CONF = {"prod": {"url": "https://p.example"}, "dev": {"url": "https://d.example"}}
STAGE = "prod"
p = argparse.ArgumentParser()
p.add_argument("--kobo-server", default="https://a.example")
args = p.parse_args()
requests.get(args.kobo_server + "/x")
requests.get(KOBO + "/y")
requests.get(CONF[STAGE]["url"] + "/z")
requests.get(CONF["dev"].get("url") + "/w")
`
	f := mustAnalyze(t, src)
	for _, want := range []string{"https://a.example/x", "https://e.example/y", "https://p.example/z",
		"https://d.example/w", "https://s.example/api"} {
		oneURL(t, f, want)
	}
	if d := oneURL(t, f, "https://a.example"); d.Role != ir.RoleAssign || d.Var != "kobo_server" {
		t.Errorf("argparse default: role %v var %q", d.Role, d.Var)
	}
	if d := oneURL(t, f, "https://p.example"); d.Var != "CONF.prod.url" {
		t.Errorf("dict value: var %q, want the dicts' names and the keys", d.Var)
	}
	if frs := irtest.FieldsNamed(f, "url"); len(frs) != 0 {
		t.Errorf("reads of the file's own dict: %+v", frs)
	}
}

func TestSyntaxErrorRecovery(t *testing.T) {
	src := `import requests
def f():
    r = requests.get(A
    return r.json()
def g():
    r = requests.get("https://h.example/api/v1/data")
    for x in r.json():
        print(x["title"])
`
	f := mustAnalyze(t, src)
	if len(f.Warnings) == 0 {
		t.Errorf("no warning for a syntax error")
	}
	oneURL(t, f, "https://h.example/api/v1/data")
	if len(irtest.FieldsNamed(f, "title")) != 1 {
		t.Errorf("title read lost")
	}
}

func TestPropertiesAndFallbacks(t *testing.T) {
	src := `import json, requests, settings
class Data:
    def __init__(self, api_url=None):
        self.api = api_url or settings.KOBO_API_URL
        self.base = "https://h.example/api/v1"
    @property
    def forms(self):
        r = requests.get(self.base + "/forms")
        return json.loads(r.content)
    def first(self):
        return self.forms[0]["title"]
    def fetch(self, path):
        url = path if path.startswith("http") else self.api + path
        return requests.get(url).json()
d = Data()
print(d.forms[0]["id_string"])
d.fetch("/data")
`
	f := mustAnalyze(t, src)
	for _, name := range []string{"title", "id_string"} {
		frs := irtest.FieldsNamed(f, name)
		if len(frs) != 1 || strings.Join(irtest.OriginTexts(f, frs[0]), " ") != "https://h.example/api/v1/forms" {
			t.Errorf("%s through a property: %+v", name, frs)
		}
	}
	oneURL(t, f, "{settings.KOBO_API_URL}/data")
}

func TestGetters(t *testing.T) {
	src := `import requests
from django.conf import settings
def kobocat_uri():
    if settings.KOBOCAT_API:
        return settings.KOBOCAT_API
    raise Exception("unset")
def conf():
    return {"server_url": "https://h.example"}
requests.get(kobocat_uri() + "/api/v1/forms")
requests.get(conf()["server_url"] + "/api/v1/data")
`
	f := mustAnalyze(t, src)
	hasURLs(t, f,
		"{settings.KOBOCAT_API}/api/v1/forms",
		"https://h.example/api/v1/data",
	)
}

// TestConcurrent runs the front-end from several goroutines, as the engine
// does (parsers come from a pool).
func TestConcurrent(t *testing.T) {
	src := []byte(`import requests
r = requests.get("https://h.example/api/v1/forms")
print(r.json()[0]["title"])
`)
	done := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			for j := 0; j < 50; j++ {
				f, err := Analyze("c.py", src)
				if err == nil && (len(f.URLs) != 1 || len(f.Fields) != 1) {
					err = errUnexpected
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

var errUnexpected = errors.New("unexpected IR")

func TestMethods(t *testing.T) {
	src := `import requests, urllib.request
B = "https://h.example/api"
s = requests.Session()
requests.get(B + "/a")
requests.post(B + "/b", files={"f": 1})
s.request("PUT", B + "/c")
requests.request("delete", B + "/d")
urllib.request.urlopen(B + "/e", data=b"x")
urllib.request.Request(B + "/f")
def call(method, path):
    return s.request(method, B + path)
def up(path):
    return requests.patch(B + path)
call("POST", "/g")
call("GET", "/h")
up("/i")
`
	f := mustAnalyze(t, src)
	for text, want := range map[string]string{
		"/a": "GET", "/b": "POST", "/c": "PUT", "/d": "DELETE", "/e": "POST", "/f": "GET",
		"/g": "POST", "/h": "GET", "/i": "PATCH",
	} {
		u := oneURL(t, f, "https://h.example/api"+text)
		if u.Role != ir.RoleRequest || u.Method != want {
			t.Errorf("%s: role %v method %q, want a %s request", text, u.Role, u.Method, want)
		}
	}
}

func TestCallSiteDecodes(t *testing.T) {
	src := `import requests
B = "https://h.example/api"
def fetch(u):
    return requests.get(u).json()
def titles(u):
    data = requests.get(u).json()
    return [d["title"] for d in data]
def count(items):
    return len(items)
forms = fetch(B + "/forms")
for f in forms:
    print(f["title"])
one = fetch(B + "/forms/1")
print(titles(B + "/data"))
n = count(fetch(B + "/users"))
async def get(session):
    async with session.get(B + "/x") as r:
        rows = await r.json()
        again = (await r.json())
    return rows, again
created = fetch(B + "/new")
`
	f := mustAnalyze(t, src)
	for _, c := range []struct {
		span, origin, results string
		list                  bool
	}{
		{"fetch(B + \"/forms\")", "https://h.example/api/forms", `["results"]`, true},
		{"fetch(B + \"/forms/1\")", "https://h.example/api/forms/1", `["results"]`, false},
		{"requests.get(u).json()", "https://h.example/api/data", `["results"]`, true},
		{"fetch(B + \"/users\")", "https://h.example/api/users", `["results"]`, true},
		{"r.json()", "https://h.example/api/x", "", false},
		{"(await r.json())", "https://h.example/api/x", `["results"]`, false},
	} {
		d := decodeAt(src, f, c.span)
		if d == nil {
			t.Errorf("no decode at %s", c.span)
			continue
		}
		var origins []string
		for _, o := range d.Origin {
			origins = append(origins, irtest.Flat(f.URLs[o].Parts))
		}
		if len(origins) != 1 || origins[0] != c.origin || d.Results != c.results || d.AsList != c.list {
			t.Errorf("decode at %s: origin %q results %q list %v, want %q %q %v", c.span, origins, d.Results, d.AsList, c.origin, c.results, c.list)
		}
	}
	// the helper's own decode is reported at its calls, not with its
	// parameter's URL
	if d := decodeAt(src, f, "requests.get(u).json()"); d != nil && len(d.Origin) != 1 {
		t.Errorf("helper decode origins %v", d.Origin)
	}
	for _, d := range f.Decodes {
		for _, o := range d.Origin {
			if irtest.Flat(f.URLs[o].Parts) == "{u}" {
				t.Errorf("decode with the helper's parameter as origin at %v", d.Span)
			}
		}
	}
}

func TestSegmentsTypesAndLocalFiles(t *testing.T) {
	src := `import os, posixpath, json, csv, requests, pandas as pd
B = "https://h.example"
requests.get(posixpath.join(B, "api/forms"))
requests.get(B + "/api/data")
r = requests.get(B + "/api/x").json()
a = int(r["id"])
b = str(r["formid"])
c = r["title"]
df = pd.DataFrame(r)
d = df["num"].astype(int)
sheet = pd.read_excel("forms.xlsx")
e = sheet["owner"]
with open("snap.json") as fh:
    snap = json.load(fh)
g = snap["uuid"]
for item in snap:
    print(item["date_created"])
for row in csv.DictReader(open("x.csv")):
    h = row["url"]
`
	f := mustAnalyze(t, src)
	for _, p := range oneURL(t, f, "https://h.example/api/forms").Parts {
		if p.Kind == ir.Lit && !p.Segment {
			t.Errorf("path join part %q is no segment", p.Text)
		}
	}
	for _, p := range oneURL(t, f, "https://h.example/api/data").Parts {
		if p.Segment {
			t.Errorf("concatenated part %q is a segment", p.Text)
		}
	}
	for name, want := range map[string]string{"id": "int", "formid": "string", "title": "", "num": "int"} {
		if frs := irtest.FieldsNamed(f, name); len(frs) != 1 || frs[0].Type != want {
			t.Errorf("%s: reads %+v, want type %q", name, frs, want)
		}
	}
	if frs := irtest.FieldsNamed(f, "num"); len(frs) == 1 && frs[0].Kind != ir.FieldColumn {
		t.Errorf("df[\"num\"] is no column: %+v", frs[0])
	}
	if frs := irtest.FieldsNamed(f, "uuid"); len(frs) != 0 {
		t.Errorf("a key of a local document read as a field: %+v", frs)
	}
	for _, name := range []string{"owner", "date_created", "url"} {
		frs := irtest.FieldsNamed(f, name)
		if len(frs) != 1 || len(frs[0].Origin) != 1 || frs[0].Origin[0] != ir.OriginLocal {
			t.Errorf("%s: reads %+v, want one of a local file", name, frs)
		}
	}
}

// clientClass is a client class whose method joins the root its
// constructor is given with a relative path.
const clientClass = `class Client:
    def __init__(self, root):
        self.root = root
    def forms(self):
        return requests.get(self.root + "forms").json()
`

func TestConfigAndInstances(t *testing.T) {
	src := `import yaml, requests, http.client
from typing import NamedTuple
from settings import Settings
cfg = yaml.safe_load(open("config.yml"))
requests.get(cfg["kobo"]["api_root"] + "/forms")
requests.get(cfg.get("kpi", {}).get("root") + "/assets/")
class Server(NamedTuple):
    url: str
    token: str
KOBO = Server("https://h.example/api/v1", "t")
OTHER = Server(url="https://o.example/api/v1", token="t")
requests.get(KOBO.url + "/data")
requests.get(OTHER.url + "/data")
` + clientClass + `Client("https://c.example/api/").forms()
requests.get(Settings().base + "/x")
conn = http.client.HTTPSConnection("k.example")
conn.request("POST", "/api/v1/submissions", "{}")
`
	f := mustAnalyze(t, src)
	hasURLs(t, f,
		"{kobo.api_root}/forms",
		"{kpi.root}/assets/",
		"https://h.example/api/v1/data",
		"https://o.example/api/v1/data",
		"https://c.example/api/forms",
		"{Settings.base}/x",
	)
	if u := oneURL(t, f, "https://k.example/api/v1/submissions"); u.Role != ir.RoleRequest || u.Method != "POST" {
		t.Errorf("connection request: %+v", u)
	}
	defs := map[string]bool{}
	for _, d := range f.Defs {
		defs[d.Name] = true
	}
	for _, n := range []string{"KOBO.url", "OTHER.url"} {
		if !defs[n] {
			t.Errorf("no definition %s offered (have %v)", n, defs)
		}
	}
	for _, name := range []string{"kobo", "api_root", "kpi", "root"} {
		if frs := irtest.FieldsNamed(f, name); len(frs) != 0 {
			t.Errorf("configuration key %s read as a field: %+v", name, frs)
		}
	}
}

// TestForeignClasses: a class this file never constructs names what its
// __init__ keeps after the class and the parameter's position, and offers
// its methods' URLs; a file constructing another module's class offers its
// arguments under the same names and stands for its methods' results.
func TestForeignClasses(t *testing.T) {
	lib := mustAnalyze(t, "import requests\n"+clientClass)
	oneURL(t, lib, "{Client#0}forms")
	defs := irtest.Defs(lib)
	if defs["Client.forms()"] != "{Client#0}forms" {
		t.Errorf("method not offered: %v", defs)
	}
	user := mustAnalyze(t, `from lib import Client
c = Client("https://h.example/api/v1/")
for f in c.forms():
    print(f["title"])
`)
	u := oneURL(t, user, "https://h.example/api/v1/")
	if u.Role != ir.RoleAssign || u.Var != "Client#0" {
		t.Errorf("constructor argument: %+v", u)
	}
	frs := irtest.FieldsNamed(user, "title")
	if len(frs) != 1 || len(frs[0].Origin) != 1 || user.URLs[frs[0].Origin[0]].Role != ir.RoleResult ||
		irtest.Flat(user.URLs[frs[0].Origin[0]].Parts) != "{Client.forms()}" {
		t.Errorf("read of a foreign method's result: %+v", frs)
	}
	// constructed in its own file: the parameter is that file's business
	local := mustAnalyze(t, "import requests\n"+clientClass+"Client(\"https://h.example/api/v1/\").forms()\n")
	oneURL(t, local, "https://h.example/api/v1/forms")
	if us := urlsWith(local, "{Client#0}forms"); len(us) != 0 {
		t.Errorf("foreign name for a class constructed here: %+v", us)
	}
}
