package shell

import (
	"bytes"
	"path"
	"strings"

	"github.com/kobolint/kobolint/internal/lazyre"

	sitter "github.com/smacker/go-tree-sitter"
)

// positionalRe finds a use of a function's arguments.
var positionalRe = lazyre.New(`\$\{?[1-9@*]`)

// findWrappers marks the functions of the file that make an HTTP request
// from their arguments (`kobo_get() { curl -H "$AUTH" "$BASE$1"; }`): a
// call of one is a request too. The test is syntactic (the body runs curl
// or wget and uses $1/$@), done before the walk so that a function defined
// below its first call still counts; a function calling a wrapper with its
// own arguments is one as well.
func (a *analyzer) findWrappers(root *sitter.Node, src []byte) {
	if !bytes.Contains(src, []byte("()")) && !bytes.Contains(src, []byte("function")) {
		return // no function definition in the text
	}
	type fn struct {
		name  string
		calls []string
		uses  bool
	}
	var fns []fn
	var visit func(n *sitter.Node, depth int)
	visit = func(n *sitter.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for _, k := range kids(n) {
			if k.typ == "function_definition" {
				nm := k.n.ChildByFieldName("name")
				body := k.n.ChildByFieldName("body")
				if nm != nil && body != nil {
					s, e := clampRange(body, src)
					ns, ne := clampRange(nm, src)
					f := fn{name: string(src[ns:ne]), uses: positionalRe().Match(src[s:e])}
					collectCalls(body, src, &f.calls, depth)
					fns = append(fns, f)
				}
			}
			if k.n.IsNamed() {
				visit(k.n, depth+1)
			}
		}
	}
	visit(root, 0)
	for _, f := range fns {
		a.funcs[f.name] = true
	}
	for round := 0; round < 3; round++ {
		for _, f := range fns {
			if !f.uses || a.wrappers[f.name] {
				continue
			}
			for _, c := range f.calls {
				if httpTools[c] != nil || a.wrappers[c] {
					a.wrappers[f.name] = true
					break
				}
			}
		}
	}
}

// collectCalls lists the command names used inside n.
func collectCalls(n *sitter.Node, src []byte, out *[]string, depth int) {
	if depth > maxDepth {
		return
	}
	for _, k := range kids(n) {
		if k.typ == "command_name" {
			s, e := clampRange(k.n, src)
			*out = append(*out, path.Base(strings.TrimSpace(string(src[s:e]))))
			continue
		}
		if k.n.IsNamed() {
			collectCalls(k.n, src, out, depth+1)
		}
	}
}

func clampRange(n *sitter.Node, src []byte) (int, int) {
	s, e := int(n.StartByte()), int(n.EndByte())
	e = min(e, len(src))
	s = min(s, e)
	return s, e
}
