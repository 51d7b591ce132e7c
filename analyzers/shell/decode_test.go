package shell

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestRequestMethods(t *testing.T) {
	src := `B=https://kf.example.org
curl "$B/get"
curl -X POST "$B/x-post"
curl -sXPUT "$B/x-put"
curl --request=PATCH "$B/request-patch"
curl -d a=1 "$B/data"
curl "$B/json" --json '{}'
curl -F f=@x.xlsx "$B/form"
curl -T x.xlsx "$B/upload"
curl -sG -d q=1 "$B/get-query"
curl -sI "$B/head"
curl -X "$METHOD" "$B/unknown"
wget -q -O - "$B/wget"
wget --post-data=a=1 "$B/wget-post"
wget --method=DELETE "$B/wget-delete"
http DELETE "$B/http-delete"
http "$B/http-item" name=x
http "$B/http-query" q==x
kobo() { curl -s -X "$1" "$B/$2"; }
kobo PUT wrapped-put
post() { curl -s -d "$2" "$B/$1"; }
post wrapped-post body
`
	f := analyze(t, "m.sh", src)
	for path, m := range map[string]string{
		"get": "GET", "x-post": "POST", "x-put": "PUT", "request-patch": "PATCH", "data": "POST",
		"json": "POST", "form": "POST", "upload": "PUT", "get-query": "GET", "head": "HEAD",
		"unknown": "", "wget": "GET", "wget-post": "POST", "wget-delete": "DELETE",
		"http-delete": "DELETE", "http-item": "POST", "http-query": "GET",
		"wrapped-put": "PUT", "wrapped-post": "POST",
	} {
		u := oneURL(t, f, "https://kf.example.org/"+path, ir.RoleRequest)
		if u.Method != m {
			t.Errorf("%s: method %q, want %q", path, u.Method, m)
		}
	}
}

// decodeOf returns the decodes whose span starts at the n-th occurrence of
// sub in src.
func decodeOf(t *testing.T, f *ir.File, src, sub string, n int) ir.Decode {
	t.Helper()
	off := at(src, sub, n)
	for _, d := range f.Decodes {
		if d.Span.Start == off {
			return d
		}
	}
	t.Fatalf("no decode at %q #%d (offset %d): %+v", sub, n, off, f.Decodes)
	return ir.Decode{}
}

func TestJQDecodes(t *testing.T) {
	src := `K=https://kc.example.org/api/v1
curl -s "$K/forms" | jq length
curl -s "$K/forms" | jq -r '.[] | .title'
curl -s "$K/forms" | jq -r 'map(.id) | join(",")'
curl -s "$K/forms" | jq '[.[] | .id]'
curl -s "$K/forms" | jq .
curl -s "$K/user" | jq -r '.username'
curl -s "$K/forms" | jq -s '.[0]'
curl -s "$K/forms" | jq -c '.[]' | jq -r '.title'
curl -s -o f.json "$K/data"
jq '.[0].id' f.json
x=$(curl -s "$K/metadata")
jq -r 'first | .id' <<<"$x"
curl -s -X POST "$K/forms" -F f=@a.xlsx | jq -r '.id'
curl -s "$K/v2" | jq '.results[]'
`
	f := analyze(t, "d.sh", src)
	for _, tc := range []struct {
		at      string
		n       int
		origin  string
		results string
		before  bool
		list    bool
	}{
		{"length", 0, "forms", "'.results | '", true, true},
		{".[] | .title", 0, "forms", "results", false, true},
		{"map(", 0, "forms", ".results | ", true, true},
		{"[.[] | .id]", 0, "forms", ".results | ", true, true},
		{".\ncurl", 0, "forms", "'.results | '", true, false},
		{".username", 0, "user", "", false, false},
		{".[0]'\ncurl", 0, "forms", "", false, false},
		{".[]' |", 0, "forms", "results", false, true},
		{".[0].id", 0, "data", "results", false, true},
		{"first", 0, "metadata", ".results | ", true, true},
		{".results[]", 0, "v2", "results", false, false},
	} {
		d := decodeOf(t, f, src, tc.at, tc.n)
		var origin []string
		for _, o := range d.Origin {
			origin = append(origin, strings.TrimPrefix(text(f.URLs[o].Parts), "https://kc.example.org/api/v1/"))
		}
		if strings.Join(origin, ",") != tc.origin || d.Results != tc.results || d.Before != tc.before || d.AsList != tc.list {
			t.Errorf("decode at %q: origin %v results %q before %v list %v; want %s %q %v %v",
				tc.at, origin, d.Results, d.Before, d.AsList, tc.origin, tc.results, tc.before, tc.list)
		}
	}
	// the second jq of a pipe reads what the first printed, and the
	// answer of a POST is the object written: neither is a decode
	if len(f.Decodes) != 11 {
		t.Errorf("%d decodes, want 11: %+v", len(f.Decodes), f.Decodes)
	}
	if trs := fieldsNamed(f, "title"); len(trs) != 2 || len(trs[1].Origin) != 1 {
		t.Errorf("a field read after a jq keeps the request as origin: %+v", trs)
	}
}

