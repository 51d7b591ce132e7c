package csharp

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

func TestMethodsAndRestBase(t *testing.T) {
	src := `class Api {
    const string Root = "https://kc.example.org/api/v1/";
    RestClient client = new RestClient(Root);
    void A() { client.Execute(new RestRequest("forms")); }
    void B() { var r = new RestRequest("data/1", Method.Post); client.Execute(r); }
    void C() { var r = new RestRequest("metadata"); r.Method = Method.DELETE; client.Execute(r); }
    void D() { client.Post(new RestRequest("user")); }
    async void E(HttpClient http) {
        await http.PutAsync("https://kc.example.org/api/v1/forms/2", null);
        new HttpRequestMessage(HttpMethod.Patch, "https://kc.example.org/api/v1/forms/3");
        new WebClient().UploadString("https://kc.example.org/api/v1/forms/4", "DELETE", "");
        await http.GetStringAsync("https://kc.example.org/api/v1/forms/5");
    }
}
class Other { RestClient c = new RestClient("https://api.ona.io/api/v1/"); void F() { c.Execute(new RestRequest("forms")); } }
`
	f := analyze(t, "Api.cs", src)
	want := map[string]string{
		"https://kc.example.org/api/v1/forms": "GET", "https://kc.example.org/api/v1/data/1": "POST",
		"https://kc.example.org/api/v1/metadata": "DELETE", "https://kc.example.org/api/v1/user": "POST",
		"https://kc.example.org/api/v1/forms/2": "PUT", "https://kc.example.org/api/v1/forms/3": "PATCH",
		"https://kc.example.org/api/v1/forms/4": "DELETE", "https://kc.example.org/api/v1/forms/5": "GET",
		"https://api.ona.io/api/v1/forms": "GET",
	}
	got := map[string]string{}
	for _, u := range f.URLs {
		if u.Role == ir.RoleRequest {
			got[irtest.Flat(u.Parts)] = u.Method
		}
		if strings.HasPrefix(u.Call, "new RestClient") && u.Role == ir.RoleRequest {
			t.Errorf("a RestClient sends nothing: %+v", u)
		}
	}
	for url, m := range want {
		if got[url] != m {
			t.Errorf("%s: method %q, want %q (all %v)", url, got[url], m, got)
		}
	}
}

func TestDecodes(t *testing.T) {
	src := `class S {
    async void M(HttpClient http) {
        var json = await http.GetStringAsync("https://kc.example.org/api/v1/forms");
        var forms = JsonConvert.DeserializeObject<List<Form>>(json);
        var one = JsonConvert.DeserializeObject<Form>(json);
        var tok = JToken.Parse(json);
        foreach (var x in tok) { }
        var obj = JObject.Parse(json);
        var arr = JArray.Parse(json);
        dynamic d = JsonConvert.DeserializeObject<dynamic>(json);
    }
}
`
	f := analyze(t, "S.cs", src)
	byText := map[string]ir.Decode{}
	for _, d := range f.Decodes {
		byText[src[d.Span.Start:d.Span.End]] = d
	}
	cases := map[string]struct {
		results string
		list    bool
	}{
		"JsonConvert.DeserializeObject<List<Form>>(json)": {"", true},
		"JsonConvert.DeserializeObject<Form>(json)":       {"", false},
		"JToken.Parse(json)":                              {`["results"]`, true},
		"JObject.Parse(json)":                             {"", false},
		"JArray.Parse(json)":                              {"", true},
		"JsonConvert.DeserializeObject<dynamic>(json)":    {`["results"]`, false},
	}
	for text, c := range cases {
		d, ok := byText[text]
		if !ok || d.Results != c.results || d.AsList != c.list || len(d.Origin) != 1 {
			t.Errorf("%s: %+v (ok %v), want results %q list %v", text, d, ok, c.results, c.list)
		}
	}
}

