package r

import (
	"slices"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Wrappers of other files. A package's functions share one namespace
// across R/*.R, and scripts source() each other: kobo_get(path) joining a
// base and its path is written in one file and called with "forms" in
// another. The defining file offers what a function (or an R6 class's
// method) puts before the parameter that reaches its request as the Def
// "f#i" ("Client$get#0" for a method, i counting the call's positional
// arguments), and, when that parameter is `...`, the separator it joins
// the arguments with as "f#i*". A call of a function the file does not
// define, with a relative path as an argument, is then the URL
// [hole "f#i"] + that argument (+ [hole "f#i*"] + the next ones), which
// the repository pass completes; the call's result is that request's
// response. Nothing is known until another file offers the name, so a
// call of a library function stays what it was.

// dotsSepDef names the separator function f puts between the arguments
// its `...` (at position i) forwards.
func dotsSepDef(f string, i int) string { return ir.ArgDef(f, i) + "*" }

// offerPrefixes offers, for function fi (named name as other files call
// it), what its requests put before the first of its parameters they use.
// A parameter whose requests disagree on that prefix, or that are made
// only under conditions on the arguments (if (version == "v1") ...), has
// none: a call elsewhere could be any of them.
func (a *analyzer) offerPrefixes(name string, fi *funcInfo) {
	type offer struct {
		pre   []piece
		p     piece
		clash bool
	}
	offers := map[int]*offer{}
	var order []int
	add := func(ps []piece, guarded bool) {
		pre, k, p, ok := a.prefixOf(fi, ps)
		if !ok {
			return
		}
		o := offers[k]
		if o == nil {
			o = &offer{pre: pre, p: p}
			offers[k] = o
			order = append(order, k)
		}
		o.clash = o.clash || guarded || !slices.Equal(toIR(o.pre), toIR(pre))
	}
	for _, t := range fi.templates {
		add(t.parts, len(t.guards) > 0)
	}
	if r := fi.ret.req; r != nil {
		// a wrapper returning the httr2 request it builds
		add(r.parts, false)
	}
	for _, k := range order {
		o := offers[k]
		if o.clash {
			continue
		}
		a.file.Defs = append(a.file.Defs, ir.Def{Name: ir.ArgDef(name, k), Parts: toIR(o.pre)})
		if o.p.dots && o.p.sep != "" {
			a.file.Defs = append(a.file.Defs, ir.Def{Name: dotsSepDef(name, k), Parts: []ir.Part{{Kind: ir.Lit, Text: o.p.sep}}})
		}
	}
}

// prefixOf splits a request URL of fi at its first placeholder of one of
// fi's parameters: the parts before it (other placeholders there filled
// with their defaults), the parameter's position and its placeholder. ok
// is false when no parameter of fi is used, when something before it is
// a parameter with no default, or when what comes before is neither URL
// text nor a name another file may define.
func (a *analyzer) prefixOf(fi *funcInfo, ps []piece) (pre []piece, k int, p piece, ok bool) {
	for j, q := range ps {
		if q.param == 0 {
			continue
		}
		if idx := slices.IndexFunc(fi.params, func(pi *paramInfo) bool { return pi.id == q.param }); idx >= 0 {
			pre = a.expandParams(ps[:j], 0)
			if !hasURLText(pre) && !hasNamedHole(pre) && (len(pre) != 1 || pre[0].Kind != ir.Hole || pre[0].Via == "") {
				return nil, 0, piece{}, false
			}
			return pre, idx, q, true
		}
		if pi := a.params[q.param]; pi == nil || len(pi.def) == 0 {
			// an object's field set from a constructor argument
			// nobody gives here
			return nil, 0, piece{}, false
		}
	}
	return nil, 0, piece{}, false
}

// classPrefixes offers the prefixes of the methods of an R6 class bound
// to the global name cls.
func (a *analyzer) classPrefixes(cls string, members map[string]value) {
	for _, m := range slices.Sorted(mapKeys(members)) {
		if fi := members[m].fn; fi != nil && fi.state == 2 && m != "initialize" {
			a.offerPrefixes(cls+"$"+m, fi)
		}
	}
}

func mapKeys(m map[string]value) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// otherFileCall emits the request a call of a function that another
// file may define (callee, as that file names it) makes with a relative
// path among its positional arguments: [hole "callee#i"] + that
// argument. Path segments handed on one by one (kobo_req("api", "v1",
// "forms"): two words or more) are joined by [hole "callee#i*"], what a
// wrapper forwarding `...` puts between them; a wrapper that takes no
// `...` offers no such separator, and the words stay apart. Arguments
// emitted this way are added to done. It returns the URL's ID, or -1.
func (a *analyzer) otherFileCall(n *CallNode, callee string, vals []value, done map[int]bool, sc *scope) int {
	var pos []int // the positional arguments, by index
	for i, arg := range n.Args {
		if arg.Name == "" && arg.Value != nil && i < len(vals) {
			pos = append(pos, i)
		}
	}
	first := slices.IndexFunc(pos, func(i int) bool {
		return relativePath(vals[i].parts) || a.startsWithParam(vals[i].parts)
	})
	if first < 0 {
		return -1
	}
	h := hole(ir.ArgDef(callee, first))
	s, _ := n.span()
	h.Span, h.named = ir.Span{Start: s, End: s}, true
	parts := append([]piece{h}, vals[pos[first]].parts...)
	param := a.startsWithParam(vals[pos[first]].parts)
	done[pos[first]] = !param
	if rest := pos[first+1:]; len(rest) > 0 && word(vals[pos[first]].parts) && word(vals[rest[0]].parts) {
		for _, i := range rest[:min(len(rest), 8)] {
			ps := vals[i].parts
			if len(ps) == 0 {
				ps = []piece{hole(a.spelled(n.Args[i].Value))}
			}
			parts = append(parts, hole(dotsSepDef(callee, first)))
			parts = append(parts, ps...)
			done[i] = true
		}
	}
	// a wrapper of this file calling the other file's wrapper with its
	// own parameter is a wrapper too (its calls fill the parameter)
	a.recordTemplate(parts, callee, "", 0, sc)
	if param {
		return -1
	}
	id, _ := a.emitURL(parts, ir.URL{Role: ir.RoleRequest, Call: callee})
	return id
}

// word reports a single literal path segment ("api", "v1").
func word(ps []piece) bool {
	return len(ps) == 1 && ps[0].Kind == ir.Lit && ps[0].param == 0 && ps[0].Text != "" && !strings.ContainsAny(ps[0].Text, "/?# ")
}

// relativePath reports parts that start with a relative path written out
// ("forms", "data/" + id, "/api/v1/forms", "api"): no scheme, no space,
// starting with a lower-case letter, after an optional slash.
func relativePath(ps []piece) bool {
	if len(ps) == 0 || ps[0].Kind != ir.Lit || ps[0].param != 0 || ps[0].num || ps[0].Text == "" {
		return false
	}
	t := strings.TrimPrefix(ps[0].Text, "/")
	if t == "" || t[0] < 'a' || t[0] > 'z' || strings.Contains(ps[0].Text, "://") {
		return false
	}
	for _, p := range ps {
		if p.Kind == ir.Lit && p.param == 0 && strings.ContainsAny(p.Text, " \t\n\r") {
			return false
		}
	}
	return true
}

// startsWithParam reports parts that are a parameter of the enclosing
// function with no default, as it is handed on.
func (a *analyzer) startsWithParam(ps []piece) bool {
	if len(ps) != 1 || ps[0].param == 0 {
		return false
	}
	pi := a.params[ps[0].param]
	return pi != nil && len(pi.def) == 0
}
