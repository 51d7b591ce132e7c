package shell

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// jqTools take a jq filter.
var jqTools = map[string]bool{"jq": true, "gojq": true, "jaq": true}

// jqCommand finds the filter and input files of a jq command line, emits a
// field read for every `.name` of the filter, and returns the origin of its
// output (the same response as its input).
func (w *walker) jqCommand(base string, args []arg, stdin []int) []int {
	filter := -1
	fromFile, nullInput, argsMode, dashdash, slurp := false, false, false, false, false
	var inputs []arg
	for i := 0; i < len(args); i++ {
		a := args[i]
		t := optText(a)
		if !dashdash && len(t) > 1 && t[0] == '-' && (t[1] < '0' || t[1] > '9') {
			switch t {
			case "--":
				dashdash = true
			case "--arg", "--argjson", "--slurpfile", "--rawfile":
				if i+1 < len(args) {
					w.a.hint(optText(args[i+1]))
				}
				if i+2 < len(args) {
					w.a.emitArg(args[i+2].v.parts, ir.RoleArg, base, "", argPlain)
				}
				i += 2
			case "--indent", "-L", "--library-path":
				i++
			case "--from-file":
				fromFile = true
			case "--null-input":
				nullInput = true
			case "--slurp":
				slurp = true
			case "--args", "--jsonargs":
				argsMode = true
			default:
				if t[1] != '-' {
					nullInput = nullInput || strings.IndexByte(t, 'n') >= 0
					fromFile = fromFile || strings.IndexByte(t, 'f') >= 0
					slurp = slurp || strings.IndexByte(t, 's') >= 0
					if strings.HasSuffix(t, "L") {
						i++
					}
				}
			}
			continue
		}
		switch {
		case filter < 0 && !fromFile:
			filter = i
		case argsMode:
			w.a.emitArg(a.v.parts, ir.RoleArg, base, "", argPlain)
		default:
			inputs = append(inputs, a)
		}
	}
	var origin []int
	switch {
	case len(inputs) > 0:
		for _, in := range inputs {
			w.a.emitArg(in.v.parts, ir.RoleArg, base, "", argFile)
			origin = union(origin, w.a.files[fileKey(in.v.parts)])
		}
	case !nullInput:
		origin = stdin
	}
	readOrigin := irOrigin(origin)
	if len(readOrigin) == 0 {
		readOrigin = []int{ir.OriginFile}
	}
	if filter >= 0 {
		fp := args[filter].v.parts
		// A filter may build a URL ("\(.base)/api/v1/..."); `//` alone is
		// jq's alternative operator.
		if lt := litText(fp); strings.Contains(lt, "://") || strings.Contains(lt, "api/") {
			w.a.emit(fp, ir.RoleArg, base, "")
		}
		text, offs := flatText(fp, "$__")
		w.jqFieldReads(text, offs, readOrigin)
		if !hasDerived(origin) {
			w.jqDecode(text, offs, origin, slurp, args[filter].node == nil || startsBare(args[filter].node))
		}
	}
	// what jq prints is made of the response, not the response
	return derive(origin)
}

// jqDecode records the decode of a response that a jq filter reads as
// the server sent it (piped from curl, through a file or a variable).
// Once a v1 list request is migrated, v2 answers a page object, and the
// filter must start at its results: a filter that walks its input as a
// list (`.[] | ...`, `.[0]`) gets "results" after its first dot
// (`.results[]`), any other one `.results | ` in front, which keeps what
// it computes (`length` counts the items again, not the page's keys). A
// filter that reads a field of its input (`.token`) reads an object: no
// edit can make it read a list's items.
//
// In a bare (unquoted) filter word the text put before it is quoted
// (`'.results | 'length`), since a bare | would end the command.
func (w *walker) jqDecode(text string, offs []int, origin []int, slurp, bare bool) {
	ids := w.a.writesOut(origin)
	if len(ids) == 0 {
		return
	}
	i := skipSpace(text, 0)
	if i >= len(offs) || offs[i] < 0 {
		return
	}
	d := ir.Decode{Origin: ids, AsList: jqReadsList(text[i:])}
	tok := jqFirstToken(text, i)
	items := names.PageItems()
	switch {
	case slurp:
		// the input is an array of responses: no edit
		d.Span, d.AsList = ir.Span{Start: offs[i], End: offs[i] + 1}, false
	case strings.HasPrefix(text[i:], ".[") || strings.HasPrefix(text[i:], "."+items) && !startsIdent(text[i+1+len(items):]):
		d.Span, d.Results = ir.Span{Start: offs[i], End: offs[i] + 1}, items
	case strings.HasPrefix(text[i:], ".") && tok == ".":
		// the identity: the whole input
		d.Span, d.Results, d.Before = ir.Span{Start: offs[i], End: offs[i] + 1}, "."+items+" | ", true
	case strings.HasPrefix(text[i:], "."):
		// a field of an object
		d.Span = ir.Span{Start: offs[i], End: offs[i] + 1}
	default:
		end := i + max(len(tok), 1)
		if end > len(offs) || offs[end-1] != offs[i]+end-1-i {
			end = i + 1
		}
		d.Span, d.Results, d.Before = ir.Span{Start: offs[i], End: offs[end-1] + 1}, "."+items+" | ", true
	}
	if d.Before && bare {
		d.Results = "'" + d.Results + "'"
	}
	w.a.f.Decodes = append(w.a.f.Decodes, d)
	if w.fn != "" {
		// inside a wrapper, the response of its own template request:
		// its calls say which request that is
		for _, o := range ids {
			if w.a.tmplFn[o] == w.fn {
				w.a.fnDecodes[w.fn] = append(w.a.fnDecodes[w.fn], len(w.a.f.Decodes)-1)
				break
			}
		}
	}
}

