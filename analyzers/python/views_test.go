package python

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/views"
	"github.com/kobolint/kobolint/internal/ir"
)

// TestRenderedViews: each render call offers the request whose response
// a context value holds, under the template's name and the value's key.
func TestRenderedViews(t *testing.T) {
	src := `import requests
from django.shortcuts import render
from django.template import loader
from django.template.response import TemplateResponse
from flask import render_template
from jinja2 import Environment
from .models import Survey

KC = "https://kc.example.org/api/v1"
env = Environment()

def pick(request):
    r = requests.get(KC + "/forms")
    kept = []
    for f in r.json():
        kept.append(f)
    return render(request, "app/pick.html", {"forms": kept, "surveys": Survey.objects.all(), "n": 3})

def rows(request):
    ctx = {"rows": requests.get(KC + "/data/1").json()}
    return TemplateResponse(request, "rows.html", ctx)

def flask_view():
    items = requests.get(KC + "/metadata").json()
    extra = {"more": requests.get(KC + "/media").json()}
    return render_template("f.html", items=items, title="x", **extra)

def loaded():
    t = loader.get_template("l.html")
    body = env.get_template("j.j2").render(forms=requests.get(KC + "/forms").json())
    return t.render({"form": requests.get(KC + "/forms/2").json()}), body
`
	f := mustAnalyze(t, src)
	got := map[string]string{}
	for _, d := range f.Defs {
		if strings.HasPrefix(d.Name, "view") {
			got[d.Name] = flatText(d.Parts)
		}
	}
	want := map[string]string{
		ir.FuncDef(views.Def("app/pick.html", "forms")): "/forms",
		ir.FuncDef(views.Def("rows.html", "rows")):      "/data/1",
		ir.FuncDef(views.Def("f.html", "items")):        "/metadata",
		ir.FuncDef(views.Def("f.html", "more")):         "/media",
		ir.FuncDef(views.Def("j.j2", "forms")):          "/forms",
		ir.FuncDef(views.Def("l.html", "form")):         "/forms/2",
	}
	for name, suffix := range want {
		if !strings.HasSuffix(got[name], suffix) {
			t.Errorf("%s = %q, want a URL ending in %s", name, got[name], suffix)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected view definition %s = %s (a queryset, a constant)", name, got[name])
		}
	}
}

// TestClassBasedViews: a class-based view's get_context_data gives its
// template_name's variables; a dict grown key by key is a context too.
func TestClassBasedViews(t *testing.T) {
	src := `import requests
from django.shortcuts import render
from django.views.generic import TemplateView

KC = "https://kc.example.org/api/v1"

class FormsView(TemplateView):
    template_name = "app/forms.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["forms"] = requests.get(KC + "/forms").json()
        context["title"] = "Forms"
        return context

class DataView(TemplateView):
    template_name = "app/data.html"

    def get_context_data(self, **kwargs):
        return {"rows": requests.get(KC + "/data/3").json()}

def grown(request):
    ctx = {}
    ctx["meta"] = requests.get(KC + "/metadata").json()
    return render(request, "meta.html", ctx)
`
	f := mustAnalyze(t, src)
	got := map[string]string{}
	for _, d := range f.Defs {
		if strings.HasPrefix(d.Name, "view") {
			got[d.Name] = flatText(d.Parts)
		}
	}
	for name, suffix := range map[string]string{
		ir.FuncDef(views.Def("app/forms.html", "forms")): "/forms",
		ir.FuncDef(views.Def("app/data.html", "rows")):   "/data/3",
		ir.FuncDef(views.Def("meta.html", "meta")):       "/metadata",
	} {
		if !strings.HasSuffix(got[name], suffix) {
			t.Errorf("%s = %q, want a URL ending in %s (all: %v)", name, got[name], suffix, got)
		}
	}
	if len(got) != 3 {
		t.Errorf("view definitions %v, want 3", got)
	}
}
