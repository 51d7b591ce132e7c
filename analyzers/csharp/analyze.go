package csharp

import (
	"bytes"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/csharp"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/scopes"
	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/internal/ir"
)

// grammar parses C#.
var grammar = tsnode.NewGrammar(csharp.GetLanguage(), tsnode.ParseLimit)

// analyzer holds what is learned about one file.
type analyzer struct {
	tsfront.Base

	scopes  *scopes.Tree[*binding, struct{}]
	members map[*sitter.Node]map[string][]*binding
	classes map[string][]*sitter.Node
	// assigned maps `client.BaseAddress`, `Name` (initializers) to the
	// values assigned to them.
	assigned map[string][]*sitter.Node

	req tsfront.Requests[*reqCall]
	// flow follows values to responses (reset once DTOs are known).
	flow *origins.Flow[*binding]

	dto *dtoIndex
	// restClients are the base URLs of the RestSharp clients of the file.
	restClients []*sitter.Node
	// snakeCase is set when the file configures a snake_case naming
	// policy for JSON (PascalCase members bind snake_case keys).
	snakeCase bool
}

// Analyze parses a C# file and returns its IR.
func Analyze(path string, src []byte) (f *ir.File, err error) {
	defer tsfront.Recover("csharp", &f, &err)
	a := newAnalyzer(path, src)
	return a.Parse(grammar, a.run)
}

func newAnalyzer(path string, src []byte) *analyzer {
	a := &analyzer{
		Base:      tsfront.New(path, "csharp", fixsyntax.CSharp{}, src),
		snakeCase: bytes.Contains(src, []byte("SnakeCase")),
		members:   map[*sitter.Node]map[string][]*binding{},
		classes:   map[string][]*sitter.Node{},
		assigned:  map[string][]*sitter.Node{},
	}
	a.flow = origins.NewFlow(tsfront.MaxEval, a.originUncached, a.returnOriginUncached, a.bindingOriginUncached)
	a.IR.TypedMembers = true
	a.Lang = tsfront.Lang{Keeps: &keepsValue, Hole: a.hole, EvalNode: a.evalNode, IsFunction: isFunction, Params: a.paramIndex, Emitter: a.emitter()}
	a.req = tsfront.Requests[*reqCall]{Raw: a.classifyRaw, URL: a.requestParts}
	return a
}

// run: declarations, wrappers, URLs (fixing IDs), DTO classes and their
// origins, then field reads and declarations.
func (a *analyzer) run(root *sitter.Node) {
	a.collect(root)
	a.FindCalls(root, func(n *sitter.Node) bool {
		return n.Type() == "invocation_expression" || n.Type() == "object_creation_expression"
	})
	a.collectRestClients()
	a.req.FindWrappers(&a.Base)
	a.Emit(root)
	a.dto = a.findDTOs(root)
	a.flow.Reset()
	a.fields(root)
	a.emitDTOFields()
	a.decodes()
	a.dto.Offer(a.IR, nil)
}
