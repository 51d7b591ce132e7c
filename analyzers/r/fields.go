package r

import (
	"github.com/kobolint/kobolint/internal/ir"
)

// field emits a field read on a receiver. Reads of values the file built
// itself (a list, a tibble, a transmute result) are not response fields and
// are left out.
func (a *analyzer) field(name string, s, e int, raw bool, kind ir.FieldKind, recv value, recvText string) {
	a.fieldAt(name, s, e, raw, kind, recv, recvText, ir.Span{}, ir.Span{})
}

// fieldAt is field with the accessor ($title, [["title"]]) and the whole
// read spans, which fixes that change a field's shape need.
func (a *analyzer) fieldAt(name string, s, e int, raw bool, kind ir.FieldKind, recv value, recvText string, access, expr ir.Span) {
	if a.emitOff > 0 || recv.local || name == "" {
		return
	}
	a.file.Fields = append(a.file.Fields, ir.FieldRead{
		Access:   access,
		Expr:     expr,
		Name:     name,
		Span:     ir.Span{Start: s, End: e},
		Kind:     kind,
		Origin:   realOrigin(recv.origin),
		Receiver: recvText,
		Raw:      raw,
	})
}

// dollar evaluates x$name and x@name.
func (a *analyzer) dollar(x *DollarNode, sc *scope) value {
	spelled := a.spelled(x)
	if ps, ok := a.opts.Globals[spelled]; ok {
		a.eval(x.X, sc)
		return value{parts: withVia(fromIR(ps), spelled)}
	}
	if id, ok := x.X.(*IdentNode); ok && (id.Name == ".data" || id.Name == ".env") {
		// .data$col in a dplyr verb: a column of the piped data.
		if v, ok := sc.lookup(id.Name); ok {
			a.field(x.Name, x.NS, x.NE, x.Raw, ir.FieldColumn, v, a.spelled(x.X))
			return value{origin: v.origin}
		}
	}
	recv := a.eval(x.X, sc)
	if m, ok := member(recv, x.Name); ok {
		m.parts = withVia(m.parts, spelled)
		return m
	}
	a.fieldAt(x.Name, x.NS, x.NE, x.Raw, ir.FieldAttr, recv, a.spelled(x.X), ir.Span{Start: x.OpS, End: x.E}, ir.Span{Start: x.S, End: x.E})
	return value{parts: []piece{hole(spelled)}, origin: recv.origin, local: recv.local}
}

// index evaluates x[...] and x[[...]]: string subscripts are field reads
// (x[["title"]], x["title"]) or column reads (x[, "title"],
// x[, c("id", "title")]).
func (a *analyzer) index(x *IndexNode, sc *scope) value {
	recv := a.eval(x.X, sc)
	rt := a.spelled(x.X)
	if len(x.Args) == 1 {
		if s, ok := x.Args[0].Value.(*StrNode); ok {
			if m, ok := member(recv, s.Text); ok {
				m.parts = withVia(m.parts, a.spelled(x))
				return m
			}
		}
	}
	nonEmpty := 0
	for _, arg := range x.Args {
		if arg.Value != nil && arg.Name == "" {
			nonEmpty++
		}
	}
	for i, arg := range x.Args {
		if arg.Value == nil {
			continue
		}
		if arg.Name != "" {
			a.eval(arg.Value, sc) // drop = FALSE, with = FALSE, ...
			continue
		}
		kind := ir.FieldSubscript
		if len(x.Args) > 1 || !x.Double && i > 0 {
			kind = ir.FieldColumn
		}
		if len(x.Args) > 1 && i == 0 {
			// x[rows, ...]: the row selector is an expression.
			a.eval(arg.Value, sc)
			continue
		}
		if strs := stringList(arg.Value); strs != nil {
			if len(strs) > 1 && kind == ir.FieldSubscript {
				kind = ir.FieldColumn
			}
			var access, expr ir.Span
			if len(x.Args) == 1 && len(strs) == 1 {
				access, expr = ir.Span{Start: x.OpS, End: x.E}, ir.Span{Start: x.S, End: x.E}
			}
			for _, s := range strs {
				a.fieldAt(s.Text, s.CS, s.CE, s.Raw, kind, recv, rt, access, expr)
			}
			continue
		}
		a.eval(arg.Value, sc)
	}
	out := value{origin: recv.origin, local: recv.local}
	out.parts = []piece{hole(a.spelled(x))}
	return out
}

