package golang

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// callee describes what a call calls, as far as syntax tells.
type callee struct {
	pkg      string   // import path for pkg.F calls
	name     string   // function or method name
	recv     ast.Expr // receiver of a method call (nil for functions)
	typeArgs []ast.Expr
	spelled  string
}

func (a *analyzer) calleeOf(fun ast.Expr) callee {
	var c callee
	for {
		p, ok := fun.(*ast.ParenExpr)
		if !ok {
			break
		}
		fun = p.X
	}
	switch f := fun.(type) {
	case *ast.IndexExpr:
		c.typeArgs = []ast.Expr{f.Index}
		fun = f.X
	case *ast.IndexListExpr:
		c.typeArgs = f.Indices
		fun = f.X
	}
	switch f := fun.(type) {
	case *ast.Ident:
		c.name = f.Name
	case *ast.SelectorExpr:
		c.name = f.Sel.Name
		if id, ok := f.X.(*ast.Ident); ok && a.env[id.Name] == nil && a.isImport(id.Name) {
			c.pkg = a.pkgPath(id.Name)
		} else {
			c.recv = f.X
		}
	}
	c.spelled = a.holeName(fun)
	return c
}

// call evaluates a call: the string builders of the standard library, local
// functions that build strings, and any other call (whose arguments are
// visited, whose result inherits their origins).
func (a *analyzer) call(e *ast.CallExpr) *value {
	c := a.calleeOf(e.Fun)
	if v := a.stringCall(c, e); v != nil {
		return v
	}
	return a.otherCall(c, e)
}

// stringCall handles calls whose result is a string built from their
// arguments; nil when the call is not one of them.
func (a *analyzer) stringCall(c callee, e *ast.CallExpr) *value {
	args := e.Args
	arg := func(i int) ast.Expr {
		if i < len(args) {
			return args[i]
		}
		return nil
	}
	switch c.pkg {
	case "":
		if c.recv == nil && len(args) == 1 && (c.name == "string" || a.strType[c.name]) && len(a.funcs[c.name]) == 0 {
			v := a.eval(args[0]).clone()
			v.str, v.ids = len(v.segs) > 0, nil
			return v
		}
	case "fmt":
		switch c.name {
		case "Sprintf", "Errorf":
			if len(args) == 0 {
				return &value{}
			}
			return a.format(args[0], args[1:])
		case "Sprint":
			out := &value{str: true}
			for _, x := range args {
				v := a.eval(x)
				out.segs = append(out.segs, a.segsOf(v, x)...)
				out.origin = append(out.origin, v.origin...)
			}
			return out
		}
	case "net/url":
		switch c.name {
		case "JoinPath":
			// the base is parsed as a URL; the elements are escaped
			return a.joinElems(args, "/", 1)
		case "Parse", "ParseRequestURI":
			if len(args) == 1 {
				v := a.eval(args[0]).clone()
				v.str, v.ids = true, nil
				v.segs = a.segsOf(v, args[0])
				return v
			}
		}
	case "path", "path/filepath":
		if c.name == "Join" {
			return a.joinElems(args, "/", 0)
		}
	case "strings":
		switch c.name {
		case "Join":
			if cl, ok := arg(0).(*ast.CompositeLit); ok && len(args) == 2 {
				sep := a.eval(args[1])
				return a.joinElems(cl.Elts, litText(sep.segs), -1)
			}
		case "Replace", "ReplaceAll":
			if len(args) >= 3 {
				return a.replace(args, c.name == "ReplaceAll")
			}
		case "TrimSuffix", "TrimPrefix", "TrimRight", "TrimLeft", "Trim", "TrimSpace", "ToLower", "ToUpper", "Clone":
			if len(args) >= 1 {
				v := a.eval(args[0]).clone()
				for _, x := range args[1:] {
					a.eval(x)
				}
				v.str, v.ids = true, nil
				v.segs = a.segsOf(v, args[0])
				return v
			}
		}
	case "os", "syscall":
		switch c.name {
		case "Getenv", "LookupEnv":
			if len(args) == 1 {
				name := litText(a.eval(args[0]).segs)
				if name == "" {
					name = a.holeName(e)
				}
				return &value{segs: []seg{holeSeg(name)}}
			}
		case "ExpandEnv":
			if len(args) == 1 {
				return a.expandEnv(a.eval(args[0]), args[0])
			}
		}
	case "cmp":
		if c.name == "Or" && len(args) > 0 {
			return a.cmpOr(args)
		}
	case "strconv":
		switch c.name {
		case "Itoa", "FormatInt", "FormatUint", "Quote":
			if len(args) >= 1 {
				v := a.eval(args[0])
				for _, x := range args[1:] {
					a.eval(x)
				}
				return &value{segs: a.segsOf(v, args[0]), origin: v.origin}
			}
		}
	}
	if v := a.flagCall(c, args); v != nil {
		return v
	}
	if v := a.settingCall(c, args); v != nil {
		return v
	}
	if c.recv != nil {
		switch c.name {
		case "JoinPath":
			base := a.eval(c.recv)
			out := a.joinElems(args, "/", 0)
			out.segs = append(append(append([]seg(nil), a.segsOf(base, c.recv)...), sepBetween(a.segsOf(base, c.recv), out.segs, "/")...), out.segs...)
			out.origin = append(out.origin, base.origin...)
			return out
		case "String", "Redacted":
			if len(args) == 0 {
				v := a.eval(c.recv)
				if v.str {
					v = v.clone()
					v.ids = nil
					return v
				}
				return &value{segs: []seg{holeSeg(a.holeName(e))}, origin: v.origin}
			}
		}
	}
	return nil
}

