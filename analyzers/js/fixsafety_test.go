package js

import (
	"slices"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// requestMethods maps each request URL's path tail to its method.
func requestMethods(f *ir.File) map[string]string {
	out := map[string]string{}
	for _, u := range f.URLs {
		if u.Role == ir.RoleRequest {
			out[irtest.Flat(u.Parts)] = u.Method
		}
	}
	return out
}

func TestMethods(t *testing.T) {
	src := `const B = 'https://kc.example.org/api/v1';
fetch(B + '/a');
fetch(B + '/b', { method: 'POST', body: x });
axios.put(B + '/c', x);
axios({ url: B + '/d', method: 'delete' });
$.ajax({ url: B + '/e', type: 'PATCH' });
const opts = { method: 'post', payload: p };
UrlFetchApp.fetch(B + '/f', opts);
function g(u, o) { return fetch(B + u, o); }
g('/h', { method: 'PUT' });
g('/i');
function k(u, m) { return fetch(B + u, { method: m }); }
k('/j', 'post');
function opaque(o) { return fetch(B + '/l', o); }
xhr.open('POST', B + '/m');
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	want := map[string]string{
		"/a": "GET", "/b": "POST", "/c": "PUT", "/d": "DELETE", "/e": "PATCH", "/f": "POST",
		"/h": "PUT", "/i": "GET", "/j": "POST", "/l": "", "/m": "POST",
	}
	got := requestMethods(f)
	for tail, m := range want {
		if got["https://kc.example.org/api/v1"+tail] != m {
			t.Errorf("%s: method %q, want %q", tail, got["https://kc.example.org/api/v1"+tail], m)
		}
	}
}

func TestPathJoinSegments(t *testing.T) {
	f := irtest.Analyze(t, Analyze, "a.js", "const u = path.posix.join('/api/v1/forms', id);\nconst v = ['/api/v1', 'data'].join('/');\n")
	u := irtest.URLWith(f, "/api/v1/forms", int(ir.RoleAssign))
	if u == nil || !u.Parts[0].Segment {
		t.Fatalf("path.join literal is a segment: %+v", u)
	}
	v := irtest.URLWith(f, "data", int(ir.RoleAssign))
	if v == nil || slices.ContainsFunc(v.Parts, func(p ir.Part) bool { return p.Segment }) {
		t.Errorf("an array join is no path join: %+v", v)
	}
}

// decodeAt returns the decode whose source text is s.
func decodeAt(t *testing.T, f *ir.File, src, s string) ir.Decode {
	t.Helper()
	for _, d := range f.Decodes {
		if src[d.Span.Start:d.Span.End] == s {
			return d
		}
	}
	t.Fatalf("no decode %q in %+v", s, f.Decodes)
	return ir.Decode{}
}

func TestDecodesAtWrapperCalls(t *testing.T) {
	src := `var K = 'https://kc.example.org';
function getData(url) {
  var text = UrlFetchApp.fetch(url).getContentText();
  return JSON.parse(text);
}
var forms = getData(K + '/api/v1/forms');
for (var i = 0; i < forms.length; i++) Logger.log(forms[i].title);
var one = getData(K + '/api/v1/forms/' + id);
Logger.log(one.title);
`
	f := irtest.Analyze(t, Analyze, "Code.gs", src)
	list := decodeAt(t, f, src, "getData(K + '/api/v1/forms')")
	u := irtest.URLWith(f, "/api/v1/forms", int(ir.RoleRequest))
	if list.Results != ".results" || !list.AsList || len(list.Origin) != 1 || list.Origin[0] != u.ID {
		t.Errorf("list decode at the call: %+v (URL %d)", list, u.ID)
	}
	if one := decodeAt(t, f, src, "getData(K + '/api/v1/forms/' + id)"); one.AsList {
		t.Errorf("a detail read as an object: %+v", one)
	}
	for _, d := range f.Decodes {
		if strings.HasPrefix(src[d.Span.Start:d.Span.End], "JSON.parse") {
			t.Errorf("no decode inside the helper: %+v", d)
		}
	}
}

func TestDecodeKinds(t *testing.T) {
	src := `async function a() {
  const r = await fetch('https://kc.example.org/api/v1/data');
  const rows = await r.json();
  return rows.map((x) => x.id);
}
async function b() {
  const res = await axios.get('https://kc.example.org/api/v1/forms');
  for (const f of res.data) console.log(f.title);
}
async function c() {
  const r = await fetch('https://kc.example.org/api/v1/metadata');
  return (await r.json()).results;
}
async function helper(u) { const r = await fetch(u); return r.json(); }
async function d() { const x = await helper('https://kc.example.org/api/v1/forms'); return x.length; }
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	if d := decodeAt(t, f, src, "r.json()"); d.Results != "" || !d.AsList {
		t.Errorf("res.json(): a promise, read as a list: %+v", d)
	}
	if d := decodeAt(t, f, src, "res.data"); d.Results != ".results" || !d.AsList {
		t.Errorf("axios .data: %+v", d)
	}
	if d := decodeAt(t, f, src, "(await r.json())"); d.Results != ".results" {
		t.Errorf("a parenthesised await takes .results: %+v", d)
	}
	if d := decodeAt(t, f, src, "helper('https://kc.example.org/api/v1/forms')"); d.Results != "" || !d.AsList {
		t.Errorf("an async helper returns a promise: no suffix: %+v", d)
	}
}

func TestTypedDecodesAndTypes(t *testing.T) {
	src := `interface Form { formid: number; id_string: string; title?: string | null }
async function list() {
  const forms = await http.get<Form[]>('https://kc.example.org/api/v1/forms');
  return forms.map((f) => parseInt(f.id_string) + String(f.formid));
}
`
	f := irtest.Analyze(t, Analyze, "a.ts", src)
	d := decodeAt(t, f, src, "await http.get<Form[]>('https://kc.example.org/api/v1/forms')")
	if d.Results != "" || !d.AsList {
		t.Errorf("typed decode: %+v", d)
	}
	types := map[string]string{}
	for _, fr := range f.Fields {
		types[fr.Name+"/"+map[bool]string{true: "decl", false: "read"}[fr.Kind == ir.FieldDecl]] = fr.Type
	}
	want := map[string]string{"formid/decl": "int", "id_string/decl": "string", "title/decl": "string", "id_string/read": "int", "formid/read": "string"}
	for k, v := range want {
		if types[k] != v {
			t.Errorf("%s: type %q, want %q (all %v)", k, types[k], v, types)
		}
	}
}

func TestLocalFiles(t *testing.T) {
	src := `const rows = JSON.parse(fs.readFileSync('forms.json', 'utf8'));
console.log(rows[0].formid, require('./saved.json').id_string);
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	for _, n := range []string{"formid", "id_string"} {
		r := irtest.FieldsNamed(f, n)
		if len(r) != 1 || !slices.Equal(r[0].Origin, []int{ir.OriginLocal}) {
			t.Errorf("%s: %+v", n, r)
		}
	}
	if len(f.Decodes) != 0 {
		t.Errorf("a local file is no response: %+v", f.Decodes)
	}
}

func TestPropertyStore(t *testing.T) {
	src := `PropertiesService.getScriptProperties().setProperty('KOBO', 'https://kc.example.org');
var p = PropertiesService.getScriptProperties();
UrlFetchApp.fetch(p.getProperty('KOBO') + '/api/v1/forms');
UrlFetchApp.fetch(ScriptProperties.getProperty('OTHER') + '/api/v1/data');
var stored = ScriptProperties.getProperty('formURL');
UrlFetchApp.fetch(stored.replace('/forms/', '/data/'));
`
	f := irtest.Analyze(t, Analyze, "Code.gs", src)
	if u := irtest.URLWith(f, "/api/v1/forms", int(ir.RoleRequest)); u == nil || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/forms" || u.Parts[0].Via != "KOBO" {
		t.Errorf("a stored value read back: %+v", u)
	}
	if u := irtest.URLWith(f, "/api/v1/data", int(ir.RoleRequest)); u == nil || u.Parts[0].Name != "OTHER" {
		t.Errorf("an unknown stored value is named by its key: %+v", u)
	}
	u := irtest.URLWith(f, "/data/", int(ir.RoleRequest))
	if u == nil || irtest.Flat(u.Parts) != "{formURL}/data/{formURL…}" {
		t.Errorf("replace in an unknown URL: %+v", u)
	}
	if len(f.Defs) == 0 || f.Defs[len(f.Defs)-1].Name != "KOBO" {
		t.Errorf("the stored value is offered under its key: %+v", f.Defs)
	}
	if d := irtest.URLWith(f, "kc.example.org", int(ir.RoleAssign)); d == nil || d.Var != "KOBO" {
		t.Errorf("setProperty is an assignment under the key: %+v", d)
	}
}

func TestSettingsByKey(t *testing.T) {
	src := `const conf = require('./settings');
import * as cfg from './cfg';
import { config } from './config';
fetch(conf.survey.server + '/api/v1/data');
fetch(cfg['kobo']['url'] + '/api/v1/forms');
fetch(config.kobo.root + '/api/v1/metadata');
export const settings = { kobo: { api: { base: 'https://kc.example.org/api/v1' } } };
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	for path, hole := range map[string]string{"/api/v1/data": "survey.server", "/api/v1/forms": "kobo.url", "/api/v1/metadata": "config.kobo.root"} {
		u := irtest.URLWith(f, path, int(ir.RoleRequest))
		if u == nil || u.Parts[0].Kind != ir.Hole || u.Parts[0].Name != hole {
			t.Errorf("%s: hole %+v, want %q", path, u, hole)
		}
	}
	names := map[string]bool{}
	for _, d := range f.Defs {
		names[d.Name] = true
	}
	if !names["kobo.api.base"] || !names["settings.kobo.api.base"] {
		t.Errorf("nested settings offered by key path: %v", names)
	}
}

func TestImportedHelpers(t *testing.T) {
	api := `const base = config.kobo.server;
export function options(req, path) { return { url: base + '/' + path, method: 'GET' }; }
export function get(path) { return fetch(BASE + path); }
`
	f := irtest.Analyze(t, Analyze, "api.ts", api)
	defs := irtest.Defs(f)
	if defs["options#1"] != "{config.kobo.server}/" || defs["get#0"] != "{BASE}" {
		t.Errorf("prefix defs: %v", defs)
	}
	use := "import { options } from './api';\n" +
		"import * as api from './api';\n" +
		"import { t } from 'i18next';\n" +
		"send(options(req, 'forms'));\n" +
		"send(api.get(`data/${id}`));\n" +
		"t('forms');\n" +
		"options(req, 'PUT');\n"
	g := irtest.Analyze(t, Analyze, "use.ts", use)
	var got []string
	for _, u := range g.URLs {
		got = append(got, irtest.Flat(u.Parts))
	}
	want := []string{"{options#1}forms", "{get#0}data/{id}"}
	if !slices.Equal(got, want) {
		t.Errorf("URLs %q, want %q", got, want)
	}
}

func TestForeignTypes(t *testing.T) {
	src := `import { KoboForm, Input } from './types';
export function rows(forms: KoboForm[], req: { body: unknown }) {
  const body: Input = req.body as Input;
  return forms.map((f: KoboForm) => f.title + body.formid);
}
export async function load() { return (await axios.get<KoboForm[]>('https://kc.example.org/api/v1/forms')).data; }
`
	f := irtest.Analyze(t, Analyze, "a.ts", src)
	r := irtest.FieldsNamed(f, "title")
	if len(r) != 1 || len(r[0].Origin) != 1 || !typeResultOf(f, r[0].Origin[0], "KoboForm") {
		t.Fatalf("a read through an imported type: %+v", r)
	}
	// a value copied from the request body is no response of this file:
	// at most what callers in other files pass as req (params.go)
	for _, r := range irtest.FieldsNamed(f, "formid") {
		if len(r.Origin) != 1 || irtest.Flat(f.URLs[r.Origin[0]].Parts) != "{rows@1}" {
			t.Errorf("a value copied from the request body is no response: %+v", r)
		}
	}
	found := false
	for _, d := range f.Defs {
		found = found || d.Name == "KoboForm{}" && strings.HasSuffix(irtest.Flat(d.Parts), "/api/v1/forms")
	}
	if !found {
		t.Errorf("the request decoded into KoboForm is offered: %+v", f.Defs)
	}
}
