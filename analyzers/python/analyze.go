package python

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/branches"
	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/origins"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// Analyze turns one Python file into IR. It never panics: a panic inside
// the analysis (a bug) is turned into an error naming the file.
func Analyze(path string, src []byte) (f *ir.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("python: internal error analysing %s: %v", path, r)
		}
	}()
	return analyze(path, src)
}

// passes is how many times the file is walked. The first walks only learn
// (module variables defined after their use in a function, class attributes
// set in one method and read in another, what local functions return and
// which of their parameters reach a request); the last one emits.
const passes = 3

type analyzer struct {
	src  []byte
	t    *tree
	file *ir.File
	b    ir.Builder

	final    bool // last walk: emit IR
	symbolic bool // walking a body for its summary: no side effects

	imports     map[string]string // local name -> canonical dotted path
	moduleNames map[string]bool   // local names bound by `import x`
	module      *scope
	moduleFinal map[string]*value // module variables at the end of the previous walk
	funcs       map[*node]*funcInfo
	classes     map[*node]*classInfo

	cur    *scope
	curFn  *funcInfo
	curCls *classInfo // class whose method body (or class body) is walked

	urlID map[key]int
	// paramURLs are the ir.ParamIn URLs of the parameters of public
	// functions, added by finishFields where a field read uses them
	paramURLs map[key]ir.URL
	paramKeys map[string]key
	// paramDefs are the ir.ParamDef names offered already
	paramDefs    origins.ParamOffers
	fieldOrigins [][]key
	decodes      []decode
	listDec      map[key]bool       // decodes whose value is used as a list
	escaped      map[key]bool       // requests whose response goes where the analysis cannot see
	synth        map[[2]key]key     // keys of URLs rebuilt at call sites
	conv         map[ir.Span]string // reads converted on the spot: int(x["id"])
	fieldSeen    map[ir.Span]int
	defIndex     map[string]int
	argDefaults  map[string]*value                 // argparse option defaults by dest
	views        []viewOffer                       // what render calls hand to templates
	assigned     map[*node]map[string][]assignment // by scope, see assignments
	branch       *branches.Tracker[*value]         // the clauses of ifs and trys (branches.go)
	partsLeft    int                               // bounds the IR of a pathological file
	lineStarts   *remap.Lines
	budget       int
}

// budgetPerByte bounds the work per walk: a pathological file (megabytes of
// nested expressions) stops being analysed instead of hanging the run.
const budgetPerByte = 40

// maxTotalParts bounds the parts of all URLs of one file (about 20 MB):
// a generated file that inlines a long variable thousands of times is cut.
const maxTotalParts = 200000

func analyze(path string, src []byte) (*ir.File, error) {
	file := &ir.File{Path: path, Lang: "python", Syntax: fixsyntax.Python{}, ObjectAttrs: true}
	clean := sanitize(src)
	t, err := parse(clean)
	if err != nil {
		return nil, fmt.Errorf("python: %s: %w", path, err)
	}
	a := &analyzer{
		src: clean, t: t, file: file, b: ir.Builder{File: file},
		imports: map[string]string{}, moduleFinal: map[string]*value{}, argDefaults: map[string]*value{},
		funcs: map[*node]*funcInfo{}, classes: map[*node]*classInfo{},
		urlID: map[key]int{}, lineStarts: remap.NewLines(clean), partsLeft: maxTotalParts,
		branch: branches.ForPointers(mergeValues),
	}
	if t.cut {
		file.Warnings = append(file.Warnings, "nesting too deep: part of the file was not analysed")
	}
	if t.errors {
		file.Warnings = append(file.Warnings, "syntax errors: analysed what could be parsed")
	}
	file.KoboHint = koboHint(clean, t.root)
	a.collectImports(t.root)
	for pass := 0; pass < passes; pass++ {
		a.final = pass == passes-1
		a.newWalk()
		a.module = newScope(nil, nil)
		a.cur, a.curFn, a.curCls = a.module, nil, nil
		a.budget = budgetPerByte*len(clean) + 10000
		a.block(t.root)
		if a.budget <= 0 && a.final {
			file.Warnings = append(file.Warnings, "file too complex: analysis stopped early")
		}
		a.moduleFinal = a.module.vars
	}
	a.comments()
	a.offerFunctions()
	a.offerViews()
	a.finishFields()
	a.finishDecodes()
	comments.SortByLine(file.Suppressions)
	return file, nil
}

