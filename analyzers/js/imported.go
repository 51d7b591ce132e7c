package js

import (
	"strconv"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// Helpers that put a base in front of a path cross modules: koboApi.ts
// defines `setRequestOptions(req, path)` joining config.server and path,
// and shareApi.ts calls `setRequestOptions(req, "projects")`. The module
// that defines such a function (a wrapper, or a builder returning the URL
// or an options object holding it) offers what it puts before parameter
// i as the Def "f#i"; a call of a function imported from another module
// of the repository with a relative path as argument i is the URL
// [hole "f#i"] + that path, which the repository pass completes.

// prefixDef names what function f puts before its parameter i.
func prefixDef(f string, i int) string { return f + "#" + strconv.Itoa(i) }

// returnedURL is the expression a function returns as its URL: its single
// return value, or the url of the options object it returns.
func (a *analyzer) returnedURL(fn *sitter.Node) *sitter.Node {
	r := a.singleReturn(fn)
	if r == nil {
		return nil
	}
	if v := a.resolveValue(r, 0); v != nil && v.Type() == "object" {
		if u := a.objectKey(v, "url", "uri", "href"); u != nil {
			return u
		}
	}
	return r
}

// offerPrefix offers what function fn (named name) puts before the first
// of its parameters that reaches the URL it requests or returns.
func (a *analyzer) offerPrefix(name string, fn *sitter.Node) {
	var parts []ir.Part
	if w := a.Wrappers[fn]; w != nil {
		if rc := a.req.Classify(w.Inner); rc != nil {
			parts = a.requestParts(rc, nil, 0)
		}
	} else if r := a.returnedURL(fn); r != nil {
		parts, _ = a.EvalTop(r)
	}
	params := a.paramIndex(fn)
	for i, p := range parts {
		if p.Kind != ir.Hole || p.Foreign != "" {
			// (a local variable that holds the parameter,
			// finalPath = newPath, keeps its name in Via)
			continue
		}
		idx, ok := params[p.Name]
		if !ok {
			continue
		}
		if pre := parts[:i]; ir.HasLit(pre) || len(pre) > 0 && pre[len(pre)-1].Kind == ir.Hole && pre[len(pre)-1].Name != "" {
			a.IR.Defs = append(a.IR.Defs, ir.Def{Name: prefixDef(name, idx), Parts: pre})
		}
		return
	}
}

// importedFunc returns the name of the function a call calls when it is
// imported from another module of the repository (a relative import:
// `import {f} from "./api"`, `import * as api from "./api"` then api.f,
// `const {f} = require("./api")`), or "".
func (a *analyzer) importedFunc(call *sitter.Node) string {
	f := a.callee(call)
	if f == nil {
		return ""
	}
	var id *sitter.Node
	name := ""
	switch f.Type() {
	case "identifier":
		id, name = f, a.Text(f)
	case "member_expression":
		id, name = unwrap(field(f, "object")), a.Text(field(f, "property"))
	default:
		return ""
	}
	if id == nil || id.Type() != "identifier" || name == "" {
		return ""
	}
	b := pick(a.scopes.Lookup(a.Text(id), call), call.StartByte())
	if b == nil {
		return ""
	}
	var module *sitter.Node
	switch {
	case b.kind == bindImport && b.value != nil:
		module = field(b.value, "source")
	case b.kind == bindValue && b.value != nil && a.isRequire(unwrap(b.value)):
		if f.Type() == "identifier" && len(b.path) != 1 || f.Type() == "member_expression" && b.path != nil {
			return ""
		}
		if args := a.args(unwrap(b.value)); len(args) > 0 {
			module = args[0]
		}
	}
	spec, ok := a.constString(module)
	if !ok || !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
		return ""
	}
	return name
}

// importedPathCall is the URL a call of an imported helper stands for:
// [hole "f#i"] + argument i, for the first argument that is a relative
// path. ok is false for other calls.
func (a *analyzer) importedPathCall(call *sitter.Node, e *urlparts.Env, depth int) (parts []ir.Part, arg *sitter.Node, ok bool) {
	if call.Type() != "call_expression" || a.calleeFunction(call, 0) != nil {
		return nil, nil, false
	}
	name := a.importedFunc(call)
	if name == "" {
		return nil, nil, false
	}
	for i, x := range a.args(call) {
		p, ok := a.Eval(x, e, depth+1)
		if !ok || !relativePath(p) {
			continue
		}
		h := ir.Part{Kind: ir.Hole, Name: prefixDef(name, i), Span: tsnode.Span(call)}
		h.Span.End = h.Span.Start
		return append([]ir.Part{h}, p...), x, true
	}
	return nil, nil, false
}

// relativePath reports parts that start with a relative path written out:
// "forms", "data/" + id, `/projects/${id}/share`, "metadata?xform=" (no
// scheme, no spaces, no upper-case word such as a method name).
func relativePath(p []ir.Part) bool {
	if len(p) == 0 || p[0].Kind != ir.Lit || p[0].Text == "" {
		return false
	}
	t := p[0].Text
	lower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	switch {
	case lower(t[0]):
	case t[0] == '/' && len(t) > 1 && lower(t[1]):
	default:
		return false
	}
	if strings.Contains(t, "://") || strings.HasPrefix(t, "//") {
		return false
	}
	for _, x := range p {
		if x.Kind == ir.Lit && strings.ContainsAny(x.Text, " \t\n<>") {
			return false
		}
	}
	return true
}

// emitImportedPath emits the URL of a call of an imported helper with a
// relative path (see importedPathCall), which has no '/' or '.' of its
// own when the path is one word ("forms"). It reports whether it did.
func (a *analyzer) emitImportedPath(call *sitter.Node) bool {
	p, arg, ok := a.importedPathCall(call, nil, 0)
	if !ok {
		return false
	}
	role, v, callee := a.Context(call)
	if role == ir.RoleUnknown || role == ir.RoleArg && callee == "" {
		role, callee = ir.RoleArg, a.Spelled(a.callee(call))
	}
	id := a.B.AddURL(ir.URL{Parts: urlparts.Cap(p), Role: role, Var: v, Call: callee})
	a.URLAt.Add(id, call, arg)
	a.Handled[arg] = true
	return true
}
