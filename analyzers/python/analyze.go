package python

import (
	"bytes"
	"fmt"
	"sort"

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

	urlID        map[key]int
	fieldOrigins [][]key
	decodes      []decode
	fieldSeen    map[ir.Span]int
	defIndex     map[string]int
	argDefaults  map[string]*value // argparse option defaults by dest
	partsLeft    int               // bounds the IR of a pathological file
	lineStarts   []int
	budget       int
}

// budgetPerByte bounds the work per walk: a pathological file (megabytes of
// nested expressions) stops being analysed instead of hanging the run.
const budgetPerByte = 40

// maxTotalParts bounds the parts of all URLs of one file (about 20 MB):
// a generated file that inlines a long variable thousands of times is cut.
const maxTotalParts = 200000

func analyze(path string, src []byte) (*ir.File, error) {
	file := &ir.File{Path: path, Lang: "python"}
	clean := sanitize(src)
	t, err := parse(clean)
	if err != nil {
		return nil, fmt.Errorf("python: %s: %w", path, err)
	}
	a := &analyzer{
		src: clean, t: t, file: file, b: ir.Builder{File: file},
		imports: map[string]string{}, moduleFinal: map[string]*value{}, argDefaults: map[string]*value{},
		funcs: map[*node]*funcInfo{}, classes: map[*node]*classInfo{},
		urlID: map[key]int{}, lineStarts: lineStarts(clean), partsLeft: maxTotalParts,
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
	a.finishFields()
	a.finishDecodes()
	sort.SliceStable(file.Suppressions, func(i, j int) bool { return file.Suppressions[i].Line < file.Suppressions[j].Line })
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

func lineStarts(src []byte) []int {
	ls := []int{0}
	for i, b := range src {
		if b == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

// line returns the 1-based line of a byte offset.
func (a *analyzer) line(off int) int {
	return sort.Search(len(a.lineStarts), func(i int) bool { return a.lineStarts[i] > off })
}

// finishFields turns the origin keys of field reads into URL IDs, dropping
// keys whose URL was never emitted.
func (a *analyzer) finishFields() {
	for i := range a.file.Fields {
		var ids []int
		for _, k := range a.fieldOrigins[i] {
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

// decode is a place a response body is decoded (r.json()), with the
// origin keys of the requests it may come from.
type decode struct {
	span   ir.Span
	origin []key
}

// noteDecode records a decode of a value with an origin (final walk only).
func (a *analyzer) noteDecode(n *node, origin []key) {
	if !a.final || a.symbolic || len(origin) == 0 {
		return
	}
	a.decodes = append(a.decodes, decode{span: ir.Span{Start: n.start, End: n.end}, origin: origin})
}

// finishDecodes turns decode origins into URL IDs.
func (a *analyzer) finishDecodes() {
	seen := map[ir.Span]bool{}
	for _, d := range a.decodes {
		if seen[d.span] {
			continue
		}
		seen[d.span] = true
		var ids []int
		for _, k := range d.origin {
			if id, ok := a.urlID[k]; ok {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			a.file.Decodes = append(a.file.Decodes, ir.Decode{Span: d.span, Origin: ids, Results: `["results"]`})
		}
	}
}

// offerFunctions offers the module's functions to other files under
// "name()": the URL a function returns (a helper giving the API base), or
// else the URL of the request whose response it returns, so that a call
// in another file (forms = list_forms()) stands for that request.
func (a *analyzer) offerFunctions() {
	names := make([]string, 0, len(a.module.vars))
	for n, v := range a.module.vars {
		if v != nil && v.kind == kFunc && v.fn != nil && v.fn.cls == nil && v.fn.ret != nil && v.fn.name == n {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		r := a.module.vars[n].fn.ret
		if r.str && urlish(r.parts) {
			a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.FuncDef(n), Parts: clean(r.parts)})
			continue
		}
		for _, k := range r.origin {
			if id, ok := a.urlID[k]; ok && !a.file.URLs[id].Comment && urlish(a.file.URLs[id].Parts) {
				a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.FuncDef(n), Parts: a.file.URLs[id].Parts})
				break
			}
		}
	}
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
