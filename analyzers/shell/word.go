package shell

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// walker walks one parsed buffer. src is what tree-sitter parsed and base
// the offset of src[0] in the analysed snippet (not 0 for a heredoc or a
// `sh -c` string parsed on its own).
type walker struct {
	a     *analyzer
	src   []byte
	base  int
	fn    string // enclosing function, "" at top level
	depth int
	// printed is what the last echo/printf wrote, for $(echo ...) values.
	printed []ir.Part
	// lastHTTP is what the last HTTP command's URL arguments were.
	lastHTTP httpUse
}

// value is an evaluated word: its parts, the origin of any response it
// carries, and, for a known array expanded with [@], its elements.
type value struct {
	parts  []ir.Part
	origin []int
	elems  [][]ir.Part
}

// rng returns the byte range of n in w.src, clamped.
func (w *walker) rng(n *sitter.Node) (int, int) {
	s, e := int(n.StartByte()), int(n.EndByte())
	if s > len(w.src) {
		s = len(w.src)
	}
	if e > len(w.src) {
		e = len(w.src)
	}
	if e < s {
		e = s
	}
	return s, e
}

func (w *walker) text(n *sitter.Node) string {
	s, e := w.rng(n)
	return string(w.src[s:e])
}

// lit makes a literal part from w.src bytes [s, e).
func (w *walker) lit(text string, s, e int) ir.Part {
	return w.a.lit(text, w.base+s, w.base+e)
}

func hole(name string) []ir.Part { return []ir.Part{{Kind: ir.Hole, Name: name}} }

// wordish node types are the ones that make up one shell word.
var wordish = map[string]bool{
	"word": true, "string": true, "raw_string": true, "concatenation": true,
	"simple_expansion": true, "expansion": true, "command_substitution": true,
	"ansi_c_string": true, "translated_string": true, "number": true,
	"process_substitution": true, "arithmetic_expansion": true,
}

// word evaluates one word node. A hole it makes is placed at the smallest
// word that produced it ($id in "$FORMS$id"), so that an endpoint which
// only exists once a base is joined with it can be reported there.
func (w *walker) word(n *sitter.Node) value {
	v := w.wordNode(n)
	if n == nil {
		return v
	}
	s, e := w.rng(n)
	v.parts = ir.PlaceHoles(v.parts, ir.Span{Start: s, End: e})
	return v
}

func (w *walker) wordNode(n *sitter.Node) value {
	if n == nil {
		return value{}
	}
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > maxDepth {
		return value{parts: hole("...")}
	}
	s, e := w.rng(n)
	switch n.Type() {
	case "word":
		return value{parts: w.unquoted(s, e)}
	case "raw_string":
		if e-s >= 2 && w.src[e-1] == '\'' {
			return value{parts: w.nonEmpty(string(w.src[s+1:e-1]), s+1, e-1)}
		}
		return value{parts: w.nonEmpty(string(w.src[min(s+1, e):e]), min(s+1, e), e)}
	case "string":
		cs, ce := s+1, e
		if ce-cs >= 1 && w.src[ce-1] == '"' {
			ce--
		}
		if cs > ce {
			cs = ce
		}
		return w.mixed(n, cs, ce, func(s, e int) []ir.Part { return w.doubleQuoted(s, e, true) })
	case "translated_string":
		for _, k := range kids(n) {
			if k.typ == "string" {
				return w.word(k.n)
			}
		}
		return value{}
	case "ansi_c_string":
		return value{parts: w.ansiC(s, e)}
	case "number":
		return value{parts: w.nonEmpty(string(w.src[s:e]), s, e)}
	case "concatenation":
		return w.mixed(n, s, e, w.unquoted)
	case "simple_expansion":
		for _, k := range kids(n) {
			if k.typ == "variable_name" || k.typ == "special_variable_name" {
				return w.lookup(w.text(k.n))
			}
		}
		return value{parts: hole(strings.TrimPrefix(w.text(n), "$"))}
	case "expansion":
		return w.expansion(n)
	case "command_substitution", "process_substitution":
		return w.substitution(n)
	case "arithmetic_expansion":
		return value{parts: hole(shorten(w.text(n)))}
	default:
		// Globs, brace expressions, regexes: spelled as they are.
		return value{parts: w.nonEmpty(string(w.src[s:e]), s, e)}
	}
}

func (w *walker) nonEmpty(text string, s, e int) []ir.Part {
	if text == "" {
		return nil
	}
	return []ir.Part{w.lit(text, s, e)}
}

