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
	look := func(list []Node) {
		for _, st := range list {
			if f := a.fetchStmt(st); f != nil {
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

// fetchStmt returns the fetch of st when it has the shape, or nil.
func (a *analyzer) fetchStmt(st Node) *ir.Fetch {
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
