package shell

import (
	"bytes"

	sitter "github.com/smacker/go-tree-sitter"
)

// parseFixed parses buf and works around a tree-sitter-bash misparse: after
// a pipeline of three or more commands, a later line holding || or && can be
// glued to the last command of the pipeline as more arguments
// (`a | b | c x<NL>curl y || z` gives c the arguments x, curl, y). A newline
// between two arguments of one command, without a backslash before it, is
// such a glue: it is replaced by ';' (same length, so offsets hold) and the
// text parsed again. The returned buffer is what the tree was parsed from;
// buf itself is never modified.
func parseFixed(buf []byte) (*sitter.Tree, []byte, error) {
	tree, err := parse(buf)
	if err != nil {
		return nil, buf, err
	}
	copied := false
	for round := 0; round < 4; round++ {
		nl := strayNewlines(tree.RootNode(), buf)
		if len(nl) == 0 {
			break
		}
		if !copied {
			buf = append([]byte(nil), buf...)
			copied = true
		}
		for _, o := range nl {
			buf[o] = ';'
		}
		next, err := parse(buf)
		if err != nil {
			break
		}
		tree.Close()
		tree = next
	}
	return tree, buf, nil
}

// strayNewlines returns the offsets of newlines that separate two
// arguments of one command without a line continuation. The glue needs a
// later || or &&, so text without either is not walked at all; otherwise
// one cursor walks the tree and only commands spanning a newline are
// looked at closely.
func strayNewlines(root *sitter.Node, src []byte) []int {
	if !mayGlue(src) {
		return nil
	}
	var out []int
	c := sitter.NewTreeCursor(root)
	defer c.Close()
	for depth := 0; ; {
		n := c.CurrentNode()
		if s, e := clampRange(n, src); n.Type() == "command" && bytes.IndexByte(src[s:e], '\n') >= 0 {
			out = append(out, commandNewlines(n, src)...)
			if len(out) > 1<<14 {
				return out
			}
		}
		if depth < maxDepth && c.GoToFirstChild() {
			depth++
			continue
		}
		for !c.GoToNextSibling() {
			if !c.GoToParent() {
				return out
			}
			depth--
		}
	}
}

// commandNewlines finds newlines between consecutive arguments of n.
func commandNewlines(n *sitter.Node, src []byte) []int {
	var out []int
	prevEnd := -1
	for _, k := range kids(n) {
		if k.field != "argument" && k.field != "name" {
			prevEnd = -1
			continue
		}
		s, e := clampRange(k.n, src)
		if prevEnd >= 0 {
			for i := prevEnd; i < s; i++ {
				if src[i] == '\n' && (i == 0 || src[i-1] != '\\') {
					out = append(out, i)
					break
				}
				if src[i] == '#' {
					break // a comment: leave the line as it is
				}
			}
		}
		prevEnd = e
	}
	return out
}

// mayGlue is a cheap text test for the misparse: a line holding at least
// two pipes (a pipeline of three or more stages) followed later by a line
// holding || or &&. Most scripts fail it and skip the tree walk.
func mayGlue(src []byte) bool {
	pipeline := false
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if pipeline && (bytes.Contains(line, []byte("||")) || bytes.Contains(line, []byte("&&"))) {
			return true
		}
		pipes := bytes.Count(line, []byte("|")) - 2*bytes.Count(line, []byte("||"))
		if pipes >= 2 {
			pipeline = true
		}
	}
	return false
}
