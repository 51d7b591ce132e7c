package golang

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

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
	out.segs = a.spliceLits(a.segsOf(fv, fmtExpr), '%', func(s seg, i int) ([]seg, int, bool) {
		t := s.Text
		j := i + 1
		if j < len(t) && t[j] == '%' {
			// keep one percent sign; its span is the second one
			return []seg{a.cut(s, j, j+1)}, j + 1, true
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
			// a verb cut short: the rest is text
			return []seg{a.cut(s, i, len(t))}, len(t), true
		}
		if idx < 0 {
			idx = next
		}
		next = idx + 1
		return argSegs(t[j], idx), j + 1, true
	})
	out.segs = capSegs(out.segs)
	out.origin = capOrigin(out.origin)
	return out
}

// replace folds strings.Replace(s, old, new, n) and ReplaceAll(s, old,
// new) on a value whose literal pieces hold old (`strings.Replace(kpi,
// "kf.", "kc.", 1)` derives one host from another): each match inside a
// literal piece becomes new's parts, written where new is. n's literal
// value bounds the matches (-1: all); any other n counts as 1.
func (a *analyzer) replace(args []ast.Expr, all bool) *value {
	v := a.eval(args[0])
	oldV, newV := a.eval(args[1]), a.eval(args[2])
	for _, x := range args[3:] {
		a.eval(x)
	}
	old := litText(oldV.segs)
	n := -1
	if !all {
		n = 1
		if len(args) > 3 {
			if bl, ok := args[3].(*ast.BasicLit); ok && bl.Kind == token.INT {
				n, _ = strconv.Atoi(bl.Value)
			} else if u, ok := args[3].(*ast.UnaryExpr); ok && u.Op == token.SUB {
				n = -1
			}
		}
	}
	out := &value{str: true, origin: v.origin}
	segs := a.segsOf(v, args[0])
	if old == "" || n == 0 {
		out.segs = segs
		return out
	}
	repl := a.segsOf(newV, args[2])
	for _, s := range segs {
		if s.Kind != ir.Lit || n == 0 {
			out.segs = append(out.segs, s)
			continue
		}
		from := 0
		for n != 0 {
			i := strings.Index(s.Text[from:], old)
			if i < 0 {
				break
			}
			if i > 0 {
				out.segs = append(out.segs, a.cut(s, from, from+i))
			}
			out.segs = append(out.segs, repl...)
			from += i + len(old)
			n--
		}
		if from < len(s.Text) {
			out.segs = append(out.segs, a.cut(s, from, len(s.Text)))
		}
	}
	out.segs = capSegs(out.segs)
	return out
}
