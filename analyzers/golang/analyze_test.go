package golang

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// flat renders a URL's parts with holes as {name}.
func flat(u ir.URL) string {
	var b strings.Builder
	for _, p := range u.Parts {
		if p.Kind == ir.Hole {
			b.WriteString("{" + p.Name + "}")
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

func analyze(t *testing.T, src string) *ir.File {
	t.Helper()
	f, err := Analyze("x/client.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, f, []byte(src))
	return f
}

// checkSpans: every span lies inside the file and raw parts match it.
func checkSpans(t testing.TB, f *ir.File, src []byte) {
	t.Helper()
	in := func(s ir.Span) bool { return s.Start >= 0 && s.End <= len(src) && s.Start <= s.End }
	for _, u := range f.URLs {
		for _, p := range u.Parts {
			if !in(p.Span) {
				t.Fatalf("URL %d part %q: span %v outside %d bytes", u.ID, p.Text, p.Span, len(src))
			}
			if p.Raw && string(src[p.Span.Start:p.Span.End]) != p.Text {
				t.Fatalf("URL %d part %q raw but source says %q", u.ID, p.Text, src[p.Span.Start:p.Span.End])
			}
		}
	}
	for _, fr := range f.Fields {
		if !in(fr.Span) {
			t.Fatalf("field %q: span %v outside", fr.Name, fr.Span)
		}
		if fr.Raw && string(src[fr.Span.Start:fr.Span.End]) != fr.Name {
			t.Fatalf("field %q raw but source says %q", fr.Name, src[fr.Span.Start:fr.Span.End])
		}
	}
}

// find returns the first URL whose flat text is want (and fails if none).
func find(t *testing.T, f *ir.File, want string) ir.URL {
	t.Helper()
	for _, u := range f.URLs {
		if flat(u) == want {
			return u
		}
	}
	var got []string
	for _, u := range f.URLs {
		got = append(got, flat(u))
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
	if raw := find(t, f, "raw/path"); !raw.Parts[0].Raw {
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
	found := false
	for _, u := range f.URLs {
		if u.Var == "BaseURL" && u.Role == ir.RoleAssign {
			found = true
		}
	}
	if !found {
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

func hasOrigin(o []int, id int) bool {
	for _, x := range o {
		if x == id {
			return true
		}
	}
	return false
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
	src := "package p\n\nimport (\n\t\"example.com/app/models\"\n\t\"github.com/go-resty/resty/v2\"\n)\n\n" +
		"func forms(c *resty.Client) {\n\tvar out []models.Form\n\tc.R().SetResult(&out).Get(\"https://kc.example.org/api/v1/forms\")\n}\n"
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
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
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
		if strings.Contains(flat(u), "status") || strings.Contains(flat(u), "ping") {
			t.Errorf("route emitted: %q", flat(u))
		}
	}
	if u := find(t, f, "https://kc.example.org/api/v1/submissions"); u.Role != ir.RoleRequest {
		t.Errorf("client Post with a body variable is a request: %+v", u)
	}
}