// sanitize hides a UTF-8 byte order mark from the parser (keeping offsets).
func sanitize(src []byte) []byte {
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		c := append([]byte(nil), src...)
		copy(c, "   ")
		return c
	}
	return src
}

// line returns the 1-based line of a byte offset.
func (a *analyzer) line(off int) int {
	return a.lineStarts.Line(off)
}

// finishFields turns the origin keys of field reads into URL IDs, dropping
// keys whose URL was never emitted.
func (a *analyzer) finishFields() {
	for i := range a.file.Fields {
		var ids []int
		for _, k := range a.fieldOrigins[i] {
			if k == keyLocal {
				ids = appendID(ids, ir.OriginLocal)
				continue
			}
			if u, ok := a.paramURLs[k]; ok {
				if _, done := a.urlID[k]; !done {
					a.urlID[k] = a.b.AddURL(u)
				}
			}
			if id, ok := a.urlID[k]; ok {
				dup := false
				for _, x := range ids {
					dup = dup || x == id
				}
				if !dup {
					ids = append(ids, id)
				}
			}
		}
		a.file.Fields[i].Origin = ids
	}
}

// decode is a place a response body is decoded (r.json(), or the call of
// a local function that returns one), with the origin keys of the
// requests it may come from.
type decode struct {
	key     key // the decoding expression (or a call site's key)
	span    ir.Span
	origin  []key
	results string
	list    bool
	fetch   *ir.Fetch
}

// decodeHere records that n decodes the body of a response of origin and
// returns the keys a value decoded there carries.
func (a *analyzer) decodeHere(n *node, origin []key, results string) []key {
	k := spanKey(n)
	sp, r := decodeSpan(n)
	if results != "" {
		results = r
	}
	a.decodeAt(k, sp, origin, results, false)
	if last := len(a.decodes) - 1; last >= 0 && a.decodes[last].key == k && !a.symbolic {
		a.decodes[last].fetch = a.fetchStmt(n)
	}
	return []key{k}
}

// fetchStmt returns the statement around n, the .json() of a request,
// when it is `name = x.get(url, ...).json()` alone on its line in a
// block: a loop over a paged list can replace it (ir.Fetch).
func (a *analyzer) fetchStmt(n *node) *ir.Fetch {
	as := n.parent
	if n.kind != "call" || n.field != "right" || as == nil || as.kind != "assignment" || as.child("type") != nil {
		return nil
	}
	left, st := as.child("left"), as.parent
	if left == nil || left.kind != "identifier" || st == nil || st.kind != "expression_statement" || len(st.namedKids()) != 1 ||
		st.parent == nil || st.parent.kind != "module" && st.parent.kind != "block" {
		return nil
	}
	fn := n.child("function")
	req := fn.child("object")
	if fn == nil || fn.kind != "attribute" || a.text(fn.child("attribute")) != "json" || req == nil {
		return nil
	}
	var resp *node // r of r.json(), where r = x.get(url) comes before
	if req.kind == "identifier" {
		resp, req = req, a.requestBefore(req, st)
	}
	if req == nil || req.kind != "call" {
		return nil
	}
	if m := req.child("function"); m == nil || m.kind != "attribute" || a.text(m.child("attribute")) != "get" {
		return nil
	}
	args := req.child("arguments").namedKids()
	if len(args) == 0 || args[0].kind == "keyword_argument" || args[0].kind == "list_splat" || args[0].kind == "dictionary_splat" {
		return nil
	}
	f := &ir.Fetch{
		Stmt:   ir.Span{Start: st.start, End: st.end},
		Target: ir.Span{Start: left.start, End: left.end},
		Name:   ir.Span{Start: left.start, End: left.end},
		Value:  ir.Span{Start: n.start, End: n.end},
		URL:    ir.Span{Start: args[0].start, End: args[0].end},
	}
	if resp != nil {
		f.Request = ir.Span{Start: req.start, End: req.end}
		f.Response = ir.Span{Start: resp.start, End: resp.end}
	}
	for i := 1; i < len(args); i++ {
		// params=, or requests.get's second positional argument (params)
		if args[i].kind == "keyword_argument" && a.text(args[i].child("name")) == "params" ||
			args[i].kind != "keyword_argument" && args[i].kind != "dictionary_splat" && args[i].kind != "list_splat" {
			// with the comma before it
			f.Query = append(f.Query, ir.Span{Start: args[i-1].end, End: args[i].end})
		}
	}
	return f
}

