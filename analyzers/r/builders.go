package r

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// build evaluates a string-building call: paste0, paste, sprintf, glue,
// file.path, Sys.getenv, URLencode and the like. The result is the string's
// parts; the arguments are not sinks (the whole expression is).
func (a *analyzer) build(short string, n *CallNode, sc *scope) value {
	v := a.build1(short, n, sc)
	v.parts = capParts(v.parts)
	return v
}

func (a *analyzer) build1(short string, n *CallNode, sc *scope) value {
	switch short {
	case "paste0":
		return value{parts: a.join(n, nil, sc, "collapse", "recycle0")}
	case "str_c":
		sep := a.namedParts(n, "sep", sc)
		return value{parts: a.join(n, sep, sc, "sep", "collapse")}
	case "paste":
		sep := []piece{bareLit(" ")}
		if s, ok := a.named(n, "sep"); ok {
			sep = a.eval(s, sc).parts
		}
		return value{parts: a.join(n, sep, sc, "sep", "collapse", "recycle0")}
	case "file.path":
		sep := []piece{bareLit("/")}
		if s, ok := a.named(n, "fsep"); ok {
			sep = a.eval(s, sc).parts
		}
		// path segments: a query written into one is no query
		return value{parts: segments(a.join(n, sep, sc, "fsep"), true)}
	case "sprintf", "gettextf":
		return a.sprintf(n, sc)
	case "glue", "str_glue":
		return a.glue(n, sc)
	case "modify_url":
		return a.modifyURL(n, sc)
	case "Sys.getenv", "getOption":
		return a.getenv(short, n, sc)
	case "c":
		return a.combine(n, sc)
	case "return", "invisible":
		v := a.passFirst(n, sc)
		if fi := sc.fnScope(); fi != nil && short == "return" {
			fi.returns = append(fi.returns, v)
			fi.hasReturn = true
		}
		return v
	}
	// URLencode, as.character, trimws, ...: the first argument, transformed
	// in ways that do not matter here.
	before := len(a.file.Fields)
	v := a.passFirst(n, sc)
	if t := convTypes[short]; t != "" {
		a.typeRead(n, before, t)
	}
	return v
}