// litText is the literal text of segments that hold no hole ("" otherwise).
func litText(segs []seg) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Kind != ir.Lit {
			return ""
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// sepBetween returns the separator a path join puts between two pieces:
// none when one side already has a slash there.
func sepBetween(left, right []seg, sep string) []seg {
	if len(left) == 0 || len(right) == 0 {
		return nil
	}
	l, r := left[len(left)-1], right[0]
	if l.Kind == ir.Lit && strings.HasSuffix(l.Text, sep) || r.Kind == ir.Lit && strings.HasPrefix(r.Text, sep) {
		return nil
	}
	return []seg{synth(sep)}
}

// joinElems joins elements with sep (url.JoinPath, path.Join,
// strings.Join). The literal text of elements from index segFrom on is
// marked Segment: a path-joining API escapes or cleans it, so a query
// cannot be written there (segFrom < 0: none is).
func (a *analyzer) joinElems(elems []ast.Expr, sep string, segFrom int) *value {
	out := &value{str: true}
	for i, x := range elems {
		v := a.eval(x)
		s := a.segsOf(v, x)
		if _, spread := x.(*ast.Ellipsis); spread {
			continue
		}
		if len(out.segs) < maxSegs {
			out.segs = append(out.segs, sepBetween(out.segs, s, sep)...)
			at := len(out.segs)
			out.segs = capSegs(append(out.segs, s...))
			if segFrom >= 0 && i >= segFrom {
				for k := at; k < len(out.segs); k++ {
					if out.segs[k].Kind == ir.Lit {
						out.segs[k].Segment = true
					}
				}
			}
		}
		out.origin = capOrigin(append(out.origin, v.origin...))
	}
	return out
}

// cmpOr models cmp.Or(os.Getenv("K"), "https://default"): the doc asks for
// the default's parts when an environment lookup has one.
func (a *analyzer) cmpOr(args []ast.Expr) *value {
	vals := make([]*value, len(args))
	for i, x := range args {
		vals[i] = a.eval(x)
	}
	for _, v := range vals[1:] {
		if hasLit(v.segs) {
			c := v.clone()
			c.str, c.ids = true, nil
			return c
		}
	}
	c := vals[0].clone()
	c.ids = nil
	c.segs = a.segsOf(c, args[0])
	return c
}

func hasLit(segs []seg) bool {
	for _, s := range segs {
		if s.Kind == ir.Lit && s.Text != "" {
			return true
		}
	}
	return false
}

// expandEnv splits $NAME and ${NAME} out of literal text as holes.
func (a *analyzer) expandEnv(v *value, x ast.Expr) *value {
	segs := a.spliceLits(a.segsOf(v, x), '$', func(s seg, i int) ([]seg, int, bool) {
		t := s.Text
		if i+1 >= len(t) {
			return nil, 0, false
		}
		j, name := i+1, ""
		if t[j] == '{' {
			k := strings.IndexByte(t[j:], '}')
			if k < 0 {
				return nil, 0, false
			}
			name = t[j+1 : j+k]
			j += k + 1
		} else {
			for j < len(t) && (isIdentByte(t[j])) {
				j++
			}
			name = t[i+1 : j]
		}
		if name == "" {
			return nil, 0, false
		}
		return []seg{holeSeg(name)}, j, true
	})
	return &value{str: true, origin: v.origin, segs: segs}
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// requestMethods are the method names that send a request to their first
// argument in net/http clients and resty-style builders.
var requestMethods = map[string]bool{
	"Get": true, "Head": true, "Post": true, "PostForm": true, "Put": true, "Patch": true,
	"Delete": true, "Options": true,
}

// notRequestPkgs have Get-like functions that read settings, not URLs.
var notRequestPkgs = map[string]bool{
	"os": true, "flag": true, "sync": true, "reflect": true, "context": true, "github.com/spf13/viper": true,
	"strings": true, "net/url": true, "expvar": true,
}

// requestArg returns the index of the URL argument of a call that sends an
// HTTP request, or -1.
func requestArg(c callee) int {
	if c.pkg == "net/http" {
		switch c.name {
		case "Get", "Head", "Post", "PostForm":
			return 0
		case "NewRequest":
			return 1
		case "NewRequestWithContext":
			return 2
		}
		return -1
	}
	if c.pkg != "" && notRequestPkgs[c.pkg] {
		return -1
	}
	if requestMethods[c.name] && (c.recv != nil || c.pkg != "") {
		return 0
	}
	if c.name == "Execute" && c.recv != nil {
		return 1
	}
	return -1
}

// printfIndex returns the index of the format argument of a printf-style
// call that is not a string builder (log.Printf, t.Logf), or -1.
func printfIndex(c callee, args []ast.Expr) int {
	n := c.name
	if len(n) < 4 || n[len(n)-1] != 'f' {
		return -1
	}
	i := 0
	if strings.HasPrefix(n, "Fprint") || strings.HasPrefix(n, "Append") {
		i = 1
	}
	if i >= len(args) {
		return -1
	}
	bl, ok := args[i].(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING || !strings.Contains(bl.Value, "%") {
		return -1
	}
	return i
}

// localFuncs returns the functions of this file a call may reach.
func (a *analyzer) localFuncs(c callee) []*funcInfo {
	if c.pkg != "" {
		return nil
	}
	if c.recv == nil && a.env[c.name] != nil {
		return nil
	}
	var out []*funcInfo
	for _, fi := range a.funcs[c.name] {
		if (fi.decl.Recv != nil) == (c.recv != nil) {
			out = append(out, fi)
		}
	}
	return out
}

// otherCall handles every call that is not a known string builder.
func (a *analyzer) otherCall(c callee, e *ast.CallExpr) *value {
	res := &value{}
	var rv *value
	if c.recv != nil {
		rv = a.eval(c.recv)
		res.origin = append(res.origin, rv.origin...)
	}
	if fi := printfIndex(c, e.Args); fi >= 0 {
		for _, x := range e.Args[:fi] {
			a.root(x, ir.RoleArg, c.spelled, "")
		}
		v := a.format(e.Args[fi], e.Args[fi+1:])
		if a.emitting && hasURLText(v.segs) {
			a.emit(v.segs, ir.RoleArg, c.spelled, "")
		}
		return res
	}
	if a.isRoute(c, e.Args) {
		// a path this program serves, not a URL it calls
		a.eval(e.Args[0])
		for _, x := range e.Args[1:] {
			a.root(x, ir.RoleArg, c.spelled, "")
		}
		return res
	}
	urlIdx := requestArg(c)
	fis := a.localFuncs(c)
	setter := c.recv != nil && (c.name == "SetBaseURL" || c.name == "SetHostURL")
	argVals := make([]*value, len(e.Args))
	var callIDs []int // the requests this call makes, for a decode it does
	method, mparam := "", 0
	// a function or method another file declares: a relative path
	// handed to it is joined to what that file offers for it
	pkey, parg := "", -1
	if len(fis) == 0 {
		pkey = a.otherFileKey(c, e, rv)
	}
	for i, x := range e.Args {
		role, varName, m := ir.RoleArg, "", ""
		switch {
		case i == urlIdx:
			role = ir.RoleRequest
			method, mparam = requestMethod(c, argVals)
			m = method
		case wrapperParam(fis, i):
			role = ir.RoleRequest
			m = wrapperMethod(fis, i, argVals)
		case setter && i == 0:
			role, varName = ir.RoleAssign, "BaseURL"
		}
		var v *value
		if i == urlIdx && rv != nil && rv.base != nil {
			// a client with a base URL: a relative path is joined to it
			v = a.eval(x)
			if segs := a.segsOf(v, x); relativePath(segs) {
				v = v.clone()
				v.segs = append(append(append([]seg(nil), rv.base...), sepBetween(rv.base, segs, "/")...), segs...)
			}
			v = a.emitRoot(v, role, c.spelled, varName, m)
		} else if pkey != "" && parg < 0 {
			v = a.eval(x)
			if prefixArg([]*value{v}) == 0 {
				parg, argVals[i] = i, v
				if i == urlIdx {
					// not a client's Get(url): the other file's method
					urlIdx, method, mparam = -1, "", 0
				}
				res.origin = capOrigin(append(res.origin, v.origin...))
				continue
			}
			v = a.emitRoot(v, role, c.spelled, varName, m)
		} else {
			v = a.rootM(x, role, c.spelled, varName, m)
		}
		argVals[i] = v
		if role == ir.RoleRequest {
			callIDs = append(callIDs, v.ids...)
		}
		res.origin = append(res.origin, v.ids...)
		res.origin = capOrigin(append(res.origin, v.origin...))
	}
	if urlIdx >= 0 && urlIdx < len(argVals) {
		segs := a.segsOf(argVals[urlIdx], e.Args[urlIdx])
		a.addReq(reqTmpl{segs: segs, method: method, mparam: mparam})
		if a.cur != nil && (hasParam(segs) || mparam > 0) {
			res.origin = append(res.origin, originParamReq)
		}
	}
	for _, fi := range fis {
		for _, tmpl := range fi.reqs {
			segs := a.substitute(tmpl.segs, argVals, e.Args)
			m, mp := tmpl.method, 0
			if tmpl.mparam > 0 {
				m = ""
				if i := tmpl.mparam - 1; i < len(argVals) && argVals[i] != nil {
					m, mp = methodOf(argVals[i])
				}
			}
			a.addReq(reqTmpl{segs: segs, method: m, mparam: mp})
			if a.cur != nil && (hasParam(segs) || mp > 0) {
				res.origin = append(res.origin, originParamReq)
			}
			if a.emitting && (len(tmpl.segs) != 1 || tmpl.segs[0].param <= 0) {
				id := a.emitM(segs, ir.RoleRequest, c.spelled, "", m)
				res.origin = append(res.origin, id)
				callIDs = append(callIDs, id)
			}
		}
		res.origin = append(res.origin, fnRef(fi.idx))
		if fi.retSet {
			res.segs = a.substitute(fi.ret, argVals, e.Args)
			res.str = true
		}
		if res.typ == nil && fi.results != nil && len(fi.results.List) > 0 {
			res.typ = fi.results.List[0].Type
		}
	}
	if parg >= 0 {
		if id := a.otherFileRequest(pkey, parg, argVals[parg], e.Args[parg], e, c.spelled); id >= 0 {
			res.origin = append(res.origin, id)
			callIDs = append(callIDs, id)
		}
	}
	a.helperDecodes(e, fis, argVals, callIDs, res)
	switch {
	case setter && len(argVals) > 0:
		res.base = baseOf(a.segsOf(argVals[0], e.Args[0]), c.name)
		if id, ok := c.recv.(*ast.Ident); ok && a.env != nil && a.env[id.Name] != nil {
			// client.SetBaseURL(u) as a statement sets the variable's base
			nv := a.env[id.Name].clone()
			nv.base = res.base
			a.setVar(id.Name, nv)
		}
	case rv != nil && rv.base != nil && urlIdx < 0:
		// a builder step (R(), SetHeader, SetAuthToken) keeps the base
		res.base = rv.base
	}
	if a.emitting && len(fis) == 0 && a.externalCall(c) {
		res.origin = append(res.origin, a.resultOf(c, e))
	}
	if len(fis) == 0 {
		res.ctor = a.typeKey(a.constructedType(c, e))
	}
	if c.pkg == "" && c.recv == nil && len(e.Args) >= 1 && (c.name == "new" || c.name == "make") && len(fis) == 0 {
		res.typ = e.Args[0]
	}
	decodeLike := strings.Contains(c.name, "Decode") || strings.Contains(c.name, "Unmarshal")
	target := decodeTarget(c, e.Args)
	if target != nil {
		a.decodeAt(e, target, res.origin)
	}
	for i, x := range e.Args {
		o := res.origin
		if x == target {
			o = append(o[:len(o):len(o)], originDecoded)
		}
		if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
			a.flowInto(u.X, o)
		} else if decodeLike && i == len(e.Args)-1 {
			a.flowInto(x, o)
		}
	}
	for _, t := range c.typeArgs {
		a.linkType(t, res.origin)
	}
	if urlIdx >= 0 && c.recv != nil {
		a.resultTargets(e, c.recv, res.origin)
	}
	if isEncoder(c) {
		for i, x := range e.Args {
			if i == 0 || c.name == "Encode" {
				a.markEncoded(x)
			}
		}
	}
	return res
}

// isEncoder: calls that serialise a value the program built (a request
// body), as opposed to decoding a response into it.
func isEncoder(c callee) bool {
	switch c.name {
	case "Marshal", "MarshalIndent":
		return c.pkg != "" || c.recv != nil
	case "Encode":
		return c.recv != nil
	}
	return false
}

// wrapperParam reports whether argument i of a local function flows into a
// request URL.
func wrapperParam(fis []*funcInfo, i int) bool {
	for _, fi := range fis {
		for _, t := range fi.reqs {
			for _, s := range t.segs {
				if s.param == i+1 {
					return true
				}
			}
		}
	}
	return false
}

// substitute fills a wrapper's template with the arguments of one call.
func (a *analyzer) substitute(tmpl []seg, argVals []*value, args []ast.Expr) []seg {
	var out []seg
	for _, s := range tmpl {
		if s.param == 0 {
			out = append(out, s)
			continue
		}
		i := s.param - 1
		if i < len(argVals) && i < len(args) {
			if _, spread := args[i].(*ast.Ellipsis); !spread {
				arg := a.segsOf(argVals[i], args[i])
				if startsWithScheme(arg) {
					// an absolute URL replaces the base the wrapper
					// would put before it
					out = out[:0]
				}
				out = append(out, arg...)
				continue
			}
		}
		h := s
		h.param = 0
		out = append(out, h)
	}
	return capSegs(out)
}

// maxTemplates bounds what one wrapper remembers, so that a generated file
// cannot make the analysis quadratic.
const maxTemplates = 8

// addReq records, while collecting, a request of the current function
// whose URL (or method) depends on its parameters: the function is then a
// wrapper.
func (a *analyzer) addReq(t reqTmpl) {
	segs := t.segs
	if a.emitting || a.cur == nil || len(segs) == 0 || len(segs) > 64 {
		return
	}
	if !hasParam(segs) || len(a.cur.reqsNext) >= maxTemplates {
		return
	}
	k := segsKey(segs) + "\x00" + t.method + string(rune('0'+t.mparam))
	for _, o := range a.cur.reqsNext {
		if segsKey(o.segs)+"\x00"+o.method+string(rune('0'+o.mparam)) == k {
			return
		}
	}
	t.segs = append([]seg(nil), segs...)
	a.cur.reqsNext = append(a.cur.reqsNext, t)
}

func segsKey(segs []seg) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteByte(byte(s.Kind))
		b.WriteByte(byte(s.param))
		b.WriteString(s.Text)
		b.WriteString(s.Name)
		writeInt(&b, s.Span.Start)
		b.WriteByte(0)
	}
	return b.String()
}

