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

// Def names what a view is rendered with under a variable. The name has
// no dot, $ or colon (the repository pass reads those as a qualified
// call), so that only the same view and variable match: Blade's
// kobo.projects and Django's kobo/projects.html keep their own segments.
func Def(view, variable string) string {
	return "view/" + strings.NewReplacer(".", "/", "::", "/", ":", "/", "$", "/").Replace(view) + "/" + variable
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
