package golang

import (
	"go/ast"
	"go/token"

	"github.com/kobolint/kobolint/internal/ir"
)

// walkFuncs walks every function body once. Collecting passes build the
// next round's wrapper templates and field values from the previous
// round's; the emitting pass produces the IR.
func (a *analyzer) walkFuncs() {
	// package-level values are evaluated again with what the previous
	// round learnt (a getenv(key, def) helper's result)
	a.pkgEval = map[string]*value{}
	if !a.emitting {
		a.fieldsNext = map[string]*fieldVals{}
		for _, fi := range a.fnList {
			fi.reqsNext, fi.retNext, fi.retNextSet = nil, nil, false
			fi.decNext = decodeInfo{}
		}
	}
	for _, fi := range a.fnList {
		fd := fi.decl
		if fd.Body == nil {
			continue
		}
		a.cur = fi
		a.env = map[string]*value{}
		if fd.Recv != nil {
			for _, f := range fd.Recv.List {
				for _, n := range f.Names {
					a.env[n.Name] = &value{segs: []seg{holeSeg(n.Name)}, typ: f.Type}
				}
			}
		}
		if fd.Type.Params != nil {
			i := 0
			for _, f := range fd.Type.Params.List {
				names := f.Names
				if len(names) == 0 {
					i++
					continue
				}
				for _, n := range names {
					i++
					if n.Name == "_" {
						continue
					}
					a.env[n.Name] = &value{segs: []seg{{Part: ir.Part{Kind: ir.Hole, Name: n.Name}, param: i}}, typ: f.Type}
				}
			}
		}
		a.block(fd.Body)
	}
	a.cur, a.env = nil, nil
	if !a.emitting {
		a.fields = a.fieldsNext
		for _, fi := range a.fnList {
			fi.reqs, fi.ret, fi.retSet = fi.reqsNext, fi.retNext, fi.retNextSet
			fi.dec = fi.decNext
		}
	}
}

func (a *analyzer) block(b *ast.BlockStmt) {
	if b == nil {
		return
	}
	for _, s := range b.List {
		a.stmt(s)
	}
}

func (a *analyzer) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.BlockStmt:
		a.block(s)
	case *ast.ExprStmt:
		a.root(s.X, ir.RoleUnknown, "", "")
	case *ast.AssignStmt:
		a.assign(s)
	case *ast.DeclStmt:
		a.localDecl(s)
	case *ast.ReturnStmt:
		a.ret(s)
	case *ast.IfStmt:
		a.stmt(s.Init)
		a.root(s.Cond, ir.RoleUnknown, "", "")
		var els func()
		if s.Else != nil {
			els = func() { a.stmt(s.Else) }
		}
		a.ifStmt(func() { a.block(s.Body) }, els)
	case *ast.ForStmt:
		a.stmt(s.Init)
		a.root(s.Cond, ir.RoleUnknown, "", "")
		a.stmt(s.Post)
		a.block(s.Body)
	case *ast.RangeStmt:
		x := a.root(s.X, ir.RoleUnknown, "", "")
		if id, ok := s.Key.(*ast.Ident); ok && id.Name != "_" {
			a.setVar(id.Name, &value{segs: []seg{holeSeg(id.Name)}, origin: x.origin})
		}
		if id, ok := s.Value.(*ast.Ident); ok && id.Name != "_" {
			a.setVar(id.Name, &value{segs: []seg{holeSeg(id.Name)}, origin: x.origin, typ: a.elemType(x.typ)})
		}
		a.block(s.Body)
	case *ast.SwitchStmt:
		a.stmt(s.Init)
		a.root(s.Tag, ir.RoleUnknown, "", "")
		a.block(s.Body)
	case *ast.TypeSwitchStmt:
		a.stmt(s.Init)
		var bound string
		var x *value
		switch as := s.Assign.(type) {
		case *ast.AssignStmt:
			if len(as.Rhs) == 1 {
				x = a.eval(as.Rhs[0])
			}
			if len(as.Lhs) == 1 {
				if id, ok := as.Lhs[0].(*ast.Ident); ok {
					bound = id.Name
				}
			}
		case *ast.ExprStmt:
			x = a.eval(as.X)
		}
		if bound != "" && bound != "_" && x != nil {
			a.setVar(bound, &value{segs: []seg{holeSeg(bound)}, origin: x.origin})
		}
		a.block(s.Body)
	case *ast.SelectStmt:
		a.block(s.Body)
	case *ast.CaseClause:
		for _, x := range s.List {
			a.root(x, ir.RoleUnknown, "", "")
		}
		for _, st := range s.Body {
			a.stmt(st)
		}
	case *ast.CommClause:
		a.stmt(s.Comm)
		for _, st := range s.Body {
			a.stmt(st)
		}
	case *ast.GoStmt:
		a.root(s.Call, ir.RoleUnknown, "", "")
	case *ast.DeferStmt:
		a.root(s.Call, ir.RoleUnknown, "", "")
	case *ast.LabeledStmt:
		a.stmt(s.Stmt)
	case *ast.SendStmt:
		a.root(s.Chan, ir.RoleUnknown, "", "")
		a.root(s.Value, ir.RoleUnknown, "", "")
	case *ast.IncDecStmt:
		a.eval(s.X)
	}
}

