package shell

import (
	"reflect"
	"testing"
)

func TestJQLexer(t *testing.T) {
	cases := []struct {
		filter string
		want   []string
	}{
		{`.title`, []string{"title"}},
		{`.[] | .num_of_submissions`, []string{"num_of_submissions"}},
		{`.[].formid`, []string{"formid"}},
		{`.results[].uid`, []string{"results", "uid"}},
		{`{a: .title, "b": .owner}`, []string{"title", "owner"}},
		{`{username, email, org: .organization}`, []string{"username", "email", "organization"}},
		{`select(.owner == "x") | .id`, []string{"owner", "id"}},
		{`.["id_string"]`, []string{"id_string"}},
		{`."id_string" | .a["tags"]`, []string{"id_string", "a", "tags"}},
		{`map(.title) | length`, []string{"title"}},
		{`.description // "default"`, []string{"description"}},
		{`"\(.id)\t\(.title // "x")" | @tsv`, []string{"id", "title"}},
		{`.[] | [.id, .xform] | @csv`, []string{"id", "xform"}},
		{`$__loc__, $x, @base64, keys, to_entries, ..`, nil},
		{`"a .title b" | ascii_downcase`, nil},
		{`.[0:40] | .[1] | 1.5 + .5`, nil},
		{`reduce .[] as $f (0; . + $f.n)`, []string{"n"}},
		{`if .public then "yes" else ["no"] end`, []string{"public"}},
		{`{$x, (.k): .v}`, []string{"k", "v"}},
		{"# comment .nope\n.yes", []string{"yes"}},
		{`.a?.b?`, []string{"a", "b"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range jqFields(c.filter) {
			got = append(got, f.name)
			if !f.escaped && c.filter[f.start:f.end] != f.name {
				t.Errorf("%q: span of %s is %q", c.filter, f.name, c.filter[f.start:f.end])
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.filter, got, c.want)
		}
	}
}

func TestJQReceiver(t *testing.T) {
	fs := jqFields(`.results[].deployment__links.offline_url`)
	want := []string{".", ".results[]", ".results[].deployment__links"}
	if len(fs) != len(want) {
		t.Fatalf("got %d fields", len(fs))
	}
	for i, f := range fs {
		if f.receiver != want[i] {
			t.Errorf("%s: receiver %q, want %q", f.name, f.receiver, want[i])
		}
	}
}
