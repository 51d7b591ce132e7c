package rules

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestTableLoads(t *testing.T) {
	tb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Rules()) < 60 {
		t.Fatalf("only %d rules", len(tb.Rules()))
	}
}

// Load parses the table once, but each caller's hosts from its config stay
// its own.
func TestLoadCopiesAreIndependent(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if a == b {
		t.Fatal("Load returned the same *Table twice")
	}
	a.ExtraKoboCAT = map[string]string{"odk.example.org": "surveys.example.org"}
	a.ExtraKPI = map[string]bool{"surveys.example.org": true}
	if k, _ := a.ClassifyHost("odk.example.org"); k != HostKoboCAT {
		t.Errorf("a: odk.example.org is %v, want KoboCAT", k)
	}
	for _, h := range []string{"odk.example.org", "surveys.example.org"} {
		if k, _ := b.ClassifyHost(h); k != HostUnknown {
			t.Errorf("b: %s is %v, want unknown: a's config hosts leaked", h, k)
		}
	}
}

func TestBrokenTablesAreRejected(t *testing.T) {
	bad := map[string]string{
		"unknown key":    "docs: x\nhosts: []\nbogus: 1\n",
		"bad fix":        "asset_list_v2: /a\nhosts:\n  - {code: KB101, host: a.b, v2: c.d, fix: maybe, why: w}\n",
		"bad code":       "asset_list_v2: /a\nhosts:\n  - {code: X1, host: a.b, v2: c.d, fix: safe, why: w}\n",
		"no why":         "asset_list_v2: /a\nhosts:\n  - {code: KB101, host: a.b, v2: c.d, fix: safe, why: ''}\n",
		"fix without v2": "asset_list_v2: /a\nendpoints:\n  - {code: KB201, family: kobocat, match: /api/v1/x, v2: null, fix: safe, response: kobo, why: w}\n",
		"relative match": "asset_list_v2: /a\nendpoints:\n  - {code: KB201, family: kobocat, match: api/v1/x, v2: null, fix: none, response: kobo, why: w}\n",
		"code reused":    "asset_list_v2: /a\nendpoints:\n  - {code: KB201, title: a, family: kpi, match: /a, v2: null, fix: none, response: kobo, why: w}\n  - {code: KB201, title: b, family: kpi, match: /b, v2: null, fix: none, response: kobo, why: w}\n",
	}
	for name, y := range bad {
		if _, err := Parse([]byte(y)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// Every endpoint row of the mapping notes (sections 2 and 3) must match a
// rule with the stated replacement. The rows are spelled as clients spell
// them, with ids, suffixes and query strings.
func TestEndpointRows(t *testing.T) {
	tb := MustLoad()
	cases := []struct {
		family, path, code, v2 string
	}{
		{"kobocat", "/api/v1", "KB200", "/api/v2"},
		{"version", "/v1", "KB209", "v2"},
		{"kobocat", "/api/v1/", "KB200", "/api/v2"},
		{"kobocat", "/api/v1/data", "KB201", "/api/v2/assets/?q=asset_type:survey"},
		{"kobocat", "/api/v1/data.json", "KB201", ""},
		{"kobocat", "/api/v1/data?owner=jane", "KB201", ""},
		{"kobocat", "/api/v1/data/474", "KB202", "/api/v2/assets/{uid}/data/"},
		{"kobocat", "/api/v1/data/474.json", "KB202", ""},
		{"kobocat", "/api/v1/data/474.csv?start=1", "KB202", ""},
		{"kobocat", "/api/v1/data/\x00", "KB202", ""},
		{"kobocat", "/api/v1/data/474/12", "KB203", "/api/v2/assets/{uid}/data/{id}/"},
		{"kobocat", "/api/v1/data/474/12/labels", "KB204", ""},
		{"kobocat", "/api/v1/data/474/12/validation_status", "KB205", ""},
		{"kobocat", "/api/v1/data/474/12/enketo", "KB206", ""},
		{"kobocat", "/api/v1/data/474/bulk_validation_status", "KB207", ""},
		{"kobocat", "/api/v1/data/474/bulk_delete", "KB208", ""},
		{"kobocat", "/api/v1/forms", "KB210", "/api/v2/assets/?q=asset_type:survey"},
		{"kobocat", "/api/v1/forms.json", "KB210", ""},
		{"kobocat", "/api/v1/submissions.json", "KB224", ""},
		{"kobocat", "/api/v1/forms/474", "KB211", "/api/v2/assets/{uid}/"},
		{"kobocat", "/api/v1/forms/474/form.xml", "KB212", "/api/v2/assets/{uid}.xml"},
		{"kobocat", "/api/v1/forms/474/form.json", "KB213", ""},
		{"kobocat", "/api/v1/forms/474/form.xls", "KB213", ""},
		{"kobocat", "/api/v1/forms/474/labels", "KB214", ""},
		{"kobocat", "/api/v1/forms/474/labels/tag1", "KB214", ""},
		{"kobocat", "/api/v1/forms/474/share", "KB215", ""},
		{"kobocat", "/api/v1/forms/474/clone", "KB215", ""},
		{"kobocat", "/api/v1/forms/474/enketo", "KB215", ""},
		{"kobocat", "/api/v1/forms/474/csv_import", "KB215", ""},
		{"kobocat", "/api/v1/forms/474.csv", "KB211", ""},
		{"kobocat", "/api/v1/metadata", "KB220", "/api/v2/assets/{uid}/files/"},
		{"kobocat", "/api/v1/metadata?xform=474", "KB220", ""},
		{"kobocat", "/api/v1/metadata/271", "KB221", ""},
		{"kobocat", "/api/v1/media", "KB222", ""},
		{"kobocat", "/api/v1/media/12.jpg", "KB222", ""},
		{"kobocat", "/api/v1/notes/3", "KB223", ""},
		{"kobocat", "/api/v1/submissions", "KB224", ""},
		{"kobocat", "/api/v1/user", "KB230", "/me/"},
		{"kobocat", "/api/v1/user/reset", "KB231", ""},
		{"kobocat", "/api/v1/user/jane/starred", "KB231", ""},
		{"kobocat", "/api/v1/users/jane", "KB232", "/api/v2/users/{username}/"},
		{"kobocat", "/api/v1/users", "KB233", ""},
		{"kobocat", "/api/v1/profiles/jane/change_password", "KB234", ""},
		{"kobocat", "/api/v1/stats/submissions/474", "KB235", ""},
		{"kobocat", "/api/v1/charts/474", "KB236", ""},
		{"kobocat", "/api/v1/projects/3/forms", "KB237", ""},
		{"kobocat", "/api/v1/orgs", "KB238", ""},
		{"kobocat", "/api/v1/teams/2", "KB238", ""},
		{"kobocat", "/api/v1/formlist", "KB239", ""},
		{"kobocat", "/api/v1/briefcase", "KB239", ""},
		{"kobocat", "/api/v1/somethingelse", "KB299", ""},
		{"kpi", "/assets/", "KB304", "/api/v2/assets/"},
		{"kpi", "/assets/aUid/", "KB304", ""},
		{"kpi", "/assets/aUid/content/", "KB304", ""},
		{"kpi", "/assets/aUid/deployment/", "KB304", ""},
		{"kpi", "/assets/aUid/files/fUid/content/", "KB304", ""},
		{"kpi", "/assets/aUid/versions/vUid/", "KB304", ""},
		{"kpi", "/assets/aUid/hooks/hUid/logs/", "KB304", ""},
		{"kpi", "/assets/bulk/", "KB304", ""},
		{"kpi", "/assets/hash/", "KB304", ""},
		{"kpi", "/assets/aUid/permissions/", "KB302", ""},
		{"kpi", "/assets/aUid/hook-signal/", "KB303", ""},
		{"kpi", "/assets/aUid/submissions/", "KB301", "/api/v2/assets/{uid}/data/"},
		{"kpi", "/assets/aUid/submissions/12/edit/", "KB301", ""},
		{"kpi", "/assets/aUid/submissions/validation_statuses/", "KB301", ""},
		{"kpi", "/exports/", "KB305", "/api/v2/assets/{uid}/exports/"},
		{"kpi", "/exports/eUid/", "KB305", ""},
		{"kpi", "/imports/", "KB306", "/api/v2/imports/"},
		{"kpi", "/imports/iUid/", "KB306", ""},
		{"kpi", "/permissions/", "KB307", ""},
		{"kpi", "/permissions/pUid/", "KB307", ""},
		{"kpi", "/reports/", "KB309", ""},
		{"kpi", "/reports/aUid/", "KB308", ""},
		{"kpi", "/tags/", "KB311", "/api/v2/tags/"},
		{"kpi", "/tags/tUid/", "KB310", ""},
		{"kpi", "/users/", "KB312", ""},
		{"kpi", "/users/jane/", "KB312", ""},
		{"kpi", "/asset_snapshots/sUid/xml_with_disclaimer/", "KB313", ""},
		{"kpi", "/asset_subscriptions/", "KB314", ""},
		{"kpi", "/authorized_application/authenticate_user/", "KB316", ""},
		{"kpi", "/authorized_application/users/", "KB316", ""},
		{"kpi", "/authorized_application/one_time_authentication_keys/", "KB315", ""},
		{"kpi", "/environment/", "KB317", "/api/v2/environment/"},
		{"kpi", "/sitewide_messages/", "KB318", ""},
		{"kpi", "/collections/", "KB319", ""},
	}
	for _, c := range cases {
		m := tb.MatchEndpoint(c.path, 0, c.family)
		if m == nil {
			t.Errorf("%s: no rule", c.path)
			continue
		}
		if m.Rule.Code != c.code {
			t.Errorf("%s: rule %s, want %s", c.path, m.Rule.Code, c.code)
		}
		if c.v2 != "" {
			got := "(none)"
			if m.Rule.V2 != nil {
				got = tb.ExpandV2(*m.Rule.V2)
			}
			if strings.TrimSuffix(got, "**") != c.v2 {
				t.Errorf("%s: v2 %s, want %s", c.path, got, c.v2)
			}
		}
	}
}

func TestNotEndpoints(t *testing.T) {
	tb := MustLoad()
	for _, p := range []string{"/api/v2/assets/", "/me/", "/api/v2/permissions/view_asset/"} {
		if tb.V2Response(p, 0) == "" {
			t.Errorf("%s should be v2", p)
		}
	}
	if !tb.IsOpenRosa("/token/?format=json", 0) {
		t.Error("/token/ should stay valid on any host")
	}
	for _, p := range []string{"/submission", "/jane/formList", "/formList", "/xformsManifest/474", "/forms/474/form.xml",
		"/view/submissionList", "/collector/abc/submission", "/jane/exports/hh/csv"} {
		if !tb.IsOpenRosa(p, 0) {
			t.Errorf("%s should be OpenRosa", p)
		}
	}
	for _, p := range []string{"/me/", "/api/v2/assets/"} {
		if m := tb.MatchEndpoint(p, 0, "kpi"); m != nil {
			t.Errorf("%s matched %s", p, m.Rule.Code)
		}
	}
}

func TestHosts(t *testing.T) {
	tb := MustLoad()
	cases := map[string]HostKind{
		"kc.kobotoolbox.org": HostKoboCAT, "KC-EU.kobotoolbox.org": HostKoboCAT,
		"kc.humanitarianresponse.info": HostKoboCAT, "kc.myngo.org": HostKoboCAT,
		"kobocat.unhcr.org": HostKoboCAT, "kf.kobotoolbox.org": HostKPI, "eu.kobotoolbox.org": HostKPI,
		"kobo.humanitarianresponse.info": HostKPI, "kf.myngo.org": HostKPI, "ee.kobotoolbox.org": HostEnketo,
		"api.ona.io": HostOther, "ona.io": HostOther, "example.org": HostUnknown, "kc.py": HostUnknown,
		"kcal.example.org": HostUnknown,
	}
	for h, want := range cases {
		if got, _ := tb.ClassifyHost(h); got != want {
			t.Errorf("%s: %d, want %d", h, got, want)
		}
	}
	if _, r := tb.ClassifyHost("kc.myngo.org"); r == nil || r.Code != "KB104" {
		t.Errorf("self-hosted kc.* should be KB104")
	}
}

// Every field of the article's tables (section 4) has a rule for its
// response, with the stated v2 name.
func TestFieldRows(t *testing.T) {
	tb := MustLoad()
	rows := []struct{ kind, name, v2 string }{
		{"v1-data-list", "id", "uid"}, {"v1-data-list", "id_string", "uid"}, {"v1-data-list", "title", "name"},
		{"v1-data-list", "description", "settings.description"}, {"v1-data-list", "url", "data"},
		{"v1-forms", "formid", "uid"}, {"v1-forms", "owner", "owner__username"}, {"v1-forms", "metadata", "files"},
		{"v1-forms", "tags", "tag_string"}, {"v1-forms", "title", "name"}, {"v1-forms", "public", ""},
		{"v1-forms", "public_data", ""}, {"v1-forms", "require_auth", ""}, {"v1-forms", "users", "permissions"},
		{"v1-forms", "hash", "version__content_hash"}, {"v1-forms", "downloadable", "deployment__active"},
		{"v1-forms", "encrypted", "deployment__encrypted"}, {"v1-forms", "last_submission_time", "deployment__last_submission_time"},
		{"v1-forms", "uuid", "deployment__uuid"}, {"v1-forms", "instances_with_geopoints", "summary.geo"},
		{"v1-forms", "num_of_submissions", "deployment__submission_count"}, {"v1-forms", "attachment_storage_bytes", ""},
		{"v1-metadata", "id", "uid"}, {"v1-metadata", "data_type", "file_type"}, {"v1-metadata", "xform", "asset"},
		{"v1-metadata", "data_value", "metadata.filename"}, {"v1-metadata", "data_filename", "metadata.filename"},
		{"v1-metadata", "data_file", "content"}, {"v1-metadata", "data_file_type", "metadata.mimetype"},
		{"v1-metadata", "file_hash", "metadata.hash"}, {"v1-metadata", "from_kpi", ""},
		{"v1-user", "id", "extra_details__uid"}, {"v1-user", "city", "extra_details.city"},
		{"v1-user", "country", "extra_details.country"}, {"v1-user", "organization", "extra_details.organization"},
		{"v1-user", "website", "extra_details.website"}, {"v1-user", "twitter", "extra_details.twitter"},
		{"v1-user", "url", ""}, {"v1-user", "user", ""}, {"v1-user", "api_token", ""}, {"v1-user", "temp_token", ""},
	}
	for _, r := range rows {
		var found *Field
		for _, f := range tb.FieldRules(r.name) {
			for _, k := range f.Responses {
				if k == r.kind {
					found = f
				}
			}
		}
		if found == nil {
			t.Errorf("%s %s: no rule", r.kind, r.name)
			continue
		}
		got := ""
		if found.V2 != nil {
			got = *found.V2
		}
		if got != r.v2 {
			t.Errorf("%s %s: v2 %q, want %q", r.kind, r.name, got, r.v2)
		}
	}
	// unchanged in v2: no rule may fire for them on a v1 response
	for _, n := range []string{"username", "email", "gravatar", "_id", "_uuid", "_submission_time"} {
		if len(tb.FieldRules(n)) != 0 {
			t.Errorf("%s is unchanged in v2 but has a rule", n)
		}
	}
}

func TestNameSays(t *testing.T) {
	tb := MustLoad()
	for _, c := range []struct {
		what, word string
		want       bool
	}{
		{"api", "endpoint", true},
		{"api", "endpoints", true}, // a table of API bases
		{"api", "servers", true},
		{"api", "token", false},
		{"collect", "submission", true},
		{"collect", "submissions", false}, // KoboCAT's API, not OpenRosa's
		{"kobo", "kobotoolbox", true},
		{"kobo", "kobo_url", true}, // the prefix
		{"kobo", "kc", true},
		{"kobo", "ona", false},
	} {
		if got := tb.NameSays(c.what, c.word); got != c.want {
			t.Errorf("NameSays(%q, %q) = %v, want %v", c.what, c.word, got, c.want)
		}
	}
}

// The embedded table.json is exactly what table.yaml encodes to, so that
// editing the YAML without `go generate ./rules` fails here rather than
// shipping a binary that still holds the old table.
func TestJSONInStep(t *testing.T) {
	src, err := os.ReadFile("table.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tb, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	want, err := EncodeJSON(tb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, tableJSON) {
		t.Fatal("rules/table.json is out of date with rules/table.yaml: run go generate ./rules")
	}
	if _, err := decodeJSON(tableJSON); err != nil {
		t.Fatal(err)
	}
}

// A table.json that names a key the Table does not have is rejected
// rather than read as a smaller table.
func TestDecodeJSONRejectsUnknownKeys(t *testing.T) {
	if _, err := decodeJSON([]byte(`{"AssetListV2": "/a", "AssetUID": "x", "Bogus": 1}`)); err == nil {
		t.Fatal("accepted an unknown key")
	}
}

// Codes are the codes of Rules, in the same order.
func TestCodesAreRulesCodes(t *testing.T) {
	tb := MustLoad()
	var want []string
	for _, r := range tb.Rules() {
		want = append(want, r.Code)
	}
	if got := tb.Codes(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("Codes() = %v, Rules() codes = %v", got, want)
	}
}
