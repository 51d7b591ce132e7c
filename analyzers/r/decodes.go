package r

import (
	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/internal/ir"
)

// Decodes: the places a response body is parsed into R data. Each is kept
// as a record while the file is analysed, because what is learnt later
// changes it: a use of the value as a list (AsList), a read of its
// $results, or, for a decode inside a function that returns it and whose
// request depends on the function's parameters (kobo_get <- function(path)
// content(GET(paste0(base, path)))), the calls of that function, where
// the decode is reported instead (a page's results are read there, for
// that call's URL only).

type decRec struct {
	d ir.Decode
	// origin is the decode's origin with parameter placeholders (see
	// paramOrigin); d.Origin is computed from it at the end.
	origin []int
	// sym: the request depends on a parameter of the function it is in
	// (its URL has the parameter in it, or its response is one).
	sym bool
	// ret is the function returning the decoded value (sym only): its
	// calls report the decode, when there are some.
	ret *funcInfo
	// results: the code reads the page's results already.
	results bool
}

// decoders parse a response body into R data: fromJSON(content(r, "text")),
// content(r) itself, httr2's resp_body_json(resp).
var decoders = map[string]bool{"fromJSON": true, "parse_json": true, "content": true, "resp_body_json": true}

// addDecode records a decode of span whose body comes from origin and
// returns its index for value.dec; -1 when nothing is known of the body.
func (a *analyzer) addDecode(n *CallNode, origin []int) int {
	if len(origin) == 0 || a.emitOff > 0 {
		return -1
	}
	s, e := n.span()
	r := &decRec{d: ir.Decode{Span: ir.Span{Start: s, End: e}, Results: a.resultsText(n)}, origin: origin}
	for _, o := range origin {
		if isParamOrigin(o) || a.templURL[o] {
			r.sym = true
		}
	}
	a.decs = append(a.decs, r)
	return len(a.decs) - 1
}

// resultsText is the R that, written after the decode n, reads the items
// of a page object: `$results`, or for the last call of a pipe (where
// `$` would bind to the call alone) another stage of the pipe.
func (a *analyzer) resultsText(n *CallNode) string {
	switch a.piped[n] {
	case "|>":
		return ` |> getElement("` + names.PageItems() + `")`
	case "%>%":
		return ` %>% getElement("` + names.PageItems() + `")`
	case "":
		return "$" + names.PageItems()
	}
	return "" // %T>%, %<>%, %$%: no edit
}

// asList marks the decodes v comes from as read as a list: iterated,
// counted, indexed by position, mapped or handled as a data frame's rows.
func (a *analyzer) asList(v value) {
	for _, i := range v.dec {
		if i >= 0 && i < len(a.decs) {
			a.decs[i].d.AsList = true
		}
	}
}

// readsResults notes that the code reads the page's results of the
// decodes v comes from (d$results, d[["results"]]): acc is the accessor
// the code wrote, recv the receiver it is written after. The decode is
// then said to be where the results are read, so that the engine sees
// them read.
func (a *analyzer) readsResults(v value, recv, acc ir.Span) {
	if !recv.Valid() || !acc.Valid() || acc.Start != recv.End {
		return
	}
	for _, i := range v.dec {
		if i < 0 || i >= len(a.decs) || a.decs[i].results {
			continue
		}
		r := a.decs[i]
		r.results = true
		r.d.Span = recv
		r.d.Before = false
		r.d.Results = string(a.src[acc.Start:acc.End])
	}
}

// callDecodes makes the decodes of a call of fi: those fi returns whose
// request depends on its parameters become decodes of this call, with
// the URLs the call makes (ids) and what its arguments hold (origins) in
// place of the parameters. The others are the same decodes as inside fi.
func (a *analyzer) callDecodes(fi *funcInfo, n *CallNode, ids []int, origins map[int][]int) []int {
	var out []int
	for _, di := range fi.ret.dec {
		if di < 0 || di >= len(a.decs) {
			continue
		}
		r := a.decs[di]
		if !r.sym || r.ret != fi {
			out = append(out, di)
			continue
		}
		var o []int
		for _, x := range r.origin {
			switch {
			case isParamOrigin(x):
				if ps, ok := origins[-x-2]; ok {
					o = unionInts(o, ps)
				} else {
					o = unionInts(o, []int{x})
				}
			case a.templURL[x] && len(ids) > 0:
				// the helper's own request with the parameter's name in
				// it: this call makes it with the arguments (ids); a call
				// that leaves the parameter out makes it with its default
			default:
				o = unionInts(o, []int{x})
			}
		}
		o = unionInts(o, ids)
		if k := a.addDecode(n, o); k >= 0 {
			a.decs[k].d.AsList = r.d.AsList
			out = append(out, k)
		}
	}
	return out
}

// returnDecodes notes the decodes a function returns whose request
// depends on its parameters: its calls report them.
func (a *analyzer) returnDecodes(fi *funcInfo) {
	for _, di := range fi.ret.dec {
		if di >= 0 && di < len(a.decs) && a.decs[di].sym && a.decs[di].ret == nil {
			a.decs[di].ret = fi
		}
	}
}

// flushDecodes writes the decodes to the file: each where it is, but a
// decode a function returns for its parameters' request at the function's
// calls instead when there are any.
func (a *analyzer) flushDecodes() {
	for _, r := range a.decs {
		if r.sym && r.ret != nil && r.ret.calls > 0 {
			continue
		}
		d := r.d
		d.Origin = realOrigins(r.origin)
		if len(d.Origin) == 0 {
			continue
		}
		a.file.Decodes = append(a.file.Decodes, d)
	}
}
