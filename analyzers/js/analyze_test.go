package js

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

func TestTemplateConcatAndInlining(t *testing.T) {
	src := "const HOST = 'https://kc.example.org';\n" +
		"const API = HOST + '/api/v1/';\n" +
		"function get(id) { return fetch(`${API}data/${id}?format=json`); }\n"
	f := irtest.Analyze(t, Analyze, "a.js", src)
	def := irtest.URLWith(f, "/api/v1/", int(ir.RoleAssign))
	if def == nil || def.Var != "API" || irtest.Flat(def.Parts) != "https://kc.example.org/api/v1/" {
		t.Fatalf("API definition: %+v", def)
	}
	if def.Parts[0].Via != "HOST" || def.Parts[1].Via != "" {
		t.Errorf("Via: %+v", def.Parts)
	}
	req := irtest.URLWith(f, "data/", int(ir.RoleRequest))
	if req == nil || req.Call != "fetch" {
		t.Fatalf("request: %+v", req)
	}
	if got := irtest.Flat(req.Parts); got != "https://kc.example.org/api/v1/data/{id}?format=json" {
		t.Errorf("request parts %q", got)
	}
	// the literal piece keeps its own span, inside the template
	for _, p := range req.Parts {
		if p.Text == "data/" && (!p.Raw || src[p.Span.Start:p.Span.End] != "data/") {
			t.Errorf("data/ part: %+v", p)
		}
	}
	// the constants, and get() for the request it makes (other modules
	// that call get(id) read that response)
	// and what get() puts before its parameter, for calls in other modules
	if len(f.Defs) != 4 || f.Defs[0].Name != "HOST" || f.Defs[1].Name != "API" || f.Defs[3].Name != "get()" ||
		irtest.Flat(f.Defs[3].Parts) != "https://kc.example.org/api/v1/data/{id}?format=json" ||
		f.Defs[2].Name != "get#0" || irtest.Flat(f.Defs[2].Parts) != "https://kc.example.org/api/v1/data/" {
		t.Errorf("defs: %+v", f.Defs)
	}
}

func TestEnvLookups(t *testing.T) {
	src := `const a = process.env.KOBO_URL ?? 'https://kc.example.org/api/v1';
const b = process.env.KOBO_URL || "https://kf.example.org";
fetch(process.env.KOBO_URL + '/forms');
`
	f := irtest.Analyze(t, Analyze, "a.ts", src)
	if u := irtest.URLWith(f, "kc.example.org", int(ir.RoleAssign)); u == nil || u.Var != "a" || len(u.Parts) != 1 {
		t.Fatalf("?? default: %+v", u)
	}
	if u := irtest.URLWith(f, "kf.example.org", int(ir.RoleAssign)); u == nil || u.Var != "b" {
		t.Fatalf("|| default: %+v", u)
	}
	u := irtest.URLWith(f, "/forms", int(ir.RoleRequest))
	if u == nil || u.Parts[0].Kind != ir.Hole || u.Parts[0].Name != "KOBO_URL" {
		t.Fatalf("env hole: %+v", u)
	}
}

func TestWrapperSubstitution(t *testing.T) {
	src := `var API = 'https://kc.example.org/api/v1/';
function koboGet_(path) {
  var res = UrlFetchApp.fetch(API + path, {muteHttpExceptions: true});
  return JSON.parse(res.getContentText());
}
function getJSON(p) { return koboGet_(p + '?format=json'); }
var forms = koboGet_('forms');
var data = getJSON('data/' + 12);
forms.forEach(function (f) { Logger.log(f.title); });
`
	f := irtest.Analyze(t, Analyze, "Code.gs", src)
	forms := irtest.URLWith(f, "forms", int(ir.RoleRequest))
	if forms == nil || forms.Call != "koboGet_" || irtest.Flat(forms.Parts) != "https://kc.example.org/api/v1/forms" {
		t.Fatalf("wrapper call: %+v", forms)
	}
	last := forms.Parts[len(forms.Parts)-1]
	if last.Text != "forms" || !last.Raw || strings.Index(src, "'forms'")+1 != last.Span.Start {
		t.Errorf("argument part: %+v", last)
	}
	data := irtest.URLWith(f, "data/", int(ir.RoleRequest))
	if data == nil || data.Call != "getJSON" || irtest.Flat(data.Parts) != "https://kc.example.org/api/v1/data/{12}?format=json" {
		t.Fatalf("wrapper of a wrapper: %+v", data)
	}
	titles := irtest.FieldsNamed(f, "title")
	if len(titles) != 1 || !irtest.HasOrigin(titles[0], forms.ID) || titles[0].Kind != ir.FieldAttr || titles[0].Receiver != "f" {
		t.Fatalf("title read: %+v (forms URL %d)", titles, forms.ID)
	}
}