// mixed evaluates a node whose text between its expansion children is
// literal (a double-quoted string, a concatenation, a heredoc body): the
// gaps are decoded with decode, the children evaluated.
func (w *walker) mixed(n *sitter.Node, s, e int, decode func(s, e int) []ir.Part) value {
	var v value
	pos := s
	for _, k := range kids(n) {
		if !k.n.IsNamed() || k.typ == "string_content" || k.typ == "heredoc_content" {
			continue
		}
		ks, ke := w.rng(k.n)
		if ks < pos || ke > e {
			continue
		}
		if ks > pos {
			v.parts = append(v.parts, decode(pos, ks)...)
		}
		kv := w.word(k.n)
		v.parts = append(v.parts, kv.parts...)
		v.origin = union(v.origin, kv.origin)
		pos = ke
	}
	if e > pos {
		v.parts = append(v.parts, decode(pos, e)...)
	}
	v.parts = capParts(v.parts)
	return v
}

// unquoted decodes bare word text: a backslash quotes the next byte and a
// backslash-newline is a line continuation. Runs without escapes stay raw.
func (w *walker) unquoted(s, e int) []ir.Part {
	var out []ir.Part
	run := s
	flush := func(to int) {
		if to > run {
			out = append(out, w.lit(string(w.src[run:to]), run, to))
		}
	}
	for i := s; i < e; i++ {
		if w.src[i] != '\\' || i+1 >= e {
			continue
		}
		flush(i)
		if w.src[i+1] != '\n' {
			out = append(out, w.lit(string(w.src[i+1:i+2]), i, i+2))
		}
		i++
		run = i + 1
	}
	flush(e)
	return out
}

// doubleQuoted decodes text inside double quotes (or an unquoted heredoc,
// quote=false): a backslash escapes only $ ` \ newline and, in strings, ".
func (w *walker) doubleQuoted(s, e int, quote bool) []ir.Part {
	var out []ir.Part
	run := s
	flush := func(to int) {
		if to > run {
			out = append(out, w.lit(string(w.src[run:to]), run, to))
		}
	}
	for i := s; i+1 < e; i++ {
		if w.src[i] != '\\' {
			continue
		}
		c := w.src[i+1]
		if c != '$' && c != '`' && c != '\\' && c != '\n' && (!quote || c != '"') {
			continue
		}
		flush(i)
		if c != '\n' {
			out = append(out, w.lit(string(c), i, i+2))
		}
		i++
		run = i + 1
	}
	flush(e)
	return out
}

// ansiC decodes $'...'.
func (w *walker) ansiC(s, e int) []ir.Part {
	cs, ce := s+2, e
	if ce-cs >= 1 && w.src[ce-1] == '\'' {
		ce--
	}
	if cs >= ce {
		return nil
	}
	raw := w.src[cs:ce]
	if strings.IndexByte(string(raw), '\\') < 0 {
		return []ir.Part{w.lit(string(raw), cs, ce)}
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' || i+1 >= len(raw) {
			b.WriteByte(c)
			continue
		}
		i++
		switch raw[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'e', 'E':
			b.WriteByte(27)
		case 'f':
			b.WriteByte(12)
		case 'v':
			b.WriteByte(11)
		default:
			b.WriteByte(raw[i])
		}
	}
	return []ir.Part{w.lit(b.String(), cs, ce)}
}

// lookup inlines a variable: its parts (Via = name) when it holds literal
// text, else a hole named after it. Its origin comes along either way.
func (w *walker) lookup(name string) value {
	w.a.hint(name)
	v := w.a.vars[name]
	if v == nil {
		return value{parts: hole(name)}
	}
	parts := v.parts
	if parts == nil && len(v.elems) > 0 {
		parts = v.elems[0]
	}
	if w.fn != "" && len(parts) == 1 && isPositional(parts[0]) {
		// `local path="$1"` inside a function: keep the parameter, so a
		// wrapper's request template knows where its argument goes. It
		// was joined to nothing where it was read, so it loses that place.
		ps := via(parts, name)
		ps[0].Span = ir.Span{}
		return value{parts: ps, origin: v.origin}
	}
	if !ir.HasLit(parts) {
		return value{parts: hole(name), origin: v.origin}
	}
	return value{parts: via(parts, name), origin: v.origin}
}