// litText is the text of parts that are all literal ("" otherwise).
func litText(ps []piece) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Kind != ir.Lit || p.param != 0 {
			return ""
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

func (a *analyzer) passFirst(n *CallNode, sc *scope) value {
	var out value
	got := false
	for _, arg := range n.Args {
		v := a.eval(arg.Value, sc)
		if !got && arg.Name == "" && arg.Value != nil {
			out, got = v, true
		}
	}
	return out
}

// named returns the value node of a named argument.
func (a *analyzer) named(n *CallNode, name string) (Node, bool) {
	for _, arg := range n.Args {
		if arg.Name == name && arg.Value != nil {
			return arg.Value, true
		}
	}
	return nil, false
}

func (a *analyzer) namedParts(n *CallNode, name string, sc *scope) []piece {
	if s, ok := a.named(n, name); ok {
		return a.eval(s, sc).parts
	}
	return nil
}

// argParts evaluates an argument as a piece of a string: its parts, or a
// hole named after the expression.
func (a *analyzer) argParts(x Node, sc *scope) []piece {
	v := a.eval(x, sc)
	if len(v.parts) > 0 {
		return v.parts
	}
	return []piece{hole(a.spelled(x))}
}

// join concatenates the unnamed arguments with sep between them; named
// arguments other than the options listed are evaluated for their side
// effects only.
func (a *analyzer) join(n *CallNode, sep []piece, sc *scope, options ...string) []piece {
	var out []piece
	first := true
	for _, arg := range n.Args {
		if arg.Value == nil {
			continue
		}
		if arg.Name != "" {
			skip := false
			for _, o := range options {
				if arg.Name == o {
					skip = true
				}
			}
			if !skip {
				a.eval(arg.Value, sc)
			}
			continue
		}
		ps := a.argParts(arg.Value, sc)
		if len(ps) == 1 && ps[0].dots {
			// f <- function(...) paste0(base, ...): a call joins its
			// arguments with sep
			ps = []piece{ps[0]}
			ps[0].sep = litText(a.expandParams(sep, 0))
		}
		if !first {
			out = append(out, sep...)
		}
		out = append(out, ps...)
		first = false
	}
	return out
}

// sprintf replaces each % directive of the format by the parts of its
// argument.
func (a *analyzer) sprintf(n *CallNode, sc *scope) value {
	var fmtNode Node
	var args []Node
	for _, arg := range n.Args {
		switch {
		case arg.Value == nil:
		case arg.Name == "fmt":
			fmtNode = arg.Value
		case arg.Name != "":
			a.eval(arg.Value, sc)
		case fmtNode == nil && !hasNamed(n, "fmt"):
			fmtNode = arg.Value
		default:
			args = append(args, arg.Value)
		}
	}
	if fmtNode == nil {
		return value{}
	}
	fv := a.eval(fmtNode, sc)
	vals := make([][]piece, len(args))
	for i, x := range args {
		vals[i] = a.argParts(x, sc)
	}
	var out []piece
	next := 0
	for _, p := range fv.parts {
		if p.Kind != ir.Lit || p.num || p.param != 0 {
			out = append(out, p)
			continue
		}
		text := p.Text
		last := 0
		for i := 0; i < len(text); i++ {
			if text[i] != '%' {
				continue
			}
			if i+1 < len(text) && text[i+1] == '%' {
				out = appendLit(out, subLit(p, last, i+1))
				i++
				last = i + 1
				continue
			}
			j, argPos, stars, ok := directive(text, i)
			if !ok {
				continue
			}
			out = appendLit(out, subLit(p, last, i))
			next += stars
			idx := next
			if argPos > 0 {
				idx = argPos - 1
			} else {
				next++
			}
			if idx >= 0 && idx < len(vals) {
				out = append(out, vals[idx]...)
			} else {
				out = append(out, hole(text[i:j]))
			}
			last = j
			i = j - 1
		}
		out = appendLit(out, subLit(p, last, len(text)))
	}
	return value{parts: out}
}

func hasNamed(n *CallNode, name string) bool {
	for _, arg := range n.Args {
		if arg.Name == name {
			return true
		}
	}
	return false
}

func appendLit(out []piece, p piece) []piece {
	if p.Text == "" {
		return out
	}
	return append(out, p)
}

// directive parses a sprintf conversion starting at text[i] == '%'. It
// returns the end offset, the explicit argument position (n$) or 0, and
// how many arguments * widths consume.
func directive(text string, i int) (end, argPos, stars int, ok bool) {
	j := i + 1
	k := j
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	if k > j && k < len(text) && text[k] == '$' {
		for _, c := range text[j:k] {
			argPos = argPos*10 + int(c-'0')
		}
		j = k + 1
	}
	for j < len(text) && strings.IndexByte("-+ 0#", text[j]) >= 0 {
		j++
	}
	// a width, then maybe a precision: each a number or *
	size := func() {
		if j < len(text) && text[j] == '*' {
			stars++
			j++
		}
		for j < len(text) && isDigit(text[j]) {
			j++
		}
	}
	size()
	if j < len(text) && text[j] == '.' {
		j++
		size()
	}
	if j < len(text) && strings.IndexByte("sdifeEgGxXoaA", text[j]) >= 0 {
		return j + 1, argPos, stars, true
	}
	return 0, 0, 0, false
}

// glue fills the {expr} holes of glue("...") strings; named arguments
// define names the template may use.
func (a *analyzer) glue(n *CallNode, sc *scope) value {
	inner := newScope(sc, nil)
	var strs []Node
	for _, arg := range n.Args {
		if arg.Value == nil {
			continue
		}
		if arg.Name != "" {
			v := a.eval(arg.Value, sc)
			if !strings.HasPrefix(arg.Name, ".") {
				inner.vars[arg.Name] = v
			}
			continue
		}
		strs = append(strs, arg.Value)
	}
	var out []piece
	for _, x := range strs {
		v := a.eval(x, sc)
		if len(v.parts) == 0 {
			out = append(out, hole(a.spelled(x)))
			continue
		}
		for _, p := range v.parts {
			if p.Kind != ir.Lit || p.num || p.param != 0 {
				out = append(out, p)
				continue
			}
			out = append(out, a.glueLit(p, inner)...)
		}
	}
	return value{parts: out}
}

func (a *analyzer) glueLit(p piece, sc *scope) []piece {
	text := p.Text
	var out []piece
	last := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '{':
			if i+1 < len(text) && text[i+1] == '{' {
				out = appendLit(out, subLit(p, last, i+1))
				i++
				last = i + 1
				continue
			}
			j := matchBrace(text, i)
			if j < 0 {
				continue
			}
			out = appendLit(out, subLit(p, last, i))
			out = append(out, a.glueExpr(p, i+1, j, sc)...)
			last = j + 1
			i = j
		case '}':
			if i+1 < len(text) && text[i+1] == '}' {
				out = appendLit(out, subLit(p, last, i+1))
				i++
				last = i + 1
			}
		}
	}
	return appendLit(out, subLit(p, last, len(text)))
}

