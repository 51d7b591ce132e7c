package csharp

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

func TestStringKinds(t *testing.T) {
	src := `class C {
    const string Base = "https://kc.example.org";
    static readonly string Api = Base + "/api/v1";
    string A(int id) => $"{Api}/data/{id}?format=json";
    string B() => @"https://kc.example.org/api/v1/forms";
    string D(int id) => string.Format("{0}/forms/{1}", Api, id);
    string E(int id) => string.Concat(Api, "/metadata/", id);
    string F() => """https://kc.example.org/api/v1/user""";
    string G(int id) => $@"{Api}/data/{id}";
    string H() => new Uri(new Uri(Base), "api/v1/notes").ToString();
    string I(int id) => $"{Api}/data/{id}?query={{""a"":1}}".Replace("x", "y");
}
`
	f := irtest.Analyze(t, Analyze, "C.cs", src)
	want := []string{
		"https://kc.example.org/api/v1/data/{id}?format=json",
		"https://kc.example.org/api/v1/forms",
		"https://kc.example.org/api/v1/forms/{id}",
		"https://kc.example.org/api/v1/metadata/{id}",
		"https://kc.example.org/api/v1/user",
		"https://kc.example.org/api/v1/notes",
	}
	var got []string
	for _, u := range f.URLs {
		got = append(got, irtest.Flat(u.Parts))
	}
	all := strings.Join(got, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("missing %q in\n%s", w, all)
		}
	}
	api := irtest.URLWith(f, "/api/v1", int(ir.RoleAssign))
	if api == nil || api.Var != "Api" || api.Parts[0].Via != "Base" {
		t.Errorf("Api definition: %+v", api)
	}
	defs := map[string]bool{}
	for _, d := range f.Defs {
		defs[d.Name] = true
	}
	if !defs["Base"] || !defs["C.Base"] || !defs["Api"] || !defs["C.Api"] {
		t.Errorf("defs %v", defs)
	}
}

