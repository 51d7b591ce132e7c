package r

import (
	"slices"

	"github.com/kobolint/kobolint/analyzers/internal/names"

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
	if a.emitOff > 0 || recv.local && !slices.Contains(recv.origin, ir.OriginLocal) || name == "" {
		// the program's own list or tibble; a column of a file it reads
		// (read_excel, read.csv) is emitted with its local origin, for the
		// checker to judge by the file's context
		return
	}
	if recv.frame && (kind == ir.FieldAttr || kind == ir.FieldSubscript) {
		// df$title on a data frame reads a column
		kind = ir.FieldColumn
	}
	if ps := paramOrigins(recv.origin); ps != nil {
		a.pending = append(a.pending, pendingRead{field: len(a.file.Fields), params: ps, column: a.verbColumn})
	}
	a.lastField = len(a.file.Fields)
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
	kv, done, keyed := a.readMember(recv, x.Name, spelled, x, x.X, ir.Span{Start: x.OpS, End: x.E})
	if done {
		return kv
	}
	a.fieldAt(x.Name, x.NS, x.NE, x.Raw, ir.FieldAttr, recv, a.spelled(x.X), ir.Span{Start: x.OpS, End: x.E}, ir.Span{Start: x.S, End: x.E})
	if keyed {
		return kv
	}
	return value{parts: []piece{hole(spelled)}, origin: recv.origin, local: recv.local}
}

// readMember reads the member name of recv in the access x to obj
// (spelled as spelled; op spans the accessor). done when that is the
// access's value: a member the analysis knows, or the value a
// configuration keys by name. Else kv and keyed are that keyed value, if
// any, and a read of the page field is recorded.
func (a *analyzer) readMember(recv value, name, spelled string, x, obj Node, op ir.Span) (kv value, done, keyed bool) {
	if m, ok := member(recv, name); ok {
		m.parts = withVia(m.parts, spelled)
		if recv.inst != nil {
			m = a.instMember(m, recv.inst)
		}
		return m, true, false
	}
	if name == names.PageItems() {
		rs, re := obj.span()
		a.readsResults(recv, ir.Span{Start: rs, End: re}, op)
	}
	kv, keyed = a.keyed(recv, name, x)
	return kv, keyed && recv.cfg, keyed
}

// index evaluates x[...] and x[[...]]: string subscripts are field reads
// (x[["title"]], x["title"]) or column reads (x[, "title"],
// x[, c("id", "title")]).
func (a *analyzer) index(x *IndexNode, sc *scope) value {
	recv := a.eval(x.X, sc)
	rt := a.spelled(x.X)
	var kv value
	keyed := false
	if len(x.Args) == 1 {
		if s, ok := x.Args[0].Value.(*StrNode); ok {
			var done bool
			if kv, done, keyed = a.readMember(recv, s.Text, a.spelled(x), x, x.X, ir.Span{Start: x.OpS, End: x.E}); done {
				return kv
			}
		}
	}
	if positional(x) {
		// x[[1]], x[i], x[i, ]: an item or rows of a list
		a.asList(recv)
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
			a.tableColumns(x, arg.Value, recv, rt, sc)
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
		if a.vectorColumns(arg.Value, recv, rt, sc) {
			continue
		}
		a.tableColumns(x, arg.Value, recv, rt, sc)
	}
	if keyed {
		return kv
	}
	out := value{origin: recv.origin, local: recv.local}
	if !x.Double && len(x.Args) > 1 {
		out.frame = recv.frame // df[rows, cols] is a data frame
	}
	out.parts = []piece{hole(a.spelled(x))}
	return out
}

