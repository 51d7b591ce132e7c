package golang

import (
	"slices"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

var analyze = irtest.For(Analyze, "x/client.go")

// find returns the first URL whose flat text is want (and fails if none).
func find(t *testing.T, f *ir.File, want string) ir.URL {
	t.Helper()
	for _, u := range f.URLs {
		if irtest.Flat(u.Parts) == want {
			return u
		}
	}
	var got []string
	for _, u := range f.URLs {
		got = append(got, irtest.Flat(u.Parts))
	}
	t.Fatalf("no URL %q; got %q", want, got)
	return ir.URL{}
}

func field(t *testing.T, f *ir.File, name string) ir.FieldRead {
	t.Helper()
	for _, fr := range f.Fields {
		if fr.Name == name {
			return fr
		}
	}
	t.Fatalf("no field %q", name)
	return ir.FieldRead{}
}

func TestLiteralsAndConcat(t *testing.T) {
	src := "package p\n\nconst base = \"https://kc.example.org\"\n\nfunc f(id string) {\n\tget(base + \"/api/v1/data/\" + id)\n\tget(\"a\\tb/c\")\n\tget(`raw/path`)\n}\n"
	f := analyze(t, src)
	def := find(t, f, "https://kc.example.org")
	if def.Role != ir.RoleAssign || def.Var != "base" {
		t.Errorf("definition: role %d var %q", def.Role, def.Var)
	}
	u := find(t, f, "https://kc.example.org/api/v1/data/{id}")
	if u.Parts[0].Via != "base" || u.Parts[1].Via != "" {
		t.Errorf("Via: %+v", u.Parts)
	}
	if !u.Parts[1].Raw || src[u.Parts[1].Span.Start:u.Parts[1].Span.End] != "/api/v1/data/" {
		t.Errorf("span of the path: %+v", u.Parts[1])
	}
	esc := find(t, f, "a\tb/c")
	if esc.Parts[0].Raw {
		t.Error("a literal with an escape is not raw")
	}
	// get is another file's function: the path is joined to what that
	// file offers it puts before it
	if raw := find(t, f, "{p.get#0}raw/path"); !raw.Parts[1].Raw || raw.Role != ir.RoleRequest {
		t.Error("a raw string without CR is raw")
	}
	if len(f.Defs) != 1 || f.Defs[0].Name != "base" {
		t.Errorf("defs: %+v", f.Defs)
	}
}

func TestSprintfAndJoins(t *testing.T) {
	src := `package p

import (
	"fmt"
	"net/url"
	"os"
	"path"
	"strings"
)

func f(formID int) {
	a := fmt.Sprintf("%s/api/v1/data/%d?x=100%%", os.Getenv("KOBO_URL"), formID)
	b, _ := url.JoinPath("https://kf.example.org", "api", "v2", "assets")
	c := path.Join("/api/v1", "forms")
	d := strings.Join([]string{"https://kc.example.org", "api", "v1"}, "/")
	u, _ := url.Parse("https://kc.example.org/api/v1")
	e := u.JoinPath("forms").String()
	g := fmt.Sprintf("/api/v1/data/%d", 474)
	_, _, _, _, _, _ = a, b, c, d, e, g
}
`
	f := analyze(t, src)
	a := find(t, f, "{KOBO_URL}/api/v1/data/{formID}?x=100%")
	if a.Var != "a" || a.Role != ir.RoleAssign {
		t.Errorf("a: %+v", a)
	}
	find(t, f, "https://kf.example.org/api/v2/assets")
	find(t, f, "/api/v1/forms")
	find(t, f, "https://kc.example.org/api/v1")
	find(t, f, "https://kc.example.org/api/v1/forms")
	g := find(t, f, "/api/v1/data/474")
	if n := g.Parts[len(g.Parts)-1]; n.Text != "474" || !n.Raw {
		t.Errorf("the number is a raw literal part: %+v", n)
	}
	// the separator JoinPath inserts has no span
	for _, p := range find(t, f, "https://kf.example.org/api/v2/assets").Parts {
		if p.Text == "/" && p.Span.Valid() {
			t.Errorf("synthetic separator with a span: %+v", p)
		}
	}
}

func TestRolesAndWrappers(t *testing.T) {
	src := `package p

import (
	"context"
	"net/http"
)

const defaultBase = "https://kc.example.org"

type Client struct {
	BaseURL string
	HTTP    *http.Client
}

func New(base string) *Client {
	if base == "" {
		base = defaultBase
	}
	return &Client{BaseURL: base}
}

func (c *Client) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+path, nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	_ = resp
	return err
}

func (c *Client) Forms(ctx context.Context) error {
	var out []string
	return c.get(ctx, "/api/v1/forms", &out)
}

func other(r interface{ R() interface{ Get(string) error } }) {
	r.R().Get("https://kc.example.org/api/v1/user")
	http.Get("https://example.org/x")
}
`
	f := analyze(t, src)
	if u := find(t, f, "https://kc.example.org"); u.Var != "defaultBase" {
		t.Errorf("first URL with the host is its definition: %+v", u)
	}
	lit := find(t, f, "https://kc.example.org/api/v1/forms")
	if lit.Role != ir.RoleRequest || lit.Call != "c.get" {
		t.Errorf("wrapper expansion: %+v", lit)
	}
	arg := find(t, f, "/api/v1/forms")
	if arg.Role != ir.RoleRequest {
		t.Errorf("argument of a wrapper is a request URL: %+v", arg)
	}
	if u := find(t, f, "https://kc.example.org/api/v1/user"); u.Role != ir.RoleRequest {
		t.Errorf("resty-style Get: %+v", u)
	}
	if u := find(t, f, "https://example.org/x"); u.Role != ir.RoleRequest || u.Call != "http.Get" {
		t.Errorf("http.Get: %+v", u)
	}
	if !slices.ContainsFunc(f.URLs, func(u ir.URL) bool { return u.Var == "BaseURL" && u.Role == ir.RoleAssign }) {
		t.Error("struct literal field BaseURL is a RoleAssign with Var BaseURL")
	}
}

func TestStructTagsAndOrigins(t *testing.T) {
	src := "package p\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\n" +
		"type Form struct {\n\tID    int    `json:\"formid,omitempty\"`\n\tTitle string `json:\"title\" yaml:\"t\"`\n\tSkip  string `json:\"-\"`\n\tEsc   string \"json:\\\"id_string\\\"\"\n}\n\n" +
		"type Body struct {\n\tTitle string `json:\"title\"`\n}\n\n" +
		"func list() ([]Form, error) {\n\tresp, err := http.Get(\"https://kc.example.org/api/v1/forms\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tvar forms []Form\n\terr = json.NewDecoder(resp.Body).Decode(&forms)\n\treturn forms, err\n}\n\n" +
		"func raw() {\n\tresp, _ := http.Get(\"https://kc.example.org/api/v1/data\")\n\tvar m []map[string]any\n\tjson.NewDecoder(resp.Body).Decode(&m)\n\tfor _, x := range m {\n\t\t_ = x[\"num_of_submissions\"]\n\t}\n\tb, _ := json.Marshal(Body{Title: \"x\"})\n\t_ = b\n\tfs, _ := list()\n\t_ = fs\n}\n"
	f := analyze(t, src)
	req := find(t, f, "https://kc.example.org/api/v1/forms")
	data := find(t, f, "https://kc.example.org/api/v1/data")
	fid := field(t, f, "formid")
	if fid.Kind != ir.FieldDecl || !fid.Raw || src[fid.Span.Start:fid.Span.End] != "formid" {
		t.Errorf("formid: %+v", fid)
	}
	if !hasOrigin(fid.Origin, req.ID) || hasOrigin(fid.Origin, ir.OriginFile) {
		t.Errorf("formid origin %v, want the request %d and no file origin", fid.Origin, req.ID)
	}
	for _, fr := range f.Fields {
		if fr.Name == "-" || fr.Name == "t" {
			t.Errorf("unexpected field %+v", fr)
		}
		if fr.Name == "title" && fr.Receiver == "Body" && hasOrigin(fr.Origin, ir.OriginFile) {
			t.Errorf("an encoded request body is not a response: %+v", fr)
		}
	}
	if es := field(t, f, "id_string"); es.Raw && src[es.Span.Start:es.Span.End] != "id_string" {
		t.Errorf("escaped tag: %+v", es)
	}
	sub := field(t, f, "num_of_submissions")
	if sub.Kind != ir.FieldSubscript || !hasOrigin(sub.Origin, data.ID) || sub.Receiver != "x" {
		t.Errorf("subscript: %+v (data %d)", sub, data.ID)
	}
}

func TestCrossFileTypeLink(t *testing.T) {
	types := "package kobo\n\ntype Form struct {\n\tTitle string `json:\"title\"`\n}\n"
	client := "package kobo\n\nimport \"net/http\"\n\nfunc forms() {\n\tvar out []Form\n\tget(\"/api/v1/forms\", &out)\n}\n\nfunc get(p string, out any) { http.Get(p) }\n"
	tf, _ := Analyze("pkg/types.go", []byte(types))
	cf, _ := Analyze("pkg/client.go", []byte(client))
	holes := map[string]int{}
	for _, u := range tf.URLs {
		if len(u.Parts) == 1 && u.Parts[0].Kind == ir.Hole {
			holes[u.Parts[0].Name] = u.ID
		}
	}
	var def *ir.Def
	for i := range cf.Defs {
		if _, ok := holes[cf.Defs[i].Name]; ok {
			def = &cf.Defs[i]
		}
	}
	if def == nil {
		t.Fatalf("no Def of client.go matches a hole of types.go: defs %+v", cf.Defs)
	}
	title := field(t, tf, "title")
	if !hasOrigin(title.Origin, holes[def.Name]) {
		t.Errorf("title origin %v lacks hole %d", title.Origin, holes[def.Name])
	}
	if hasOrigin(title.Origin, ir.OriginFile) {
		t.Error("a file without requests gives no file origin")
	}
}

func TestCommentsSuppressionsHint(t *testing.T) {
	src := "package p\n\n// GET https://kc.kobotoolbox.org/api/v1/forms.\n// kobolint:ignore[KB201, KB305]\nvar x = 1 // kobolint:ignore\n\nvar KoboClient int\n"
	f := analyze(t, src)
	u := find(t, f, "https://kc.kobotoolbox.org/api/v1/forms")
	if !u.Comment {
		t.Error("comment URL")
	}
	if len(f.Suppressions) != 2 || f.Suppressions[0].Line != 4 || len(f.Suppressions[0].Rules) != 2 || f.Suppressions[1].Line != 5 || f.Suppressions[1].Rules != nil {
		t.Errorf("suppressions: %+v", f.Suppressions)
	}
	if !f.KoboHint {
		t.Error("KoboClient is a Kobo hint")
	}
	if g := analyze(t, "package p\n// kobo in a comment only\nvar x = \"kobo\"\n"); g.KoboHint {
		t.Error("comments and strings are no hint")
	}
}

func TestSnippetsAndBrokenFiles(t *testing.T) {
	f := analyze(t, "resp, err := http.Get(\"https://kc.kobotoolbox.org/api/v1/data\")\n")
	u := find(t, f, "https://kc.kobotoolbox.org/api/v1/data")
	if u.Role != ir.RoleRequest || u.Parts[0].Span.Start != len("resp, err := http.Get(\"") {
		t.Errorf("snippet: %+v", u)
	}
	g := analyze(t, "package p\nfunc f() {\n\tx := \"https://kc.kobotoolbox.org/api/v1/data\"\n\tif {\n}\n")
	if len(g.Warnings) == 0 {
		t.Error("a syntax error is a warning")
	}
	for _, src := range []string{"", "\xff\xfe", "package", "`", "\"\\", "package p; var x = \"\\xZZ/a\"", "\ufeffpackage p\nvar u = \"a/b\"\n"} {
		analyze(t, src)
	}
}

func TestNoBlowUp(t *testing.T) {
	var b strings.Builder
	b.WriteString("package p\nfunc f() {\n\ts := \"https://kc.example.org/a\"\n")
	for range 60 {
		b.WriteString("\ts = s + s\n\ts += s\n")
	}
	b.WriteString("\tget(s)\n\tx := \"a/\"")
	for range 20000 {
		b.WriteString(" + \"b/\"")
	}
	b.WriteString("\n\t_ = x\n}\n")
	f := analyze(t, b.String())
	for _, u := range f.URLs {
		if len(u.Parts) > maxSegs {
			t.Fatalf("URL with %d parts", len(u.Parts))
		}
	}
}

func TestRestyAndOtherPackages(t *testing.T) {
	src := `package p

import (
	"example.com/app/models"
	"github.com/go-resty/resty/v2"
)

func forms(c *resty.Client) {
	var out []models.Form
	c.R().SetResult(&out).Get("https://kc.example.org/api/v1/forms")
}
`
	f := analyze(t, src)
	u := find(t, f, "https://kc.example.org/api/v1/forms")
	if u.Role != ir.RoleRequest {
		t.Errorf("resty Get: %+v", u)
	}
	models := "package models\n\ntype Form struct {\n\tTitle string `json:\"title\"`\n}\n"
	mf := analyze(t, models)
	holes := map[string]int{}
	for _, h := range mf.URLs {
		if len(h.Parts) == 1 && h.Parts[0].Kind == ir.Hole {
			holes[h.Parts[0].Name] = h.ID
		}
	}
	linked := false
	for _, d := range f.Defs {
		if id, ok := holes[d.Name]; ok && hasOrigin(field(t, mf, "title").Origin, id) {
			linked = true
		}
	}
	if !linked {
		t.Errorf("models.Form decoded in another package is not linked: defs %+v", f.Defs)
	}
}

func TestFlagsAndEnvHelpers(t *testing.T) {
	src := `package main

import (
	"flag"
	"net/http"
	"os"
)

func getenv(key, def string) string {
	v, ok := os.LookupEnv(key)
	if !ok {
		return def
	}
	return v
}

func main() {
	server := flag.String("server", "https://kc.example.org", "KoboCAT server")
	var token string
	flag.StringVar(&token, "token-url", "https://kc.example.org/token", "")
	flag.Parse()
	http.Get(*server + "/api/v1/forms")
	base := getenv("KOBO_URL", "https://kc.example.org/")
	http.Get(base + "api/v1/data")
	_ = token
}
`
	f := analyze(t, src)
	find(t, f, "https://kc.example.org/api/v1/forms")
	find(t, f, "https://kc.example.org/api/v1/data")
	if u := find(t, f, "https://kc.example.org/token"); u.Var != "token" || u.Role != ir.RoleAssign {
		t.Errorf("StringVar: %+v", u)
	}
}

func TestRoutesAreNotURLs(t *testing.T) {
	src := `package p

import (
	"bytes"
	"net/http"
)

func status(w http.ResponseWriter, r *http.Request) {}

func serve(mux *http.ServeMux, buf *bytes.Buffer, c *http.Client) {
	mux.HandleFunc("/api/v1/status", status)
	http.HandleFunc("/api/v1/ping", func(w http.ResponseWriter, r *http.Request) {})
	c.Post("https://kc.example.org/api/v1/submissions", "application/json", buf)
}
`
	f := analyze(t, src)
	for _, u := range f.URLs {
		if strings.Contains(irtest.Flat(u.Parts), "status") || strings.Contains(irtest.Flat(u.Parts), "ping") {
			t.Errorf("route emitted: %q", irtest.Flat(u.Parts))
		}
	}
	if u := find(t, f, "https://kc.example.org/api/v1/submissions"); u.Role != ir.RoleRequest {
		t.Errorf("client Post with a body variable is a request: %+v", u)
	}
}

func urlOf(t *testing.T, f *ir.File, want string, role ir.Role) ir.URL {
	t.Helper()
	for _, u := range f.URLs {
		if irtest.Flat(u.Parts) == want && u.Role == role {
			return u
		}
	}
	var got []string
	for _, u := range f.URLs {
		got = append(got, irtest.Flat(u.Parts))
	}
	t.Fatalf("no URL %q with role %d; got %q", want, role, got)
	return ir.URL{}
}

func TestMethods(t *testing.T) {
	src := `package p

import (
	"context"
	"net/http"
	"strings"
)

const base = "https://kf.example.org"

func direct(ctx context.Context, c *resty.Client) {
	http.NewRequest(http.MethodPost, base+"/a/post", nil)
	http.NewRequestWithContext(ctx, "delete", base+"/a/delete", nil)
	http.Post(base+"/a/plain-post", "text/plain", strings.NewReader(""))
	http.PostForm(base+"/a/form", nil)
	http.Get(base + "/a/get")
	c.R().Put(base + "/a/put")
	c.R().Execute(http.MethodPatch, base+"/a/exec")
	http.NewRequest(verb(), base+"/a/unknown", nil)
}

type client struct{ hc *http.Client }

func (c *client) send(ctx context.Context, method, path string) error {
	req, _ := http.NewRequestWithContext(ctx, method, base+path, nil)
	_, err := c.hc.Do(req)
	return err
}

func (c *client) upload(path string) { http.Post(base+path, "application/json", nil) }

func (c *client) calls(ctx context.Context) {
	c.send(ctx, http.MethodPut, "/w/put")
	c.send(ctx, "GET", "/w/get")
	c.upload("/w/upload")
}
`
	f := analyze(t, src)
	for want, m := range map[string]string{
		"https://kf.example.org/a/post": "POST", "https://kf.example.org/a/delete": "DELETE",
		"https://kf.example.org/a/plain-post": "POST", "https://kf.example.org/a/form": "POST",
		"https://kf.example.org/a/get": "GET", "https://kf.example.org/a/put": "PUT",
		"https://kf.example.org/a/exec": "PATCH", "https://kf.example.org/a/unknown": "",
		"https://kf.example.org/w/put": "PUT", "https://kf.example.org/w/get": "GET",
		"https://kf.example.org/w/upload": "POST",
	} {
		if u := urlOf(t, f, want, ir.RoleRequest); u.Method != m {
			t.Errorf("%s: method %q, want %q", want, u.Method, m)
		}
	}
	// the argument handed to the wrapper is a request with its method too
	if u := urlOf(t, f, "/w/upload", ir.RoleRequest); u.Method != "POST" {
		t.Errorf("wrapper argument: method %q", u.Method)
	}
}

func TestSegments(t *testing.T) {
	src := `package p

import (
	"net/url"
	"path"
	"strings"
)

const base = "https://kc.example.org"

func f(u *url.URL, id string) {
	a, _ := url.JoinPath(base, "api/v1/forms")
	b := path.Join("/api/v1", "data", id)
	c := strings.Join([]string{base, "api/v1/x"}, "/")
	d := u.JoinPath("api", "v1/y")
	use(a, b, c, d)
}
`
	f := analyze(t, src)
	segs := func(u ir.URL) string {
		var b strings.Builder
		for _, p := range u.Parts {
			if p.Kind == ir.Lit && p.Segment {
				b.WriteString("[" + p.Text + "]")
			}
		}
		return b.String()
	}
	for want, s := range map[string]string{
		"https://kc.example.org/api/v1/forms": "[api/v1/forms]", // the base is parsed, not escaped
		"/api/v1/data/{id}":                   "[/api/v1][data]",
		"https://kc.example.org/api/v1/x":     "",
		"{u}/api/v1/y":                        "[api][v1/y]",
	} {
		if got := segs(urlOf(t, f, want, ir.RoleAssign)); got != s {
			t.Errorf("%s: segments %s, want %s", want, got, s)
		}
	}
}

func decodeAt(t *testing.T, f *ir.File, src, call string) ir.Decode {
	t.Helper()
	for _, d := range f.Decodes {
		if src[d.Span.Start:d.Span.End] == call {
			return d
		}
	}
	var got []string
	for _, d := range f.Decodes {
		got = append(got, src[d.Span.Start:d.Span.End])
	}
	t.Fatalf("no decode at %q; got %q", call, got)
	return ir.Decode{}
}

func TestDecodes(t *testing.T) {
	src := `package p

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
)

const kc = "https://kc.example.org"

type Form struct {
	Title string ` + "`json:\"title\"`" + `
}

type Forms []Form

func direct() {
	resp, _ := http.Get(kc + "/api/v1/forms")
	var forms Forms
	json.NewDecoder(resp.Body).Decode(&forms)
	resp2, _ := http.Get(kc + "/api/v1/forms/1")
	b, _ := io.ReadAll(resp2.Body)
	var one map[string]any
	json.Unmarshal(b, &one)
}

type client struct {
	base string
	hc   *http.Client
}

func newClient() *client { return &client{base: kc + "/api/v1"} }

func (c *client) getJSON(ctx context.Context, url string, out any) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// list forwards to getJSON: it decodes too, into its own parameter
func (c *client) list(ctx context.Context, path string, out any) error {
	return c.getJSON(ctx, c.base+path, out)
}

func fetch(u string) ([]map[string]any, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

func uses(ctx context.Context, c *client) {
	var list []Form
	c.getJSON(ctx, c.base+"/data", &list)
	var m map[string]any
	c.list(ctx, "/user", &m)
	rows, _ := fetch(kc + "/api/v1/metadata")
	_ = rows
	post, _ := http.Post(kc+"/api/v1/forms", "application/json", nil)
	var created map[string]any
	json.NewDecoder(post.Body).Decode(&created)
	cfg, _ := os.ReadFile("config.json")
	var conf map[string]any
	json.Unmarshal(cfg, &conf)
}
`
	f := analyze(t, src)
	origin := func(d ir.Decode) string {
		var out []string
		for _, o := range d.Origin {
			out = append(out, irtest.Flat(f.URLs[o].Parts))
		}
		return strings.Join(out, ",")
	}
	for _, tc := range []struct {
		call, origin string
		list         bool
	}{
		{"json.NewDecoder(resp.Body).Decode(&forms)", "https://kc.example.org/api/v1/forms", true},
		{"json.Unmarshal(b, &one)", "https://kc.example.org/api/v1/forms/1", false},
		{"c.getJSON(ctx, c.base+\"/data\", &list)", "https://kc.example.org/api/v1/data", true},
		{"c.list(ctx, \"/user\", &m)", "/user,https://kc.example.org/api/v1/user", false},
		{"fetch(kc + \"/api/v1/metadata\")", "https://kc.example.org/api/v1/metadata", true},
	} {
		d := decodeAt(t, f, src, tc.call)
		if got := origin(d); got != tc.origin || d.AsList != tc.list || d.Results != "" {
			t.Errorf("%s: origin %q list %v results %q; want %q %v", tc.call, got, d.AsList, d.Results, tc.origin, tc.list)
		}
	}
	if len(f.Decodes) != 5 {
		// not inside the helpers (their URL is the caller's), not the
		// answer of a POST, not a file read from disk
		for _, d := range f.Decodes {
			t.Logf("decode %q origin %s", src[d.Span.Start:d.Span.End], origin(d))
		}
		t.Errorf("%d decodes, want 5", len(f.Decodes))
	}
}

func TestTagTypes(t *testing.T) {
	src := "package p\n\ntype ID int\n\ntype Form struct {\n\tPK *int `json:\"formid\"`\n\tN ID `json:\"num_of_submissions\"`\n\tT string `json:\"title\"`\n\tF float64 `json:\"ratio\"`\n\tB bool `json:\"public\"`\n\tX []string `json:\"tags\"`\n}\n"
	f := analyze(t, src)
	for name, typ := range map[string]string{"formid": "int", "num_of_submissions": "int", "title": "string", "ratio": "float", "public": "bool", "tags": ""} {
		if got := field(t, f, name).Type; got != typ {
			t.Errorf("%s: type %q, want %q", name, got, typ)
		}
	}
}

func TestConfigKeys(t *testing.T) {
	src := "package settings\n\nimport \"net/http\"\n\n" +
		"type Config struct {\n" +
		"\tKobo struct {\n\t\tRoot string `yaml:\"api_root\"`\n\t} `yaml:\"kobo\"`\n" +
		"\tLegacy string `env:\"KC_URL\" envDefault:\"https://kc.example.org/api/v1\"`\n" +
		"\tPlain string `json:\"plain_url\"`\n" +
		"}\n\n" +
		"func get(c *Config, o *Other) {\n" +
		"\thttp.Get(c.Kobo.Root + \"/forms\")\n" +
		"\thttp.Get(c.Legacy + \"/data\")\n" +
		"\thttp.Get(c.Plain + \"/x\")\n" +
		"\thttp.Get(o.Server.URL + \"/y\")\n" +
		"}\n"
	f := analyze(t, src)
	urlOf(t, f, "{kobo.api_root}/forms", ir.RoleRequest)
	urlOf(t, f, "{plain_url}/x", ir.RoleRequest)
	urlOf(t, f, "{Other.Server.URL}/y", ir.RoleRequest)
	d := urlOf(t, f, "https://kc.example.org/api/v1/data", ir.RoleRequest)
	if d.Parts[0].Via != "KC_URL" || !d.Parts[0].Raw || src[d.Parts[0].Span.Start:d.Parts[0].Span.End] != "https://kc.example.org/api/v1" {
		t.Errorf("default from the tag: %+v", d.Parts[0])
	}
	if u := urlOf(t, f, "https://kc.example.org/api/v1", ir.RoleAssign); u.Var != "KC_URL" {
		t.Errorf("the default is a definition of KC_URL: %+v", u)
	}
	defs := map[string]string{}
	for _, d := range f.Defs {
		var b strings.Builder
		for _, p := range d.Parts {
			if p.Kind == ir.Hole {
				b.WriteString("{" + p.Name + "}")
			} else {
				b.WriteString(p.Text)
			}
		}
		defs[d.Name] = b.String()
	}
	for name, want := range map[string]string{
		"Config.Kobo.Root": "{kobo.api_root}", "settings.Config.Kobo.Root": "{kobo.api_root}",
		"Config.Legacy": "https://kc.example.org/api/v1", "KC_URL": "https://kc.example.org/api/v1",
		"Config.Plain": "{plain_url}",
	} {
		if defs[name] != want {
			t.Errorf("def %s = %q, want %q (all: %v)", name, defs[name], want, defs)
		}
	}
}

// A json tag names a setting only off a value that is not a response.
func TestResponseFieldsAreNotSettings(t *testing.T) {
	src := "package p\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\n" +
		"type Form struct {\n\tURL string `json:\"url\"`\n}\n\n" +
		"func f() {\n\tresp, _ := http.Get(\"https://kf.example.org/api/v2/assets/x/\")\n\tvar fm Form\n\tjson.NewDecoder(resp.Body).Decode(&fm)\n\thttp.Get(fm.URL + \"data/\")\n}\n"
	f := analyze(t, src)
	urlOf(t, f, "{fm.URL}data/", ir.RoleRequest)
}

func TestFunctionsAcrossFiles(t *testing.T) {
	src := `package p

import (
	"net/http"
	"strings"

	"example.org/kobo/client"
)

func formsURL() string { return base() + "/api/v1/forms" }

func data() (*http.Response, error) { return http.Get("https://kc.example.org/api/v1/data") }

func (c *cli) run() {
	resp, _ := projects()
	r2 := c.fetch()
	r3 := client.List()
	r4 := strings.ToLower("x")
	n := len(resp.Header)
	use(resp, r2, r3, r4, n)
}
`
	f := analyze(t, src)
	defs := map[string]string{}
	for _, d := range f.Defs {
		defs[d.Name] = irtest.Flat(ir.URL{Parts: d.Parts}.Parts)
	}
	if defs["formsURL()"] != "{base()}/api/v1/forms" || defs["data()"] != "https://kc.example.org/api/v1/data" {
		t.Errorf("function defs: %v", defs)
	}
	var results []string
	for _, u := range f.URLs {
		if u.Role == ir.RoleResult {
			results = append(results, irtest.Flat(u.Parts))
		}
	}
	// base() (another file's), projects(), c.fetch() (a method of the
	// receiver's type another file declares), client.List(); not the
	// standard library, builtins or use (whose result is not used... but
	// still another file's function)
	want := "{base()} {projects()} {fetch()} {List()} {use()}"
	if strings.Join(results, " ") != want {
		t.Errorf("results %q, want %q", strings.Join(results, " "), want)
	}
}

func TestStringReplace(t *testing.T) {
	src := "package p\n\nimport \"strings\"\n\nconst kpi = \"https://kf.example.org/kf.\"\n\nfunc f(x string) {\n\ta := strings.Replace(kpi, \"kf.\", \"kc.\", 1)\n\tb := strings.ReplaceAll(kpi, \"kf.\", x)\n\tc := strings.Replace(kpi, \"kf.\", \"kc.\", -1)\n\tuse(a, b, c)\n}\n"
	f := analyze(t, src)
	a := urlOf(t, f, "https://kc.example.org/kf.", ir.RoleAssign)
	if a.Parts[1].Text != "kc." || !a.Parts[1].Raw || a.Parts[0].Via != "kpi" {
		t.Errorf("the replacement is written at the call: %+v", a.Parts)
	}
	urlOf(t, f, "https://{x}example.org/{x}", ir.RoleAssign)
	urlOf(t, f, "https://kc.example.org/kc.", ir.RoleAssign)
}

func TestSettingsByKey(t *testing.T) {
	src := "package p\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/spf13/viper\"\n)\n\nfunc f(k *koanf.Koanf, s fmt.Stringer) {\n\thttp.Get(viper.GetString(\"kobo.api_root\") + \"/forms\")\n\thttp.Get(k.String(\"kobo.url\") + \"/data\")\n\thttp.Get(s.String() + \"/x\")\n}\n"
	f := analyze(t, src)
	urlOf(t, f, "{kobo.api_root}/forms", ir.RoleRequest)
	urlOf(t, f, "{kobo.url}/data", ir.RoleRequest)
	urlOf(t, f, "{s.String()}/x", ir.RoleRequest)
}
