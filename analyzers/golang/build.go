package golang

import (
	"go/ast"
	"go/token"
	"iter"
	"strconv"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/branches"
	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// seg is one part of a string value under construction.
type seg struct {
	ir.Part
	// param > 0 marks a hole standing for parameter param-1 of the function
	// being analysed (wrapper templates substitute it at call sites).
	param int
	// src is the decoded literal this Lit part was cut from (nil for text
	// the front-end made up, such as a path separator), and at the offset of
	// Text inside it; both serve to cut a piece out of the part later.
	src *lit
	at  int
}

// value is what the front-end knows about an expression.
type value struct {
	segs []seg
	// str: the expression builds a string (or a *url.URL) from segs.
	str bool
	// origin lists the requests the value came from: URL IDs, or fnRef()
	// codes for "what function N returns" (resolved at the end).
	origin []int
	// typ is the value's declared type, to link decoded values to structs.
	typ ast.Expr
	// ids are the URLs emitted for this expression itself.
	ids []int
	// key is the configuration key path the value is read from
	// (kobo.url), when it is a field of a tagged configuration struct.
	key string
	// tpath is the value's place in a type another file declares
	// (Config.Kobo.URL), when it is a field of one.
	tpath string
	// ctor names the type (pkg.Type) of an object made by another file's
	// constructor (kobo.NewClient()), for calls of its methods.
	ctor string
	// base is the base URL of a client built with one (resty's
	// SetBaseURL): its requests of a relative path go to base + path.
	base []seg
}

func (v *value) clone() *value {
	if v == nil {
		return nil
	}
	c := *v
	c.segs = append([]seg(nil), v.segs...)
	c.origin = append([]int(nil), v.origin...)
	return &c
}

// fnRef encodes "the result of local function i" as an origin.
func fnRef(i int) int { return -2 - i }

// funcInfo is what one function of the file does with its parameters.
type funcInfo struct {
	idx    int
	name   string
	decl   *ast.FuncDecl
	params []string
	// reqs are the URL expressions this function sends requests to, built
	// from its parameters (wrapper templates).
	reqs []reqTmpl
	// ret is the string the function returns, when it builds one.
	ret        []seg
	retSet     bool
	reqsNext   []reqTmpl
	retNext    []seg
	retNextSet bool
	// dec is what the function does with the response of a request built
	// from its parameters: decodes it into a parameter, or returns it
	// decoded. Its call sites are where the decode is reported.
	dec, decNext decodeInfo
	// origin is what its results come from (symbolic).
	origin []int
	// results is the declared result type list.
	results *ast.FieldList
}

// analyzer holds the state of one file's analysis.
type analyzer struct {
	path   string
	branch *branches.Tracker[*value] // the clauses of ifs (branches.go)
	src    []byte                    // the file as stored
	buf    []byte                    // the text parsed (src, maybe wrapped)
	shift  int                       // length of the wrapper prefix in buf
	tf     *token.File
	file   *ast.File
	out    *ir.File
	b      ir.Builder
	lines  *remap.Lines

	imports map[string]string // local package name -> import path
	// importPkg maps a local package name to the package's own name (the
	// import path's last element), for links to types of other packages.
	importPkg map[string]string
	pkgVals   map[string]ast.Expr
	pkgTypes  map[string]ast.Expr // declared types of package-level variables
	pkgEval   map[string]*value
	pkgBusy   map[string]bool
	funcs     map[string][]*funcInfo
	fnList    []*funcInfo
	named     map[string]ast.Expr // type declarations of this file
	strType   map[string]bool     // named types whose underlying type is string
	fields    map[string]*fieldVals
	// fieldsNext is filled by the current collecting pass.
	fieldsNext map[string]*fieldVals

	// emitting is false during the collecting passes, which learn about
	// wrappers and struct fields without producing IR.
	emitting bool
	cur      *funcInfo
	inLit    bool // inside a function literal: returns are not cur's
	env      map[string]*value

	// struct tag origins
	typeOrig   map[string][]int
	structOrig map[*ast.StructType][]int
	encoded    map[string]bool
	encStruct  map[*ast.StructType]bool
	typeDefs   map[string][]int // type name -> URL IDs decoded into it here

	fieldReads []pendingRead
	decodes    []pendingDecode
	seenURL    map[string]int
	// results are the ir.Result URLs of calls of other files' functions.
	results map[ir.Span]int
}

// pendingDecode is a decode whose origin is resolved at the end.
type pendingDecode struct {
	span   ir.Span
	origin []int
	list   bool
}

// reqTmpl is a request a wrapper function makes from its parameters: the
// URL, and its HTTP method, spelled out or taken from a parameter.
type reqTmpl struct {
	segs   []seg
	method string
	// mparam > 0: the method is parameter mparam-1 of the function.
	mparam int
}

// decodeInfo says how a function decodes the response of a request whose
// URL its caller gives.
type decodeInfo struct {
	// params are the parameters (1-based) the body is decoded into.
	params map[int]bool
	// ret: the function returns the decoded value; retList: as a list.
	ret, retList bool
}

func (d decodeInfo) any() bool { return d.ret || len(d.params) > 0 }

// pendingRead is a field read whose origin is resolved at the end.
type pendingRead struct {
	fr     ir.FieldRead
	origin []int
}

// fieldVals collects the string values a struct field name is given in the
// file (`Client{BaseURL: x}`, `c.BaseURL = x`).
type fieldVals struct {
	vals []*value
	keys map[string]bool
}

func build(path string, fset *token.FileSet, f *ast.File, buf, src []byte, shift int) *ir.File {
	out := &ir.File{Path: path, Lang: "go", Syntax: fixsyntax.Base{}}
	if f == nil {
		return out
	}
	a := &analyzer{
		branch: branches.ForPointers(mergeValues), path: path, src: src, buf: buf, shift: shift, file: f, out: out,
		imports: map[string]string{}, importPkg: map[string]string{}, pkgVals: map[string]ast.Expr{}, pkgTypes: map[string]ast.Expr{}, pkgEval: map[string]*value{},
		pkgBusy: map[string]bool{}, funcs: map[string][]*funcInfo{}, named: map[string]ast.Expr{},
		strType: map[string]bool{}, fields: map[string]*fieldVals{},
		typeOrig: map[string][]int{}, structOrig: map[*ast.StructType][]int{},
		encoded: map[string]bool{}, encStruct: map[*ast.StructType]bool{}, typeDefs: map[string][]int{},
		seenURL: map[string]int{}, results: map[ir.Span]int{},
	}
	a.b.File = out
	a.tf = fset.File(f.Pos())
	if a.tf == nil {
		return out
	}
	a.lines = remap.NewLines(src)
	a.collectDecls()
	// Collecting passes: wrapper templates and field values feed each
	// other (a wrapper reads c.BaseURL, New sets it), so run a few rounds.
	for range 3 {
		a.walkFuncs()
	}
	a.emitting = true
	a.emitPackageLevel()
	a.walkFuncs()
	a.comments()
	a.koboHint()
	a.structTags()
	a.tagDefaults()
	a.configDefs()
	a.finishFieldReads()
	a.finishDecodes()
	a.offerFunctions()
	a.offerPrefixes()
	comments.SortByLine(out.Suppressions)
	return out
}

// off converts a position to a file offset (clamped into the file).
func (a *analyzer) off(p token.Pos) int {
	o := a.tf.Offset(p) - a.shift
	if o < 0 {
		o = 0
	}
	if o > len(a.src) {
		o = len(a.src)
	}
	return o
}

// text is the source of a node as written.
func (a *analyzer) text(n ast.Node) string {
	s, e := a.tf.Offset(n.Pos()), a.tf.Offset(n.End())
	if s < 0 || e > len(a.buf) || s > e {
		return ""
	}
	return string(a.buf[s:e])
}

// line is the 1-based line of a file offset.
func (a *analyzer) line(off int) int {
	return a.lines.Line(off)
}

// collectDecls records imports, package-level values, functions and types.
func (a *analyzer) collectDecls() {
	for _, im := range a.file.Imports {
		p, err := strconv.Unquote(im.Path.Value)
		if err != nil {
			continue
		}
		name := p[strings.LastIndexByte(p, '/')+1:]
		if i := strings.IndexAny(name, ".-"); i > 0 && strings.HasPrefix(name, "go-") {
			name = name[3:]
		} else if i > 0 {
			name = name[:i]
		}
		if v := strings.TrimPrefix(name, "v"); v != name && isDigits(v) && strings.Contains(p, "/") {
			// gopkg.in/yaml.v3, example.com/pkg/v2: the name is the element before
			trimmed := strings.TrimSuffix(p, "/"+name)
			name = trimmed[strings.LastIndexByte(trimmed, '/')+1:]
		}
		pkg := name
		if im.Name != nil {
			name = im.Name.Name
		}
		a.imports[name] = p
		a.importPkg[name] = pkg
	}
	for _, d := range a.file.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.ValueSpec:
					for i, n := range sp.Names {
						if i < len(sp.Values) {
							a.pkgVals[n.Name] = sp.Values[i]
						}
						if sp.Type != nil {
							a.pkgTypes[n.Name] = sp.Type
						}
					}
				case *ast.TypeSpec:
					a.named[sp.Name.Name] = sp.Type
					if id, ok := sp.Type.(*ast.Ident); ok && id.Name == "string" {
						a.strType[sp.Name.Name] = true
					}
				}
			}
		case *ast.FuncDecl:
			fi := &funcInfo{idx: len(a.fnList), name: d.Name.Name, decl: d, results: d.Type.Results}
			fi.params = paramNames(d.Type.Params)
			a.fnList = append(a.fnList, fi)
			a.funcs[d.Name.Name] = append(a.funcs[d.Name.Name], fi)
		}
	}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func paramNames(fl *ast.FieldList) []string {
	var out []string
	if fl == nil {
		return nil
	}
	for _, f := range fl.List {
		if len(f.Names) == 0 {
			out = append(out, "_")
			continue
		}
		for _, n := range f.Names {
			out = append(out, n.Name)
		}
	}
	return out
}

// isImport reports whether a name is an imported package here.
func (a *analyzer) isImport(name string) bool {
	_, ok := a.imports[name]
	return ok
}

// pkgPath returns the import path behind a package name, or "".
func (a *analyzer) pkgPath(name string) string { return a.imports[name] }

// specs yields the file's top-level declarations of kind S
// (*ast.TypeSpec, *ast.ValueSpec), in order.
func specs[S ast.Spec](f *ast.File) iter.Seq[S] {
	return func(yield func(S) bool) {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, sp := range gd.Specs {
				if s, ok := sp.(S); ok && !yield(s) {
					return
				}
			}
		}
	}
}
