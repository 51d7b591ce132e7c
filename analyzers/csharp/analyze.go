package csharp

import (
	"bytes"
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/origins"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/analyzers/js/textscan"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzer holds what is learned about one file.
type analyzer struct {
	nav  tsnode.Nav
	path string
	src  []byte
	file *ir.File
	b    ir.Builder

	global  *scope
	scopes  map[*sitter.Node]*scope
	members map[*sitter.Node]map[string][]*binding
	classes map[string][]*sitter.Node
	// assigned maps `client.BaseAddress`, `Name` (initializers) to the
	// values assigned to them.
	assigned map[string][]*sitter.Node

	calls      []*sitter.Node
	wrappers   map[*sitter.Node]*wrapper
	classified urlparts.Settled[*reqCall]
	evaluating urlparts.Guard
	evalMemo   urlparts.Memo
	expanding  urlparts.Guard

	urlAt   urlparts.Sites
	handled map[*sitter.Node]bool
	// memo caches origins for one pass (reset once DTOs are known).
	memo origins.Memo[*binding]

	dto   *dtoIndex
	lines tsnode.Lines
	// restClients are the base URLs of the RestSharp clients of the file.
	restClients []*sitter.Node
	// snakeCase is set when the file configures a snake_case naming
	// policy for JSON (PascalCase members bind snake_case keys).
	snakeCase bool
}

// Analyze parses a C# file and returns its IR.
func Analyze(path string, src []byte) (f *ir.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("csharp: internal error: %v", r)
		}
	}()
	tree, err := parse(src)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	defer tree.Close()
	a := newAnalyzer(path, src)
	a.run(tree.RootNode())
	return a.file, nil
}

func newAnalyzer(path string, src []byte) *analyzer {
	file := &ir.File{Path: path, Lang: "csharp", Syntax: fixsyntax.CSharp{}, TypedMembers: true}
	return &analyzer{
		snakeCase: bytes.Contains(src, []byte("SnakeCase")),
		path:      path, src: src, file: file, b: ir.Builder{File: file},
		scopes:     map[*sitter.Node]*scope{},
		members:    map[*sitter.Node]map[string][]*binding{},
		classes:    map[string][]*sitter.Node{},
		assigned:   map[string][]*sitter.Node{},
		wrappers:   map[*sitter.Node]*wrapper{},
		evaluating: map[*sitter.Node]bool{},
		evalMemo:   urlparts.Memo{},
		expanding:  map[*sitter.Node]bool{},
		urlAt:      map[*sitter.Node][]int{},
		handled:    map[*sitter.Node]bool{},
		memo:       origins.NewMemo[*binding](),
	}
}

// run: declarations, wrappers, URLs (fixing IDs), DTO classes and their
// origins, then field reads and declarations.
func (a *analyzer) run(root *sitter.Node) {
	if root.HasError() {
		a.file.Warnings = append(a.file.Warnings, "syntax errors: parts of the file were skipped")
	}
	a.index(root)
	a.collect(root)
	a.findCalls(root)
	a.collectRestClients()
	a.findWrappers()
	a.emit(root, false, 0)
	a.dto = a.findDTOs(root)
	a.resetOrigins()
	a.fields(root)
	a.emitDTOFields()
	a.decodes()
	a.offerTypes()
	textscan.SortByLine(a.file.Suppressions)
}

func (a *analyzer) findCalls(root *sitter.Node) {
	a.nav.Walk(root, maxDepth, func(n *sitter.Node) {
		switch n.Type() {
		case "invocation_expression", "object_creation_expression":
			a.calls = append(a.calls, n)
		}
	})
}

func (a *analyzer) resetOrigins() {
	a.memo = origins.NewMemo[*binding]()
}

// line returns the 1-based line of byte offset off.
func (a *analyzer) line(off int) int { return a.lines.Line(a.src, off) }
