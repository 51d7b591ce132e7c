package jinja

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// reads runs Reads and lists each field read as "name<-root" where root
// is the view's variable the read comes from ("-" for none).
func reads(t *testing.T, path, src string) []string {
	t.Helper()
	f := &ir.File{Path: path}
	Reads(&ir.Builder{File: f}, path, []byte(src))
	var out []string
	for _, fr := range f.Fields {
		if src[fr.Span.Start:fr.Span.End] != fr.Name && fr.Raw {
			t.Errorf("%s: span %q is not the name %q", path, src[fr.Span.Start:fr.Span.End], fr.Name)
		}
		var roots []string
		for _, o := range fr.Origin {
			u := f.URLs[o]
			if u.Role != ir.RoleResult || len(u.Parts) != 1 {
				t.Fatalf("origin %d is no view variable: %+v", o, u)
			}
			roots = append(roots, strings.TrimSuffix(u.Parts[0].Name[strings.LastIndexByte(u.Parts[0].Name, '/')+1:], "()"))
		}
		out = append(out, fmt.Sprintf("%s<-%s", fr.Name, strings.Join(roots, ",")))
	}
	sort.Strings(out)
	return out
}

func TestReads(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string
	}{
		{"loop", `{% for f in forms %}{{ f.title }} {{ f.num_of_submissions|default:0 }}{% endfor %}`,
			[]string{"num_of_submissions<-forms", "title<-forms"}},
		{"subscript and if", `{% for f in forms %}{% if f['formid'] %}{{ f["id_string"] }}{% endif %}{% endfor %}`,
			[]string{"formid<-forms", "id_string<-forms"}},
		{"free variable read directly", `<h1>{{ form.title }}</h1>`, []string{"title<-form"}},
		{"items", `{% for k, v in by_id.items %}{{ k.x }}{{ v.title }}{% endfor %}{% for (k, v) in m.items() %}{{ v.uuid }}{% endfor %}`,
			[]string{"title<-by_id", "uuid<-m"}},
		{"nested loops and scope end", `{% for f in forms %}{% for c in cycles %}{{ c.id }}{{ f.url }}{% endfor %}{% endfor %}{{ f.title }}`,
			[]string{"id<-cycles", "title<-f", "url<-forms"}},
		{"with and set", `{% with first=forms.0 n=count %}{{ first.title }}{% endwith %}{% with forms|first as g %}{{ g.owner }}{% endwith %}{% set h = rows[0] %}{{ h.uuid }}`,
			[]string{"owner<-forms", "title<-forms", "uuid<-rows"}},
		{"comments and raw", `{# {{ a.b }} #}{% comment %}{{ c.d }}{% endcomment %}{% raw %}{{ e.f }}{% endraw %}{% verbatim %}{{ g.h }}{% endverbatim %}{{ i.j }}`,
			[]string{"j<-i"}},
		{"template names, methods, filters, keywords", `{% url 'x' form.pk %}{{ loop.index }}{{ forloop.counter }}{{ url_for('a', uid=f.uid) }}{{ x.get('title') }}{{ y|join(', ') }}{{ request.user.name }}`,
			[]string{"uid<-f"}},
		{"macro parameters", `{% macro row(form) %}{{ form.title }}{% endmacro %}{{ form.name }}`, []string{"name<-form"}},
		{"loop filter", `{% for f in forms if f.downloadable %}{% endfor %}`, []string{"downloadable<-forms"}},
		{"broken", `{{ a['x }} {% for %} {% endfor %}{% endwith %}{{ b[ }}{{ c.`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reads(t, "app/templates/a.html", c.src)
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestViewName(t *testing.T) {
	for p, want := range map[string]string{
		"umibukela/templates/survey_from_kobo.html": "survey_from_kobo.html",
		"app/templates/app/x.html":                  "app/x.html",
		"web/pages/index.html":                      "index.html",
	} {
		if got := ViewName(p); got != want {
			t.Errorf("ViewName(%q) = %q, want %q", p, got, want)
		}
	}
}

func FuzzReads(f *testing.F) {
	for _, s := range []string{`{% for f in forms %}{{ f['t'] }}{% endfor %}`, `{{ a[' }}`, `{% with a=b c %}`, `{{ x.0.y|f:z.w }}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		file := &ir.File{}
		Reads(&ir.Builder{File: file}, "templates/a.html", b)
		for _, fr := range file.Fields {
			if fr.Span.Start < 0 || fr.Span.End > len(b) || fr.Span.Start > fr.Span.End {
				t.Fatalf("span %+v in %d bytes", fr.Span, len(b))
			}
			if fr.Raw && string(b[fr.Span.Start:fr.Span.End]) != fr.Name {
				t.Fatalf("raw read %q at %q", fr.Name, b[fr.Span.Start:fr.Span.End])
			}
		}
	})
}
