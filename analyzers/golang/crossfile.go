package golang

import (
	"go/ast"
	"slices"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Wrappers of other files. A package's files share one namespace, but
// the front-end reads one file at a time: `func (c *Client) get(path
// string)` joining c.base and path is in client.go, and forms.go calls
// c.get("forms"). The declaring file offers what a function or method
// puts before the first parameter its request uses as the Def
// "pkg.f#i" or "pkg.Type.m#i" (pkg is the package's name, i the
// argument's position); a call that no declaration of the file explains
// (a method of a type declared elsewhere, a function of another file of
// the package or of another package of the repository), with a relative
// path as argument i, is then the URL [hole "pkg.f#i"] + that path, which
// the repository pass completes; the call's result is that request's
// response.

// ownPkg is the name of the file's package ("" for a snippet).
func (a *analyzer) ownPkg() string {
	if a.file == nil || a.file.Name == nil || a.file.Name.Name == "_" {
		return ""
	}
	return a.file.Name.Name
}

// declKey is the name other files call a function or method of this file
// by: pkg.f or pkg.Type.m.
func (a *analyzer) declKey(fd *ast.FuncDecl) string {
	own := a.ownPkg()
	if own == "" {
		return ""
	}
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return own + "." + fd.Name.Name
	}
	t := a.typeKey(fd.Recv.List[0].Type)
	if t == "" {
		return ""
	}
	return t + "." + fd.Name.Name
}

// typeKey names a named type of the repository as pkg.Type (through
// pointers and type arguments), or "" for another type, or a type of the
// standard library.
func (a *analyzer) typeKey(t ast.Expr) string {
	if t == nil {
		return ""
	}
	switch x := namedType(t).(type) {
	case *ast.Ident:
		if predeclared[x.Name] || a.ownPkg() == "" {
			return ""
		}
		return a.ownPkg() + "." + x.Name
	case *ast.SelectorExpr:
		id, ok := x.X.(*ast.Ident)
		if !ok || !a.isImport(id.Name) || !repoPath(a.pkgPath(id.Name)) {
			return ""
		}
		return a.importPkg[id.Name] + "." + x.Sel.Name
	}
	return ""
}

// repoPath: an import path outside the standard library (its first
// element names a host, or is a module name such as "myapp" that no
// standard package starts with).
func repoPath(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return strings.Contains(first, ".") || first != "" && !stdRoots[first]
}

// stdRoots are the first elements of the standard library's import paths.
var stdRoots = map[string]bool{
	"archive": true, "bufio": true, "bytes": true, "cmp": true, "compress": true, "container": true,
	"context": true, "crypto": true, "database": true, "debug": true, "embed": true, "encoding": true,
	"errors": true, "expvar": true, "flag": true, "fmt": true, "go": true, "hash": true, "html": true,
	"image": true, "index": true, "io": true, "iter": true, "log": true, "maps": true, "math": true,
	"mime": true, "net": true, "os": true, "path": true, "plugin": true, "reflect": true, "regexp": true,
	"runtime": true, "slices": true, "sort": true, "strconv": true, "strings": true, "structs": true,
	"sync": true, "syscall": true, "testing": true, "text": true, "time": true, "unicode": true,
	"unique": true, "unsafe": true, "weak": true, "C": true,
}

