package php

import (
	"slices"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/analyzers/internal/views"
	"github.com/kobolint/kobolint/internal/ir"
)

func TestStringBuilding(t *testing.T) {
	src := `<?php
const HOST = 'https://kc.example.org';
define('API', HOST . '/api/v1');
class C {
    const FORMS = API . '/forms';
    private static $data = API . '/data';
    private $base;
    public function __construct() { $this->base = API; }
    public function urls(int $id, string $user) {
        $a = "{$this->base}/forms/$id.json?x=\"1\"";
        $b = sprintf('%s/data/%d?page=%%d&s=%1$s', self::FORMS, $id);
        $c = implode('/', [HOST, 'api', 'v1', 'notes']);
        $d = str_replace('/forms', '/data', self::FORMS);
        $e = self::$data;
        $e .= '/' . $id;
        $f = <<<EOT
        {$this->base}/metadata
        EOT;
        $g = <<<'EOT'
        https://kc.example.org/api/v1/user
        EOT;
        $h = "${user}@kc.example.org";
        return [$a, $b, $c, $d, $e, $f, $g, $h];
    }
}
`
	f := irtest.Analyze(t, Analyze, "C.php", src)
	all := strings.Join(urlsFlat(f), "\n")
	for _, w := range []string{
		`https://kc.example.org/api/v1/forms/{$id}.json?x="1"`,
		"https://kc.example.org/api/v1/forms/data/{$id}?page=%d&s=https://kc.example.org/api/v1/forms",
		"https://kc.example.org/api/v1/notes",
		"https://kc.example.org/api/v1/data",
		"https://kc.example.org/api/v1/data/{$id}",
		"https://kc.example.org/api/v1/metadata",
		"https://kc.example.org/api/v1/user",
		"{$user}@kc.example.org",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("missing %q in\n%s", w, all)
		}
	}
	a := irtest.URLWith(f, "/forms/{$id}.json", int(ir.RoleAssign))
	if a == nil || a.Var != "$a" || a.Parts[0].Via != "HOST" || a.Parts[1].Via != "API" || a.Parts[2].Text != "/forms/" {
		t.Fatalf("$a: %+v", a)
	}
	var escaped *ir.Part
	for i, p := range a.Parts {
		if p.Text == `"` {
			escaped = &a.Parts[i]
		}
	}
	if escaped == nil || escaped.Raw {
		t.Errorf("an escape is its own non-raw part: %+v", a.Parts)
	}
	defs := map[string]bool{}
	for _, d := range f.Defs {
		defs[d.Name] = true
	}
	for _, n := range []string{"HOST", "API", "C::FORMS", "C::$data"} {
		if !defs[n] {
			t.Errorf("no Def %s in %v", n, defs)
		}
	}
}

func TestSettingsAreHolesNamedByKey(t *testing.T) {
	src := `<?php
class Job {
    private $kobo;
    public function __construct() { $this->kobo = config('kobo-link.kobo.endpoint'); }
    public function handle($cfg) {
        $a = config('kobo-link.kobo.endpoint') . '/imports/';
        $b = Config::get('services.kobo.old_endpoint') . '/api/v1/forms';
        $c = env('KOBO_URL', 'https://kf.example.org') . '/assets/';
        $d = env('KOBO_URL') . '/assets/';
        $e = $_ENV['KOBO_TOKEN'] . '/x';
        $f = $cfg['kobo']['api_root'] . '/forms';
        $g = $this->kobo . '/imports/';
        $h = config()->get('odk.url') . '/v1/projects';
        return [$a, $b, $c, $d, $e, $f, $g, $h];
    }
}
`
	f := irtest.Analyze(t, Analyze, "Job.php", src)
	all := strings.Join(urlsFlat(f), "\n")
	for _, w := range []string{
		"{kobo-link.kobo.endpoint}/imports/", "{services.kobo.old_endpoint}/api/v1/forms",
		"https://kf.example.org/assets/", "{KOBO_URL}/assets/", "{KOBO_TOKEN}/x",
		"{kobo.api_root}/forms", "{odk.url}/v1/projects",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("missing %q in\n%s", w, all)
		}
	}
	if g := irtest.URLWith(f, "/imports/", -1); g == nil {
		t.Fatal("no /imports/")
	}
	if strings.Count(all, "{kobo-link.kobo.endpoint}/imports/") != 2 {
		t.Errorf("$this->kobo set from config() is named by the key:\n%s", all)
	}
	if !f.KoboHint {
		t.Error("config keys naming kobo are a Kobo hint")
	}
	for _, u := range f.URLs {
		if irtest.Flat(u.Parts) == "kobo-link.kobo.endpoint" {
			t.Errorf("a config key is not a URL: %+v", u)
		}
	}
}

