package shell

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// jqTools take a jq filter.
var jqTools = map[string]bool{"jq": true, "gojq": true, "jaq": true}

// jqCommand finds the filter and input files of a jq command line, emits a
// field read for every `.name` of the filter, and returns the origin of its
// output (the same response as its input).
func (w *walker) jqCommand(base string, args []arg, stdin []int) []int {
	filter := -1
	fromFile, nullInput, argsMode, dashdash := false, false, false, false
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
			case "--args", "--jsonargs":
				argsMode = true
			default:
				if t[1] != '-' {
					nullInput = nullInput || strings.IndexByte(t, 'n') >= 0
					fromFile = fromFile || strings.IndexByte(t, 'f') >= 0
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
	readOrigin := origin
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
		w.jqDecode(text, offs, origin)
	}
	return origin
}

// jqDecode records a filter that walks its input as a list (`.[] | ...`,
// `.[0]`) of a response piped in from a request: once that request is
// migrated, v2 answers a page object and the filter must start at its
// results (`.results[]`), which inserting "results" after the dot says.
func (w *walker) jqDecode(text string, offs []int, origin []int) {
	if len(origin) == 0 {
		return
	}
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
		i++
	}
	if i >= len(offs) || offs[i] < 0 {
		return
	}
	if strings.HasPrefix(text[i:], ".[") {
		w.a.f.Decodes = append(w.a.f.Decodes, ir.Decode{
			Span: ir.Span{Start: offs[i], End: offs[i] + 1}, Origin: origin, Results: "results",
		})
		return
	}
	// a list function applied to the whole input: map(...), sort_by(...)
	for _, fn := range jqListFuncs {
		if strings.HasPrefix(text[i:], fn+"(") {
			w.a.f.Decodes = append(w.a.f.Decodes, ir.Decode{
				Span: ir.Span{Start: offs[i], End: offs[i] + len(fn)}, Origin: origin, Results: ".results | ", Before: true,
			})
			return
		}
	}
}

// jqListFuncs are jq functions that take an array as input.
var jqListFuncs = []string{"map", "sort_by", "group_by", "unique_by", "min_by", "max_by"}

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
		Origin:   append([]int(nil), origin...),
		Receiver: recv,
		Raw:      contiguous && !escaped,
	})
}
