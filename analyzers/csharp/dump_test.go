package csharp

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/csharp"
)

// TestDump prints the syntax tree of $DUMP_FILE; a development aid only.
func TestDump(t *testing.T) {
	f := os.Getenv("DUMP_FILE")
	if f == "" {
		t.Skip("set DUMP_FILE")
	}
	src, _ := os.ReadFile(f)
	p := sitter.NewParser()
	p.SetLanguage(csharp.GetLanguage())
	tr, _ := p.ParseCtx(context.Background(), nil, src)
	var walk func(n *sitter.Node, field string, d int)
	walk = func(n *sitter.Node, field string, d int) {
		txt := ""
		if n.NamedChildCount() == 0 {
			txt = " " + n.Content(src)
		}
		if field != "" {
			field += ": "
		}
		fmt.Printf("%s%s%s%s\n", strings.Repeat("  ", d), field, n.Type(), txt)
		for i := 0; i < int(n.ChildCount()); i++ {
			c := n.Child(i)
			if c.IsNamed() {
				walk(c, n.FieldNameForChild(i), d+1)
			}
		}
	}
	walk(tr.RootNode(), "", 0)
}
