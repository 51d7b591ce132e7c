package golang

import (
	"go/ast"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Functions across files. A function of this file whose result is a URL,
// or the response of a request it makes, is offered to the package's
// other files as a Def named "f()"; a call of a function no file-local
// declaration explains (another file of the package, or a package that is
// not the standard library) stands for what that function returns: a
// hole named "f()" where a string is used, and an ir.Result URL as the
// origin of a response.

// builtins are Go's predeclared functions: never another file's.
var builtins = map[string]bool{
	"append": true, "cap": true, "clear": true, "close": true, "complex": true, "copy": true, "delete": true,
	"imag": true, "len": true, "make": true, "max": true, "min": true, "new": true, "panic": true,
	"print": true, "println": true, "real": true, "recover": true,
}

// externalCall reports whether a call goes to a function declared in
// another file: a plain call of a name that is no local function,
// variable, type or builtin; a method call on the enclosing method's
// receiver that this file does not declare; or a function of an imported
// package outside the standard library.
func (a *analyzer) externalCall(c callee) bool {
	switch {
	case c.name == "" || len(a.funcs[c.name]) > 0:
		return false
	case c.pkg != "":
		first := c.pkg
		if i := strings.IndexByte(first, '/'); i >= 0 {
			first = first[:i]
		}
		return strings.Contains(first, ".")
	case c.recv == nil:
		return !builtins[c.name] && !predeclared[c.name] && a.env[c.name] == nil &&
			a.named[c.name] == nil && a.pkgVals[c.name] == nil && a.pkgTypes[c.name] == nil
	}
	id, ok := unparen(c.recv).(*ast.Ident)
	if !ok || a.cur == nil || a.cur.decl.Recv == nil {
		return false
	}
	for _, f := range a.cur.decl.Recv.List {
		for _, n := range f.Names {
			if n.Name == id.Name {
				return true
			}
		}
	}
	return false
}

// resultOf returns the ir.Result URL standing for the call e of another
// file's function (one per call).
func (a *analyzer) resultOf(c callee, e *ast.CallExpr) int {
	sp := ir.Span{Start: a.off(e.Pos()), End: a.off(e.End())}
	if id, ok := a.results[sp]; ok {
		return id
	}
	id := a.b.AddURL(ir.Result(c.name, sp))
	a.results[sp] = id
	return id
}

// offerFunctions offers, per function of the file, what it returns (a
// URL built here) or the URL of the request whose response it returns.
func (a *analyzer) offerFunctions() {
	seen := map[string]bool{}
	for _, fi := range a.fnList {
		name := ir.FuncDef(fi.name)
		if seen[name] || fi.decl.Body == nil {
			continue
		}
		if fi.retSet && hasLit(fi.ret) && hasURLText(fi.ret) {
			seen[name] = true
			a.out.Defs = append(a.out.Defs, ir.Def{Name: name, Parts: a.parts(fi.ret)})
			continue
		}
		best, bestScore := -1, -1
		ids := a.expanded(fi.origin)
		keys := make([]int, 0, len(ids))
		for id := range ids {
			keys = append(keys, id)
		}
		sort.Ints(keys)
		for _, id := range keys {
			if id < 0 || id >= len(a.out.URLs) {
				continue
			}
			u := a.out.URLs[id]
			if u.Role != ir.RoleRequest || u.Comment || !ir.HasLit(u.Parts) {
				continue
			}
			score := 0
			for _, p := range u.Parts {
				if p.Kind == ir.Lit {
					score += len(p.Text)
				}
			}
			if score > bestScore {
				best, bestScore = id, score
			}
		}
		if best >= 0 {
			seen[name] = true
			a.out.Defs = append(a.out.Defs, ir.Def{Name: name, Parts: append([]ir.Part(nil), a.out.URLs[best].Parts...)})
		}
	}
}
