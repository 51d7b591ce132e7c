package r

import "github.com/kobolint/kobolint/internal/ir"

// Fetch statements: `forms <- content(GET(url, ...))` or
// `forms <- fromJSON(content(GET(url, ...), "text"))` alone on their line,
// which a loop over the pages of a paged list can replace (ir.Fetch).

// markFetches sets Fetch on the file's decodes that are the whole value
// of such a statement, in the file's body or in any block.
func (a *analyzer) markFetches(stmts []Node) {
	at := map[ir.Span]int{}
	for i, d := range a.file.Decodes {
		at[d.Span] = i
	}
	if len(at) == 0 {
		return
	}
	sc := newStmtScopes(stmts, len(a.src))
	look := func(list []Node) {
		for _, st := range list {
			if f := a.fetchStmt(st, sc); f != nil {
				if i, ok := at[f.Value]; ok {
					a.file.Decodes[i].Fetch = f
				}
			}
		}
	}
	look(stmts)
	for _, st := range stmts {
		walk(st, func(n Node) bool {
			if b, ok := n.(*BlockNode); ok {
				look(b.Stmts)
			}
			return true
		})
	}
}

// stmtScopes knows, for the statements of a file, the statement list
// (file or block) each one is in, and the functions of the file: what
// the check that a response name is assigned once, before its decode and
// on its way, needs.
// assigned is one assignment of a name: where the name is, and the
// assignment when it is one (nil for a for loop's variable).
type assigned struct {
	at int
	as *AssignNode
}

type stmtScopes struct {
	bound map[*FuncNode]map[string][]assigned // by scope, see bindings
	list  map[Node]pos                        // statement -> span of the list it is in
	funcs []*FuncNode
	stmts []Node // the file's
}

func newStmtScopes(stmts []Node, size int) *stmtScopes {
	sc := &stmtScopes{list: map[Node]pos{}, stmts: stmts}
	for _, st := range stmts {
		sc.list[st] = pos{0, size}
		walk(st, func(n Node) bool {
			switch x := n.(type) {
			case *BlockNode:
				s, e := x.span()
				for _, k := range x.Stmts {
					sc.list[k] = pos{s, e}
				}
			case *FuncNode:
				sc.funcs = append(sc.funcs, x)
			}
			return true
		})
	}
	return sc
}

// scope is the innermost function around n, or nil for the file.
func (sc *stmtScopes) scope(n Node) *FuncNode {
	s, e := n.span()
	var best *FuncNode
	for _, f := range sc.funcs {
		if f.S <= s && e <= f.E && (best == nil || f.E-f.S < best.E-best.S) {
			best = f
		}
	}
	return best
}

// bindings indexes by name what eachBinding finds in scope, once per
// scope: a file with thousands of decodes asks for it at each one.
func (sc *stmtScopes) bindings(scope *FuncNode) map[string][]assigned {
	if m, ok := sc.bound[scope]; ok {
		return m
	}
	m := map[string][]assigned{}
	sc.eachBinding(scope, func(name string, at int, as *AssignNode) {
		m[name] = append(m[name], assigned{at: at, as: as})
	})
	if sc.bound == nil {
		sc.bound = map[*FuncNode]map[string][]assigned{}
	}
	sc.bound[scope] = m
	return m
}

// eachBinding calls fn for each name assigned (<-, =, for) in the scope
// (a function, or the file when nil) outside the functions inside it, at
// the offset of the name, with the assignment when it is one.
func (sc *stmtScopes) eachBinding(scope *FuncNode, fn func(name string, at int, as *AssignNode)) {
	visit := func(n Node) bool {
		switch x := n.(type) {
		case *FuncNode:
			return x == scope
		case *AssignNode:
			if id, ok := x.Target.(*IdentNode); ok {
				fn(id.Name, id.S, x)
			}
		case *ForNode:
			if x.Var != nil {
				fn(x.Var.Name, x.Var.S, nil)
			}
		}
		return true
	}
	if scope != nil {
		walk(scope, visit)
		return
	}
	for _, st := range sc.stmts {
		walk(st, visit)
	}
}