// otherFileKey returns the name under which the function a call reaches
// is offered by another file (pkg.f, pkg.Type.m), or "" when the call is
// explained here or cannot be named.
func (a *analyzer) otherFileKey(c callee, e *ast.CallExpr, rv *value) string {
	switch {
	case c.name == "":
		return ""
	case c.pkg != "":
		sel, ok := unparen(e.Fun).(*ast.SelectorExpr)
		if !ok || !repoPath(c.pkg) {
			return ""
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok {
			return ""
		}
		return a.importPkg[id.Name] + "." + c.name
	case c.recv == nil:
		if a.ownPkg() == "" || !a.externalCall(c) {
			return ""
		}
		return a.ownPkg() + "." + c.name
	}
	if rv == nil {
		return ""
	}
	t := rv.ctor
	if t == "" {
		t = a.typeKey(rv.typ)
	}
	if t == "" {
		return ""
	}
	return t + "." + c.name
}

// prefixArg returns the index of the first argument of a call that is a
// relative path written out ("forms", "data/" + id, fmt.Sprintf("data/%d",
// id)) or a parameter of the function walked handed on, or -1.
func prefixArg(vals []*value) int {
	return slices.IndexFunc(vals, func(v *value) bool {
		return v != nil && (relativePath(v.segs) || len(v.segs) == 1 && v.segs[0].param > 0)
	})
}

// relativePath reports segments that start with a relative path written
// out: no scheme, no space, a lower-case letter first (after a slash).
func relativePath(segs []seg) bool {
	if len(segs) == 0 || segs[0].Kind != ir.Lit || segs[0].param > 0 {
		return false
	}
	t := strings.TrimPrefix(segs[0].Text, "/")
	if t == "" || t[0] < 'a' || t[0] > 'z' || strings.Contains(segs[0].Text, "://") {
		return false
	}
	for _, s := range segs {
		if s.Kind == ir.Lit && strings.ContainsAny(s.Text, " \t\r\n") {
			return false
		}
	}
	return true
}

// otherFileRequest emits the request a call of another file's function
// (key) makes with argument i (its value v, written at x): the prefix
// that function offers, then the argument. It returns the URL's ID, or -1
// when nothing is emitted (the argument is a parameter handed on: the
// function walked becomes a wrapper itself).
func (a *analyzer) otherFileRequest(key string, i int, v *value, x ast.Expr, e *ast.CallExpr, spelled string) int {
	h := holeSeg(ir.ArgDef(key, i))
	at := a.off(e.Pos())
	h.Span = ir.Span{Start: at, End: at}
	segs := append([]seg{h}, a.segsOf(v, x)...)
	a.addReq(reqTmpl{segs: segs})
	if !a.emitting || len(v.segs) == 1 && v.segs[0].param > 0 {
		return -1
	}
	return a.emit(segs, ir.RoleRequest, spelled, "")
}

// offerPrefixes offers, per function or method of the file that requests
// a URL built from a parameter, what it puts before that parameter. A
// parameter whose requests disagree on it has none.
func (a *analyzer) offerPrefixes() {
	for _, fi := range a.fnList {
		key := a.declKey(fi.decl)
		if key == "" || len(fi.reqs) == 0 {
			continue
		}
		offers := map[int][]ir.Part{}
		clash := map[int]bool{}
		var order []int
		for _, t := range fi.reqs {
			j := slices.IndexFunc(t.segs, func(s seg) bool { return s.param > 0 })
			if j <= 0 {
				continue
			}
			pre := t.segs[:j]
			if !hasURLText(pre) && !namedHole(pre) {
				continue
			}
			k := t.segs[j].param - 1
			ps := a.parts(pre)
			if old, ok := offers[k]; ok {
				clash[k] = clash[k] || !slices.Equal(old, ps)
				continue
			}
			offers[k] = ps
			order = append(order, k)
		}
		for _, k := range order {
			if !clash[k] {
				a.out.Defs = append(a.out.Defs, ir.Def{Name: ir.ArgDef(key, k), Parts: offers[k]})
			}
		}
	}
}

// namedHole: the segments are a value held in a name (a field, a
// package-level variable of another file) that the repository pass may
// know.
func namedHole(segs []seg) bool {
	for _, s := range segs {
		if s.Kind == ir.Hole && s.Name != "" && s.param == 0 {
			return true
		}
	}
	return false
}

// constructedType is the type a constructor of another file returns, by
// Go's convention of naming it New + the type (kobo.NewClient() makes a
// *kobo.Client), or nil.
func (a *analyzer) constructedType(c callee, e *ast.CallExpr) ast.Expr {
	t, ok := strings.CutPrefix(c.name, "New")
	if !ok || t == "" || t[0] < 'A' || t[0] > 'Z' || c.recv != nil {
		return nil
	}
	if c.pkg == "" {
		return &ast.Ident{Name: t}
	}
	sel, ok := unparen(e.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	return &ast.SelectorExpr{X: &ast.Ident{Name: id.Name}, Sel: &ast.Ident{Name: t}}
}

// namedType strips pointers, parentheses and type arguments from t:
// *pkg.T[X] is pkg.T.
func namedType(t ast.Expr) ast.Expr {
	for {
		switch x := t.(type) {
		case *ast.StarExpr, *ast.ParenExpr:
			t = derefType(x)
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		default:
			return t
		}
	}
}