// lhsName spells an assignment target for URL.Var.
func (a *analyzer) lhsName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return ""
		}
		return e.Name
	case *ast.SelectorExpr:
		return a.holeName(e)
	}
	return ""
}

func (a *analyzer) assign(s *ast.AssignStmt) {
	switch {
	case len(s.Lhs) == len(s.Rhs):
		for i := range s.Lhs {
			name := a.lhsName(s.Lhs[i])
			var v *value
			if s.Tok == token.ADD_ASSIGN {
				prev := a.eval(s.Lhs[i])
				r := a.eval(s.Rhs[i])
				v = &value{str: true, origin: append(append([]int(nil), prev.origin...), r.origin...)}
				v.segs = capSegs(append(append(v.segs, a.segsOf(prev, s.Lhs[i])...), a.segsOf(r, s.Rhs[i])...))
				v.origin = capOrigin(v.origin)
				if a.emitting && hasURLText(v.segs) {
					v.ids = append(v.ids, a.emit(v.segs, ir.RoleAssign, "", name))
				}
			} else {
				v = a.root(s.Rhs[i], ir.RoleAssign, "", name)
			}
			a.bind(s.Lhs[i], v)
		}
	case len(s.Rhs) == 1:
		v := a.root(s.Rhs[0], ir.RoleAssign, "", a.lhsName(s.Lhs[0]))
		for i, l := range s.Lhs {
			if i == 0 {
				a.bind(l, v)
				continue
			}
			if id, ok := l.(*ast.Ident); ok && id.Name == "err" {
				continue
			}
			a.bind(l, &value{origin: v.origin})
		}
	default:
		for _, r := range s.Rhs {
			a.root(r, ir.RoleUnknown, "", "")
		}
	}
}

// bind stores a value into an assignment target: a local variable, or a
// struct field (remembered by field name for the whole file).
func (a *analyzer) bind(l ast.Expr, v *value) {
	switch l := l.(type) {
	case *ast.Ident:
		if l.Name == "_" || a.env == nil {
			return
		}
		nv := v.clone()
		nv.ids = nil
		if old := a.env[l.Name]; old != nil && nv.typ == nil {
			nv.typ = old.typ
		}
		if len(nv.segs) == 0 {
			nv.segs = []seg{holeSeg(l.Name)}
		}
		a.setVar(l.Name, nv)
		a.linkType(nv.typ, nv.origin)
	case *ast.SelectorExpr:
		a.setField(l.Sel.Name, v)
	case *ast.StarExpr:
		a.bind(l.X, v)
	case *ast.ParenExpr:
		a.bind(l.X, v)
	}
}

