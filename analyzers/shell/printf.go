package shell

import (
	"github.com/kobolint/kobolint/internal/ir"
)

// printf formats its arguments into one string expression: the literal
// pieces of the format with each %s (%d, %b, ...) replaced by the parts of
// the matching argument. `printf -v url '%s/api/v1/data/%s' "$BASE" "$id"`
// assigns it.
func (w *walker) printf(args []arg) []int {
	varName := ""
	i := 0
	for i < len(args) {
		t := optText(args[i])
		if t == "-v" && i+1 < len(args) {
			varName = optText(args[i+1])
			i += 2
			continue
		}
		if t == "--" {
			i++
		}
		break
	}
	var origin []int
	for _, a := range args {
		origin = union(origin, a.v.origin)
	}
	if i >= len(args) {
		return origin
	}
	parts, ok := formatParts(args[i].v.parts, args[i+1:])
	if !ok {
		for _, a := range args[i:] {
			w.a.emitArg(a.v.parts, ir.RoleArg, "printf", "", argProse)
		}
		return origin
	}
	if varName != "" {
		w.a.hint(varName)
		w.a.emit(parts, ir.RoleAssign, "printf", varName)
		w.a.vars[varName] = &variable{parts: parts, origin: origin}
		return nil
	}
	w.a.emitArg(parts, ir.RoleArg, "printf", "", argProse)
	w.printed = parts
	return origin
}

// formatParts expands a printf format. ok is false when the format is not
// fully literal.
func formatParts(format []ir.Part, args []arg) ([]ir.Part, bool) {
	var out []ir.Part
	next := 0
	for _, p := range format {
		if p.Kind != ir.Lit {
			return nil, false
		}
		t := p.Text
		run := 0
		for j := 0; j < len(t); j++ {
			if t[j] != '%' {
				continue
			}
			if run < j {
				out = append(out, cut(p, run, j))
			}
			k := j + 1
			if k < len(t) && t[k] == '%' {
				out = append(out, cut(p, k, k+1))
				j = k
				run = k + 1
				continue
			}
			for k < len(t) && (t[k] == '-' || t[k] == '+' || t[k] == ' ' || t[k] == '#' || t[k] == '0' ||
				t[k] == '.' || t[k] >= '1' && t[k] <= '9') {
				k++
			}
			if k < len(t) {
				if next < len(args) {
					out = append(out, args[next].v.parts...)
				}
				next++
				k++
			}
			j = k - 1
			run = k
		}
		if run < len(t) {
			out = append(out, cut(p, run, len(t)))
		}
	}
	return capParts(out), true
}