func TestWrapperDecodes(t *testing.T) {
	src := `K=https://kc.example.org/api/v1
ids() { curl -s "$K/$1" | jq -r '.[].id'; }
ids forms
both() { curl -s "$K/$1" | jq -r '.[].id'; }
both forms
both data
raw() { curl -s "$K/$1"; }
raw forms | jq length
out() { curl -s "$K/$1" | jq -c '.[]'; }
out forms | jq -r .title
`
	f := analyze(t, "w.sh", src)
	one := decodeOf(t, f, src, ".[].id", 0)
	if len(one.Origin) != 2 || text(f.URLs[one.Origin[1]].Parts) != "https://kc.example.org/api/v1/forms" || one.Results != "results" {
		t.Errorf("one call: %+v", one)
	}
	two := decodeOf(t, f, src, ".[].id", 1)
	if len(two.Origin) != 3 || two.Results != "" {
		t.Errorf("two calls share the wrapper's edit, so it has none: %+v", two)
	}
	if d := decodeOf(t, f, src, "length", 0); len(d.Origin) != 1 || text(f.URLs[d.Origin[0]].Parts) != "https://kc.example.org/api/v1/forms" {
		t.Errorf("a wrapper's raw output: %+v", d)
	}
	for _, d := range f.Decodes {
		if d.Span.Start == at(src, ".title", 0)+0 || d.Span.Start == at(src, "jq -r .title", 0)+6 {
			t.Errorf("a wrapper that prints what jq made is not decoded again: %+v", d)
		}
	}
}

func TestReplaceExpansions(t *testing.T) {
	src := `KPI=https://kf.example.org
KC="${KPI/kf./kc.}"
A=${KPI/#https/http}
B=${KPI/%org/net}
C=${KPI//e/E}
D=${KPI/*/x}
E=${NOPE/kf/kc}
`
	f := analyze(t, "r.sh", src)
	kc := oneURL(t, f, "https://kc.example.org", ir.RoleAssign)
	if len(kc.Parts) != 3 || kc.Parts[1].Text != "kc." || !kc.Parts[1].Raw || kc.Parts[0].Via != "KPI" {
		t.Errorf("the replacement is the expansion's own text: %+v", kc.Parts)
	}
	oneURL(t, f, "http://kf.example.org", ir.RoleAssign)
	oneURL(t, f, "https://kf.example.net", ir.RoleAssign)
	oneURL(t, f, "https://kf.ExamplE.org", ir.RoleAssign)
	for _, u := range f.URLs {
		if u.Var == "D" || u.Var == "E" {
			t.Errorf("a glob pattern or an unknown value is not folded: %s", text(u.Parts))
		}
	}
}

func TestPythonDecodes(t *testing.T) {
	src := `K=https://kc.example.org/api/v1
curl -s "$K/forms" | # the list
  python3 -c "import json,sys; print(len(json.load(sys.stdin)))"
curl -s "$K/user" | python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["username"])'
`
	f := analyze(t, "p.sh", src)
	d := decodeOf(t, f, src, "json.load(sys.stdin)", 0)
	if d.Results != "['results']" || !d.AsList || len(d.Origin) != 1 {
		t.Errorf("in double quotes: %+v", d)
	}
	d = decodeOf(t, f, src, "json.loads(sys.stdin.read())", 0)
	if d.Results != `["results"]` || d.AsList {
		t.Errorf("in single quotes: %+v", d)
	}
}