// flowInto gives a variable passed by address (`Decode(&forms)`) the
// origin of the call.
func (a *analyzer) flowInto(x ast.Expr, origin []int) {
	if len(origin) == 0 || a.env == nil {
		return
	}
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			break
		}
		x = p.X
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		if sel, ok := x.(*ast.SelectorExpr); ok {
			// &resp.Data: the field's declared type gets the origin
			xv := a.eval(sel.X)
			a.linkType(a.fieldType(xv.typ, sel.Sel.Name), origin)
		}
		return
	}
	v := a.env[id.Name]
	if v == nil {
		v = &value{segs: []seg{holeSeg(id.Name)}}
		a.setVar(id.Name, v)
	}
	v.origin = capOrigin(append(v.origin, origin...))
	a.linkType(v.typ, origin)
}

// localDecl handles var/const/type declarations inside a function.
func (a *analyzer) localDecl(s *ast.DeclStmt) {
	gd, ok := s.Decl.(*ast.GenDecl)
	if !ok {
		return
	}
	for _, sp := range gd.Specs {
		switch sp := sp.(type) {
		case *ast.ValueSpec:
			for i, n := range sp.Names {
				var v *value
				if i < len(sp.Values) {
					v = a.root(sp.Values[i], ir.RoleAssign, "", n.Name).clone()
				} else {
					// no value, or one call giving several results
					v = &value{}
				}
				if sp.Type != nil {
					v.typ = sp.Type
				}
				if n.Name == "_" {
					continue
				}
				v.ids = nil
				if len(v.segs) == 0 {
					v.segs = []seg{holeSeg(n.Name)}
				}
				a.setVar(n.Name, v)
				a.linkType(v.typ, v.origin)
			}
		case *ast.TypeSpec:
			if _, dup := a.named[sp.Name.Name]; !dup {
				a.named[sp.Name.Name] = sp.Type
			}
		}
	}
}

// ret records what the current function returns: a string template (for
// URL-building helpers) while collecting, its results' origins while
// emitting.
func (a *analyzer) ret(s *ast.ReturnStmt) {
	vals := make([]*value, len(s.Results))
	for i, r := range s.Results {
		vals[i] = a.root(r, ir.RoleUnknown, "", "")
	}
	if a.cur == nil || a.inLit {
		return
	}
	if a.emitting {
		for _, v := range vals {
			a.cur.origin = append(a.cur.origin, v.ids...)
			a.cur.origin = append(a.cur.origin, v.origin...)
		}
		return
	}
	for i, v := range vals {
		// a helper returning what it decoded from the response of a
		// request its caller names
		if hasOrigin(v.origin, originParamReq) && hasOrigin(v.origin, originDecoded) {
			a.cur.decNext.ret = true
			a.cur.decNext.retList = a.cur.decNext.retList || a.isList(v.typ) || a.isList(resultType(a.cur.results, i))
		}
	}
	if len(vals) >= 1 && len(vals[0].segs) > 0 && !a.cur.retNextSet && len(vals[0].segs) <= 64 &&
		(vals[0].str && hasLit(vals[0].segs) || hasParam(vals[0].segs)) && a.returnsString(a.cur) {
		a.cur.retNext, a.cur.retNextSet = append([]seg(nil), vals[0].segs...), true
	}
}

// resultType is the declared type of result i, or nil.
func resultType(fl *ast.FieldList, i int) ast.Expr {
	if fl == nil {
		return nil
	}
	k := 0
	for _, f := range fl.List {
		n := max(len(f.Names), 1)
		if i < k+n {
			return f.Type
		}
		k += n
	}
	return nil
}