// requestBefore returns, for the name r of `forms <- content(r)` (the
// statement st), the statement `r <- GET(url, ...)`: the only assignment
// of r in st's function (or the file), in a statement list that holds st,
// before it, with nothing up to st assigning a name the request reads. The
// loop after st repeats the request for each next page, so it must mean
// there what it meant where it stood.
func (a *analyzer) requestBefore(r *IdentNode, st Node, sc *stmtScopes) *AssignNode {
	bound := sc.bindings(sc.scope(st))
	stS, _ := st.span()
	list := bound[r.Name]
	if len(list) != 1 || list[0].as == nil || list[0].as.Global {
		return nil
	}
	found := list[0].as
	in, ok := sc.list[found]
	if _, e := found.span(); !ok || e > stS || stS < in.S || stS >= in.E {
		return nil
	}
	read := map[string]bool{r.Name: true}
	walk(found.Value, func(n Node) bool {
		if id, ok := n.(*IdentNode); ok {
			read[id.Name] = true
		}
		return true
	})
	_, reqEnd := found.span()
	for name := range read {
		for _, b := range bound[name] {
			if b.at >= reqEnd && b.at < stS {
				return nil
			}
		}
	}
	return found
}

// fetchStmt returns the fetch of st when it has the shape, or nil. The
// request may be a statement of its own before st (resp <- GET(url);
// forms <- content(resp)).
func (a *analyzer) fetchStmt(st Node, sc *stmtScopes) *ir.Fetch {
	as, ok := st.(*AssignNode)
	if !ok || as.Global || as.Op != "<-" && as.Op != "=" {
		return nil
	}
	id, ok := as.Target.(*IdentNode)
	dec, isCall := as.Value.(*CallNode)
	if !ok || id.Quoted || id.Keyword || !isCall || a.piped[dec] != "" || id.S > dec.S {
		return nil
	}
	_, short := a.callee(dec.Fn)
	req := unnamedFirst(dec)
	frames := false
	switch short {
	case "content":
		frames = simplifies(dec, false)
	case "fromJSON", "parse_json":
		body, ok := req.(*CallNode)
		if !ok || a.piped[body] != "" || !a.asText(body) {
			return nil
		}
		if _, s := a.callee(body.Fn); s != "content" {
			return nil
		}
		req = unnamedFirst(body)
		frames = simplifies(dec, short == "fromJSON")
	default:
		return nil
	}
	var resp *IdentNode
	if id, ok := req.(*IdentNode); ok {
		if before := a.requestBefore(id, st, sc); before != nil {
			resp, req = id, before.Value
		}
	}
	call, ok := req.(*CallNode)
	if !ok || a.piped[call] != "" {
		return nil
	}
	if _, s := a.callee(call.Fn); s != "GET" || len(call.Args) == 0 || call.Args[0].Value == nil ||
		call.Args[0].Name != "" && call.Args[0].Name != "url" {
		return nil
	}
	f := &ir.Fetch{
		Target: ir.Span{Start: id.S, End: id.E},
		Name:   ir.Span{Start: id.S, End: id.E},
		Value:  ir.Span{Start: dec.S, End: dec.E},
		Frames: frames,
	}
	f.Stmt.Start, f.Stmt.End = as.span()
	f.URL.Start, f.URL.End = call.Args[0].Value.span()
	if resp != nil {
		f.Request.Start, f.Request.End = call.span()
		f.Response.Start, f.Response.End = resp.span()
	}
	for i := 1; i < len(call.Args); i++ {
		prev, cur := call.Args[i-1].Value, call.Args[i].Value
		if call.Args[i].Name == "query" && prev != nil && cur != nil {
			_, from := prev.span()
			_, to := cur.span()
			f.Query = append(f.Query, ir.Span{Start: from, End: to})
		}
	}
	return f
}

// unnamedFirst is the first argument of n when it is not named, or nil.
func unnamedFirst(n *CallNode) Node {
	if len(n.Args) == 0 || n.Args[0].Name != "" {
		return nil
	}
	return n.Args[0].Value
}

// simplifies reports whether the decode n makes data frames of lists of
// objects: its simplifyVector or simplifyDataFrame argument when it is
// TRUE or FALSE, else def (jsonlite::fromJSON simplifies, httr::content
// does not).
func simplifies(n *CallNode, def bool) bool {
	for _, arg := range n.Args {
		if id, ok := arg.Value.(*IdentNode); ok && (arg.Name == "simplifyVector" || arg.Name == "simplifyDataFrame") {
			switch id.Name {
			case "TRUE", "T":
				return true
			case "FALSE", "F":
				return false
			}
		}
	}
	return def
}