// matchBrace returns the index of the '}' closing the '{' at i, skipping
// nested braces and quoted strings.
func matchBrace(text string, i int) int {
	depth := 0
	var quote byte
	for j := i; j < len(text); j++ {
		c := text[j]
		if quote != 0 {
			switch c {
			case '\\':
				j++
			case quote:
				quote = 0
			}
			continue
		}
		switch c {
		case '"', '\'', '`':
			quote = c
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// glueExpr evaluates the R expression text[i:j] of a glue hole. When the
// literal is raw its source is parsed in place, so that spans stay exact;
// otherwise only a plain name is looked up.
func (a *analyzer) glueExpr(p piece, i, j int, sc *scope) []piece {
	code := strings.TrimSpace(p.Text[i:j])
	if code == "" {
		return nil
	}
	if p.Raw && p.Span.Valid() {
		s, e := p.Span.Start+i, p.Span.Start+j
		toks := Lex(a.src[s:e])
		for k := range toks {
			toks[k].Start += s
			toks[k].End += s
		}
		stmts, _, _ := parseTokens(a.src, toks)
		if len(stmts) == 1 {
			v := a.eval(stmts[0], sc)
			if len(v.parts) > 0 {
				return v.parts
			}
		}
		return []piece{hole(code)}
	}
	if isName(code) {
		if v, ok := sc.lookup(code); ok && len(v.parts) > 0 {
			return withVia(v.parts, code)
		}
	}
	if ps, ok := a.opts.Globals[code]; ok {
		return withVia(fromIR(ps), code)
	}
	return []piece{hole(code)}
}

func isName(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if c == '.' || c == '_' || (c >= '0' && c <= '9' && i > 0) || c|0x20 >= 'a' && c|0x20 <= 'z' {
			continue
		}
		return false
	}
	return true
}

// modifyURL handles httr::modify_url(url, path = ...): the path is joined
// to the URL's host.
func (a *analyzer) modifyURL(n *CallNode, sc *scope) value {
	var base, path []piece
	got := false
	for _, arg := range n.Args {
		if arg.Value == nil {
			continue
		}
		switch {
		case arg.Name == "url" || (arg.Name == "" && !got):
			base = a.argParts(arg.Value, sc)
			got = true
		case arg.Name == "path":
			path = a.argParts(arg.Value, sc)
		default:
			a.eval(arg.Value, sc)
		}
	}
	out := append([]piece(nil), base...)
	if len(path) > 0 {
		if path[0].Kind != ir.Lit || !strings.HasPrefix(path[0].Text, "/") {
			out = append(out, bareLit("/"))
		}
		out = append(out, path...)
	}
	return value{parts: out}
}

// getenv handles Sys.getenv("X", "default") / getOption("x", default): the
// default's parts, or a hole named after the variable.
func (a *analyzer) getenv(short string, n *CallNode, sc *scope) value {
	var nameNode, defNode Node
	k := 0
	defName := "unset"
	if short == "getOption" {
		defName = "default"
	}
	for _, arg := range n.Args {
		switch {
		case arg.Value == nil:
		case arg.Name == "x" && short == "Sys.getenv", arg.Name == "" && k == 0:
			nameNode = arg.Value
			if arg.Name == "" {
				k++
			}
		case arg.Name == defName, arg.Name == "" && k == 1:
			defNode = arg.Value
			if arg.Name == "" {
				k++
			}
		default:
			a.eval(arg.Value, sc)
		}
	}
	if s, ok := nameNode.(*StrNode); ok {
		// options(kobo.url = ...) and Sys.setenv(KOBO_URL = ...) earlier
		// in the file
		table := a.options
		if short == "Sys.getenv" {
			table = a.setenv
		}
		if v, ok := table[s.Text]; ok && len(v.parts) > 0 {
			return value{parts: withVia(v.parts, s.Text)}
		}
	}
	if defNode != nil {
		if dv := a.eval(defNode, sc); hasLitText(dv.parts) {
			return value{parts: dv.parts}
		}
	}
	if s, ok := nameNode.(*StrNode); ok {
		h := hole(s.Text)
		h.env = true
		return value{parts: []piece{h}}
	}
	a.eval(nameNode, sc)
	return value{parts: []piece{hole(a.spelled(n))}}
}

// combine handles c(...): one element is that element; several are a
// vector, each element of which is emitted where it is written.
func (a *analyzer) combine(n *CallNode, sc *scope) value {
	unnamed := 0
	for _, arg := range n.Args {
		if arg.Value != nil {
			unnamed++
		}
	}
	if unnamed == 1 {
		for _, arg := range n.Args {
			if arg.Value != nil {
				v := a.eval(arg.Value, sc)
				if arg.Name != "" {
					a.emit(v.parts, ir.RoleAssign, arg.Name, "")
					return value{local: true, obj: map[string]value{arg.Name: v}}
				}
				v.names = stringList(n)
				return v
			}
		}
	}
	var out value
	allLocal := true
	for _, arg := range n.Args {
		if arg.Value == nil {
			continue
		}
		v := a.eval(arg.Value, sc)
		if arg.Name != "" {
			a.emit(v.parts, ir.RoleAssign, arg.Name, "")
			if out.obj == nil {
				out.obj = map[string]value{}
			}
			out.obj[arg.Name] = v
		} else {
			a.emit(v.parts, ir.RoleArg, "", "c")
		}
		out.origin = unionInts(out.origin, v.origin)
		if !v.local {
			allLocal = false
		}
	}
	out.local = allLocal
	out.names = stringList(n)
	return out
}
