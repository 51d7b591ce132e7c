package r

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// show writes pieces as text with holes as {name}.
func show(ps []piece) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Kind == ir.Hole {
			b.WriteString("{" + p.Name + "}")
			continue
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

func TestCommandURL(t *testing.T) {
	verb := piece{Part: ir.Part{Kind: ir.Hole, Name: "verb"}, param: 7}
	cases := []struct {
		name   string
		parts  []piece
		url    string
		method string
		param  int
	}{
		{"holes around the path", []piece{bareLit("curl -X "), verb, bareLit(" --ignore-content-length "), hole("server"), bareLit("/api/v1/"), hole("endpoint"), bareLit(` -H "Authorization: Token `), hole("token"), bareLit(`" > `), hole("out")}, "{server}/api/v1/{endpoint}", "", 7},
		{"quoted URL after valued options", []piece{bareLit(`/usr/bin/curl -s -H 'Accept: text/csv' -o out.csv -X post 'https://kc.example.org/api/v1/data/`), hole("pk"), bareLit(`'`)}, "https://kc.example.org/api/v1/data/{pk}", "POST", 0},
		{"wget", []piece{bareLit("wget -q -O - https://h.example.org/api/v1/forms")}, "https://h.example.org/api/v1/forms", "", 0},
		{"an option's value is no URL", []piece{bareLit("curl -o /tmp/x.json -d "), hole("body")}, "", "", 0},
		{"after a redirect", []piece{bareLit("curl -s > /tmp/out https://h.example.org/a")}, "https://h.example.org/a", "", 0},
		{"another program", []piece{bareLit("git clone https://github.com/example/forms.git")}, "", "", 0},
		{"a pipe ends curl's words", []piece{bareLit("curl -s | tee /tmp/x/y")}, "", "", 0},
	}
	for _, c := range cases {
		url, method, param, ok := commandURL(c.parts)
		if ok != (c.url != "") || show(url) != c.url || method != c.method || param != c.param {
			t.Errorf("%s: commandURL = %q %q %d %v, want %q %q %d", c.name, show(url), method, param, ok, c.url, c.method, c.param)
		}
	}
}

func TestCommandWordsKeepSpans(t *testing.T) {
	src := `curl "https://h.example.org/api/v1/forms"`
	p := bareLit(src)
	p.Raw, p.Span = true, ir.Span{Start: 100, End: 100 + len(src)}
	words := commandWords([]piece{p})
	if len(words) != 2 || len(words[1]) != 1 {
		t.Fatalf("words = %d", len(words))
	}
	w := words[1][0]
	if w.Text != "https://h.example.org/api/v1/forms" || w.Span.Start != 106 || w.Span.End != 106+len(w.Text) || !w.Raw {
		t.Fatalf("URL word %+v", w.Part)
	}
}