func TestLaravelConfigFile(t *testing.T) {
	src := `<?php
return [
    'kobo' => [
        'endpoint' => env('KOBO_ENDPOINT', 'https://kf.example.org'),
        'endpoint_v2' => env('KOBO_ENDPOINT', 'https://kf.example.org') . '/api/v2',
        'token' => env('KOBO_TOKEN'),
    ],
];
`
	f := irtest.Analyze(t, Analyze, "app/config/kobo-link.php", src)
	u := irtest.URLWith(f, "/api/v2", -1)
	if u == nil || u.Role != ir.RoleSetting || u.Var != "kobo-link.kobo.endpoint_v2" || u.Parts[0].Via != "KOBO_ENDPOINT" {
		t.Fatalf("endpoint_v2: %+v", u)
	}
	var names []string
	for _, d := range f.Defs {
		names = append(names, d.Name)
	}
	if !slices.Contains(names, "kobo-link.kobo.endpoint") || !slices.Contains(names, "kobo-link.kobo.endpoint_v2") {
		t.Errorf("defs %v", names)
	}
	// the same array outside config/ is read by its keys alone
	g := irtest.Analyze(t, Analyze, "settings.php", src)
	if u := irtest.URLWith(g, "/api/v2", -1); u == nil || u.Var != "kobo.endpoint_v2" {
		t.Errorf("plain settings file: %+v", u)
	}
}

func TestRequestsAndMethods(t *testing.T) {
	src := `<?php
use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Request;
function all($token, $f) {
    $c = new Client(['base_uri' => 'https://kc.example.org/api/v1/']);
    $c->get('forms');
    $c->post('forms', ['json' => ['name' => 'x']]);
    $c->request('PUT', "forms/$f");
    $c->get('/api/v2/assets/');
    Http::withToken($token)->delete('https://kc.example.org/api/v1/forms/1');
    Http::baseUrl('https://kf.example.org/api/v2')->get('assets/');
    file_get_contents('https://kc.example.org/api/v1/data', false, stream_context_create(['http' => ['method' => 'POST']]));
    file_get_contents('data/local.json');
    wp_remote_post('https://kc.example.org/api/v1/submissions');
    new Request('PATCH', 'https://kc.example.org/api/v1/forms/2');
    $ch = curl_init('https://kc.example.org/api/v1/metadata');
    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'DELETE');
}
`
	f := irtest.Analyze(t, Analyze, "r.php", src)
	requests := irtest.Spell(f, int(ir.RoleRequest), func(u ir.URL) string { return u.Method })
	irtest.WantAll(t, requests,
		"GET https://kc.example.org/api/v1/forms",
		"POST https://kc.example.org/api/v1/forms",
		"PUT https://kc.example.org/api/v1/forms/{$f}",
		"GET https://kc.example.org/api/v2/assets/",
		"DELETE https://kc.example.org/api/v1/forms/1",
		"GET https://kf.example.org/api/v2/assets/",
		"POST https://kc.example.org/api/v1/data",
		"POST https://kc.example.org/api/v1/submissions",
		"PATCH https://kc.example.org/api/v1/forms/2",
		"DELETE https://kc.example.org/api/v1/metadata",
	)
	if slices.ContainsFunc(requests, func(r string) bool { return strings.HasSuffix(r, " data/local.json") }) {
		t.Error("a local file is no request")
	}
	keys := irtest.FieldsNamed(f, "name")
	if len(keys) != 1 || keys[0].Kind != ir.FieldKey || f.URLs[keys[0].Origin[0]].Method != "POST" {
		t.Errorf("body key: %+v", keys)
	}
}