// startsWithScheme: the segments begin with literal "scheme://".
func startsWithScheme(segs []seg) bool {
	if len(segs) == 0 || segs[0].Kind != ir.Lit {
		return false
	}
	t := segs[0].Text
	i := 0
	for i < len(t) && isScheme(t[i]) {
		i++
	}
	return i > 0 && strings.HasPrefix(t[i:], "://")
}

// resultTargets handles resty-style builders that are told where to decode
// the response before the request is sent:
// client.R().SetResult(&forms).Get(url).
func (a *analyzer) resultTargets(e *ast.CallExpr, recv ast.Expr, origin []int) {
	for depth := 0; depth < 16; depth++ {
		call, ok := unparen(recv).(*ast.CallExpr)
		if !ok {
			return
		}
		sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		switch sel.Sel.Name {
		case "SetResult", "SetSuccessResult", "SetResponseBody":
			for _, x := range call.Args {
				if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
					a.decodeAt(e, x, origin)
					a.flowInto(u.X, append(origin[:len(origin):len(origin)], originDecoded))
				}
			}
		}
		recv = sel.X
	}
}

// settingCall models configuration libraries read by key (viper's
// GetString("kobo.url"), koanf's k.String("kobo.url")): a hole named by
// the dotted key, as configuration files name their values.
func (a *analyzer) settingCall(c callee, args []ast.Expr) *value {
	if len(args) != 1 || c.name != "GetString" && c.name != "String" || c.pkg == "" && c.recv == nil {
		return nil
	}
	bl, ok := args[0].(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return nil
	}
	key := litText(a.eval(args[0]).segs)
	if key == "" || strings.IndexFunc(key, func(r rune) bool {
		return r != '.' && r != '_' && r != '-' && !isIdentByte(byte(r)) || r > 0x7f
	}) >= 0 {
		return nil
	}
	if c.recv != nil {
		a.eval(c.recv)
	}
	return &value{segs: []seg{holeSeg(key)}}
}