func TestAxiosInstanceBase(t *testing.T) {
	src := `const kobo = axios.create({ baseURL: 'https://kc.example.org/api/v1' });
async function f() { const { data } = await kobo.get('/forms'); return data.map((x) => x.formid); }
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	u := irtest.URLWith(f, "/forms", int(ir.RoleRequest))
	if u == nil || u.Call != "kobo.get" || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/forms" || u.Parts[0].Via != "kobo" {
		t.Fatalf("instance request: %+v", u)
	}
	ids := irtest.FieldsNamed(f, "formid")
	if len(ids) != 1 || !irtest.HasOrigin(ids[0], u.ID) {
		t.Fatalf("formid: %+v", ids)
	}
	d := irtest.FieldsNamed(f, "data")
	if len(d) != 1 || d[0].Raw {
		t.Fatalf("destructured data should be a non-raw read: %+v", d)
	}
}

func TestFieldReadsAndOrigins(t *testing.T) {
	src := `async function f(token) {
  const res = await fetch('https://kc.example.org/api/v1/forms');
  const forms = await res.json();
  for (const form of forms) { use(form?.title, form['num_of_submissions']); }
  const page = { title: 'x' };
  document.title = page.title;
  return other['id_string'];
}
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	u := irtest.URLWith(f, "/api/v1/forms", int(ir.RoleRequest))
	if u == nil {
		t.Fatal("no request URL")
	}
	titles := irtest.FieldsNamed(f, "title")
	if len(titles) != 1 || !irtest.HasOrigin(titles[0], u.ID) {
		t.Fatalf("only form?.title is a read with an origin: %+v", titles)
	}
	n := irtest.FieldsNamed(f, "num_of_submissions")
	if len(n) != 1 || n[0].Kind != ir.FieldSubscript || !irtest.HasOrigin(n[0], u.ID) || !n[0].Raw {
		t.Fatalf("subscript: %+v", n)
	}
	if got := src[n[0].Access.Start:n[0].Access.End]; got != "['num_of_submissions']" {
		t.Errorf("access span %q", got)
	}
	if got := src[n[0].Expr.Start:n[0].Expr.End]; got != "form['num_of_submissions']" {
		t.Errorf("expr span %q", got)
	}
	ids := irtest.FieldsNamed(f, "id_string")
	if len(ids) != 1 || len(ids[0].Origin) != 0 {
		t.Fatalf("a subscript without origin is still a read, with no origin: %+v", ids)
	}
}

// An imported function's result comes from a URL made of one hole named
// after the function, which the repository pass may fill; a call the file
// cannot trace otherwise (a method of an unknown object) has no origin.
func TestImportedCallOrigin(t *testing.T) {
	src := `import { findForm } from './api';
async function h(id) { const form = await findForm(id); return form.formid; }
async function g(c) { const form = await c.lookup(); return form.title; }
`
	f := irtest.Analyze(t, Analyze, "a.ts", src)
	r := irtest.FieldsNamed(f, "formid")
	if len(r) != 1 || len(r[0].Origin) != 1 {
		t.Fatalf("read on an awaited imported call: %+v", r)
	}
	u := f.URLs[r[0].Origin[0]]
	if len(u.Parts) != 1 || u.Parts[0].Kind != ir.Hole || u.Parts[0].Name != "findForm()" {
		t.Errorf("origin URL %+v", u)
	}
	if r := irtest.FieldsNamed(f, "title"); len(r) != 1 || len(r[0].Origin) != 0 {
		t.Errorf("read on an opaque method call: %+v", r)
	}
}

