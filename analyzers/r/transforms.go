package r

import (
	"regexp"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// String transforms with constant arguments are folded into the value:
// api <- gsub("kobo", "kc", api) on https://kobo.example.org makes the
// KoboCAT host https://kc.example.org, which is reported where the
// transform is written (the replacement's literal).

// replaceArgs tells where sub/gsub and stringr's replacers take their
// pattern, replacement and subject.
var replaceArgs = map[string]struct {
	pattern, replacement, subject urlArg
	all                           bool
}{
	"sub":             {urlArg{0, "pattern"}, urlArg{1, "replacement"}, urlArg{2, "x"}, false},
	"gsub":            {urlArg{0, "pattern"}, urlArg{1, "replacement"}, urlArg{2, "x"}, true},
	"str_replace":     {urlArg{1, "pattern"}, urlArg{2, "replacement"}, urlArg{0, "string"}, false},
	"str_replace_all": {urlArg{1, "pattern"}, urlArg{2, "replacement"}, urlArg{0, "string"}, true},
	"str_remove":      {urlArg{1, "pattern"}, urlArg{-1, ""}, urlArg{0, "string"}, false},
	"str_remove_all":  {urlArg{1, "pattern"}, urlArg{-1, ""}, urlArg{0, "string"}, true},
}

// replaceCall folds a replacement whose pattern and replacement are
// constants into the subject's literal pieces. ok is false when the call
// is no such replacement or cannot be folded (a hole stands for it then).
func (a *analyzer) replaceCall(short string, n *CallNode, vals []value) (value, bool) {
	ra, ok := replaceArgs[short]
	if !ok {
		return value{}, false
	}
	pi, si := urlArgIndex(n.Args, ra.pattern), urlArgIndex(n.Args, ra.subject)
	ri := -1
	if ra.replacement.pos >= 0 {
		ri = urlArgIndex(n.Args, ra.replacement)
	}
	if pi < 0 || si < 0 || ra.replacement.pos >= 0 && ri < 0 {
		return value{}, false
	}
	pat, ok := n.Args[pi].Value.(*StrNode)
	if !ok {
		return value{}, false
	}
	var rep *StrNode
	if ri >= 0 {
		if rep, ok = n.Args[ri].Value.(*StrNode); !ok {
			return value{}, false
		}
	}
	subject := vals[si]
	if len(subject.parts) == 1 && subject.parts[0].param != 0 {
		// a parameter's default: api <- gsub("kobo", "kc", api) in
		// function(api = "https://kobo.example.org")
		subject.parts = a.expandParams(subject.parts, 0)
	}
	if !hasLitText(subject.parts) {
		return value{}, false
	}
	fixed, fold := false, false
	for _, arg := range n.Args {
		if id, ok := arg.Value.(*IdentNode); ok && (id.Name == "TRUE" || id.Name == "T") {
			fixed = fixed || arg.Name == "fixed"
			fold = fold || arg.Name == "ignore.case"
		}
	}
	expr := pat.Text
	if fixed {
		expr = regexp.QuoteMeta(expr)
	}
	if fold {
		expr = "(?i)" + expr
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return value{}, false
	}
	with := ""
	if rep != nil {
		with = rep.Text
		if fixed {
			with = strings.ReplaceAll(with, "$", "$$")
		} else {
			with = goReplacement(with)
		}
	}
	// where a changed piece is reported: the replacement's text, which is
	// what put the new text there
	s, e := n.span()
	at := ir.Span{Start: s, End: e}
	if rep != nil {
		at = ir.Span{Start: rep.CS, End: rep.CE}
	}
	out := value{parts: make([]piece, 0, len(subject.parts)), origin: subject.origin}
	done := false
	for _, p := range subject.parts {
		if p.Kind != ir.Lit || p.num || p.param != 0 || done {
			out.parts = append(out.parts, p)
			continue
		}
		var t string
		if ra.all {
			t = re.ReplaceAllString(p.Text, with)
		} else if loc := re.FindStringIndex(p.Text); loc != nil {
			t = p.Text[:loc[0]] + re.ReplaceAllString(p.Text[loc[0]:loc[1]], with) + p.Text[loc[1]:]
			done = true
		} else {
			t = p.Text
		}
		if t == p.Text {
			out.parts = append(out.parts, p)
			continue
		}
		q := p
		q.Text, q.Span, q.Raw, q.Via = t, at, false, ""
		if t != "" {
			out.parts = append(out.parts, q)
		}
	}
	return out, true
}

// goReplacement turns an R replacement (\\1 back references, a literal $)
// into Go's regexp syntax.
func goReplacement(r string) string {
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		switch c := r[i]; {
		case c == '$':
			b.WriteString("$$")
		case c == '\\' && i+1 < len(r) && r[i+1] >= '0' && r[i+1] <= '9':
			b.WriteString("${" + string(r[i+1]) + "}")
			i++
		case c == '\\' && i+1 < len(r):
			b.WriteByte(r[i+1])
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
