package views

import "testing"

func TestDef(t *testing.T) {
	for _, c := range []struct{ view, variable, want string }{
		{"kobo_forms.html", "forms", "viewkobo90forms90html/forms"},
		{"surveys.index", "projects", "viewsurveys90index/projects"},
		{"app/x9.html", "rows", "viewapp90x9990html/rows"},
	} {
		if got := Def(c.view, c.variable); got != c.want {
			t.Errorf("Def(%q, %q) = %q, want %q", c.view, c.variable, got, c.want)
		}
	}
	// different views never share a name
	if Def("a/b.html", "x") == Def("ab.html", "x") || Def("a9.html", "x") == Def("a/.html", "x") {
		t.Error("distinct views share a name")
	}
}

func TestTemplateName(t *testing.T) {
	for p, want := range map[string]string{
		"umibukela/templates/survey_from_kobo.html": "survey_from_kobo.html",
		"app/templates/app/x.html":                  "app/x.html",
		"templates/index.html":                      "index.html",
		"a/templates/b/templates/c.html":            "c.html",
		"static/index.html":                         "",
	} {
		if got := TemplateName(p); got != want {
			t.Errorf("TemplateName(%q) = %q, want %q", p, got, want)
		}
	}
}
