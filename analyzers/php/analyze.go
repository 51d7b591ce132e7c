package php

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/php"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/scopes"
	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// grammar parses PHP.
var grammar = tsnode.NewGrammar(php.GetLanguage(), tsnode.ParseLimit)

// Name is the language name the front-end registers under.
const Name = "php"

// Exts are the file endings of PHP code and templates (.blade.php ends
// in .php too).
var Exts = []string{".php", ".phtml"}

// analyzer holds what is learned about one file.
type analyzer struct {
	tsfront.Base

	scopes  *scopes.Tree[*binding, reads]
	classes map[string][]*class
	classAt map[*sitter.Node]*class
	consts  map[string][]*binding
	funcs   map[string][]*sitter.Node

	req tsfront.Requests[*reqCall]

	// paramHoles makes parameters holes, defaults or not (while wrappers
	// are looked for).
	paramHoles bool

	// flow follows values to responses.
	flow *origins.Flow[*binding]
	// extCalls are the URLs standing for calls of functions other files
	// define.
	extCalls map[*sitter.Node]int
	// innerURL marks the URLs of requests made inside wrapper functions:
	// their holes are filled at each call.
	innerURL map[int]bool

	// configName is the name config() reads this file's array under
	// (config/services.php -> services), when it is a configuration file.
	configName string
	// view is the name a view template is rendered by (resources/views/
	// kobo/projects.blade.php -> kobo.projects); viewVars the URLs that
	// stand for the variables it is rendered with.
	view     string
	viewVars map[string]int
}

// Analyze parses a PHP file (or a Blade template) and returns its IR.
func Analyze(path string, src []byte) (f *ir.File, err error) {
	defer tsfront.Recover("php", &f, &err)
	if isBlade(path) {
		return analyzeBlade(path, src)
	}
	return analyzeCode(path, src, true)
}

// analyzeCode analyses PHP source; html says whether text outside the PHP
// tags is read as an HTML page.
func analyzeCode(path string, src []byte, html bool) (*ir.File, error) {
	a := newAnalyzer(path, src)
	return a.Parse(grammar, func(root *sitter.Node) {
		a.run(root)
		if html {
			a.inlineHTML(root)
		}
	})
}

func newAnalyzer(path string, src []byte) *analyzer {
	a := &analyzer{
		Base:       tsfront.New(path, Name, fixsyntax.PHP{}, src),
		classes:    map[string][]*class{},
		classAt:    map[*sitter.Node]*class{},
		consts:     map[string][]*binding{},
		funcs:      map[string][]*sitter.Node{},
		innerURL:   map[int]bool{},
		extCalls:   map[*sitter.Node]int{},
		viewVars:   map[string]int{},
		configName: configName(path),
		view:       viewName(path),
	}
	a.flow = origins.NewFlow(tsfront.MaxEval, a.originUncached, a.returnOriginUncached, a.bindingOriginUncached)
	a.Lang = tsfront.Lang{Keeps: &keepsValue, Hole: a.hole, EvalNode: a.evalNode, IsFunction: isFunction, Params: a.paramIndex, Emitter: a.emitter()}
	a.req = tsfront.Requests[*reqCall]{Raw: a.classifyRaw, URL: a.requestParts}
	return a
}

// run: declarations, wrappers, URLs (fixing their IDs), then field reads,
// decodes and the definitions offered to other files.
func (a *analyzer) run(root *sitter.Node) {
	a.collect(root)
	a.FindCalls(root, isCall)
	a.findWrappers()
	a.Emit(root)
	a.fields(root)
	a.decodes()
	a.offerFunctions()
	a.offerViews()
}