func TestInterpolationEscapes(t *testing.T) {
	src := "class C { string U(int id) => $\"https://kc.example.org/api/v1/data/{id}?q={{\\\"a\\\":1}}\"; }\n"
	f := irtest.Analyze(t, Analyze, "C.cs", src)
	u := irtest.URLWith(f, "/api/v1/data/", -1)
	if u == nil || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/data/{id}?q={\"a\":1}" {
		t.Fatalf("decoded: %+v", u)
	}
	if !u.Parts[0].Raw || u.Parts[0].Text != "https://kc.example.org/api/v1/data/" {
		t.Errorf("first part should be a raw run: %+v", u.Parts[0])
	}
}

func TestHttpClientRequestsAndDTO(t *testing.T) {
	src := `using Newtonsoft.Json;
public class KoboForm {
    public int formid { get; set; }
    [JsonProperty("title")] public string Title { get; set; }
    [JsonPropertyName("id_string")] public string IdString { get; set; }
    [DataMember(Name = "num_of_submissions")] public int Count { get; set; }
    public Owner owner { get; set; }
}
public class Owner { public string username { get; set; } }
public class Window { public string Title { get; set; } }
class Client {
    static HttpClient http = new HttpClient { BaseAddress = new Uri("https://kc.example.org/") };
    async Task Run(Window w) {
        var json = await http.GetStringAsync("api/v1/forms");
        var forms = JsonConvert.DeserializeObject<List<KoboForm>>(json);
        foreach (var f in forms) { Use(f.formid, f.Title); }
        var first = forms.Select(x => x.formid).First();
        Use(w.Title);
    }
}
`
	f := irtest.Analyze(t, Analyze, "K.cs", src)
	u := irtest.URLWith(f, "api/v1/forms", int(ir.RoleRequest))
	if u == nil || irtest.Flat(u.Parts) != "https://kc.example.org/api/v1/forms" || u.Call != "http.GetStringAsync" {
		t.Fatalf("request with BaseAddress: %+v", u)
	}
	decls := map[string]ir.FieldRead{}
	for _, fr := range f.Fields {
		if fr.Kind == ir.FieldDecl {
			decls[fr.Receiver+"."+fr.Name] = fr
		}
	}
	for _, k := range []string{"KoboForm.formid", "KoboForm.title", "KoboForm.id_string", "KoboForm.num_of_submissions", "KoboForm.owner", "Owner.username"} {
		d, ok := decls[k]
		if !ok {
			t.Errorf("no FieldDecl %s (have %v)", k, decls)
			continue
		}
		if !irtest.HasOrigin(d, u.ID) {
			t.Errorf("%s origin %v, want URL %d", k, d.Origin, u.ID)
		}
	}
	if _, ok := decls["Window.Title"]; ok {
		t.Error("Window is not a DTO")
	}
	if d := decls["KoboForm.title"]; src[d.Span.Start-1] != '"' {
		t.Errorf("title decl should point into the attribute string: %+v", d)
	}
	var reads []string
	for _, fr := range f.Fields {
		if fr.Kind == ir.FieldAttr && (fr.Name == "formid" || fr.Name == "Title") {
			if !irtest.HasOrigin(fr, u.ID) {
				t.Errorf("read %s has origin %v", fr.Name, fr.Origin)
			}
			reads = append(reads, fr.Receiver+"."+fr.Name)
		}
	}
	// f.Title is KoboForm's [JsonProperty("title")] member: reported at
	// the attribute (and fixed there), not at each read
	if strings.Join(reads, " ") != "f.formid x.formid" {
		t.Errorf("reads %v", reads)
	}
}

func TestWrapperMethods(t *testing.T) {
	src := `class Api {
    const string Root = "https://kc.example.org/api/v1/";
    private readonly HttpClient client = new HttpClient();
    private Task<string> Get(string path) => client.GetStringAsync(Root + path);
    private Task<string> Data(int formid) => Get($"data/{formid}");
    public async Task Run() {
        var forms = await Get("forms");
        var rows = await this.Data(12);
    }
}
`
	f := irtest.Analyze(t, Analyze, "A.cs", src)
	forms := irtest.URLWith(f, "forms", int(ir.RoleRequest))
	if forms == nil || forms.Call != "Get" || irtest.Flat(forms.Parts) != "https://kc.example.org/api/v1/forms" {
		t.Fatalf("wrapper call: %+v", forms)
	}
	var data *ir.URL
	for i := range f.URLs {
		if f.URLs[i].Call == "this.Data" {
			data = &f.URLs[i]
		}
	}
	if data == nil || irtest.Flat(data.Parts) != "https://kc.example.org/api/v1/data/{12}" {
		t.Fatalf("wrapper of wrapper: %+v", data)
	}
}

func TestRequestKinds(t *testing.T) {
	src := `class R {
    void M(string u) {
        var a = new HttpRequestMessage(HttpMethod.Get, "https://kc.example.org/api/v1/a");
        var b = new WebClient().DownloadString("https://kc.example.org/api/v1/b");
        var c = WebRequest.Create("https://kc.example.org/api/v1/c");
        var d = new RestRequest("https://kc.example.org/api/v1/d", Method.Get);
        var e = "https://kc.example.org/api/v1/e".GetJsonAsync();
        var g = new HttpRequestMessage { RequestUri = new Uri("https://kc.example.org/api/v1/g") };
    }
}
`
	f := irtest.Analyze(t, Analyze, "R.cs", src)
	for _, s := range []string{"/a", "/b", "/c", "/d", "/e", "/g"} {
		if u := irtest.URLWith(f, "api/v1"+s, int(ir.RoleRequest)); u == nil {
			t.Errorf("no request for %s", s)
		}
	}
}

func TestSubscriptsAndConditionalAccess(t *testing.T) {
	src := `class J {
    async Task M(HttpClient c) {
        var o = JObject.Parse(await c.GetStringAsync("https://kc.example.org/api/v1/forms/1"));
        var a = o["num_of_submissions"];
        var b = o?["tags"];
        var s = cfg["title"];
    }
}
`
	f := irtest.Analyze(t, Analyze, "J.cs", src)
	u := irtest.URLWith(f, "/api/v1/forms/1", int(ir.RoleRequest))
	for _, name := range []string{"num_of_submissions", "tags"} {
		r := irtest.FieldsNamed(f, name)
		if len(r) != 1 || r[0].Kind != ir.FieldSubscript || !irtest.HasOrigin(r[0], u.ID) {
			t.Errorf("%s: %+v", name, r)
		}
	}
	if r := irtest.FieldsNamed(f, "title"); len(r) != 1 || len(r[0].Origin) != 0 {
		t.Errorf("subscript without origin: %+v", r)
	}
}

func TestWireShapedReadsOnForeignTypes(t *testing.T) {
	src := `class V {
    private List<KoboForm> forms;
    private Settings settings = new Settings();
    void M() {
        foreach (var kf in forms) { Use(kf.formid, kf.Name); }
        Use(Global.Settings.title, settings.title);
    }
}
class Settings { public string Title { get; set; } public void Save() {} }
`
	f := irtest.Analyze(t, Analyze, "V.cs", src)
	// values of a class of another file hold what that file's requests
	// decode into it: a URL standing for it, filled by the repository pass
	r := irtest.FieldsNamed(f, "formid")
	if len(r) != 1 || len(r[0].Origin) != 1 || !typeResultOf(f, r[0].Origin[0], "KoboForm") {
		t.Fatalf("read on a value of a foreign type: %+v", r)
	}
	// a PascalCase member binds its JSON key case-insensitively: read
	// under the key, not editable there
	if n := irtest.FieldsNamed(f, "name"); len(n) != 1 || n[0].Raw || !typeResultOf(f, n[0].Origin[0], "KoboForm") {
		t.Errorf("PascalCase member of a foreign type: %+v", n)
	}
	if got := irtest.FieldsNamed(f, "title"); len(got) != 0 {
		t.Errorf("static paths and non-DTO classes are not reads: %+v", got)
	}
}

func TestCommentsHintAndSuppressions(t *testing.T) {
	src := `// old: https://kc.example.org/api/v1/forms
/// <summary>GET /api/v1/data/{formid}</summary>
class KoboSync { string s = "x"; } // kobolint:ignore[KB101]
`
	f := irtest.Analyze(t, Analyze, "S.cs", src)
	var words []string
	for _, u := range f.URLs {
		if u.Comment {
			words = append(words, u.Parts[0].Text)
		}
	}
	if strings.Join(words, " ") != "https://kc.example.org/api/v1/forms /api/v1/data/{formid}" {
		t.Errorf("comment URLs %q", words)
	}
	if !f.KoboHint {
		t.Error("KoboSync names kobo")
	}
	if len(f.Suppressions) != 1 || f.Suppressions[0].Line != 3 || f.Suppressions[0].Rules[0] != "KB101" {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
}

func TestAttributesAreNotURLs(t *testing.T) {
	src := "[Route(\"api/v1/forms\")] class C { [HttpGet(\"api/v1/data\")] public void M() {} }\n"
	f := irtest.Analyze(t, Analyze, "C.cs", src)
	if len(f.URLs) != 0 {
		t.Errorf("attribute strings are routes of this app: %+v", f.URLs)
	}
}

func TestDoublingDefinitions(t *testing.T) {
	src := irtest.Doubling("class D {\n const string A0 = \"https://kc.example.org/\";\n",
		" const string A%[1]d = A%[2]d + A%[2]d;\n", " void M(HttpClient c) { c.GetAsync(A40); }\n}\n", 40)
	irtest.Bounded(t, Analyze, "D.cs", src, 5*time.Second)
}

func TestParsersReused(t *testing.T) {
	irtest.OneURLEach(t, Analyze, 8, 40, func(g, i int) (string, string) {
		return "C.cs", fmt.Sprintf("class C%d { const string U = \"https://kc.example.org/api/v1/data/%d\"; }\n", i, g)
	})
}

func TestJunkDoesNotPanic(t *testing.T) {
	inputs := []string{
		"", "\xff\xfe\x00", "$\"{", "@\"", "\"\"\"", "class { void M( { $\"{$\"{\"}\"}\" }", strings.Repeat("{", 5000),
		"class C { string A = A + \"/x\"; void M(HttpClient c) { c.GetAsync(A); } }",
		"class C { string M(string p) => M(p + \"/x\"); void N(HttpClient c) { c.GetAsync(M(\"/y\")); } }",
		"\r\nclass C { string s = \"\\U0011FFFF\\x\\u12\"; }\r\n",
	}
	for _, in := range inputs {
		f, err := Analyze("J.cs", []byte(in))
		if err != nil {
			continue
		}
		irtest.CheckSpans(t, f, []byte(in))
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