// pluck handles purrr::pluck(x, "a", "b") and getElement(x, "a"): a
// chain of subscripts.
func (a *analyzer) pluck(n *CallNode, sc *scope) value {
	var cur value
	first := true
	recv := ""
	for _, arg := range n.Args {
		if arg.Value == nil {
			continue
		}
		if first {
			cur = a.eval(arg.Value, sc)
			recv = a.spelled(arg.Value)
			first = false
			continue
		}
		if s, ok := arg.Value.(*StrNode); ok && arg.Name == "" {
			if m, ok := member(cur, s.Text); ok {
				cur = m
				continue
			}
			a.field(s.Text, s.CS, s.CE, s.Raw, ir.FieldSubscript, cur, recv)
			recv += "$" + s.Text
			cur = value{origin: cur.origin, local: cur.local}
			continue
		}
		a.eval(arg.Value, sc)
	}
	cur.parts = nil
	return cur
}

// join2 handles dplyr joins and merge(): the data of both sides, and the
// columns named in by= (by = "formid", by = c("formid" = "id")).
func (a *analyzer) join2(short, name string, n *CallNode, sc *scope) value {
	var out value
	var data []value
	var recvs []string
	for _, arg := range n.Args {
		if arg.Value == nil || arg.Name != "" && arg.Name != "x" && arg.Name != "y" {
			continue
		}
		if len(data) < 2 {
			v := a.eval(arg.Value, sc)
			data = append(data, v)
			recvs = append(recvs, a.spelled(arg.Value))
			out.origin = unionInts(out.origin, v.origin)
		}
	}
	for _, arg := range n.Args {
		if arg.Value == nil || arg.Name == "" || arg.Name == "x" || arg.Name == "y" {
			continue
		}
		if arg.Name != "by" && arg.Name != "by.x" && arg.Name != "by.y" {
			a.eval(arg.Value, sc)
			continue
		}
		side := -1
		switch arg.Name {
		case "by.x":
			side = 0
		case "by.y":
			side = 1
		}
		var cols []*StrNode
		switch v := arg.Value.(type) {
		case *StrNode:
			cols = []*StrNode{v}
		case *CallNode:
			for _, el := range v.Args {
				if s, ok := el.Value.(*StrNode); ok {
					cols = append(cols, s)
				}
				if el.Name != "" && el.NE > el.NS {
					// c("formid" = "id"): the name is a column of x.
					nm := &StrNode{Text: el.Name, CS: el.NS, CE: el.NE, Raw: string(a.src[el.NS:el.NE]) == el.Name}
					cols = append(cols, nm)
				}
			}
		}
		for i, d := range data {
			if side >= 0 && side != i {
				continue
			}
			if len(realOrigin(d.origin)) == 0 || d.local {
				continue
			}
			for _, c := range cols {
				a.field(c.Text, c.CS, c.CE, c.Raw, ir.FieldColumn, d, recvs[i])
			}
			break
		}
	}
	return out
}

// stringList returns the string literals of "a" or c("a", "b"), or nil.
func stringList(n Node) []*StrNode {
	switch v := n.(type) {
	case *StrNode:
		return []*StrNode{v}
	case *CallNode:
		if id, ok := v.Fn.(*IdentNode); ok && id.Name == "c" {
			var out []*StrNode
			for _, arg := range v.Args {
				s, ok := arg.Value.(*StrNode)
				if !ok {
					return nil
				}
				out = append(out, s)
			}
			return out
		}
	}
	return nil
}

