package golang

import (
	"go/ast"
	"go/token"
	"sort"

	"github.com/kobolint/kobolint/internal/ir"
)

// Symbolic origins saying how a value came to be. They travel with the URL
// IDs and fnRef codes of an origin; expand ignores them.
const (
	// originParamReq: the response of a request whose URL (or method) is
	// built from a parameter of the function being walked. Such a
	// function is a helper; a decode of that response is reported at its
	// call sites, where the URL is known.
	originParamReq = -1 << 30
	// originDecoded: a value decoded from a response body.
	originDecoded = originParamReq - 1
)

func hasOrigin(origin []int, o int) bool {
	for _, x := range origin {
		if x == o {
			return true
		}
	}
	return false
}

// decodeTarget returns the argument a call decodes a body into:
// json.NewDecoder(r).Decode(&v) (and the xml/yaml decoders), or
// json.Unmarshal(b, &v); nil for other calls.
func decodeTarget(c callee, args []ast.Expr) ast.Expr {
	switch {
	case c.name == "Decode" && c.recv != nil && len(args) == 1:
		return args[0]
	case c.name == "Unmarshal" && len(args) == 2:
		return args[1]
	}
	return nil
}

// decodeAt records that the call e decodes the body of the requests of
// origin into target. Inside a helper whose request URL comes from its
// caller, it is the helper's behaviour instead (see helperDecodes).
func (a *analyzer) decodeAt(e *ast.CallExpr, target ast.Expr, origin []int) {
	if a.cur != nil && !a.inLit && hasOrigin(origin, originParamReq) {
		if !a.emitting {
			if p := a.paramOf(target); p > 0 {
				a.cur.decNext.addParam(p)
			}
		}
		return
	}
	if !a.emitting || len(origin) == 0 {
		return
	}
	a.decodes = append(a.decodes, pendingDecode{
		span:   ir.Span{Start: a.off(e.Pos()), End: a.off(e.End())},
		origin: append([]int(nil), origin...),
		list:   a.isList(a.targetType(target)),
	})
}

func (d *decodeInfo) addParam(p int) {
	if d.params == nil {
		d.params = map[int]bool{}
	}
	d.params[p] = true
}

// helperDecodes handles a call of local functions that decode the
// response of the request they make from the call's arguments: the decode
// is reported here (Span = the call, Origin = the requests made for it),
// since reading the page's results is right for this call only. When the
// call is itself inside such a helper, that helper inherits the decode.
func (a *analyzer) helperDecodes(e *ast.CallExpr, fis []*funcInfo, argVals []*value, callIDs []int, res *value) {
	for _, fi := range fis {
		d := fi.dec
		if !d.any() {
			continue
		}
		if d.ret {
			res.origin = append(res.origin, originDecoded)
		}
		list := d.retList
		for p := range d.params {
			if p-1 < len(e.Args) {
				list = list || a.isList(a.targetType(e.Args[p-1]))
			}
		}
		if a.cur != nil && !a.inLit && hasOrigin(res.origin, originParamReq) {
			if !a.emitting {
				for p := range d.params {
					if p-1 < len(e.Args) {
						if q := a.paramOf(e.Args[p-1]); q > 0 {
							a.cur.decNext.addParam(q)
						}
					}
				}
			}
			continue
		}
		if a.emitting && len(callIDs) > 0 {
			a.decodes = append(a.decodes, pendingDecode{
				span:   ir.Span{Start: a.off(e.Pos()), End: a.off(e.End())},
				origin: append([]int(nil), callIDs...),
				list:   list,
			})
		}
	}
}

// paramOf tells which parameter of the function being walked (1-based)
// an expression is (`out`, `&out`, `*out`), or 0.
func (a *analyzer) paramOf(x ast.Expr) int {
	x = unwrapRef(x)
	id, ok := x.(*ast.Ident)
	if !ok || a.env == nil {
		return 0
	}
	v := a.env[id.Name]
	if v == nil || len(v.segs) != 1 {
		return 0
	}
	return v.segs[0].param
}

func unwrapRef(x ast.Expr) ast.Expr {
	for {
		switch y := x.(type) {
		case *ast.ParenExpr:
			x = y.X
		case *ast.UnaryExpr:
			if y.Op != token.AND {
				return x
			}
			x = y.X
		case *ast.StarExpr:
			x = y.X
		default:
			return x
		}
	}
}

// targetType is the declared type of a decode target (`&forms`,
// `&resp.Data`), or nil.
func (a *analyzer) targetType(x ast.Expr) ast.Expr {
	switch y := unwrapRef(x).(type) {
	case *ast.Ident:
		if v := a.env[y.Name]; v != nil {
			return v.typ
		}
		return a.pkgTypes[y.Name]
	case *ast.SelectorExpr:
		return a.fieldType(a.targetType(y.X), y.Sel.Name)
	}
	return nil
}

// isList: a value of type t is a JSON array (a slice or an array, also
// through pointers and the file's named types).
func (a *analyzer) isList(t ast.Expr) bool {
	_, ok := a.underlying(t).(*ast.ArrayType)
	return ok
}

// underlying follows pointers, parentheses and the file's named types
// (at most eight steps, so that a cycle ends) to the type they stand for:
// a type literal, a name this file does not declare (a predeclared or
// imported type), or nil.
func (a *analyzer) underlying(t ast.Expr) ast.Expr {
	for depth := 0; t != nil && depth < 8; depth++ {
		switch x := t.(type) {
		case *ast.StarExpr, *ast.ParenExpr:
			t = derefType(x)
		case *ast.Ident:
			named, ok := a.named[x.Name]
			if !ok {
				return x
			}
			t = named
		default:
			return t
		}
	}
	return nil
}

// finishDecodes turns the decodes' origins into URL IDs.
func (a *analyzer) finishDecodes() {
	seen := map[ir.Span]int{}
	for _, d := range a.decodes {
		var ids []int
		for _, id := range sortedIDs(a.expanded(d.origin)) {
			// the body of a request (or of another file's function
			// result); a file read from disk is not a response, and
			// the answer of a write is the object written, not a list
			if id < 0 || id >= len(a.out.URLs) {
				continue
			}
			u := &a.out.URLs[id]
			if !u.Comment && (u.Role == ir.RoleRequest && !isWriteMethod(u.Method) || u.Role == ir.RoleResult) {
				ids = append(ids, id)
			}
		}
		if len(ids) == 0 {
			continue
		}
		if i, ok := seen[d.span]; ok {
			// the same call met twice: one decode with both origins
			dd := &a.out.Decodes[i]
			dd.Origin = mergeIDs(dd.Origin, ids)
			dd.AsList = dd.AsList || d.list
			continue
		}
		seen[d.span] = len(a.out.Decodes)
		a.out.Decodes = append(a.out.Decodes, ir.Decode{Span: d.span, Origin: ids, AsList: d.list})
	}
}

func mergeIDs(a, b []int) []int {
	m := map[int]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		m[x] = true
	}
	out := make([]int, 0, len(m))
	for x := range m {
		out = append(out, x)
	}
	sort.Ints(out)
	return out
}

func isWriteMethod(m string) bool {
	return m != "" && m != "GET" && m != "HEAD" && m != "OPTIONS"
}