// flagCall models command-line flags with a default (flag, pflag, cobra):
// `server := flag.String("server", "https://...", "")` holds the default,
// like an environment lookup with a default; StringVar(&p, ...) binds p.
func (a *analyzer) flagCall(c callee, args []ast.Expr) *value {
	if c.pkg != "flag" && c.pkg != "github.com/spf13/pflag" && c.recv == nil {
		return nil
	}
	target, def := -1, 0
	switch {
	case c.name == "String" && len(args) == 3:
		def = 1
	case c.name == "StringP" && len(args) == 4:
		def = 2
	case c.name == "StringVar" && len(args) == 4:
		target, def = 0, 2
	case c.name == "StringVarP" && len(args) == 5:
		target, def = 0, 3
	default:
		return nil
	}
	if bl, ok := args[def].(*ast.BasicLit); !ok || bl.Kind != token.STRING {
		if _, ok := args[def].(*ast.Ident); !ok {
			return nil
		}
	}
	for i, x := range args {
		if i != def && i != target {
			a.eval(x)
		}
	}
	if target < 0 {
		v := a.eval(args[def]).clone()
		v.str, v.ids = true, nil
		v.segs = a.segsOf(v, args[def])
		return v
	}
	t := args[target]
	if u, ok := t.(*ast.UnaryExpr); ok && u.Op == token.AND {
		t = u.X
	}
	v := a.root(args[def], ir.RoleAssign, "", a.lhsName(t))
	a.bind(t, v)
	return &value{}
}