// via copies parts, naming the variable they were inlined from.
func via(parts []ir.Part, name string) []ir.Part {
	out := make([]ir.Part, len(parts))
	copy(out, parts)
	for i := range out {
		if out[i].Via == "" {
			out[i].Via = name
		}
	}
	return out
}

// expansion evaluates ${...}.
func (w *walker) expansion(n *sitter.Node) value {
	var name, op, prefix string
	var sub *sitter.Node
	var rest []*sitter.Node
	for _, k := range kids(n) {
		switch {
		case k.typ == "${" || k.typ == "}":
		case name == "" && (k.typ == "variable_name" || k.typ == "special_variable_name"):
			name = w.text(k.n)
		case name == "" && k.typ == "subscript":
			sub = k.n
			if nm := k.n.ChildByFieldName("name"); nm != nil {
				name = w.text(nm)
			}
		case name == "" && !k.n.IsNamed():
			prefix += k.typ // ${#x}, ${!x}
		case op == "" && !k.n.IsNamed():
			op = k.typ
		case k.n.IsNamed():
			rest = append(rest, k.n)
		}
	}
	if name == "" {
		return value{parts: hole(shorten(w.text(n)))}
	}
	w.a.hint(name)
	// The alternative and default words are evaluated in every case, so
	// that command substitutions inside them are walked once.
	var alt value
	vals := make([]value, len(rest))
	for i, r := range rest {
		rv := w.word(r)
		vals[i] = rv
		alt.parts = append(alt.parts, rv.parts...)
		alt.origin = union(alt.origin, rv.origin)
	}
	alt.parts = capParts(alt.parts)
	if prefix != "" {
		return value{parts: hole(prefix + name)}
	}
	if sub != nil {
		return w.subscript(name, sub)
	}
	known := w.a.vars[name] != nil
	switch op {
	case "":
		return w.lookup(name)
	case ":-", "-":
		if known {
			// The default is not used here, but it is still a value the
			// script may run with: it is reported where it is written.
			w.a.emitArg(alt.parts, ir.RoleAssign, "", name, argPlain)
			return w.lookup(name)
		}
		return alt
	case ":=", "=":
		if known {
			w.a.emitArg(alt.parts, ir.RoleAssign, "", name, argPlain)
			return w.lookup(name)
		}
		w.a.emitArg(alt.parts, ir.RoleAssign, "", name, argPlain)
		w.a.vars[name] = &variable{parts: alt.parts, origin: alt.origin}
		return alt
	case ":?", "?":
		return w.lookup(name)
	case "%", "%%", "#", "##":
		if v, ok := w.trim(name, op, alt.parts); ok {
			return v
		}
	case "/", "//", "/#", "/%":
		if len(rest) > 0 && (rest[0].Type() == "regex" || rest[0].Type() == "word") {
			var repl []ir.Part
			for _, rv := range vals[1:] {
				repl = append(repl, rv.parts...)
			}
			if v, ok := w.replace(name, op, w.text(rest[0]), repl); ok {
				return v
			}
		}
	}
	v := w.lookup(name)
	return value{parts: hole(name), origin: v.origin}
}

// subscript evaluates ${a[i]}: a known array's element, or its elements
// for [@] and [*].
func (w *walker) subscript(name string, sub *sitter.Node) value {
	idx := ""
	if ix := sub.ChildByFieldName("index"); ix != nil {
		idx = w.text(ix)
	}
	v := w.a.vars[name]
	if v == nil {
		return value{parts: hole(name + "[" + idx + "]")}
	}
	if len(v.elems) == 0 {
		// an array filled by mapfile/read -a: only its origin is known
		return value{parts: hole(name + "[" + idx + "]"), origin: v.origin}
	}
	if idx == "@" || idx == "*" {
		elems := make([][]ir.Part, len(v.elems))
		for i, el := range v.elems {
			elems[i] = via(el, name)
		}
		return value{parts: hole(name + "[" + idx + "]"), elems: elems, origin: v.origin}
	}
	i := 0
	for _, c := range idx {
		if c < '0' || c > '9' {
			return value{parts: hole(name + "[" + idx + "]")}
		}
		i = i*10 + int(c-'0')
		if i > 1<<20 {
			break
		}
	}
	if i < len(v.elems) && ir.HasLit(v.elems[i]) {
		return value{parts: via(v.elems[i], name), origin: v.origin}
	}
	return value{parts: hole(name + "[" + idx + "]")}
}