func TestWrappersAndCallSiteDecodes(t *testing.T) {
	src := `<?php
class Kobo {
    private $root = 'https://kc.example.org/api/v1';
    private function call(string $method, string $path) {
        $res = Http::withToken(env('T'))->send($method, $this->root . $path);
        return $res->json();
    }
    public function forms() {
        $out = [];
        foreach ($this->call('GET', '/forms') as $form) { $out[] = $form['title']; }
        return $out;
    }
    public function upload() { return $this->call('POST', '/forms'); }
    public function one($id) { return $this->call('GET', "/forms/$id")['formid']; }
    public function count() { return count($this->call('GET', '/data')); }
}
`
	f := irtest.Analyze(t, Analyze, "K.php", src)
	byText := map[string]*ir.URL{}
	for i, u := range f.URLs {
		if u.Role == ir.RoleRequest {
			byText[irtest.Flat(u.Parts)+" "+u.Method] = &f.URLs[i]
		}
	}
	for _, k := range []string{
		"https://kc.example.org/api/v1/forms GET", "https://kc.example.org/api/v1/forms POST",
		"https://kc.example.org/api/v1/forms/{$id} GET", "https://kc.example.org/api/v1/data GET",
	} {
		if byText[k] == nil {
			t.Errorf("no request %s in %v", k, urlsFlat(f))
		}
	}
	list := decodeAt(t, f, src, "$this->call('GET', '/forms')")
	if !list.AsList || list.Results != "['results']" || list.Origin[0] != byText["https://kc.example.org/api/v1/forms GET"].ID {
		t.Errorf("the forms call: %+v", list)
	}
	if d := decodeAt(t, f, src, "$this->call('GET', '/data')"); !d.AsList {
		t.Errorf("count() reads a list: %+v", d)
	}
	if d := decodeAt(t, f, src, `$this->call('GET', "/forms/$id")`); d.AsList {
		t.Errorf("['formid'] reads an object: %+v", d)
	}
	noDecodeAt(t, f, src, map[string]string{
		"$res->json()":       "the wrapper's own decode is recorded at its calls only",
		"$this->call('POST'": "a write's answer is not decoded as a page",
	})
	title := irtest.FieldsNamed(f, "title")
	if len(title) != 1 || !irtest.HasOrigin(title[0], byText["https://kc.example.org/api/v1/forms GET"].ID) {
		t.Errorf("title: %+v", title)
	}
}

func TestDecodesAndAsList(t *testing.T) {
	src := `<?php
$a = json_decode(file_get_contents('https://kc.example.org/api/v1/forms'), true);
foreach ($a as $k => $form) { echo $form['title']; }
$b = json_decode(file_get_contents('https://kc.example.org/api/v1/data'));
echo $b[0]->id_string;
$c = Http::get('https://kf.example.org/api/v2/assets/')->json();
echo $c['results'][0]['name'];
$d = Http::get('https://kf.example.org/api/v2/assets/')->object();
$e = Http::get('https://kf.example.org/api/v2/assets/')->collect()->map(fn ($x) => $x['uid']);
$n = count(json_decode(file_get_contents('https://kc.example.org/api/v1/forms'), true));
$own = json_decode(file_get_contents(__DIR__ . '/forms.json'), true);
echo $own[0]['title'];
`
	f := irtest.Analyze(t, Analyze, "d.php", src)
	if d := decodeAt(t, f, src, "json_decode(file_get_contents('https://kc.example.org/api/v1/forms'), true);"); !d.AsList || d.Results != "['results']" {
		t.Errorf("$a: %+v", d)
	}
	if d := decodeAt(t, f, src, "json_decode(file_get_contents('https://kc.example.org/api/v1/data'))"); !d.AsList || d.Results != "->results" {
		t.Errorf("$b: %+v", d)
	}
	if d := decodeAt(t, f, src, "Http::get('https://kf.example.org/api/v2/assets/')->object()"); d.Results != "->results" {
		t.Errorf("->object(): %+v", d)
	}
	if d := decodeAt(t, f, src, "Http::get('https://kf.example.org/api/v2/assets/')->collect()"); d.Results != "" || !d.AsList {
		t.Errorf("->collect(): %+v", d)
	}
	if d := decodeAt(t, f, src, "json_decode(file_get_contents('https://kc.example.org/api/v1/forms'), true))"); !d.AsList {
		t.Errorf("count(): %+v", d)
	}
	noDecodeAt(t, f, src, map[string]string{
		"Http::get('https://kf.example.org/api/v2/assets/')->json()": "a decode whose results are read already",
		"json_decode(file_get_contents(__DIR__":                      "a local file is no response",
	})
	if fr := irtest.FieldsNamed(f, "id_string"); len(fr) != 1 || fr[0].Kind != ir.FieldAttr || len(fr[0].Origin) != 1 {
		t.Errorf("id_string: %+v", fr)
	}
	if fr := irtest.FieldsNamed(f, "uid"); len(fr) != 1 || len(fr[0].Origin) != 1 {
		t.Errorf("a closure over a collection reads its items: %+v", fr)
	}
	titles := irtest.FieldsNamed(f, "title")
	if len(titles) != 2 || len(titles[0].Origin) != 1 || !slices.Equal(titles[1].Origin, []int{ir.OriginLocal}) {
		t.Errorf("titles: %+v", titles)
	}
}

