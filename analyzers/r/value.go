package r

import (
	"cmp"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// piece is an ir.Part as the analysis carries it: it may still be a
// placeholder for a parameter of the function being analysed, which a call
// site replaces by its argument (that is how `kobo_get("/api/v1/forms")`
// gets the base URL the wrapper joins).
type piece struct {
	ir.Part
	param int  // >0: placeholder for the parameter with this id
	num   bool // the literal is a number, not text
	env   bool // a hole standing for an environment variable
	// named: a hole the repository pass may fill (a global another file
	// defines, an environment variable, a configuration key path).
	named bool
	// dots: the placeholder of a function's `...`; a call fills it with
	// its remaining arguments joined by sep.
	dots bool
	sep  string
}

// value is what the analysis knows about an expression.
type value struct {
	parts []piece // the string it builds, when it builds one
	// origin holds URL IDs whose response the value holds; entries below
	// -1 are placeholders for a parameter's origin (see paramOrigin).
	origin []int
	// local: the value was built here (a list, a data frame literal, a
	// transmute/summarise result): its fields are not response fields.
	local bool
	fn    *funcInfo   // a function value
	req   *reqBuilder // an httr2 request under construction
	// obj holds the named elements of a list the code built, or the
	// members of an R6 object; ref marks R6 objects (changed in place).
	obj   map[string]value
	ref   bool
	class map[string]value // an R6 class generator: the members of new()
	// keys are the FieldKey reads (indices in File.Fields) of the names of
	// a list the code built: sent as a request body, they travel to it.
	keys []int
	// dec lists the decodes (indices in analyzer.decs) whose decoded body
	// this value is, so that a use of it as a list marks them AsList.
	dec []int
	// frame: the value is a data frame (its x$name reads are columns).
	frame bool
	// handle is a curl handle (new_handle()).
	handle *curlHandle
	// cfg: the value was read from a configuration file (yaml, config,
	// JSON, INI). keyPath is the dotted key path it was read by, or, for a
	// global another file defines, its name and the keys read from it
	// (endpoints$data[["v1"]] is endpoints.data.v1): the repository pass
	// looks the hole up by that name.
	cfg     bool
	keyPath string
	// inst, for an R6 object made by Class$new(args), holds what the
	// parameters of its initialize() were given: its methods see the
	// fields initialize() set from them.
	inst *instance
	// client is an HTTP client object (crul's HttpClient$new(url = ...)).
	client *httpClient
	// foreign names the class of an object made by Name$new(...) where
	// Name is defined in another file: its methods are that file's.
	foreign string
	// names are the strings of a character vector the code writes
	// (c("formid", "title")): a subscript or a select that takes the
	// vector reads them as column names, where they are written.
	names []*StrNode
}

// instance is what an R6 constructor call bound initialize()'s
// parameters to.
type instance struct {
	subst   map[int][]piece
	origins map[int][]int
}

// reqBuilder is an httr2 request: its URL is emitted where it is performed.
type reqBuilder struct {
	parts   []piece
	emitted bool
	call    string
	// method is set by req_method() (explicit) or implied POST by a body.
	method   string
	explicit bool
	// keys are the FieldKey reads of a list sent as the body.
	keys []int
}

// paramOrigin is the placeholder of a parameter's origin; parameter ids
// start at 1, so placeholders stay clear of ir.OriginFile and
// ir.OriginLocal.
func paramOrigin(id int) int   { return -(id + 2) }
func isParamOrigin(o int) bool { return o < ir.OriginLocal }

// maxParts bounds the parts of one value: `a <- paste0(a, a)` in a loop
// would otherwise double them at every line.
const maxParts = 64

// capParts keeps the first parts of a value that grew too long and ends
// it with a hole.
func capParts(ps []piece) []piece {
	if len(ps) <= maxParts {
		return ps
	}
	out := append([]piece(nil), ps[:maxParts-1]...)
	return append(out, hole("..."))
}

func lit(text string, s, e int, raw bool) piece {
	return piece{Part: ir.Part{Kind: ir.Lit, Text: text, Span: ir.Span{Start: s, End: e}, Raw: raw}}
}

// bareLit is literal text the program does not spell at one place (the
// default separator of paste, the "/" of file.path).
func bareLit(text string) piece {
	return piece{Part: ir.Part{Kind: ir.Lit, Text: text}}
}

func hole(name string) piece {
	return piece{Part: ir.Part{Kind: ir.Hole, Name: name}}
}

// hasURLText reports whether the literal text of parts contains '/' or
// '.', the IR's test for a URL candidate. Numbers do not count.
func hasURLText(ps []piece) bool {
	for _, p := range ps {
		if p.Kind == ir.Lit && !p.num && p.param == 0 && strings.ContainsAny(p.Text, "/.") {
			return true
		}
	}
	return false
}

// hasLitText reports whether any piece carries non-numeric literal text.
func hasLitText(ps []piece) bool {
	for _, p := range ps {
		if p.Kind == ir.Lit && p.Text != "" && p.param == 0 {
			return true
		}
	}
	return false
}

func hasParam(ps []piece) bool {
	for _, p := range ps {
		if p.param != 0 {
			return true
		}
	}
	return false
}

// withVia copies ps, naming the variable they were inlined from where no
// closer variable is named already.
func withVia(ps []piece, name string) []piece {
	out := make([]piece, len(ps))
	for i, p := range ps {
		if p.Via == "" {
			p.Via = name
		}
		out[i] = p
	}
	return out
}

func unionInts(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	out := append([]int(nil), a...)
	for _, x := range b {
		found := false
		for _, y := range out {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// realOrigin drops parameter placeholders and duplicates.
func realOrigin(o []int) []int {
	var out []int
	for _, x := range o {
		if x >= 0 || x == ir.OriginFile || x == ir.OriginLocal {
			out = unionInts(out, []int{x})
		}
	}
	return out
}

// subLit returns the piece of a literal between byte offsets i and j of
// its text. For a raw literal the span narrows exactly; otherwise the
// piece keeps the whole span and is not raw (text offsets are not source
// offsets once escapes are decoded).
func subLit(p piece, i, j int) piece {
	q := p
	q.Text = p.Text[i:j]
	if p.Raw && p.Span.Valid() {
		q.Span = ir.Span{Start: p.Span.Start + i, End: p.Span.Start + j}
	} else {
		q.Raw = false
	}
	return q
}

// merge joins the knowledge of two alternatives (if/else branches).
func merge(a, b value) value {
	out := a
	if len(out.parts) == 0 {
		out.parts = b.parts
	}
	out.origin = unionInts(a.origin, b.origin)
	out.local = a.local && b.local
	out.fn, out.req = cmp.Or(out.fn, b.fn), cmp.Or(out.req, b.req)
	out.handle, out.inst = cmp.Or(out.handle, b.handle), cmp.Or(out.inst, b.inst)
	if out.obj == nil {
		out.obj, out.ref = b.obj, b.ref
	}
	if out.class == nil {
		out.class = b.class
	}
	out.foreign = cmp.Or(out.foreign, b.foreign)
	out.client = cmp.Or(out.client, b.client)
	if out.names == nil {
		out.names = b.names
	}
	out.dec = unionInts(a.dec, b.dec)
	out.frame = a.frame && b.frame
	return out
}

// hasNamedHole reports whether a piece is a hole the repository pass may fill.
func hasNamedHole(ps []piece) bool {
	for _, p := range ps {
		if p.Kind == ir.Hole && (p.named || p.env) {
			return true
		}
	}
	return false
}

// stripUserinfo drops the credentials of a URL written into it
// (https://user:password@host/...): they are no part of the host, and
// the host is what the engine judges. The pieces keep their spans.
func stripUserinfo(ps []piece) []piece {
	for i, p := range ps {
		if p.Kind != ir.Lit || p.param != 0 {
			continue
		}
		k := strings.Index(p.Text, "://")
		if k < 0 {
			continue
		}
		// the userinfo ends at an '@' before the path starts
		for j := i; j < len(ps); j++ {
			q := ps[j]
			if q.Kind != ir.Lit || q.param != 0 {
				continue
			}
			from := 0
			if j == i {
				from = k + 3
			}
			t := q.Text[from:]
			at := strings.IndexByte(t, '@')
			if stop := strings.IndexAny(t, "/?#"); stop >= 0 && (at < 0 || stop < at) {
				return ps
			}
			if at < 0 {
				continue
			}
			at += from
			out := append([]piece(nil), ps[:i]...)
			out = appendLit(out, subLit(p, 0, k+3))
			out = appendLit(out, subLit(q, at+1, len(q.Text)))
			return append(out, ps[j+1:]...)
		}
		return ps
	}
	return ps
}

// onlyNamedHoles reports parts that are nothing but holes the repository
// pass may fill (a global handed on as it is).
func onlyNamedHoles(ps []piece) bool {
	for _, p := range ps {
		if p.Kind != ir.Hole || !p.named && !p.env {
			return false
		}
	}
	return len(ps) > 0
}
