package tsnode

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// Text returns the source of n, clamped to src; a node whose bytes fall
// outside the input (a parser bug) reads as "".
func Text(src []byte, n *sitter.Node) string {
	if n == nil {
		return ""
	}
	s, e := int(n.StartByte()), int(n.EndByte())
	if s < 0 || e > len(src) || s > e {
		return ""
	}
	return string(src[s:e])
}

// Spelled returns the source of n on one line and at most 120 bytes, for
// names and messages.
func Spelled(src []byte, n *sitter.Node) string {
	t := Text(src, n)
	if strings.ContainsAny(t, "\r\n\t") || strings.Contains(t, "  ") {
		t = strings.Join(strings.Fields(t), " ")
		t = strings.ReplaceAll(t, " .", ".")
	}
	if len(t) > 120 {
		t = t[:120]
	}
	return t
}

// HasToken reports whether n has an anonymous child spelled tok.
func HasToken(src []byte, n *sitter.Node, tok string) bool {
	if n == nil {
		return false
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if c != nil && !c.IsNamed() && Text(src, c) == tok {
			return true
		}
	}
	return false
}

// Operator returns the operator token of a binary or assignment
// expression: its "operator" field, else its first anonymous child.
func Operator(src []byte, n *sitter.Node) string {
	if op := Field(n, "operator"); op != nil {
		return Text(src, op)
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if c != nil && !c.IsNamed() {
			return Text(src, c)
		}
	}
	return ""
}

// Span is the byte range of n as an IR span.
func Span(n *sitter.Node) ir.Span {
	return ir.Span{Start: int(n.StartByte()), End: int(n.EndByte())}
}
