package comments

import (
	"strings"
	"testing"
)

func TestCommentURLs(t *testing.T) {
	text := []byte(`//kc.example.org/api/v1/data/{formid}?x=1 see (https://kf.example.org/api/v2/assets/). ` +
		`Not: file.js/x ./rel/path a.b 1.2/3 "url": "https://kc.example.org/api/v1/media", GET /api/v1/forms.`)
	var got []string
	for _, sp := range CommentURLs(BlankDelimiters(text)) {
		got = append(got, string(text[sp[0]:sp[1]]))
	}
	want := []string{
		"kc.example.org/api/v1/data/{formid}?x=1",
		"https://kf.example.org/api/v2/assets/",
		"https://kc.example.org/api/v1/media",
		"/api/v1/forms",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestSuppressions(t *testing.T) {
	text := []byte("// kobolint:ignore[KB1, KB2] and kobolint:ignore")
	sup := Suppressions(text, 10, func(int) int { return 7 })
	if len(sup) != 2 || sup[0].Line != 7 || strings.Join(sup[0].Rules, ",") != "KB1,KB2" || len(sup[1].Rules) != 0 {
		t.Errorf("%+v", sup)
	}
}

func TestBlankDelimitersKeepsLength(t *testing.T) {
	for _, s := range []string{"/** x */", "// y", "/// z", "<!-- a -->", "/*", "*/"} {
		if got := BlankDelimiters([]byte(s)); len(got) != len(s) {
			t.Errorf("%q: length %d", s, len(got))
		}
	}
}