func TestTypeDeclarations(t *testing.T) {
	src := `namespace Kobo { export namespace V1 { export type Form = { formid: number; 'id_string': string } } }
interface Meta { title: string }
async function list(): Promise<Kobo.V1.Form[]> {
  const r = await axios.get<Kobo.V1.Form[]>('https://kc.example.org/api/v1/forms');
  return r.data;
}
`
	f := irtest.Analyze(t, Analyze, "a.ts", src)
	u := irtest.URLWith(f, "/api/v1/forms", int(ir.RoleRequest))
	fid := irtest.FieldsNamed(f, "formid")
	if len(fid) != 1 || fid[0].Kind != ir.FieldDecl || fid[0].Receiver != "Kobo.V1.Form" || !irtest.HasOrigin(fid[0], u.ID) {
		t.Fatalf("formid decl: %+v", fid)
	}
	ids := irtest.FieldsNamed(f, "id_string")
	if len(ids) != 1 || !ids[0].Raw || src[ids[0].Span.Start-1] != '\'' {
		t.Fatalf("quoted property name: %+v", ids)
	}
	// an unlinked type beside a linked one holds what other files decode
	// into it, not the responses of this file
	meta := irtest.FieldsNamed(f, "title")
	if len(meta) != 1 || len(meta[0].Origin) != 1 || !typeResultOf(f, meta[0].Origin[0], "Meta") {
		t.Fatalf("unlinked type beside a linked one: %+v", meta)
	}
	// alone, an interface holds what other files decode into it
	g := irtest.Analyze(t, Analyze, "b.ts", "export interface KoboForm { num_of_submissions: number }\n")
	if r := irtest.FieldsNamed(g, "num_of_submissions"); len(r) != 1 || len(r[0].Origin) != 1 || !typeResultOf(g, r[0].Origin[0], "KoboForm") {
		t.Fatalf("lone interface: %+v", r)
	}
	// beside unlinked requests, also "some response of this file"
	h := irtest.Analyze(t, Analyze, "c.ts", "interface KoboForm { title: string }\nconst r = await fetch('https://kc.example.org/api/v1/forms');\n")
	if r := irtest.FieldsNamed(h, "title"); len(r) != 1 || !slices.Contains(r[0].Origin, ir.OriginFile) {
		t.Fatalf("interface beside a request: %+v", r)
	}
}

// typeResultOf reports that URL id stands for values of type t decoded in
// another file.
func typeResultOf(f *ir.File, id int, t string) bool {
	if id < 0 || id >= len(f.URLs) {
		return false
	}
	u := f.URLs[id]
	return u.Role == ir.RoleResult && len(u.Parts) == 1 && u.Parts[0].Kind == ir.Hole && u.Parts[0].Name == t+"{}"
}

func TestURLBuilders(t *testing.T) {
	src := "const base = 'https://kc.example.org';\n" +
		"const a = new URL('/api/v1/forms', base);\n" +
		"const b = url.resolve(base, 'api/v1/data');\n" +
		"const c = path.posix.join('/api/v1', 'metadata');\n" +
		"const d = [base, 'api', 'v1', 'user'].join('/');\n" +
		"const e = util.format('%s/api/v1/forms/%d', base, 3);\n" +
		"const g = `${base}/forms/`.replace('/forms/', '/data/');\n" +
		"const h = encodeURI(base + '/api/v1/notes');\n"
	f := irtest.Analyze(t, Analyze, "a.js", src)
	irtest.WantAll(t, irtest.Spell(f, int(ir.RoleAssign), func(u ir.URL) string { return u.Var + " =" }),
		"a = https://kc.example.org/api/v1/forms",
		"b = https://kc.example.org/api/v1/data",
		"c = /api/v1/metadata",
		"d = https://kc.example.org/api/v1/user",
		"e = https://kc.example.org/api/v1/forms/{3}",
		"g = https://kc.example.org/data/",
		"h = https://kc.example.org/api/v1/notes",
	)
}

func TestEscapesSplitLiterals(t *testing.T) {
	src := `const u = "https:\/\/kc.example.org/api/v1/forms";` + "\n"
	f := irtest.Analyze(t, Analyze, "a.js", src)
	u := irtest.URLWith(f, "kc.example.org", -1)
	if u == nil || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/forms" {
		t.Fatalf("decoded: %+v", u)
	}
	raw := 0
	for _, p := range u.Parts {
		if p.Raw {
			raw++
		}
	}
	if raw == 0 || raw == len(u.Parts) {
		t.Errorf("want raw runs and escape parts: %+v", u.Parts)
	}
}

