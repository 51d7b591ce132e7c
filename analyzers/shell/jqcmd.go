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
		w.jqFieldReads(fp, readOrigin)
	}
	return origin
}

// jqFieldReads parses a filter given as parts and emits its field reads.
// Holes become a jq variable, so `.$x` reads nothing.
func (w *walker) jqFieldReads(parts []ir.Part, origin []int) {
	var text strings.Builder
	var offs []int // file offset of each filter byte, -1 when unknown
	for _, p := range parts {
		if p.Kind != ir.Lit {
			text.WriteString("$__")
			offs = append(offs, -1, -1, -1)
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
	for _, f := range jqFields(text.String()) {
		if f.start >= f.end || f.end > len(offs) {
			continue
		}
		s, e := offs[f.start], offs[f.end-1]
		if s < 0 || e < 0 || e < s {
			continue
		}
		contiguous := e-s == f.end-1-f.start
		fr := ir.FieldRead{
			Name:     f.name,
			Span:     ir.Span{Start: s, End: e + 1},
			Kind:     ir.FieldJQ,
			Origin:   append([]int(nil), origin...),
			Receiver: f.receiver,
			Raw:      contiguous && !f.escaped,
		}
		w.a.f.Fields = append(w.a.f.Fields, fr)
	}
}
