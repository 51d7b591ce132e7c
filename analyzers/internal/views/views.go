// Package views names what a view template is rendered with, so that the
// code that renders a view (a PHP controller, a Python web view) and the
// template that reads its variables (Blade, Django, Jinja) meet in the
// repository pass: the renderer offers an ir.Def named
// ir.FuncDef(Def(view, variable)) holding the request whose response the
// variable holds, and the template stands for the variable by the
// ir.Result of the same name.
package views

import (
	"path"
	"strings"
)

// Def names what a view is rendered with under a variable, so that only
// the same view and variable match. The view is spelled as one word
// after "view" (lower-case letters and digits, 9 escaping the rest:
// kobo/forms.html -> viewkobo90forms90html): the engine reads the words
// of an unresolved name as evidence (a hole named kobo_url holds a Kobo
// base), and a template's name (kobo_forms.html) is no such evidence
// about the values it is rendered with. The name has no dot, $ or colon,
// which the repository pass would read as a qualified call.
func Def(view, variable string) string {
	var b strings.Builder
	b.WriteString("view")
	for _, r := range strings.ToLower(view) {
		switch {
		case r == '9':
			b.WriteString("99")
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			// a separator (/ . ::) or any other character
			b.WriteString("90")
		}
	}
	return b.String() + "/" + variable
}

// TemplateName is the name a Django or Flask template is rendered by: its
// path below the nearest templates/ folder (app/templates/app/list.html ->
// app/list.html), or "" for a file outside one.
func TemplateName(p string) string {
	p = "/" + strings.TrimPrefix(path.Clean(strings.ReplaceAll(p, "\\", "/")), "/")
	i := strings.LastIndex(p, "/templates/")
	if i < 0 {
		return ""
	}
	return p[i+len("/templates/"):]
}