func TestPascalCaseMembersAndTypes(t *testing.T) {
	src := `class Client {
    async Task<List<Form>> L(HttpClient h) => JsonConvert.DeserializeObject<List<Form>>(await h.GetStringAsync("https://kc.example.org/api/v1/forms"));
}
public class Form {
    public string Title { get; set; }
    public int? Formid { get; set; }
    public string Computed => Title;
    public string Owner { get; internal set; }
    [JsonProperty("id_string")] public string IdString { get; set; }
}
`
	f := analyze(t, "C.cs", src)
	decls := map[string]ir.FieldRead{}
	for _, fr := range f.Fields {
		if fr.Kind == ir.FieldDecl {
			decls[fr.Name] = fr
		}
	}
	if d, ok := decls["title"]; !ok || d.Raw || d.Type != "string" {
		t.Errorf("Title binds title: %+v", d)
	}
	if d, ok := decls["formid"]; !ok || d.Type != "int" {
		t.Errorf("int? Formid binds formid: %+v", d)
	}
	if _, ok := decls["Computed"]; !ok {
		t.Errorf("a computed property keeps its name: %v", decls)
	}
	if _, ok := decls["Owner"]; !ok {
		t.Errorf("a property without a public setter keeps its name: %v", decls)
	}
	if d, ok := decls["id_string"]; !ok || !d.Raw {
		t.Errorf("the attribute names the key: %+v", d)
	}
	if snake("NumOfSubmissions") != "num_of_submissions" || snake("IDString") != "id_string" || snake("Formid") != "formid" {
		t.Errorf("snake: %q %q %q", snake("NumOfSubmissions"), snake("IDString"), snake("Formid"))
	}
}

func TestSnakeCasePolicy(t *testing.T) {
	src := `class C {
    static JsonSerializerOptions o = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    Task<List<Form>> L(HttpClient h) => h.GetFromJsonAsync<List<Form>>("https://kc.example.org/api/v1/forms", o);
}
public class Form { public int NumOfSubmissions { get; set; } }
`
	f := analyze(t, "C.cs", src)
	if r := irtest.FieldsNamed(f, "num_of_submissions"); len(r) != 1 || r[0].Kind != ir.FieldDecl {
		t.Errorf("a snake_case policy binds num_of_submissions: %+v", f.Fields)
	}
}

func TestTypesAcrossFiles(t *testing.T) {
	client := `class Client {
    async Task<List<SurveyForm>> Forms(HttpClient h) {
        var json = await h.GetStringAsync("https://kc.example.org/api/v1/forms");
        return JsonConvert.DeserializeObject<List<SurveyForm>>(json);
    }
}
`
	f := analyze(t, "Client.cs", client)
	found := false
	for _, d := range f.Defs {
		found = found || d.Name == "SurveyForm{}" && irtest.Flat(d.Parts) == "https://kc.example.org/api/v1/forms"
	}
	if !found {
		t.Errorf("the request decoded into SurveyForm is offered: %+v", f.Defs)
	}
	dto := "public class SurveyForm { public string Title { get; set; } public int FormId { get; set; } }\n"
	g := analyze(t, "SurveyForm.cs", dto)
	r := irtest.FieldsNamed(g, "title")
	if len(r) != 1 || !typeResultOf(g, r[0].Origin[0], "SurveyForm") {
		t.Errorf("a plain data class holds what other files decode into it: %+v", g.Fields)
	}
	if r := irtest.FieldsNamed(g, "FormId"); len(r) != 1 {
		t.Errorf("an idiomatic name with no JSON evidence keeps its name: %+v", g.Fields)
	}
	use := `class Picker {
    public SurveyForm Selected { get; set; }
    public Report Current { get; set; }
    string L() => Selected.Title + Current.FormId + Current.Formid;
}
class Report { public int FormId; public void Save() {} }
`
	h := analyze(t, "Picker.cs", use)
	if r := irtest.FieldsNamed(h, "title"); len(r) != 1 || r[0].Raw || !typeResultOf(h, r[0].Origin[0], "SurveyForm") {
		t.Errorf("a member of a class of another file: %+v", h.Fields)
	}
	if r := irtest.FieldsNamed(h, "formid"); len(r) != 0 {
		t.Errorf("members of a local non-DTO class are not reads: %+v", r)
	}
}

func TestConversions(t *testing.T) {
	src := `class C { void M(HttpClient h) {
    var o = JObject.Parse(h.GetStringAsync("https://kc.example.org/api/v1/forms/1").Result);
    Use((int)o["formid"], int.Parse((string)o["id"]), o["title"].ToString(), o["url"].Value<string>());
} }
`
	f := analyze(t, "C.cs", src)
	want := map[string]string{"formid": "int", "title": "string", "url": "string"}
	for n, typ := range want {
		if r := irtest.FieldsNamed(f, n); len(r) != 1 || r[0].Type != typ {
			t.Errorf("%s: %+v, want type %s", n, r, typ)
		}
	}
}