// trim applies ${x%suffix} / ${x#prefix} with a literal pattern to a known
// value (`${BASE%/}` is how scripts drop a trailing slash).
func (w *walker) trim(name, op string, pat []ir.Part) (value, bool) {
	if len(pat) != 1 || pat[0].Kind != ir.Lit || strings.ContainsAny(pat[0].Text, "*?[") {
		return value{}, false
	}
	p := pat[0].Text
	v := w.lookup(name)
	if !ir.HasLit(v.parts) || len(v.parts) == 0 {
		return value{}, false
	}
	// When the pattern does not match (or the end is a hole) the value is
	// kept as it is: `${BASE%/}` of a base without a trailing slash.
	parts := append([]ir.Part(nil), v.parts...)
	if op[0] == '%' {
		last := &parts[len(parts)-1]
		if last.Kind == ir.Lit && strings.HasSuffix(last.Text, p) {
			*last = cut(*last, 0, len(last.Text)-len(p))
			if last.Text == "" {
				parts = parts[:len(parts)-1]
			}
		}
	} else {
		first := &parts[0]
		if first.Kind == ir.Lit && strings.HasPrefix(first.Text, p) {
			*first = cut(*first, len(p), len(first.Text))
			if first.Text == "" {
				parts = parts[1:]
			}
		}
	}
	return value{parts: parts, origin: v.origin}, true
}

// replace folds ${x/pat/repl} (first match), ${x//pat/repl} (every
// match), ${x/#pat/repl} (at the start) and ${x/%pat/repl} (at the end)
// on a known value, for a pattern without glob characters that matches
// inside one literal part: `KC="${KPI/kf./kc.}"` is how scripts derive
// one host from another. The replacement's parts are the expansion's own.
func (w *walker) replace(name, op, pat string, repl []ir.Part) (value, bool) {
	if pat == "" || strings.ContainsAny(pat, "*?[\\'\"") {
		return value{}, false
	}
	v := w.lookup(name)
	if !ir.HasLit(v.parts) {
		return value{}, false
	}
	var out []ir.Part
	done := false
	for k, p := range v.parts {
		if p.Kind != ir.Lit || done && op != "//" {
			out = append(out, p)
			continue
		}
		text := p.Text
		from := 0
		for {
			i := -1
			switch op {
			case "/#":
				if k == 0 && from == 0 && strings.HasPrefix(text, pat) {
					i = 0
				}
			case "/%":
				if k == len(v.parts)-1 && from == 0 && strings.HasSuffix(text, pat) {
					i = len(text) - len(pat)
				}
			default:
				if j := strings.Index(text[from:], pat); j >= 0 {
					i = from + j
				}
			}
			if i < 0 {
				break
			}
			if i > from {
				out = append(out, cut(p, from, i))
			}
			out = append(out, repl...)
			from = i + len(pat)
			done = true
			if op != "//" {
				break
			}
		}
		if from < len(text) {
			out = append(out, cut(p, from, len(text)))
		}
	}
	if !done {
		return value{parts: v.parts, origin: v.origin}, true
	}
	return value{parts: capParts(out), origin: v.origin}, true
}

// cut keeps Text[i:j] of a literal part; a raw part keeps an exact span, a
// decoded one keeps its whole span and stays non-raw.
func cut(p ir.Part, i, j int) ir.Part {
	if i < 0 {
		i = 0
	}
	if j > len(p.Text) {
		j = len(p.Text)
	}
	if j < i {
		j = i
	}
	q := p
	q.Text = p.Text[i:j]
	if p.Raw {
		q.Span = ir.Span{Start: p.Span.Start + i, End: p.Span.Start + j}
	}
	return q
}

// substitution walks the commands of $(...), `...` or <(...) and returns
// a hole carrying the origin of what they print. A substitution that only
// prints a string (echo, printf) is that string.
func (w *walker) substitution(n *sitter.Node) value {
	var out []int
	var printed []ir.Part
	stmts := 0
	for _, k := range kids(n) {
		if !k.n.IsNamed() {
			continue
		}
		if k.typ == "comment" {
			w.comment(k.n)
			continue
		}
		stmts++
		w.printed = nil
		out = w.stmt(k.n, nil)
		printed = w.printed
		w.printed = nil
	}
	if stmts == 1 && ir.HasLit(printed) {
		return value{parts: printed, origin: out}
	}
	return value{parts: hole(shorten(w.text(n))), origin: out}
}

// shorten keeps hole names readable in messages.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}
