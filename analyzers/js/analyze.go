package js

import (
	"fmt"
	"maps"
	"slices"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/analyzers/js/textscan"
	"github.com/kobolint/kobolint/internal/ir"
)

// maxDepth bounds tree walks, so that absurdly nested input cannot exhaust
// the stack; deeper code is simply not analysed.
const maxDepth = 1500

// analyzer holds what is learned about one file while it is walked.
type analyzer struct {
	nav  tsnode.Nav
	path string
	src  []byte
	ts   bool
	file *ir.File
	b    ir.Builder

	global  *scope
	scopes  map[*sitter.Node]*scope
	members map[*sitter.Node]map[string][]*binding

	// urlAt maps an expression (string, request call) to the URL IDs
	// emitted for it.
	urlAt   urlparts.Sites
	handled map[*sitter.Node]bool

	wrappers   map[*sitter.Node]*wrapper
	classified urlparts.Settled[*reqCall]
	axiosBase  *sitter.Node
	calls      []*sitter.Node

	evaluating urlparts.Guard
	evalMemo   urlparts.Memo
	expanding  urlparts.Guard

	// memo caches origins for one pass (reset once types are known).
	memo origins.Memo[*binding]
	// extCalls are the URLs standing for calls of imported functions.
	extCalls map[*sitter.Node]int
	extra    map[*binding][]int
	useTypes bool
	types    *typeIndex
	lines    tsnode.Lines

	// root is the syntax tree's root; idents indexes its identifiers by
	// name (built on first use, for the reads of a variable).
	root   *sitter.Node
	idents map[string][]*sitter.Node
	// props holds the values the file writes to an Apps Script property
	// store, by key.
	props map[string]*sitter.Node
}

// Analyze parses a JavaScript, TypeScript or Apps Script file and returns
// its IR. It fails only when the parser gives up (time limit).
func Analyze(path string, src []byte) (f *ir.File, err error) {
	defer func() {
		// The front-end must never take the process down; a bug here
		// costs one file, reported as an error.
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("js: internal error: %v", r)
		}
	}()
	lang := "js"
	if isTS(path) {
		lang = "ts"
	}
	if looksMinified(src) || len(src) > largeFile {
		return scanLiterals(path, lang, src), nil
	}
	if qtTranslation(src) {
		// Qt Linguist files share the .ts ending; they are XML, not code
		return &ir.File{Path: path, Lang: lang}, nil
	}
	tree, err := grammarFor(path).parse(src)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	defer tree.Close()
	a := newAnalyzer(path, src, lang)
	a.run(tree.RootNode())
	return a.file, nil
}

func newAnalyzer(path string, src []byte, lang string) *analyzer {
	file := &ir.File{Path: path, Lang: lang, Syntax: fixsyntax.JS{}}
	return &analyzer{
		path: path, src: src, ts: lang == "ts", file: file, b: ir.Builder{File: file},
		scopes:     map[*sitter.Node]*scope{},
		members:    map[*sitter.Node]map[string][]*binding{},
		urlAt:      map[*sitter.Node][]int{},
		handled:    map[*sitter.Node]bool{},
		wrappers:   map[*sitter.Node]*wrapper{},
		evaluating: map[*sitter.Node]bool{},
		evalMemo:   urlparts.Memo{},
		expanding:  map[*sitter.Node]bool{},
		memo:       origins.NewMemo[*binding](),
		extra:      map[*binding][]int{},
	}
}

// run performs the passes in order: declarations, wrappers, URLs (which
// fixes URL IDs), type origins, then field reads (which need both).
func (a *analyzer) run(root *sitter.Node) {
	if root.HasError() {
		a.file.Warnings = append(a.file.Warnings, "syntax errors: parts of the file were skipped")
	}
	a.root = root
	a.index(root)
	a.collect(root)
	a.findCalls(root)
	a.collectProperties()
	a.findWrappers(a.calls)
	a.emit(root, false, 0)
	a.propertyDefs()
	if a.ts {
		a.types = a.collectTypes(root)
		a.typeUses(root)
		a.resetOrigins()
		a.useTypes = true
	}
	a.fields(root)
	a.decodes()
	a.offerFunctions()
	if a.types != nil {
		a.emitTypeFields()
		a.offerTypes()
	}
	textscan.SortByLine(a.file.Suppressions)
}

// findCalls lists every call and `new`, and notes axios.defaults.baseURL.
func (a *analyzer) findCalls(root *sitter.Node) {
	a.nav.Walk(root, maxDepth, func(n *sitter.Node) {
		switch n.Type() {
		case "call_expression", "new_expression":
			a.calls = append(a.calls, n)
		case "assignment_expression":
			if a.spelled(field(n, "left")) == "axios.defaults.baseURL" {
				a.axiosBase = field(n, "right")
			}
		}
	})
}

func (a *analyzer) resetOrigins() {
	a.memo = origins.NewMemo[*binding]()
}

// line returns the 1-based line of byte offset off.
// offerFunctions offers the file's top-level functions to other files
// under "name()": the URL a function returns (a helper giving the API
// base), or else the URL of the request whose response it returns, so
// that a call in another module (await listForms()) stands for that
// request.
func (a *analyzer) offerFunctions() {
	for _, n := range slices.Sorted(maps.Keys(a.global.binds)) {
		bs := a.global.binds[n]
		b := bs[len(bs)-1]
		fn := b.value
		if fn == nil || (b.kind != bindFunc && b.kind != bindValue) {
			continue
		}
		if fn = unwrap(fn); fn == nil || !isFunction(fn) {
			continue
		}
		a.offerPrefix(n, fn)
		if r := a.returnedURL(fn); r != nil {
			if ps, ok := a.evalTop(r); ok && urlparts.HasURLText(ps) {
				a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.FuncDef(n), Parts: ps})
				continue
			}
		}
		for _, id := range irOrigin(a.returnOrigin(fn, 0)) {
			if id >= 0 && id < len(a.file.URLs) && !a.file.URLs[id].Comment && urlparts.HasURLText(a.file.URLs[id].Parts) {
				a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.FuncDef(n), Parts: a.file.URLs[id].Parts})
				break
			}
		}
	}
}

func (a *analyzer) line(off int) int { return a.lines.Line(a.src, off) }