// verb evaluates a dplyr verb: the columns it names are reads of the data
// it is given, emitted when that data came from a request.
func (a *analyzer) verb(short, name string, n *CallNode, sc *scope) value {
	dataIdx := -1
	for i, arg := range n.Args {
		if arg.Value != nil && (arg.Name == "" || arg.Name == ".data" || arg.Name == "x" && short == "subset") {
			dataIdx = i
			break
		}
	}
	var data value
	if dataIdx >= 0 {
		data = a.eval(n.Args[dataIdx].Value, sc)
	}
	cols := len(realOrigin(data.origin)) > 0 && !data.local
	inner := newScope(sc, nil)
	inner.vars[".data"] = value{origin: data.origin}
	var ids []int
	for i, arg := range n.Args {
		if i == dataIdx || arg.Value == nil {
			continue
		}
		if cols {
			a.columns(short, arg, data, a.spelled(n.Args[dataIdx].Value), sc)
		}
		// The arguments still build values: mutate(link = paste0(...)).
		v := a.eval(arg.Value, inner)
		if id, ok := a.emit(v.parts, ir.RoleArg, arg.Name, name); ok {
			ids = append(ids, id)
		}
	}
	if newColumns[short] {
		return value{local: true}
	}
	out := value{origin: unionInts(data.origin, ids), local: data.local}
	if short == "pull" {
		out.local = data.local
	}
	return out
}

// columns emits the column names one argument of a verb reads.
func (a *analyzer) columns(short string, arg Arg, data value, recv string, sc *scope) {
	col := func(name string, s, e int, raw bool) {
		a.field(name, s, e, raw, ir.FieldColumn, data, recv)
	}
	if tidySelect[short] {
		switch v := arg.Value.(type) {
		case *StrNode:
			col(v.Text, v.CS, v.CE, v.Raw)
			return
		case *IdentNode:
			if !v.Keyword {
				col(v.Name, v.NS, v.NE, true)
			}
			return
		case *UnNode:
			if id, ok := v.X.(*IdentNode); ok && v.Op == "-" {
				col(id.Name, id.NS, id.NE, true)
			}
			return
		case *CallNode:
			if _, s := a.callee(v.Fn); s == "c" || s == "all_of" || s == "any_of" {
				for _, sub := range v.Args {
					if sub.Value != nil {
						a.columns(short, Arg{Value: sub.Value}, data, recv, sc)
					}
				}
			}
			return
		}
		return
	}
	// Data masking: bare names in the expression are columns, unless they
	// name a variable of the code, a function called, or an argument.
	walk(arg.Value, func(n Node) bool {
		switch v := n.(type) {
		case *FuncNode, *valNode:
			return false
		case *UnNode:
			return v.Op != "~"
		case *DollarNode:
			return false
		case *CallNode:
			for _, sub := range v.Args {
				walk(sub.Value, func(m Node) bool { return a.maskWalk(m, data, sc, col) })
			}
			return false
		case *IdentNode:
			a.maskIdent(v, sc, col)
		}
		return true
	})
}

func (a *analyzer) maskWalk(n Node, data value, sc *scope, col func(string, int, int, bool)) bool {
	switch v := n.(type) {
	case *FuncNode, *valNode, *DollarNode:
		return false
	case *UnNode:
		return v.Op != "~"
	case *CallNode:
		for _, sub := range v.Args {
			walk(sub.Value, func(m Node) bool { return a.maskWalk(m, data, sc, col) })
		}
		return false
	case *IdentNode:
		a.maskIdent(v, sc, col)
	}
	return true
}

func (a *analyzer) maskIdent(v *IdentNode, sc *scope, col func(string, int, int, bool)) {
	if v.Keyword || v.Name == "." || v.Name == ".x" || v.Name == ".data" || v.Name == "T" || v.Name == "F" {
		return
	}
	if _, bound := sc.lookup(v.Name); bound {
		return
	}
	if _, fn := a.funcName[v.Name]; fn {
		return
	}
	col(v.Name, v.NS, v.NE, true)
}
