package python

import (
	"context"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"
)

// node is a Go copy of one tree-sitter node. The analysis walks the tree
// several times; copying it once avoids a cgo call per step and lets the C
// tree be freed right after parsing.
type node struct {
	kind       string
	field      string // field name in the parent ("left", "function", ...)
	start, end int
	named      bool
	kids       []*node
	parent     *node
}

// maxDepth bounds the copied tree. CPython itself refuses nesting far below
// this, so only junk input is cut (and a warning says so).
const maxDepth = 400

var (
	language = tspython.GetLanguage()
	// symbol tables, built once: node kinds and namedness by symbol id, so
	// that copying a node costs no string conversion through cgo.
	symNames []string
	symNamed []bool
	symOnce  sync.Once

	parsers = sync.Pool{New: func() any {
		p := sitter.NewParser()
		p.SetLanguage(language)
		return p
	}}
)

func initSymbols() {
	n := int(language.SymbolCount())
	symNames = make([]string, n)
	symNamed = make([]bool, n)
	for i := 0; i < n; i++ {
		s := sitter.Symbol(i)
		symNames[i] = language.SymbolName(s)
		symNamed[i] = language.SymbolType(s) == sitter.SymbolTypeRegular
	}
}

// tree is a parsed file: the root, the comments (kept apart from the
// syntax so that the walk never meets them), and whether the parser had to
// cut anything.
type tree struct {
	root     *node
	comments []*node
	cut      bool
	errors   bool
}

// parse runs tree-sitter on src and copies the result.
func parse(src []byte) (*tree, error) {
	symOnce.Do(initSymbols)
	p := parsers.Get().(*sitter.Parser)
	ts, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		// A failed parse may leave the parser in an unknown state: do not
		// give it back to the pool.
		p.Close()
		return nil, err
	}
	parsers.Put(p)
	defer ts.Close()
	root := ts.RootNode()
	t := &tree{errors: root.HasError()}
	t.root = t.copyTree(root)
	return t, nil
}

// copyTree walks the C tree with a cursor (cheaper than Child(i) calls) and
// builds the Go tree iteratively, so that deep input cannot blow the stack.
func (t *tree) copyTree(root *sitter.Node) *node {
	c := sitter.NewTreeCursor(root)
	defer c.Close()
	mk := func(parent *node) *node {
		n := c.CurrentNode()
		sym := int(n.Symbol())
		k := &node{start: int(n.StartByte()), end: int(n.EndByte()), parent: parent}
		if sym >= 0 && sym < len(symNames) {
			k.kind, k.named = symNames[sym], symNamed[sym]
		} else {
			k.kind, k.named = n.Type(), n.IsNamed()
		}
		if parent != nil {
			k.field = c.CurrentFieldName()
		}
		return k
	}
	top := mk(nil)
	cur := top
	depth := 0
	for {
		// descend
		if depth < maxDepth && c.GoToFirstChild() {
			depth++
			k := mk(cur)
			t.attach(cur, k)
			cur = k
			continue
		}
		if depth >= maxDepth && c.GoToFirstChild() {
			c.GoToParent()
			t.cut = true
		}
		// next sibling, or climb until one exists
		for {
			if depth == 0 {
				return top
			}
			if c.GoToNextSibling() {
				k := mk(cur.parent)
				t.attach(cur.parent, k)
				cur = k
				break
			}
			c.GoToParent()
			depth--
			cur = cur.parent
		}
	}
}

// attach adds k under parent, except comments, which are collected apart.
// A comment keeps its parent pointer so that its position can be judged.
func (t *tree) attach(parent, k *node) {
	if k.kind == "comment" {
		t.comments = append(t.comments, k)
		return
	}
	parent.kids = append(parent.kids, k)
}

// child returns the first child with the given field name.
func (n *node) child(field string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.field == field {
			return k
		}
	}
	return nil
}

// namedKids returns the named children.
func (n *node) namedKids() []*node {
	if n == nil {
		return nil
	}
	out := make([]*node, 0, len(n.kids))
	for _, k := range n.kids {
		if k.named {
			out = append(out, k)
		}
	}
	return out
}

// firstNamed returns the first named child, or nil.
func (n *node) firstNamed() *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.named {
			return k
		}
	}
	return nil
}

// hasKid reports whether n has an anonymous child spelled kind (an
// operator such as "+").
func (n *node) op() string {
	if o := n.child("operator"); o != nil {
		return o.kind
	}
	return ""
}