// positional reports an index by position or condition rather than by a
// name: x[[1]], x[i], x[order(y), ].
func positional(x *IndexNode) bool {
	if len(x.Args) == 0 || x.Args[0].Value == nil {
		return false
	}
	switch v := x.Args[0].Value.(type) {
	case *StrNode:
		return false
	case *CallNode:
		if stringList(v) != nil {
			return false
		}
	}
	return true
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
	// columns are read when the data comes from a request, or from a
	// parameter (then they are kept if a call hands it one, see
	// flushPending)
	cols := (len(realOrigin(data.origin)) > 0 || paramOrigins(data.origin) != nil) && !data.local
	if dataIdx >= 0 {
		a.asList(data)
	}
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
		// Their bare names are columns, not globals of another file.
		a.masking++
		v := a.eval(arg.Value, inner)
		a.masking--
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
		a.verbColumn = len(realOrigin(data.origin)) == 0
		a.field(name, s, e, raw, ir.FieldColumn, data, recv)
		a.verbColumn = false
	}
	if tidySelect[short] {
		switch v := arg.Value.(type) {
		case *StrNode:
			col(v.Text, v.CS, v.CE, v.Raw)
			return
		case *IdentNode:
			if a.vectorColumns(v, data, recv, sc) {
				return
			}
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
	walk(arg.Value, func(n Node) bool { return a.maskWalk(n, data, sc, col) })
}

// maskWalk visits one node of a data-masking expression: bare names are
// columns; functions, values and $ accesses are not looked into.
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

// paramOrigins returns the parameters whose values an origin holds, or nil.
func paramOrigins(origin []int) []int {
	var out []int
	for _, o := range origin {
		if isParamOrigin(o) {
			out = append(out, -o-2)
		}
	}
	return out
}

// flushPending adds to the reads of parameters' values what the file's
// calls handed those parameters, and drops the column reads of a
// parameter's data that nothing is known of (plot(df) helpers).
func (a *analyzer) flushPending() {
	if len(a.pending) == 0 {
		return
	}
	drop := map[int]bool{}
	// a column of a verb (filter(df, title != "")) is not given what other
	// files' calls hand a parameter: a helper of the program's own data
	// frames (plot(df)) reads columns of data nobody is known to pass, and
	// such reads are dropped
	memo := map[bool]map[int][]int{false: {}, true: {}}
	for _, p := range a.pending {
		fr := &a.file.Fields[p.field]
		// nor is a value that holds a response of the file's own
		// (GET(url, authenticate(user, pw)) holds its arguments too)
		across := !p.column && len(fr.Origin) == 0
		for _, id := range p.params {
			fr.Origin = unionInts(fr.Origin, a.paramReach(id, memo[across], map[int]bool{}, across))
		}
		if p.column && len(fr.Origin) == 0 {
			drop[p.field] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	out := a.file.Fields[:0]
	for i, fr := range a.file.Fields {
		if !drop[i] {
			out = append(out, fr)
		}
	}
	a.file.Fields = out
}

// paramReach returns the request origins a parameter's value may hold:
// those of its default and of what the calls hand it, following
// parameters handed on to parameters; with across, also what other files'
// calls hand a parameter of a function no code of the file calls.
func (a *analyzer) paramReach(id int, memo map[int][]int, busy map[int]bool, across bool) []int {
	if o, ok := memo[id]; ok {
		return o
	}
	pi := a.params[id]
	if pi == nil || busy[id] {
		return nil
	}
	busy[id] = true
	out := realOrigin(pi.defOrigin)
	for _, o := range pi.argOrigins {
		if isParamOrigin(o) {
			out = unionInts(out, a.paramReach(-o-2, memo, busy, across))
			continue
		}
		if o >= 0 || o == ir.OriginFile || o == ir.OriginLocal {
			out = unionInts(out, []int{o})
		}
	}
	if _, ok := a.paramIn[id]; ok && across {
		// a public function no code of the file calls: what other
		// files' calls hand it
		out = unionInts(out, []int{a.paramInURL(id)})
	}
	delete(busy, id)
	memo[id] = out
	return out
}

// tableColumns evaluates an expression inside x[...]: for a response's
// rows (a data.table, dt[title == "a", .(id, title)]) its bare names that
// the code does not define are columns.
func (a *analyzer) tableColumns(x *IndexNode, n Node, recv value, recvText string, sc *scope) {
	if x.Double || recv.local || len(realOrigin(recv.origin)) == 0 {
		a.eval(n, sc)
		return
	}
	col := func(name string, s, e int, raw bool) {
		a.field(name, s, e, raw, ir.FieldColumn, recv, recvText)
	}
	if id, ok := n.(*IdentNode); ok {
		a.maskIdent(id, sc, col) // dt[, title]
	} else {
		walk(n, func(m Node) bool { return a.maskWalk(m, recv, sc, col) })
	}
	a.masking++
	a.eval(n, sc)
	a.masking--
}

// vectorColumns reads, when n names a variable holding a character vector
// the code wrote (cols <- c("formid", "title"), or a parameter's default),
// each of its strings as a column of recv, where it is written; the
// reads are kept only for data that comes from a request (directly, or
// through what the file's calls hand a parameter). It reports whether n
// was such a variable.
func (a *analyzer) vectorColumns(n Node, recv value, recvText string, sc *scope) bool {
	id, ok := n.(*IdentNode)
	if !ok || id.Keyword {
		return false
	}
	v, bound := sc.lookup(id.Name)
	if !bound || len(v.names) == 0 {
		return false
	}
	if recv.local && !slices.Contains(recv.origin, ir.OriginLocal) || len(realOrigin(recv.origin)) == 0 && paramOrigins(recv.origin) == nil {
		return true
	}
	saved := a.verbColumn
	a.verbColumn = len(realOrigin(recv.origin)) == 0
	for _, s := range v.names {
		a.field(s.Text, s.CS, s.CE, s.Raw, ir.FieldColumn, recv, recvText)
	}
	a.verbColumn = saved
	return true
}