// requestBefore returns, for the name r of `forms = r.json()` (the
// statement st), the request x.get(url, ...) of `r = x.get(url, ...)`: a
// statement of a block that holds st and comes before it, the only one of
// its function (or module) that assigns r, after which nothing up to st
// assigns a name the request reads. The loop after st repeats the request
// for each next page, so it must mean there what it meant where it stood.
func (a *analyzer) requestBefore(r *node, st *node) *node {
	scope := st.parent
	for scope != nil && scope.kind != "module" && scope.kind != "function_definition" {
		scope = scope.parent
	}
	if scope == nil {
		return nil
	}
	bound := a.assignments(scope)
	name := a.text(r)
	list := bound[name]
	if len(list) != 1 {
		return nil
	}
	b := list[0]
	if b.value == nil || b.value.kind != "call" || b.stmt == nil || b.stmt.end > st.start || b.stmt.parent == nil || !contains(b.stmt.parent, st) {
		return nil
	}
	req := b.value
	read := map[string]bool{name: true}
	walkNodes(req, func(n *node) {
		if n.kind == "identifier" {
			read[a.text(n)] = true
		}
	})
	for n := range read {
		for _, o := range bound[n] {
			if o.target.start > req.end && o.target.end <= st.start {
				return nil
			}
		}
	}
	return req
}

// assignments indexes by name what eachAssigned finds in scope, once per
// scope: a file with thousands of decodes asks for it at each one.
func (a *analyzer) assignments(scope *node) map[string][]assignment {
	if m, ok := a.assigned[scope]; ok {
		return m
	}
	m := map[string][]assignment{}
	eachAssigned(scope, func(target, value, stmt *node) {
		name := a.text(target)
		m[name] = append(m[name], assignment{target: target, value: value, stmt: stmt})
	})
	if a.assigned == nil {
		a.assigned = map[*node]map[string][]assignment{}
	}
	a.assigned[scope] = m
	return m
}

// decodeSpan is where the page's results can be read after a decoding
// expression n: n itself, or the parenthesised await around it; none
// (results "") after a bare await, which would subscript the coroutine.
func decodeSpan(n *node) (ir.Span, string) {
	if p := n.parent; p != nil && p.kind == "await" {
		if g := p.parent; g != nil && g.kind == "parenthesized_expression" {
			return ir.Span{Start: g.start, End: g.end}, subscript(names.PageItems())
		}
		return ir.Span{Start: n.start, End: n.end}, ""
	}
	return ir.Span{Start: n.start, End: n.end}, subscript(names.PageItems())
}

// decodeAt records a decode. Inside a body being summarised, a decode of
// a response only known at a call site goes to the summary; the call
// sites report it.
func (a *analyzer) decodeAt(k key, sp ir.Span, origin []key, results string, list bool) {
	if a.symbolic {
		if a.curFn == nil || !symbolic(origin) {
			return
		}
		if a.curFn.decodes == nil {
			a.curFn.decodes = map[key]*symDecode{}
		}
		d := a.curFn.decodes[k]
		if d == nil {
			d = &symDecode{span: sp, results: results}
			a.curFn.decodes[k] = d
		}
		d.origin = union(d.origin, origin)
		d.list = d.list || list
		return
	}
	if !a.final || !knownOrigin(origin) {
		return
	}
	if f := a.curFn; f != nil && f.decodes[k] != nil && f.sitesReport() {
		// the calls of the function report it, each with its own URL
		return
	}
	a.decodes = append(a.decodes, decode{key: k, span: sp, origin: origin, results: results, list: list})
}

