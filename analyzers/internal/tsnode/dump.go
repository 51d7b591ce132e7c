package tsnode

import (
	"fmt"
	"io"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
)

// Dump writes the named nodes under n, one a line, indented by depth, with
// the field name that holds each and the text of leaves: a view of what a
// grammar makes of a snippet, for developing front-ends.
func Dump(w io.Writer, n *sitter.Node, src []byte) {
	var walk func(n *sitter.Node, field string, d int)
	walk = func(n *sitter.Node, field string, d int) {
		txt := ""
		if n.NamedChildCount() == 0 {
			txt = " " + Text(src, n)
		}
		if field != "" {
			field += ": "
		}
		fmt.Fprintf(w, "%s%s%s%s\n", strings.Repeat("  ", d), field, n.Type(), txt)
		for i := 0; i < int(n.ChildCount()); i++ {
			if c := n.Child(i); c != nil && c.IsNamed() {
				walk(c, n.FieldNameForChild(i), d+1)
			}
		}
	}
	if n != nil {
		walk(n, "", 0)
	}
}