func TestFieldReads(t *testing.T) {
	src := `<?php
$r = Http::get('https://kc.example.org/api/v1/forms')->json();
$first = $r[0];
echo "{$first['title']} $first[id_string]";
$pk = (int) $first['formid'];
$n = intval($first['num_of_submissions']);
$ids = array_column($r, 'formid');
$first['title'] = 'x';
echo $_GET['title'], $_POST['formid'];
$model = Survey::find(1);
echo $model->title;
$row = ['title' => 'a'];
echo $row['title'];
`
	f := irtest.Analyze(t, Analyze, "f.php", src)
	titles := irtest.FieldsNamed(f, "title")
	if len(titles) != 2 || len(titles[0].Origin) != 1 || len(titles[1].Origin) != 0 {
		t.Fatalf("titles (a write, superglobals and an object of the program are not reads): %+v", titles)
	}
	if tt := titles[0]; tt.Kind != ir.FieldSubscript || src[tt.Access.Start:tt.Access.End] != "['title']" || src[tt.Expr.Start:tt.Expr.End] != "$first['title']" {
		t.Errorf("title spans: %+v", tt)
	}
	if s := irtest.FieldsNamed(f, "id_string"); len(s) != 1 || !s[0].Raw || len(s[0].Origin) != 1 {
		t.Errorf("$first[id_string] in a string: %+v", s)
	}
	fid := irtest.FieldsNamed(f, "formid")
	if len(fid) != 2 || fid[0].Type != "int" || fid[1].Kind != ir.FieldColumn {
		t.Errorf("formid: %+v", fid)
	}
	if n := irtest.FieldsNamed(f, "num_of_submissions"); len(n) != 1 || n[0].Type != "int" {
		t.Errorf("intval: %+v", n)
	}
}

func TestPathReads(t *testing.T) {
	src := `<?php
$r = Http::get('https://kc.example.org/api/v1/forms/1');
echo $r->json('title'), data_get($r->json(), 'owner.username'), Arr::get($r->json(), 'formid'), $r->json('data.0');
echo data_get($config, 'app.title');
`
	f := irtest.Analyze(t, Analyze, "p.php", src)
	for _, name := range []string{"title", "username", "formid"} {
		fr := irtest.FieldsNamed(f, name)
		if len(fr) != 1 || !fr[0].Raw || len(fr[0].Origin) != 1 || src[fr[0].Span.Start:fr[0].Span.End] != name {
			t.Errorf("%s: %+v", name, fr)
		}
	}
	if len(f.Fields) != 3 {
		t.Errorf("a numeric key and a value of the program are not reads: %+v", f.Fields)
	}
}

func TestExternalResultsAndFunctionDefs(t *testing.T) {
	lib := `<?php
class KoboApi {
    public static function forms() { return Http::get('https://kc.example.org/api/v1/forms')->json(); }
    public function base() { return 'https://kc.example.org/api/v1'; }
}
function kobo_data() { return json_decode(file_get_contents('https://kc.example.org/api/v1/data'), true); }
`
	f := irtest.Analyze(t, Analyze, "lib.php", lib)
	defs := irtest.Defs(f)
	if defs["KoboApi::forms()"] != "https://kc.example.org/api/v1/forms" || defs["forms()"] == "" ||
		defs["kobo_data()"] != "https://kc.example.org/api/v1/data" || defs["KoboApi::base()"] != "https://kc.example.org/api/v1" {
		t.Errorf("defs %v", defs)
	}
	app := `<?php
foreach (KoboApi::forms() as $f) { echo $f['title']; }
$d = kobo_data();
echo $d[0]['id_string'], strtolower($d[0]['title']);
$k = $this->kobo->forms();
echo $k[0]['formid'];
`
	g := irtest.Analyze(t, Analyze, "app.php", app)
	want := map[string]string{"title": "KoboApi::forms()", "id_string": "kobo_data()", "formid": "forms()"}
	for field, hole := range want {
		fr := irtest.FieldsNamed(g, field)
		if len(fr) == 0 || len(fr[0].Origin) != 1 {
			t.Fatalf("%s: %+v", field, fr)
		}
		u := g.URLs[fr[0].Origin[0]]
		if u.Role != ir.RoleResult || u.Parts[0].Name != hole {
			t.Errorf("%s: origin %+v", field, u)
		}
	}
	for _, u := range g.URLs {
		if u.Role == ir.RoleResult && strings.HasPrefix(u.Parts[0].Name, "strtolower") {
			t.Errorf("PHP's own functions stand for nothing: %+v", u)
		}
	}
}