// startsBare reports whether a word begins outside quotes.
func startsBare(n *sitter.Node) bool {
	for n != nil {
		switch n.Type() {
		case "word", "number":
			return true
		case "concatenation":
			n = n.Child(0)
			continue
		}
		return false
	}
	return true
}

// jqFirstToken is the token a filter starts with at i: a name (map,
// length, select), "." for the identity, or the first character.
func jqFirstToken(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	if isIdentStart(s[i]) {
		j := i
		for j < len(s) && isIdentByte(s[j]) {
			j++
		}
		return s[i:j]
	}
	if s[i] == '.' {
		j := skipSpace(s, i+1)
		if j >= len(s) || s[j] == '|' || s[j] == ',' || s[j] == ')' {
			return "."
		}
		return ".…" // a path: .name, .[...], ."name"
	}
	return s[i : i+1]
}

func startsIdent(s string) bool { return s != "" && isIdentByte(s[0]) }

// jqListFuncs are jq functions that take an array as input.
var jqListFuncs = set(`map sort_by group_by unique_by min_by max_by length first last sort unique
	reverse add min max flatten any all transpose join`)

// jqReadsList reports whether a filter reads its input as a list: it
// walks it (.[] or .[n]) or applies a list function to it, first thing,
// maybe inside an array or parentheses ([.[] | .id], (.[0])).
func jqReadsList(s string) bool {
	i := 0
	for i < len(s) && (s[i] == '[' || s[i] == '(' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	if strings.HasPrefix(s[i:], ".[") {
		return true
	}
	tok := jqFirstToken(s, i)
	return jqListFuncs[tok]
}

// writesOut keeps the request IDs of an origin whose answer is what the
// server read, not what a write returns (the object written): the
// responses a decode may read as the endpoint's list.
func (a *analyzer) writesOut(origin []int) []int {
	var out []int
	for _, o := range irOrigin(origin) {
		if o < 0 || o >= len(a.f.URLs) {
			continue
		}
		switch a.f.URLs[o].Method {
		case "", "GET", "HEAD", "OPTIONS":
			out = append(out, o)
		}
	}
	return out
}

// hasDerived reports whether an origin carries the derived mark.
func hasDerived(origin []int) bool {
	for _, o := range origin {
		if o == derived {
			return true
		}
	}
	return false
}

// jqFieldReads parses a filter (flattened by flatText: holes became a jq
// variable, so `.$x` reads nothing) and emits its field reads.
func (w *walker) jqFieldReads(text string, offs []int, origin []int) {
	for _, f := range jqFields(text) {
		w.a.fieldAt(f.name, f.start, f.end, offs, ir.FieldJQ, origin, f.receiver, f.escaped)
	}
}

// flatText joins the literal text of parts, a hole as placeholder, with
// the file offset of each byte (-1 when the byte is not raw source).
func flatText(parts []ir.Part, placeholder string) (string, []int) {
	var text strings.Builder
	var offs []int
	for _, p := range parts {
		if p.Kind != ir.Lit {
			text.WriteString(placeholder)
			for range len(placeholder) {
				offs = append(offs, -1)
			}
			continue
		}
		text.WriteString(p.Text)
		for i := range len(p.Text) {
			if p.Raw {
				offs = append(offs, p.Span.Start+i)
			} else {
				offs = append(offs, -1)
			}
		}
	}
	return text.String(), offs
}

// fieldAt records a field read whose name is bytes [start, end) of a flat
// text with offsets offs; names not located in the file are dropped.
func (a *analyzer) fieldAt(name string, start, end int, offs []int, kind ir.FieldKind, origin []int, recv string, escaped bool) {
	if start >= end || end > len(offs) {
		return
	}
	s, e := offs[start], offs[end-1]
	if s < 0 || e < 0 || e < s {
		return
	}
	contiguous := e-s == end-1-start
	a.f.Fields = append(a.f.Fields, ir.FieldRead{
		Name:     name,
		Span:     ir.Span{Start: s, End: e + 1},
		Kind:     kind,
		Origin:   append([]int(nil), irOrigin(origin)...),
		Receiver: recv,
		Raw:      contiguous && !escaped,
	})
}