// offerFunctions offers the file's functions and methods to other files:
// the URL a function returns (a helper giving the API base), or else the
// URL of the request whose response it returns, under "f()", and for a
// method under "Class::m()" and (unless its name says nothing) "m()".
// A wrapper, whose URL depends on its arguments, offers nothing.
func (a *analyzer) offerFunctions() {
	for _, name := range slices.Sorted(maps.Keys(a.funcs)) {
		fn := a.funcs[name][0]
		if a.EnclosingFunction(fn) != nil {
			continue
		}
		a.offerFunction(fn, a.Text(field(fn, "name")))
	}
	for _, cname := range slices.Sorted(maps.Keys(a.classes)) {
		c := a.classes[cname][0]
		for _, key := range slices.Sorted(maps.Keys(c.members)) {
			b := c.members[key][0]
			if b.kind != bindFunc || b.value == nil || a.Wrappers[b.value] != nil {
				continue
			}
			m := b.name
			if a.offerFunction(b.value, c.name+"::"+m) && !vagueMethods[strings.ToLower(m)] {
				a.offerFunction(b.value, m)
			}
		}
	}
}

// vagueMethods are method names too common to stand for one request
// across a repository.
var vagueMethods = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "request": true, "send": true,
	"all": true, "index": true, "show": true, "handle": true, "find": true, "first": true, "fetch": true,
	"call": true, "run": true, "execute": true, "make": true, "create": true, "store": true, "update": true,
	"data": true, "json": true, "body": true, "list": true, "url": true, "load": true, "query": true,
}

// offerFunction offers one function's returned URL or request under
// ir.FuncDef(name); it reports whether there was one.
func (a *analyzer) offerFunction(fn *sitter.Node, name string) bool {
	if r := a.singleReturn(fn); r != nil {
		if ps, ok := a.EvalTop(r); ok && urlparts.HasURLText(ps) && !a.usesParams(fn, ps) {
			a.IR.Defs = append(a.IR.Defs, ir.Def{Name: ir.FuncDef(name), Parts: ps})
			return true
		}
	}
	if u := a.firstURL(a.flow.Returned(fn, 0)); u != nil && !a.usesParams(fn, u.Parts) {
		a.IR.Defs = append(a.IR.Defs, ir.Def{Name: ir.FuncDef(name), Parts: u.Parts})
		return true
	}
	return false
}

// usesParams reports parts made from fn's parameters: what fn returns
// then depends on its callers.
func (a *analyzer) usesParams(fn *sitter.Node, parts []ir.Part) bool {
	params := a.paramIndex(fn)
	for _, p := range parts {
		if p.Kind == ir.Hole {
			if _, ok := params[strings.TrimSuffix(p.Name, "…")]; ok {
				return true
			}
		}
	}
	return false
}

// firstURL is the first URL among origin ids that carries URL text and
// does not depend on a wrapper's arguments.
func (a *analyzer) firstURL(o []int) *ir.URL {
	for _, id := range origins.Strip(o) {
		if id >= 0 && id < len(a.IR.URLs) && !a.innerURL[id] && !a.IR.URLs[id].Comment && a.IR.URLs[id].Role != ir.RoleResult &&
			urlparts.HasURLText(a.IR.URLs[id].Parts) {
			return &a.IR.URLs[id]
		}
	}
	return nil
}

// configName is the key prefix of a Laravel configuration file:
// config/services.php -> services, config/kobo/api.php -> kobo.api.
func configName(path string) string {
	p, ok := below(path, "config")
	if !ok {
		return ""
	}
	if !strings.HasSuffix(p, ".php") || strings.HasSuffix(p, ".blade.php") {
		return ""
	}
	return strings.ReplaceAll(strings.TrimSuffix(p, ".php"), "/", ".")
}

// viewName is the name a template under a views folder is rendered by:
// resources/views/kobo/projects.blade.php -> kobo.projects.
func viewName(path string) string {
	p, ok := below(path, "views")
	if !ok {
		return ""
	}
	for _, ext := range []string{".blade.php", ".php"} {
		if name, ok := strings.CutSuffix(p, ext); ok {
			return strings.ReplaceAll(name, "/", ".")
		}
	}
	return ""
}

// below is the part of path below its last folder named dir, in slash
// form; false when no folder of path is named dir.
func below(path, dir string) (string, bool) {
	p := filepath.ToSlash(path)
	if i := strings.LastIndex(p, "/"+dir+"/"); i >= 0 {
		return p[i+len(dir)+2:], true
	}
	return strings.CutPrefix(p, dir+"/")
}

// isBlade reports a Blade template.
func isBlade(path string) bool { return strings.HasSuffix(strings.ToLower(path), ".blade.php") }
