package js

import (
	"maps"
	"slices"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/scopes"
	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzer holds what is learned about one file while it is walked.
type analyzer struct {
	tsfront.Base
	ts bool

	scopes  *scopes.Tree[*binding, *sitter.Node]
	members map[*sitter.Node]map[string][]*binding
	// bindings are the names each function assigns (see bindingsOf)
	bindings map[ir.Span]map[string][]bound

	req       tsfront.Requests[*reqCall]
	axiosBase *sitter.Node

	// flow follows values to responses (reset once types are known).
	flow *origins.Flow[*binding]
	// extCalls are the URLs standing for calls of imported functions.
	extCalls map[*sitter.Node]int
	extra    map[*binding][]int
	useTypes bool
	types    *typeIndex
	// params are the parameters other modules pass responses to
	params paramIns

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
	defer tsfront.Recover("js", &f, &err)
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
	a := newAnalyzer(path, src, lang)
	return a.Parse(grammarFor(path), a.run)
}

func newAnalyzer(path string, src []byte, lang string) *analyzer {
	a := &analyzer{
		Base:    tsfront.New(path, lang, fixsyntax.JS{}, src),
		ts:      lang == "ts",
		members: map[*sitter.Node]map[string][]*binding{},
		extra:   map[*binding][]int{},
	}
	// member reads need an origin here; a parameter's marker alone is
	// not one unless a caller fills it (params.go)
	a.IR.CallerAttrs = true
	a.flow = origins.NewFlow(tsfront.MaxEval, a.originUncached, a.returnOriginUncached, a.bindingOriginUncached)
	a.Lang = tsfront.Lang{Keeps: &keepsValue, Hole: a.hole, EvalNode: a.evalNode, IsFunction: isFunction, Params: a.paramIndex, Emitter: a.emitter()}
	a.req = tsfront.Requests[*reqCall]{Raw: a.classifyRaw, URL: a.requestParts}
	return a
}

// run performs the passes in order: declarations, wrappers, URLs (which
// fixes URL IDs), type origins, then field reads (which need both).
func (a *analyzer) run(root *sitter.Node) {
	a.root = root
	a.collect(root)
	a.findCalls(root)
	a.collectProperties()
	a.req.FindWrappers(&a.Base)
	a.Emit(root)
	a.propertyDefs()
	if a.ts {
		a.types = a.collectTypes(root)
		a.typeUses(root)
		a.flow.Reset()
		a.useTypes = true
	}
	a.fields(root)
	a.decodes()
	a.offerFunctions()
	a.offerArguments()
	if a.types != nil {
		a.emitTypeFields()
		a.types.Offer(a.IR, builtinType)
	}
}

// findCalls lists every call and `new`, and notes axios.defaults.baseURL.
func (a *analyzer) findCalls(root *sitter.Node) {
	a.Nav.Walk(root, func(n *sitter.Node) {
		switch n.Type() {
		case "call_expression", "new_expression":
			a.Calls = append(a.Calls, n)
		case "assignment_expression":
			if a.Spelled(field(n, "left")) == "axios.defaults.baseURL" {
				a.axiosBase = field(n, "right")
			}
		}
	})
}

// offerFunctions offers the file's top-level functions to other files
// under "name()": the URL a function returns (a helper giving the API
// base), or else the URL of the request whose response it returns, so
// that a call in another module (await listForms()) stands for that
// request.
func (a *analyzer) offerFunctions() {
	for _, n := range slices.Sorted(maps.Keys(a.scopes.Global.Binds)) {
		bs := a.scopes.Global.Binds[n]
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
			if ps, ok := a.EvalTop(r); ok && urlparts.HasURLText(ps) {
				a.IR.Defs = append(a.IR.Defs, ir.Def{Name: ir.FuncDef(n), Parts: ps})
				continue
			}
		}
		for _, id := range origins.Strip(a.flow.Returned(fn, 0)) {
			if id >= 0 && id < len(a.IR.URLs) && !a.IR.URLs[id].Comment && urlparts.HasURLText(a.IR.URLs[id].Parts) {
				a.IR.Defs = append(a.IR.Defs, ir.Def{Name: ir.FuncDef(n), Parts: a.IR.URLs[id].Parts})
				break
			}
		}
	}
}