// markList notes that v is used as a list (iterated, counted, indexed by
// a number, made a data frame): the decodes it comes from get AsList, and
// a parameter so used makes its callers' arguments lists.
func (a *analyzer) markList(v *value) {
	if v == nil {
		return
	}
	for _, k := range v.dec {
		switch {
		case a.symbolic && a.curFn != nil && isParamKey(k):
			if a.curFn.listParams == nil {
				a.curFn.listParams = map[int]bool{}
			}
			a.curFn.listParams[int(keyParam0-k)] = true
		case a.symbolic && a.curFn != nil && a.curFn.decodes[k] != nil:
			a.curFn.decodes[k].list = true
		case !a.symbolic && a.final:
			if a.listDec == nil {
				a.listDec = map[key]bool{}
			}
			a.listDec[k] = true
		}
	}
}

// finishDecodes turns decode origins into URL IDs. Records of one span
// merge: the origins add up, and no edit is offered where one of them
// has none.
func (a *analyzer) finishDecodes() {
	at := map[ir.Span]int{}
	for _, d := range a.decodes {
		var ids []int
		for _, k := range d.origin {
			if id, ok := a.urlID[k]; ok && !a.file.URLs[id].Comment && !writes(a.file.URLs[id].Method) {
				// the answer of a write is the object written, not a
				// list of the endpoint's
				ids = appendID(ids, id)
			}
		}
		if len(ids) == 0 || !d.span.Valid() {
			continue
		}
		results := d.results
		for _, k := range d.origin {
			if a.escaped[k] {
				// the value goes where no edit here can follow it (a
				// template, a response of the program's own)
				results = ""
			}
		}
		list := d.list || a.listDec[d.key]
		if i, ok := at[d.span]; ok {
			x := &a.file.Decodes[i]
			for _, id := range ids {
				x.Origin = appendID(x.Origin, id)
			}
			if results == "" {
				x.Results = ""
			}
			x.AsList = x.AsList || list
			continue
		}
		at[d.span] = len(a.file.Decodes)
		a.file.Decodes = append(a.file.Decodes, ir.Decode{Span: d.span, Origin: ids, Results: results, AsList: list, Fetch: d.fetch})
	}
}

// writes tells a method that changes something from a read.
func writes(method string) bool {
	switch method {
	case "POST", "PUT", "PATCH", "DELETE":
		return true
	}
	return false
}

func appendID(ids []int, id int) []int {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// offerFunctions offers the module's functions to other files under
// "name()": the URL a function returns (a helper giving the API base), or
// else the URL of the request whose response it returns, so that a call
// in another file (forms = list_forms()) stands for that request.
func (a *analyzer) offerFunctions() {
	funcs := map[string]*funcInfo{}
	for n, v := range a.module.vars {
		switch {
		case v != nil && v.kind == kFunc && v.fn != nil && v.fn.cls == nil && v.fn.name == n:
			funcs[n] = v.fn
		case v != nil && v.kind == kClass && v.cls != nil && v.cls.name == n:
			// methods, for other modules' instances of the class
			for m, f := range v.cls.methods {
				if !strings.HasPrefix(m, "_") {
					funcs[n+"."+m] = f
				}
			}
		}
	}
	names := make([]string, 0, len(funcs))
	for n, f := range funcs {
		if f.ret != nil {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	a.offerPrefixes(funcs)
	for _, n := range names {
		f := funcs[n]
		r := f.ret
		if r.str && urlish(r.parts) && !hasParam(r.parts) {
			a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.FuncDef(n), Parts: clean(r.parts)})
			continue
		}
		if len(r.parts) == 1 && resolvableHole(r.parts[0]) && dottedName(r.parts[0].Name) {
			// a getter of a settings value (return settings.KOBO_ROOT):
			// its callers' bases resolve through it
			a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.FuncDef(n), Parts: clean(r.parts)})
			continue
		}
		for _, k := range r.origin {
			if k == keyCallURL {
				// the wrapper's own request, as its body builds it
				k = f.tmplKey
			}
			// a relative path joined to a base another module gives
			// ({KoboClient#0} + "forms") is a URL once that base is known
			if id, ok := a.urlID[k]; ok && !a.file.URLs[id].Comment && (urlish(a.file.URLs[id].Parts) || ir.HasLit(a.file.URLs[id].Parts) && (foreignHole(a.file.URLs[id].Parts) || a.importedBase(a.file.URLs[id].Parts))) {
				a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.FuncDef(n), Parts: a.file.URLs[id].Parts})
				break
			}
		}
	}
}

