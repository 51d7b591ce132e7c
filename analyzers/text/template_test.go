package text

import "testing"

// TestTemplatePages: a Django/Jinja page gets its template reads (and
// keeps its links); a Vue component's {{ }} is the component's own.
func TestTemplatePages(t *testing.T) {
	page := []byte(`<a href="https://kc.kobotoolbox.org/api/v1/forms">v1</a>
{% for form in forms %}{{ form.title }}{% endfor %}`)
	for _, c := range []struct {
		path   string
		fields int
	}{
		{"app/templates/app/forms.html", 1},
		{"app/templates/forms.jinja", 1},
		{"app/templates/forms.html.j2", 1},
		{"web/src/Forms.vue", 0},
	} {
		f, err := Analyze(c.path, page)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Fields) != c.fields || f.ObjectAttrs != (c.fields > 0) {
			t.Errorf("%s: %d field reads (ObjectAttrs %v), want %d", c.path, len(f.Fields), f.ObjectAttrs, c.fields)
		}
		links := 0
		for _, u := range f.URLs {
			if len(u.Parts) > 0 && u.Parts[0].Text == "https://kc.kobotoolbox.org/api/v1/forms" {
				links++
			}
		}
		if links != 1 {
			t.Errorf("%s: the page's link is lost: %+v", c.path, f.URLs)
		}
	}
	if kindOf("deploy/values.yml.j2") == kindHTML {
		t.Error("a Jinja template of a YAML file is no page")
	}
}