// routeMethods are the names routers (net/http, chi, gorilla, gin, echo)
// register handlers under.
var routeMethods = map[string]bool{
	"Handle": true, "HandleFunc": true, "Get": true, "Post": true, "Put": true, "Patch": true,
	"Delete": true, "Head": true, "Options": true, "GET": true, "POST": true, "PUT": true,
	"PATCH": true, "DELETE": true, "HEAD": true, "OPTIONS": true, "Any": true, "Group": true,
	"Route": true, "Mount": true, "Method": true, "MethodFunc": true, "Connect": true, "Trace": true,
}

// isRoute: a router registration `mux.HandleFunc("/api/v1/x", h)`, whose
// last argument is a handler (a function literal, a function or method of
// this file, or a conversion to a handler type).
func (a *analyzer) isRoute(c callee, args []ast.Expr) bool {
	if !routeMethods[c.name] || len(args) < 2 || c.pkg == "net/http" && c.name != "Handle" && c.name != "HandleFunc" {
		return false
	}
	switch h := unparen(args[len(args)-1]).(type) {
	case *ast.FuncLit:
		return true
	case *ast.Ident:
		return len(a.funcs[h.Name]) > 0 && a.env[h.Name] == nil
	case *ast.SelectorExpr:
		return len(a.funcs[h.Sel.Name]) > 0
	case *ast.CallExpr:
		n := a.calleeOf(h.Fun).name
		return strings.HasSuffix(n, "HandlerFunc") || strings.HasSuffix(n, "Handler")
	}
	return false
}

func isScheme(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// baseOf is a client's base URL as its requests take it: the setter's
// argument, marked as coming through it.
func baseOf(segs []seg, setter string) []seg {
	out := append([]seg(nil), segs...)
	for i := range out {
		if out[i].Via == "" {
			out[i].Via = setter
		}
	}
	return out
}