func TestBladeTemplate(t *testing.T) {
	src := `@extends('layouts.app', ['title' => 'Projects'])
{{-- kobolint:ignore[KB405] --}}
@foreach($projects as $p)
  <td>{{ $p['title'] }}</td><td>{!! $p['url'] !!}</td>
@endforeach
<a href="https://kc.example.org/api/v1/forms">v1</a> contact@example.org
@php $u = 'https://kc.example.org/api/v1/data'; @endphp
`
	f := irtest.Analyze(t, Analyze, "resources/views/kobo/projects.blade.php", src)
	title := irtest.FieldsNamed(f, "title")
	if len(title) != 1 || !title[0].Raw || src[title[0].Span.Start:title[0].Span.End] != "title" {
		t.Fatalf("title (the layout's key is not a read): %+v", title)
	}
	u := f.URLs[title[0].Origin[0]]
	if u.Role != ir.RoleResult || u.Parts[0].Name != ir.FuncDef(views.Def("kobo.projects", "projects")) {
		t.Errorf("the view's variable: %+v", u)
	}
	if len(irtest.FieldsNamed(f, "url")) != 1 {
		t.Error("{!! !!} echoes are read too")
	}
	if v := irtest.URLWith(f, "/api/v1/data", -1); v == nil || src[v.Parts[0].Span.Start:v.Parts[0].Span.End] != "https://kc.example.org/api/v1/data" {
		t.Errorf("@php block: %+v", v)
	}
	if v := irtest.URLWith(f, "/api/v1/forms", -1); v == nil {
		t.Error("the page's link")
	}
	if len(f.Suppressions) != 1 || f.Suppressions[0].Line != 2 {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
	ctl := `<?php
class P {
    public function index() {
        $rows = json_decode(Http::get('https://kc.example.org/api/v1/data')->body(), true);
        return view('kobo.projects')->with('projects', $rows);
    }
    public function other() { $forms = Http::get('https://kc.example.org/api/v1/forms')->json(); return view('kobo.forms', compact('forms')); }
}
`
	c := irtest.Analyze(t, Analyze, "app/P.php", ctl)
	defs := irtest.Defs(c)
	if defs[ir.FuncDef(views.Def("kobo.projects", "projects"))] != "https://kc.example.org/api/v1/data" ||
		defs[ir.FuncDef(views.Def("kobo.forms", "forms"))] != "https://kc.example.org/api/v1/forms" {
		t.Errorf("view defs %v", defs)
	}
}

func TestCommentsHintsAndHTML(t *testing.T) {
	src := `<?php
// see https://kc.example.org/api/v1/forms kobolint:ignore[KB210]
# https://kc.example.org/api/v1/data
/* kobolint:ignore */
$x = 1;
?>
<p><a href="https://kc.example.org/api/v1/notes">notes</a></p>
<script>fetch('https://kc.example.org/api/v1/user')</script>
<?php echo $x;
`
	f := irtest.Analyze(t, Analyze, "page.php", src)
	comments := 0
	for _, u := range f.URLs {
		if u.Comment {
			comments++
		}
	}
	if comments != 2 {
		t.Errorf("comment URLs: %d", comments)
	}
	if len(f.Suppressions) != 2 || f.Suppressions[0].Line != 2 || f.Suppressions[0].Rules[0] != "KB210" || f.Suppressions[1].Line != 4 {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
	if u := irtest.URLWith(f, "/api/v1/notes", -1); u == nil {
		t.Error("a link of the page")
	}
	if u := irtest.URLWith(f, "/api/v1/user", int(ir.RoleRequest)); u == nil {
		t.Errorf("the page's script: %v", urlsFlat(f))
	}
	if f.KoboHint {
		t.Error("no Kobo named here")
	}
	if g := irtest.Analyze(t, Analyze, "k.php", `<?php $kobo = new KoboClient();`); !g.KoboHint {
		t.Error("KoboClient names Kobo")
	}
}

func TestBrokenInputDegrades(t *testing.T) {
	irtest.Degrades(t, Analyze, []string{"x.php", "views/x.blade.php"},
		"<?php $a = 'https://kc.example.org/api/v1/forms' . ;",
		"<?php class { function (",
		"@foreach($a as $b) {{ $b['x'] ",
		"<?php $a = $a . '/x'; $b .= $b; $c = $d; $d = $c . '/y'; function f($p = f()) { return f($p); } echo f();",
		strings.Repeat("<?php $a = ('", 400),
	)
	f := irtest.Analyze(t, Analyze, "x.php", "<?php $a = 'https://kc.example.org/api/v1/forms' . ;")
	if len(f.Warnings) == 0 || irtest.URLWith(f, "/api/v1/forms", -1) == nil {
		t.Errorf("a syntax error is a warning, the rest is read: %+v", f)
	}
}
