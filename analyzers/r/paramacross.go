package r

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Responses handed to other files' functions. One file requests a form
// list, another defines titles <- function(forms) sapply(forms, function(f)
// f$title), and a third (or the first) calls titles(form_list()): the
// reads of the parameter are reads of that response. The calling file
// offers the URL of the response it passes as argument i under
// ir.ParamDef("titles", i); the defining file reads a parameter of a
// function that no code of its own calls through an ir.ParamIn URL of
// that name, which the repository pass fills.

// offerArguments offers, for a call of a function another file may define
// (titles(form_list())), the URL of each response among its positional
// arguments, i counting those arguments, once per name.
func (a *analyzer) offerArguments(n *CallNode, callee string, vals []value) {
	if a.emitOff > 0 || callee == "" || responseTakers[callee] {
		return
	}
	i := -1
	for j, arg := range n.Args {
		if arg.Name != "" || arg.Value == nil || j >= len(vals) {
			continue
		}
		i++
		a.paramDefs.Offer(a.file, callee, i, vals[j].origin)
	}
}

// paramSlot is parameter i of function fn, written at offset at.
type paramSlot struct {
	fn    string
	i, at int
}

// paramsIn maps the parameter ids of the file's public top-level functions
// that no code of the file calls (or names: lapply(x, titles), do.call)
// to where they stand. Only parameters before `...` are there: the
// arguments after it are matched by name, which a position does not tell.
func (a *analyzer) paramsIn(stmts []Node) map[int]paramSlot {
	uses := map[string]int{}
	for _, st := range stmts {
		walk(st, func(m Node) bool {
			switch x := m.(type) {
			case *IdentNode:
				uses[x.Name]++
			case *StrNode:
				uses[x.Text]++
			}
			return true
		})
	}
	out := map[int]paramSlot{}
	for _, fi := range a.funcDefs {
		if fi.state != 2 || fi.name == "" || strings.HasPrefix(fi.name, ".") || uses[fi.name] != 1 {
			// a hidden name (.onLoad), or one the file uses besides
			// defining it
			continue
		}
		if v, ok := a.global.vars[fi.name]; !ok || v.fn != fi || shinyServer(fi.node) {
			continue
		}
		for i, pi := range fi.params {
			if pi.name == "..." || i >= len(fi.node.Params) {
				break
			}
			if a.requestParams[pi.id] {
				continue
			}
			out[pi.id] = paramSlot{fn: fi.name, i: i, at: fi.node.Params[i].NS}
		}
	}
	return out
}

// paramInURL returns the ID of the ir.ParamIn URL standing for what
// other files pass as parameter id, adding it on first use, so that a
// file whose parameters are not read as data does not wait for the
// repository pass.
func (a *analyzer) paramInURL(id int) int {
	if k, ok := a.paramInIDs[id]; ok {
		return k
	}
	p := a.paramIn[id]
	k := a.b.AddURL(ir.ParamIn(p.fn, p.i, ir.Span{Start: p.at, End: p.at}))
	if a.paramInIDs == nil {
		a.paramInIDs = map[int]int{}
	}
	a.paramInIDs[id] = k
	return k
}

// requestArgs notes the parameters whose values go into a request's
// arguments.
func (a *analyzer) requestArgs(vals []value) {
	for _, v := range vals {
		for _, id := range paramOrigins(v.origin) {
			if a.requestParams == nil {
				a.requestParams = map[int]bool{}
			}
			a.requestParams[id] = true
		}
	}
}