func TestClassMembersAndConfig(t *testing.T) {
	src := `const cfg = { baseUrl: 'https://kc.example.org', api: { prefix: '/api/v1' } };
class C {
  base = cfg.baseUrl + cfg.api.prefix;
  constructor() { this.token = 'x'; }
  forms() { return this.http.get(this.base + '/forms'); }
  static ROOT = 'https://kf.example.org';
}
const r = C.ROOT + '/api/v2/assets/';
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	u := irtest.URLWith(f, "/forms", int(ir.RoleRequest))
	if u == nil || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/forms" || u.Call != "this.http.get" {
		t.Fatalf("class member request: %+v", u)
	}
	if r := irtest.URLWith(f, "/api/v2/assets/", int(ir.RoleAssign)); r == nil || irtest.Flat(r.Parts) != "https://kf.example.org/api/v2/assets/" {
		t.Fatalf("static member: %+v", r)
	}
}

func TestXHRAndJQuery(t *testing.T) {
	src := `var xhr = new XMLHttpRequest();
xhr.open('GET', 'https://kc.example.org/api/v1/user');
xhr.onload = function () { var me = JSON.parse(this.responseText); show(me.username); };
$.ajax({ url: 'https://kc.example.org/api/v1/forms', success: function (forms) { show(forms[0].title); } });
$.getJSON('https://kc.example.org/api/v1/data', function (list) { show(list[0].url); });
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	user := irtest.URLWith(f, "/user", int(ir.RoleRequest))
	forms := irtest.URLWith(f, "/forms", int(ir.RoleRequest))
	data := irtest.URLWith(f, "/data", int(ir.RoleRequest))
	if user == nil || forms == nil || data == nil {
		t.Fatalf("requests: %v %v %v", user, forms, data)
	}
	if r := irtest.FieldsNamed(f, "username"); len(r) != 1 || !irtest.HasOrigin(r[0], user.ID) {
		t.Errorf("xhr read: %+v", r)
	}
	if r := irtest.FieldsNamed(f, "title"); len(r) != 1 || !irtest.HasOrigin(r[0], forms.ID) {
		t.Errorf("$.ajax success read: %+v", r)
	}
	if r := irtest.FieldsNamed(f, "url"); len(r) != 1 || !irtest.HasOrigin(r[0], data.ID) {
		t.Errorf("$.getJSON callback read: %+v", r)
	}
}

func TestCommentsAndSuppressions(t *testing.T) {
	src := `// see https://kc.example.org/api/v1/forms for the old list
/* GET /api/v1/data/{formid} returned rows */
//kc.example.org/api/v1/user
const x = 1; // kobolint:ignore[KB201, KB101]
// kobolint:ignore
`
	f := irtest.Analyze(t, Analyze, "a.js", src)
	var words []string
	for _, u := range f.URLs {
		if !u.Comment {
			t.Errorf("non-comment URL %+v", u)
			continue
		}
		words = append(words, u.Parts[0].Text)
	}
	want := []string{"https://kc.example.org/api/v1/forms", "/api/v1/data/{formid}", "kc.example.org/api/v1/user"}
	if strings.Join(words, " ") != strings.Join(want, " ") {
		t.Errorf("comment URLs %q, want %q", words, want)
	}
	if len(f.Suppressions) != 2 || f.Suppressions[0].Line != 4 || strings.Join(f.Suppressions[0].Rules, ",") != "KB201,KB101" ||
		f.Suppressions[1].Line != 5 || len(f.Suppressions[1].Rules) != 0 {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
}

func TestKoboHint(t *testing.T) {
	if f := irtest.Analyze(t, Analyze, "a.js", "const x = require('./kobo-client');\n"); !f.KoboHint {
		t.Error("module path naming kobo")
	}
	if f := irtest.Analyze(t, Analyze, "a.ts", "let c: KoboClient;\n"); !f.KoboHint {
		t.Error("type naming kobo")
	}
	if f := irtest.Analyze(t, Analyze, "a.js", "// kobo\nconst s = 'kobo';\n"); f.KoboHint {
		t.Error("comments and strings are not code names")
	}
}

func TestTSXAndJSX(t *testing.T) {
	src := "const S = 'https://kc.example.org';\n" +
		"export const L = ({ forms }: { forms: F[] }) => <a href={`${S}/api/v1/forms`}>{forms.length}</a>;\n"
	f := irtest.Analyze(t, Analyze, "w.tsx", src)
	if u := irtest.URLWith(f, "/api/v1/forms", -1); u == nil || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/forms" {
		t.Fatalf("tsx template: %+v", u)
	}
	g := irtest.Analyze(t, Analyze, "w.jsx", "const a = <a href=\"https://kc.example.org/api/v1/forms\">x</a>;\n")
	if u := irtest.URLWith(g, "/api/v1/forms", -1); u == nil {
		t.Fatal("jsx attribute")
	}
}

