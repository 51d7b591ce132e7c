package r

import (
	"github.com/kobolint/kobolint/internal/ir"
)

// Guards: a wrapper often makes a request only for some values of a
// parameter (if (version == "v1") paste0("api/v1/", path) else ...). A
// request made in such a branch keeps the condition, and a call whose
// argument is a constant that fails it does not make that request.

// guard is the condition that parameter param is one of vals (in), or
// none of them (!in).
type guard struct {
	param int
	vals  []string
	in    bool
}

// condGuard reads a condition on a parameter of the function being
// analysed: p == "a", "a" != p, p %in% c("a", "b"), identical(p, "a"),
// and their negation with !.
func (a *analyzer) condGuard(cond Node, sc *scope) (guard, bool) {
	switch c := cond.(type) {
	case *ParenNode:
		return a.condGuard(c.X, sc)
	case *UnNode:
		if c.Op != "!" {
			return guard{}, false
		}
		g, ok := a.condGuard(c.X, sc)
		g.in = !g.in
		return g, ok
	case *BinNode:
		switch c.Op {
		case "==", "!=":
			id, s := a.paramOf(c.L, sc), constText(c.R)
			if id == 0 {
				id, s = a.paramOf(c.R, sc), constText(c.L)
			}
			if id == 0 || s == nil {
				return guard{}, false
			}
			return guard{param: id, vals: []string{*s}, in: c.Op == "=="}, true
		case "%in%":
			id := a.paramOf(c.L, sc)
			strs := stringList(c.R)
			if id == 0 || strs == nil {
				return guard{}, false
			}
			g := guard{param: id, in: true}
			for _, s := range strs {
				g.vals = append(g.vals, s.Text)
			}
			return g, true
		}
	case *CallNode:
		if _, short := a.callee(c.Fn); short == "identical" && len(c.Args) == 2 {
			id, s := a.paramOf(c.Args[0].Value, sc), constText(c.Args[1].Value)
			if id == 0 {
				id, s = a.paramOf(c.Args[1].Value, sc), constText(c.Args[0].Value)
			}
			if id != 0 && s != nil {
				return guard{param: id, vals: []string{*s}, in: true}, true
			}
		}
	}
	return guard{}, false
}

// paramOf returns the id of the parameter n names, when it still holds
// what the call gave it; 0 otherwise.
func (a *analyzer) paramOf(n Node, sc *scope) int {
	id, ok := n.(*IdentNode)
	if !ok {
		return 0
	}
	v, ok := sc.lookup(id.Name)
	if !ok || len(v.parts) != 1 || v.parts[0].dots {
		return 0
	}
	return v.parts[0].param
}

// constText returns the text of a string or number literal.
func constText(n Node) *string {
	switch v := n.(type) {
	case *StrNode:
		return &v.Text
	case *NumNode:
		return &v.Text
	case *IdentNode:
		if v.Name == "TRUE" || v.Name == "FALSE" {
			return &v.Name
		}
	}
	return nil
}

// pushGuard enters the then-branch of a condition (ok: it is one).
func (a *analyzer) pushGuard(g guard, ok bool) {
	if ok {
		a.guards = append(a.guards, g)
	}
}

// flipGuard enters the else-branch of the condition pushed last.
func (a *analyzer) flipGuard(ok bool) {
	if ok {
		a.guards[len(a.guards)-1].in = !a.guards[len(a.guards)-1].in
	}
}

func (a *analyzer) popGuard(ok bool) {
	if ok {
		a.guards = a.guards[:len(a.guards)-1]
	}
}

// argText is the constant a call gives a parameter (its argument, else
// its default), or nil when it is not a constant.
func (a *analyzer) argText(id int, b binding) *string {
	ps, ok := b.subst[id]
	if !ok {
		if pi := a.params[id]; pi != nil && pi.def != nil {
			ps = pi.def
		} else {
			return nil
		}
	}
	if len(ps) != 1 || ps[0].Kind != ir.Lit || ps[0].param != 0 {
		return nil
	}
	return &ps[0].Text
}

// guardsHold reports whether a call (b) may make a request made under
// guards: no constant argument fails a condition.
func (a *analyzer) guardsHold(guards []guard, b binding) bool {
	for _, g := range guards {
		s := a.argText(g.param, b)
		if s == nil {
			continue
		}
		found := false
		for _, v := range g.vals {
			found = found || v == *s
		}
		if found != g.in {
			return false
		}
	}
	return true
}

// carryGuards translates the conditions of a called function's template
// to the caller: a condition on a parameter the caller fills with one of
// its own parameters becomes a condition on that one.
func (a *analyzer) carryGuards(guards []guard, b binding) []guard {
	var out []guard
	for _, g := range guards {
		ps, ok := b.subst[g.param]
		if !ok || len(ps) != 1 || ps[0].param == 0 || ps[0].dots {
			continue
		}
		g.param = ps[0].param
		out = append(out, g)
	}
	return out
}