// foreignHole: some hole stands for what another module gives (an
// argument of a class it constructs).
func foreignHole(parts []ir.Part) bool {
	for _, p := range parts {
		if p.Kind == ir.Hole && strings.Contains(p.Name, "#") {
			return true
		}
	}
	return false
}

// offerPrefixes offers, for each function or public method that requests
// a URL built from a parameter (a client's get(path) joining its root and
// the path), what it puts before that parameter, as "f#i" ("Client.get#0"
// for a method, i counting the caller's arguments): a call in another
// module with a literal there (Client().get("forms")) is that URL.
func (a *analyzer) offerPrefixes(funcs map[string]*funcInfo) {
	names := make([]string, 0, len(funcs))
	for n, f := range funcs {
		if f.tmpl != nil {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		f := funcs[n]
		for j, p := range f.tmpl {
			i, ok := paramIndex(p)
			if !ok {
				continue
			}
			pre := f.tmpl[:j]
			if f.cls != nil && !f.static {
				i-- // self is not an argument of the call
			}
			if i >= 0 && !hasParam(pre) && (urlish(pre) || ir.HasLit(pre) && foreignHole(pre) || a.importedBase(pre) || len(pre) == 1 && resolvableHole(pre[0])) {
				a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.ArgDef(n, i), Parts: clean(pre)})
			}
			break
		}
	}
}

// resolvableHole: a base the repository pass may know by name: a
// settings attribute (settings.KOBO_URL) or a constant or environment
// variable's upper-case name (KOBO_URL, from os.getenv and a .env file).
func resolvableHole(p ir.Part) bool {
	if p.Kind != ir.Hole || p.Foreign != "" || p.Name == "" {
		return false
	}
	if strings.Contains(p.Name, ".") {
		return true
	}
	return strings.IndexFunc(p.Name, func(r rune) bool {
		return r != '_' && (r < 'A' || r > 'Z') && (r < '0' || r > '9')
	}) < 0 && p.Name[0] >= 'A' && p.Name[0] <= 'Z'
}

// dottedName: an attribute path such as settings.KOBO_ROOT (no call, no
// subscript).
func dottedName(s string) bool {
	return strings.Contains(s, ".") && strings.IndexFunc(s, func(r rune) bool {
		return r != '.' && r != '_' && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (r < '0' || r > '9')
	}) < 0
}

// importedBase reports whether a URL starts with a value of a name this
// file imports ({SETTINGS.root} + "forms", SETTINGS from a settings
// module): the repository pass resolves it.
func (a *analyzer) importedBase(parts []ir.Part) bool {
	if len(parts) == 0 || parts[0].Kind != ir.Hole || parts[0].Foreign != "" {
		return false
	}
	name := parts[0].Name
	if i := strings.IndexAny(name, ".["); i > 0 {
		name = name[:i]
	}
	_, ok := a.imports[name]
	return ok
}

// text returns the source of a node.
func (a *analyzer) text(n *node) string {
	if n == nil || n.start < 0 || n.end > len(a.src) || n.start > n.end {
		return ""
	}
	return string(a.src[n.start:n.end])
}

// spelled returns a node's source shortened to one line, used to name holes
// and receivers.
func (a *analyzer) spelled(n *node) string {
	s := a.text(n)
	if len(s) > 80 || bytes.ContainsAny([]byte(s), "\n\r\t") {
		var b []byte
		space := false
		for i := 0; i < len(s) && len(b) < 80; i++ {
			c := s[i]
			if c == '\n' || c == '\r' || c == '\t' || c == ' ' {
				space = true
				continue
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
		}
		s = string(b)
	}
	return s
}

// subscript is Python's read of key k: ["k"].
func subscript(k string) string { return `["` + k + `"]` }