// emitPackageLevel emits the package-level string definitions (Role
// RoleAssign, Var = the name) and offers them to other files as Defs.
func (a *analyzer) emitPackageLevel() {
	for vs := range specs[*ast.ValueSpec](a.file) {
		for i, n := range vs.Names {
			if i >= len(vs.Values) || n.Name == "_" {
				continue
			}
			v := a.root(vs.Values[i], ir.RoleAssign, "", n.Name)
			if v.str && hasLit(v.segs) {
				a.out.Defs = append(a.out.Defs, ir.Def{Name: n.Name, Parts: a.parts(v.segs)})
			}
			if cl, ok := unparen(vs.Values[i]).(*ast.CompositeLit); ok {
				a.structDefs(cl)
			}
		}
	}
}

// structDefs offers the string fields of a package-level struct literal
// (`var defaults = Config{BaseURL: "https://..."}`) to other files under
// the field name, as the repository pass resolves `cfg.BaseURL` by its
// last element.
func (a *analyzer) structDefs(cl *ast.CompositeLit) {
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		k, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		saved := a.emitting
		a.emitting = false
		v := a.eval(kv.Value)
		a.emitting = saved
		if v.str && hasLit(v.segs) {
			a.out.Defs = append(a.out.Defs, ir.Def{Name: k.Name, Parts: a.parts(v.segs)})
		}
	}
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// setField remembers a string value given to a struct field.
func (a *analyzer) setField(name string, v *value) {
	if a.emitting || v == nil || len(v.segs) == 0 || !v.str && !hasLit(v.segs) {
		return
	}
	fv := a.fieldsNext[name]
	if fv == nil {
		fv = &fieldVals{keys: map[string]bool{}}
		a.fieldsNext[name] = fv
	}
	segs := make([]seg, len(v.segs))
	for i, s := range v.segs {
		s.param = 0
		segs[i] = s
	}
	k := segsKey(segs)
	if fv.keys[k] || len(fv.keys) > 4 {
		return
	}
	fv.keys[k] = true
	fv.vals = append(fv.vals, &value{segs: segs, str: true})
}

// fieldValue returns the one string value a field name is given in this
// file, when it has literal text; several different values make it unknown.
func (a *analyzer) fieldValue(name string) *value {
	fv := a.fields[name]
	if fv == nil || len(fv.vals) != 1 || !hasLit(fv.vals[0].segs) {
		return nil
	}
	return fv.vals[0]
}

// structOf resolves a type expression to a struct type of this file
// (an instantiation of a generic type too).
func (a *analyzer) structOf(t ast.Expr) *ast.StructType {
	for depth := 0; depth < 8; depth++ {
		u := a.underlying(t)
		if st, ok := u.(*ast.StructType); ok {
			return st
		}
		// a generic type's instance (T[X]): the type it instantiates
		if t = namedType(u); t == u {
			return nil
		}
	}
	return nil
}

// fieldType is the declared type of field name in struct type t.
func (a *analyzer) fieldType(t ast.Expr, name string) ast.Expr {
	if f := a.fieldDecl(t, name); f != nil {
		return f.Type
	}
	return nil
}

// elemType is the element type of a slice, array, map or channel type.
func (a *analyzer) elemType(t ast.Expr) ast.Expr {
	switch x := a.underlying(t).(type) {
	case *ast.ArrayType, *ast.MapType, *ast.ChanType:
		return innerType(x)
	}
	return nil
}

// returnsString: the function's first result is a string or a URL, so that
// what it returns can stand for the call (an error message built with
// fmt.Errorf must not).
func (a *analyzer) returnsString(fi *funcInfo) bool {
	if fi.results == nil || len(fi.results.List) == 0 {
		return false
	}
	t := fi.results.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch t := t.(type) {
	case *ast.Ident:
		return t.Name == "string" || a.strType[t.Name]
	case *ast.SelectorExpr:
		return a.isURLType(t)
	}
	return false
}

// hasParam: the segments depend on a parameter of the function walked
// (a getenv(key, def) helper returning def).
func hasParam(segs []seg) bool {
	for _, s := range segs {
		if s.param > 0 {
			return true
		}
	}
	return false
}
