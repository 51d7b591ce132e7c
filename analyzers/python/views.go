package python

import (
	"sort"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/views"
	"github.com/kobolint/kobolint/internal/ir"
)

// viewArgs are where a renderer takes the template's name and its
// context: the positions (-1: none) and the keyword names. Flask's
// render_template takes the context as keyword arguments.
var viewArgs = map[string]struct {
	name, ctx     int
	nameKw, ctxKw string
}{
	"render":             {1, 2, "template_name", "context"},
	"render_to_response": {0, 1, "template_name", "context"},
	"render_to_string":   {0, 1, "template_name", "context"},
	"TemplateResponse":   {1, 2, "template", "context"},
	"render_template":    {0, -1, "template_name_or_list", ""},
	"stream_template":    {0, -1, "template_name_or_list", ""},
}

// templateLoaders return a template by name (Django's loader, Jinja's
// Environment); its .render(...) renders that view.
var templateLoaders = map[string]bool{"get_template": true, "select_template": true}

// viewOffer is a variable a view is rendered with and the origins of the
// value it holds.
type viewOffer struct {
	def    string
	origin []key
}

// renderView records what a render call hands to its template: each
// context entry under the name the template reads it by (see
// offerViews).
func (a *analyzer) renderView(c *callSite, args []*value, kwargs map[string]*value) {
	if !a.final || a.symbolic {
		return
	}
	name := c.callee
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	spec, ok := viewArgs[name]
	if !ok {
		return
	}
	var view string
	if spec.name >= 0 && spec.name < len(c.args) {
		view, _ = a.constString(c.args[spec.name])
	} else if n := a.kwValue(c, spec.nameKw); n != nil {
		view, _ = a.constString(n)
	}
	var ctx *value
	if spec.ctx >= 0 && spec.ctx < len(args) {
		ctx = a.context(c.args[spec.ctx], args[spec.ctx])
	} else if v := kwargs[spec.ctxKw]; spec.ctxKw != "" && v != nil {
		ctx = a.context(a.kwValue(c, spec.ctxKw), v)
	}
	a.offerContext(view, ctx)
	if spec.ctx < 0 {
		// keyword arguments and **context
		for _, k := range sortedKeys(kwargs) {
			if k != spec.nameKw {
				a.offerEntry(view, k, kwargs[k])
			}
		}
		for i, n := range c.args {
			if n.kind == "dictionary_splat" {
				a.offerContext(view, a.context(n, args[i]))
			}
		}
	}
}

// renderTemplate records template.render(context) and
// template.render(name=value) on a template loaded by name.
func (a *analyzer) renderTemplate(c *callSite, view string) {
	args := make([]*value, len(c.args))
	for i, k := range c.args {
		c.done[k] = true
		args[i] = a.eval(k, use{kind: useArg, call: c.callee})
	}
	kwargs := map[string]*value{}
	for _, k := range c.kwargs {
		c.done[k] = true
		name := a.text(k.child("name"))
		kwargs[name] = a.eval(k.child("value"), use{kind: useArg, call: c.callee, name: name})
	}
	if !a.final || a.symbolic {
		return
	}
	for i, n := range c.args {
		a.offerContext(view, a.context(n, args[i]))
	}
	for _, k := range sortedKeys(kwargs) {
		a.offerEntry(view, k, kwargs[k])
	}
}

// context is the dict a context argument holds: the literal, or the
// variable's stored value (ctx = {...}; render(request, "x", ctx)).
func (a *analyzer) context(n *node, v *value) *value {
	if n != nil && n.kind == "dictionary_splat" {
		n = n.firstNamed()
		v = nil
	}
	if v != nil && v.kind == kDict {
		return v
	}
	if s := a.peek(n); s != nil && s.kind == kDict {
		return s
	}
	return nil
}

func (a *analyzer) offerContext(view string, ctx *value) {
	if ctx == nil {
		return
	}
	for _, k := range sortedKeys(ctx.entries) {
		a.offerEntry(view, k, ctx.entries[k])
	}
}

func (a *analyzer) offerEntry(view, name string, v *value) {
	if view == "" || name == "" || v == nil || !knownOrigin(v.origin) || strings.ContainsAny(view, "{}% ") {
		return
	}
	a.views = append(a.views, viewOffer{def: ir.FuncDef(views.Def(view, name)), origin: append([]key(nil), v.origin...)})
}

// offerViews offers, for each variable a view is rendered with, the
// request whose response it holds (the first one emitted), under the
// name the template's free variable stands for (views.Def). A variable
// that holds no response (a queryset, a form) is offered nothing, and
// the template's reads of it stay the program's own.
func (a *analyzer) offerViews() {
	seen := map[string]bool{}
	for _, o := range a.views {
		if seen[o.def] {
			continue
		}
		for _, k := range o.origin {
			id, ok := a.urlID[k]
			if !ok || a.file.URLs[id].Comment {
				continue
			}
			u := a.file.URLs[id]
			if urlish(u.Parts) || u.Role == ir.RoleResult || ir.HasLit(u.Parts) && foreignHole(u.Parts) {
				seen[o.def] = true
				a.file.Defs = append(a.file.Defs, ir.Def{Name: o.def, Parts: u.Parts})
				break
			}
		}
	}
}

func sortedKeys(m map[string]*value) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// classView is the template a class-based view renders (template_name =
// "x.html" in the class or a base of the file), when the function being
// walked is its get_context_data; "" otherwise.
func (a *analyzer) classView() string {
	f := a.curFn
	if !a.final || a.symbolic || f == nil || f.cls == nil || f.name != "get_context_data" {
		return ""
	}
	v := a.lookupAttr(f.cls, "template_name")
	if v == nil || !v.str || len(v.parts) != 1 || v.parts[0].Kind != ir.Lit {
		return ""
	}
	return v.parts[0].Text
}

// contextEntry: context["forms"] = ... in a class-based view's
// get_context_data is what its template reads as forms.
func (a *analyzer) contextEntry(key string, v *value) {
	if view := a.classView(); view != "" {
		a.offerEntry(view, key, v)
	}
}

// contextReturned: get_context_data returning a dict it built.
func (a *analyzer) contextReturned(v *value) {
	if view := a.classView(); view != "" && v != nil && v.kind == kDict {
		a.offerContext(view, v)
	}
}