func TestLooksLikeJS(t *testing.T) {
	yes := []string{
		"function onOpen() {\n  var ui = SpreadsheetApp.getUi();\n}\n",
		"var token = 'x';\nfunction getData(url) {\n  return UrlFetchApp.fetch(url);\n}\n",
		"const express = require('express');\napp.get('/x', (req, res) => res.json({}));\n",
		"//header\nfunction f(a) { var b = a; return b; }\n",
	}
	no := []string{
		"MIT License\n\nCopyright (c) 2020\n",
		"f <- function(x) {\n  x + 1\n}\n",
		"def f(x):\n    return x\n",
		"all:\n\tgo build ./...\n",
		"<html><script>function f() { var x = 1; }</script></html>\n",
		"{\"a\": \"function f() { var x }\"}\n",
		"export PATH=/usr/bin\nif [ -f x ]; then\n  echo hi\nfi\n",
		"\x00\x01function f() { var x }",
	}
	for _, s := range yes {
		if !LooksLikeJS([]byte(s)) {
			t.Errorf("LooksLikeJS(%q) = false", s)
		}
	}
	for _, s := range no {
		if LooksLikeJS([]byte(s)) {
			t.Errorf("LooksLikeJS(%q) = true", s)
		}
	}
}

// TestParsersReused runs many files on a few goroutines: pooled parsers
// must never carry state (a cancellation flag) from one file to the next.
func TestParsersReused(t *testing.T) {
	irtest.OneURLEach(t, Analyze, 8, 50, func(g, i int) (string, string) {
		return []string{"a.js", "a.ts", "a.tsx", "a.gs"}[i%4], fmt.Sprintf("const u%d = 'https://kc.example.org/api/v1/data/%d';\n", i, g)
	})
}

func TestJunkDoesNotPanic(t *testing.T) {
	inputs := []string{
		"", "\xff\xfe\x00garbage", "`${`${`${", "fetch(`", "'unterminated", strings.Repeat("(", 5000),
		strings.Repeat("a+", 3000) + "'x/y'", "x = \"\\u{110000}\\x\\u12\";", "\r\nconst a = 'b/c';\r\n",
		"function f(a = f(a)) { return f(a) + '/x'; }", "var a = a + '/x'; fetch(a);",
		"class A { m() { return this.m() + '/x'; } } fetch(new A().m());",
	}
	for _, in := range inputs {
		for _, name := range []string{"a.js", "a.ts", "a.tsx"} {
			f, err := Analyze(name, []byte(in))
			if err != nil {
				continue
			}
			irtest.CheckSpans(t, f, []byte(in))
		}
	}
}

func TestEnumsDefaultsAndNodeOptions(t *testing.T) {
	src := `enum Endpoints { Forms = '/api/v1/forms' }
const { KOBO_URL = 'https://kc.example.org' } = process.env;
fetch(KOBO_URL + Endpoints.Forms);
https.get({ hostname: 'kc.example.org', path: '/api/v1/data', headers: {} }, (res) => { res.on('data', (d) => d.title); });
`
	f := irtest.Analyze(t, Analyze, "a.ts", src)
	if u := irtest.URLWith(f, "/api/v1/forms", int(ir.RoleRequest)); u == nil || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/forms" {
		t.Fatalf("enum member and destructuring default: %+v", u)
	}
	if u := irtest.URLWith(f, "/api/v1/forms", int(ir.RoleAssign)); u == nil || u.Var != "Forms" {
		t.Errorf("enum member definition: %+v", u)
	}
	u := irtest.URLWith(f, "/api/v1/data", int(ir.RoleRequest))
	if u == nil || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/data" || u.Call != "https.get" {
		t.Fatalf("http.get options: %+v", u)
	}
	if n := len(f.URLs); n != 4 {
		t.Errorf("host and path are parts of the request, not URLs of their own: %d URLs", n)
	}
}

func TestInputTypesAreNotResponses(t *testing.T) {
	f := irtest.Analyze(t, Analyze, "w.tsx", "interface CardProps { title: string }\ninterface KoboForm { title: string }\n")
	for _, fr := range irtest.FieldsNamed(f, "title") {
		want := fr.Receiver == "KoboForm"
		if got := len(fr.Origin) == 1 && typeResultOf(f, fr.Origin[0], "KoboForm"); got != want {
			t.Errorf("%s.title origin %v", fr.Receiver, fr.Origin)
		}
	}
}
