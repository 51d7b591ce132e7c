package python

import (
	"strconv"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// subLit is the piece [i, j) of a literal part's text. A raw part keeps an
// exact span; a decoded one keeps its whole span and is not raw.
func subLit(p ir.Part, i, j int) ir.Part {
	q := p
	q.Text = p.Text[i:j]
	if p.Raw {
		q.Span = ir.Span{Start: p.Span.Start + i, End: p.Span.Start + j}
	} else {
		q.Raw = false
	}
	return q
}

// percentArgs evaluates the right operand of `fmt % args`.
func (a *analyzer) percentArgs(r *node) ([]*value, map[string]*value) {
	for r != nil && r.kind == "parenthesized_expression" {
		r = r.firstNamed()
	}
	if r == nil {
		return nil, nil
	}
	switch r.kind {
	case "tuple":
		var pos []*value
		for _, k := range r.namedKids() {
			pos = append(pos, a.eval(k, use{kind: usePart}))
		}
		return pos, nil
	case "dictionary":
		named := map[string]*value{}
		for _, k := range r.namedKids() {
			if k.kind != "pair" {
				a.eval(k, use{})
				continue
			}
			if s, ok := a.constString(k.child("key")); ok {
				named[s] = a.eval(k.child("value"), use{kind: usePart})
			} else {
				a.eval(k, use{})
			}
		}
		return nil, named
	}
	return []*value{a.eval(r, use{kind: usePart})}, nil
}

// formatPercent replaces the %-conversions of the literal parts by the
// arguments' parts.
func formatPercent(parts []ir.Part, pos []*value, named map[string]*value) []ir.Part {
	next := 0
	arg := func(name, spec string) []ir.Part {
		if name != "" {
			if v := named[name]; v != nil {
				return v.parts
			}
			return hole(name)
		}
		if next < len(pos) && pos[next] != nil {
			v := pos[next]
			next++
			return v.parts
		}
		next++
		return hole(spec)
	}
	return urlparts.Expand(parts, "%", func(p ir.Part, i int) urlparts.Directive {
		t := p.Text
		if i+1 < len(t) && t[i+1] == '%' {
			pct := subLit(p, i, i+2)
			pct.Text, pct.Raw = "%", false
			return urlparts.Directive{End: i + 2, Parts: []ir.Part{pct}}
		}
		name, end := percentSpec(t, i)
		if end < 0 {
			return urlparts.Directive{End: i}
		}
		return urlparts.Directive{End: end, Parts: arg(name, t[i:end])}
	})
}

// percentSpec parses the conversion at t[i] ('%'): it returns the mapping
// key, if any, and the end of the conversion, or -1 when there is none.
func percentSpec(t string, i int) (string, int) {
	j := i + 1
	name := ""
	if j < len(t) && t[j] == '(' {
		k := strings.IndexByte(t[j:], ')')
		if k < 0 {
			return "", -1
		}
		name = t[j+1 : j+k]
		j += k + 1
	}
	for j < len(t) && strings.IndexByte("#0- +", t[j]) >= 0 {
		j++
	}
	for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == '*') {
		j++
	}
	if j < len(t) && t[j] == '.' {
		j++
		for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == '*') {
			j++
		}
	}
	for j < len(t) && strings.IndexByte("hlL", t[j]) >= 0 {
		j++
	}
	if j < len(t) && strings.IndexByte("diouxXeEfFgGcrsab", t[j]) >= 0 {
		return name, j + 1
	}
	return "", -1
}

// formatBraces applies str.format: {} {0} {name} {name:spec} {0[key]} are
// replaced by the arguments' parts, {{ and }} stand for braces.
func formatBraces(parts []ir.Part, pos []*value, named map[string]*value) []ir.Part {
	auto := 0
	arg := func(field string) []ir.Part {
		base := field
		if k := strings.IndexAny(base, ".["); k >= 0 {
			base = base[:k]
		}
		if base == "" {
			base = strconv.Itoa(auto)
			auto++
			field = base + field
		}
		if n, err := strconv.Atoi(base); err == nil {
			if n >= 0 && n < len(pos) && pos[n] != nil && base == field {
				return pos[n].parts
			}
			return hole("{" + field + "}")
		}
		if v := named[base]; v != nil && base == field {
			return v.parts
		}
		return hole(field)
	}
	return urlparts.Expand(parts, "{}", func(p ir.Part, i int) urlparts.Directive {
		t := p.Text
		c := t[i]
		if i+1 < len(t) && t[i+1] == c {
			br := subLit(p, i, i+2)
			br.Text, br.Raw = string(c), false
			return urlparts.Directive{End: i + 2, Parts: []ir.Part{br}}
		}
		if c == '}' {
			return urlparts.Directive{End: i}
		}
		// find the matching close brace (format specs may nest one level)
		depth, end := 0, -1
		for j := i; j < len(t); j++ {
			if t[j] == '{' {
				depth++
			} else if t[j] == '}' {
				depth--
				if depth == 0 {
					end = j
					break
				}
			}
		}
		if end < 0 {
			return urlparts.Directive{End: -1}
		}
		field := t[i+1 : end]
		if k := strings.IndexAny(field, "!:"); k >= 0 {
			field = field[:k]
		}
		return urlparts.Directive{End: end + 1, Parts: arg(strings.TrimSpace(field))}
	})
}
