package shell

import (
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
// arguments of one command without a line continuation.
func strayNewlines(root *sitter.Node, src []byte) []int {
	var out []int
	var visit func(n *sitter.Node, depth int)
	visit = func(n *sitter.Node, depth int) {
		if depth > maxDepth || len(out) > 1<<14 {
			return
		}
		ks := kids(n)
		if n.Type() == "command" {
			prevEnd := -1
			for _, k := range ks {
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
		}
		for _, k := range ks {
			if k.n.IsNamed() && k.n.ChildCount() > 0 {
				visit(k.n, depth+1)
			}
		}
	}
	visit(root, 0)
	return out
}
