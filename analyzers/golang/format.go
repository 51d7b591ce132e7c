package golang

import (
	"go/ast"

	"github.com/kobolint/kobolint/internal/ir"
)

// format builds the value of a printf-style call: the format's literal text
// with each %s/%d/%v verb replaced by the parts of its argument, `%%` by a
// percent sign. Other verbs become holes named after their argument.
func (a *analyzer) format(fmtExpr ast.Expr, args []ast.Expr) *value {
	fv := a.eval(fmtExpr)
	vals := make([]*value, len(args))
	for i, x := range args {
		vals[i] = a.eval(x)
	}
	out := &value{str: true}
	for _, v := range vals {
		out.origin = append(out.origin, v.origin...)
	}
	next := 0
	argSegs := func(verb byte, idx int) []seg {
		if idx < 0 || idx >= len(args) {
			return []seg{holeSeg("%" + string(verb))}
		}
		switch verb {
		case 's', 'v', 'd':
			return a.segsOf(vals[idx], args[idx])
		}
		return []seg{holeSeg(a.holeName(args[idx]))}
	}
	for _, s := range a.segsOf(fv, fmtExpr) {
		if s.Kind != ir.Lit {
			out.segs = append(out.segs, s)
			continue
		}
		t := s.Text
		last := 0
		for i := 0; i < len(t); i++ {
			if t[i] != '%' {
				continue
			}
			if i > last {
				out.segs = append(out.segs, a.cut(s, last, i))
			}
			j := i + 1
			if j < len(t) && t[j] == '%' {
				// keep one percent sign; its span is the second one
				out.segs = append(out.segs, a.cut(s, j, j+1))
				last = j + 1
				i = j
				continue
			}
			// flags, width, precision, explicit argument index
			idx := -1
			for j < len(t) {
				c := t[j]
				if c == '[' {
					k := j + 1
					n := 0
					for k < len(t) && t[k] >= '0' && t[k] <= '9' {
						n = n*10 + int(t[k]-'0')
						if n > 1<<20 {
							n = 1 << 20
						}
						k++
					}
					if k < len(t) && t[k] == ']' {
						idx = n - 1
						j = k + 1
						continue
					}
					break
				}
				if c == '+' || c == '-' || c == '#' || c == ' ' || c == '0' || c == '.' || c == '*' || c >= '1' && c <= '9' {
					j++
					continue
				}
				break
			}
			if j >= len(t) {
				last = i
				break
			}
			if idx < 0 {
				idx = next
			}
			out.segs = append(out.segs, argSegs(t[j], idx)...)
			next = idx + 1
			last = j + 1
			i = j
		}
		if last < len(t) {
			out.segs = append(out.segs, a.cut(s, last, len(t)))
		}
	}
	out.segs = capSegs(out.segs)
	out.origin = capOrigin(out.origin)
	return out
}
