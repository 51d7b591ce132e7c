// Package jinja reads the variables of a Django or Jinja template: the
// fields its expressions read ({{ form.title }}, {{ form['formid'] }},
// {% if form.num_of_submissions %}) from the values the view renders it
// with, and from the items of loops over them ({% for form in forms %},
// {% for k, form in forms.items %}), {% with %} and {% set %} names.
//
// A variable the template does not bind itself is the view's: it stands
// for the ir.Result named views.Def(template name, variable), which the
// Python view that renders the template offers as the request whose
// response the variable holds (analyzers/python, views.go). The
// repository pass joins the two, so a read is judged by that response;
// a variable no view offers (a queryset, a form, a view not found)
// leaves its reads to the engine's rules for unknown values.
//
// {% include "row.html" %} renders row.html with this template's context:
// this template offers row.html its variables (the loop item or with
// name bound where it is included, and the view's variables it names),
// as ir.Defs whose value is this template's own variable, which the
// repository pass resolves in turn. {% extends %} is not followed (the
// base template's variables are every child's).
//
// Only the template language is read here; the page around it (links,
// scripts) is the HTML front-end's (analyzers/text).
package jinja

import (
	"bytes"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/views"
	"github.com/kobolint/kobolint/internal/ir"
)

// Looks reports whether src holds template tags at all.
func Looks(src []byte) bool {
	return bytes.Contains(src, []byte("{{")) || bytes.Contains(src, []byte("{%"))
}

// ViewName is the name the template at p is rendered by: its path below
// the nearest templates/ folder (Django and Flask), else its base name.
func ViewName(p string) string {
	if v := views.TemplateName(p); v != "" {
		return v
	}
	return path.Base(strings.ReplaceAll(p, "\\", "/"))
}

// Reads adds to b the field reads of the template src (at path p) and the
// URLs standing for the view's variables. It reports whether it found any
// read.
func Reads(b *ir.Builder, p string, src []byte) bool {
	if !Looks(src) {
		return false
	}
	t := &tmpl{b: b, src: src, view: ViewName(p), free: map[string]int{}}
	t.scopes = []map[string]binding{{}}
	t.used, t.offered = map[string]bool{}, map[string]bool{}
	t.run()
	t.offerIncludes()
	return t.reads > 0
}

// binding is what a name bound by the template holds: the origins of the
// response (items) it comes from, or none (a value of the template's own).
type binding struct {
	origin []int
	// free is the view's variable the value comes from (its URL is made
	// at the first field read, see freeVar), at span fs-fe.
	free   string
	fs, fe int
}

type tmpl struct {
	b      *ir.Builder
	src    []byte
	view   string
	scopes []map[string]binding
	// blocks are the tags that opened the scopes above the first
	// (for, with, macro), to close them by their end tag.
	blocks []string
	free   map[string]int // the view's variables: their URL ids
	reads  int
	// used are the view's variables the template names; includes the
	// templates it includes with its whole context (for offerIncludes).
	used     map[string]bool
	includes []string
	offered  map[string]bool
}

// Tags that open a scope, and the tag that closes it.
var scopeEnd = map[string]string{"for": "endfor", "with": "endwith", "macro": "endmacro", "call": "endcall"}

// Blocks whose body is no template code.
var skipEnd = map[string]string{"comment": "endcomment", "raw": "endraw", "verbatim": "endverbatim"}

func (t *tmpl) run() {
	src := t.src
	for i := 0; i < len(src)-1; {
		if src[i] != '{' {
			i++
			continue
		}
		switch src[i+1] {
		case '#':
			i = after(src, i+2, "#}")
		case '{':
			e := after(src, i+2, "}}")
			t.expr(i+2, max(i+2, e-2))
			i = e
		case '%':
			e := after(src, i+2, "%}")
			i = t.tag(i+2, max(i+2, e-2), e)
		default:
			i++
		}
	}
}

// after returns the offset just past the first sep at or after i, or
// len(src).
func after(src []byte, i int, sep string) int {
	if i > len(src) {
		return len(src)
	}
	k := bytes.Index(src[i:], []byte(sep))
	if k < 0 {
		return len(src)
	}
	return i + k + len(sep)
}

// tag reads the tag whose content is src[s:e] and returns where reading
// goes on (end is just past the tag).
func (t *tmpl) tag(s, e, end int) int {
	s, e = trimControl(t.src, s, e)
	word, _, rest := t.word(s, e)
	if close, ok := skipEnd[word]; ok {
		return t.skipBlock(end, close)
	}
	switch word {
	case "for":
		t.forTag(rest, e)
	case "with":
		t.withTag(rest, e)
	case "set":
		t.setTag(rest, e)
	case "macro":
		t.push("macro")
		t.macroParams(rest, e)
	case "call":
		t.push("call")
		t.expr(rest, e)
	case "endfor", "endwith", "endmacro", "endcall":
		t.pop(word)
	case "include":
		t.include(rest, e)
	case "url", "load", "extends", "block", "endblock", "static", "csrf_token", "trans", "blocktrans", "now", "cycle", "firstof", "import", "from":
		// names of the program's own (URL names, libraries, blocks)
		// or templates, not reads of a value (include's "with" is rare)
	default:
		t.expr(rest, e)
	}
	return end
}

// trimControl strips Jinja's whitespace control (-, +) and blanks.
func trimControl(src []byte, s, e int) (int, int) {
	for s < e && (src[s] == '-' || src[s] == '+' || isSpace(src[s])) {
		s++
	}
	for e > s && (src[e-1] == '-' || src[e-1] == '+' || isSpace(src[e-1])) {
		e--
	}
	return s, e
}

// skipBlock skips to just past {% close %} from i.
func (t *tmpl) skipBlock(i int, close string) int {
	for i < len(t.src) {
		k := bytes.Index(t.src[i:], []byte("{%"))
		if k < 0 {
			return len(t.src)
		}
		s := i + k + 2
		e := after(t.src, s, "%}")
		cs, ce := trimControl(t.src, s, max(s, e-2))
		if w, _, _ := t.word(cs, ce); w == close {
			return e
		}
		i = s
	}
	return len(t.src)
}

func (t *tmpl) push(block string) {
	t.scopes = append(t.scopes, map[string]binding{})
	t.blocks = append(t.blocks, block)
}

// pop closes the innermost scope the end tag closes (a stray end tag of
// a broken template closes nothing).
func (t *tmpl) pop(end string) {
	for i := len(t.blocks) - 1; i >= 0; i-- {
		if scopeEnd[t.blocks[i]] == end {
			t.blocks = t.blocks[:i]
			t.scopes = t.scopes[:i+1]
			return
		}
	}
}

func (t *tmpl) bind(name string, b binding) {
	t.scopes[len(t.scopes)-1][name] = b
}

// forTag: for x in y, for k, v in y.items, for (k, v) in y|dictsort.
func (t *tmpl) forTag(s, e int) {
	in := t.keyword(s, e, "in")
	t.push("for")
	if in < 0 {
		t.expr(s, e)
		return
	}
	var targets []string
	for _, f := range strings.Split(strings.Trim(strings.TrimSpace(string(t.src[s:in])), "()"), ",") {
		targets = append(targets, strings.TrimSpace(f))
	}
	ie := e
	for _, kw := range []string{"if", "recursive", "reversed"} {
		if k := t.keyword(in+2, ie, kw); k >= 0 {
			ie = k
		}
	}
	v := t.expr(in+2, ie)
	if ie < e {
		defer t.expr(ie, e) // the loop's filter reads the item
	}
	pairs := t.pairs(in+2, ie)
	for i, name := range targets {
		switch {
		case len(targets) == 1:
			t.bind(name, v)
		case pairs && i == len(targets)-1:
			// the value of a dict's items
			t.bind(name, v)
		default:
			t.bind(name, binding{})
		}
	}
}

// pairs: the loop's expression gives a dict's items.
func (t *tmpl) pairs(s, e int) bool {
	x := strings.TrimSuffix(strings.TrimSpace(string(t.src[s:e])), "()")
	return strings.HasSuffix(x, ".items") || strings.HasSuffix(strings.ReplaceAll(x, " ", ""), "|dictsort")
}

// withTag: Django's with a=x b=y, with x as a; Jinja's with a = x.
func (t *tmpl) withTag(s, e int) {
	t.push("with")
	if as := t.keyword(s, e, "as"); as >= 0 {
		v := t.expr(s, as)
		if name, _, _ := t.word(as+2, e); name != "" {
			t.bind(name, v)
		}
		return
	}
	t.assignments(s, e)
}

// setTag: Jinja's set a = x (a block set binds nothing readable).
func (t *tmpl) setTag(s, e int) {
	t.assignments(s, e)
}

// assignments reads name=expr pairs separated by blanks or commas.
func (t *tmpl) assignments(s, e int) {
	for i := s; i < e; {
		name, ns, ne := t.word(i, e)
		if name == "" || ns >= e {
			t.expr(i, e)
			return
		}
		j := ne
		for j < e && isSpace(t.src[j]) {
			j++
		}
		if j >= e || t.src[j] != '=' {
			t.expr(i, e)
			return
		}
		j++
		k := t.valueEnd(j, e)
		t.bind(name, t.expr(j, k))
		i = k
		for i < e && (isSpace(t.src[i]) || t.src[i] == ',') {
			i++
		}
	}
}

// valueEnd finds where the value starting at i ends: at the next
// name= of the tag (outside brackets and strings), or e.
func (t *tmpl) valueEnd(i, e int) int {
	end := t.scanTop(i, e, func(j int) (int, bool) {
		if c := t.src[j]; (c != ',' && !isSpace(c)) || j == i {
			return j, false
		}
		k := j
		for k < e && (isSpace(t.src[k]) || t.src[k] == ',') {
			k++
		}
		if _, _, ne := t.word(k, e); ne > k {
			m := ne
			for m < e && isSpace(t.src[m]) {
				m++
			}
			if m < e && t.src[m] == '=' && (m+1 >= e || t.src[m+1] != '=') {
				return j, true
			}
		}
		return j, false
	})
	if end < 0 {
		return e
	}
	return end
}

// scanTop walks src[s:e] past strings and bracketed parts, calling at for
// each other byte outside brackets. at returns the last index it has read
// (to skip a word) and whether the search is over; scanTop returns the
// index where it ended, or -1 when at never ended it.
func (t *tmpl) scanTop(s, e int, at func(j int) (int, bool)) int {
	depth := 0
	for j := s; j < e; j++ {
		c := t.src[j]
		switch {
		case c == '"' || c == '\'':
			j = t.strEnd(j, e) - 1
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
		case depth == 0:
			last, done := at(j)
			if done {
				return j
			}
			j = last
		}
	}
	return -1
}

// macroParams binds a macro's parameters as values of its own.
func (t *tmpl) macroParams(s, e int) {
	open := bytes.IndexByte(t.src[s:e], '(')
	if open < 0 {
		return
	}
	for _, p := range strings.Split(strings.TrimSuffix(strings.TrimSpace(string(t.src[s+open+1:e])), ")"), ",") {
		if name, _, _ := strings.Cut(strings.TrimSpace(p), "="); name != "" {
			t.bind(strings.TrimSpace(name), binding{})
		}
	}
}

// keyword finds the word kw standing alone in src[s:e] outside strings
// and brackets; -1 when absent.
func (t *tmpl) keyword(s, e int, kw string) int {
	return t.scanTop(s, e, func(j int) (int, bool) {
		if !isIdentStart(t.src[j]) || (j > s && isIdent(t.src[j-1])) {
			return j, false
		}
		w, _, we := t.word(j, e)
		return we - 1, w == kw
	})
}

// word returns the identifier at or after s (after blanks), with its
// span; "" when none.
func (t *tmpl) word(s, e int) (string, int, int) {
	for s < e && isSpace(t.src[s]) {
		s++
	}
	j := s
	for j < e && isIdent(t.src[j]) {
		j++
	}
	if j == s || !isIdentStart(t.src[s]) {
		return "", s, s
	}
	return string(t.src[s:j]), s, j
}

// strEnd returns the offset just past the string literal opening at i.
func (t *tmpl) strEnd(i, e int) int {
	q := t.src[i]
	for j := i + 1; j < e; j++ {
		switch t.src[j] {
		case '\\':
			j++
		case q:
			return j + 1
		}
	}
	return e
}

// Words of the template languages, and names they bind themselves.
var reserved = map[string]bool{
	"and": true, "or": true, "not": true, "in": true, "is": true, "if": true, "else": true,
	"true": true, "false": true, "none": true, "True": true, "False": true, "None": true,
	"loop": true, "forloop": true, "as": true, "with": true, "only": true, "recursive": true,
	"reversed": true, "super": true, "block": true, "self": true, "caller": true, "varargs": true,
	"kwargs": true, "range": true, "dict": true, "lipsum": true, "cycler": true, "joiner": true,
	"namespace": true, "request": true, "csrf_token": true, "perms": true, "user": true,
	"messages": true, "config": true, "session": true, "g": true, "url_for": true,
	"get_flashed_messages": true, "_": true, "gettext": true, "ngettext": true,
}

// Methods of a dict that give its values (to a for loop), not fields.
var methods = map[string]bool{"items": true, "values": true}

// expr reads the expression src[s:e]: each name path in it; it returns
// what the whole expression holds when it is one path (a for loop's or a
// with's value).
func (t *tmpl) expr(s, e int) binding {
	var whole binding
	paths := 0
	for j := s; j < e; {
		c := t.src[j]
		switch {
		case c == '"' || c == '\'':
			j = t.strEnd(j, e)
		case c == '|':
			// a filter's name is not a variable
			j++
			_, _, we := t.word(j, e)
			j = max(j, we)
		case isDigit(c):
			for j < e && (isIdent(t.src[j]) || t.src[j] == '.') {
				j++
			}
		case isIdentStart(c):
			prevDot := j > s && t.prevNonSpace(s, j) == '.'
			b, k := t.path(j, e)
			if !prevDot {
				paths++
				whole = b
			}
			j = k
		default:
			j++
		}
	}
	if paths != 1 {
		return binding{}
	}
	return whole
}

func (t *tmpl) prevNonSpace(s, j int) byte {
	for k := j - 1; k >= s; k-- {
		if !isSpace(t.src[k]) {
			return t.src[k]
		}
	}
	return 0
}

// path reads a name and its accessors from j: x.a.b, x['a'], x.0, and
// reports each field read of a value with origins. It returns what the
// path holds (the origins carry through items and nested objects, as the
// code front-ends do for x["a"]["b"]) and where it ends.
func (t *tmpl) path(j, e int) (binding, int) {
	name, ns, ne := t.word(j, e)
	k := ne
	// a keyword argument (f(x=...)) or a call's name: not a variable
	if m := t.skipSpace(k, e); m < e && (t.src[m] == '=' && (m+1 >= e || t.src[m+1] != '=') || t.src[m] == '(') {
		return binding{}, k
	}
	b, known := t.lookup(name)
	if !known && !reserved[name] {
		b = binding{free: name, fs: ns, fe: ne}
		t.used[name] = true
	}
	for k < e {
		switch t.src[k] {
		case '.':
			a, as, ae := t.word(k+1, e)
			if a == "" {
				// x.0: an item
				m := k + 1
				for m < e && isDigit(t.src[m]) {
					m++
				}
				if m == k+1 {
					return b, k + 1
				}
				k = m
				continue
			}
			if methods[a] {
				// forms.items, forms.values(): the same values, by key
				if m := t.skipSpace(ae, e); m+1 < e && t.src[m] == '(' && t.src[m+1] == ')' {
					ae = m + 2
				}
				return b, ae
			}
			if m := t.skipSpace(ae, e); m < e && t.src[m] == '(' {
				// a method: what it returns is not a field's value
				return binding{}, ae
			}
			t.field(b, a, ir.FieldAttr, ir.Span{Start: as, End: ae}, true, name, ns, k, ae)
			k = ae
		case '[':
			close := bytes.IndexByte(t.src[k:e], ']')
			if close < 0 {
				return b, e
			}
			inner := k + 1
			for inner < k+close && isSpace(t.src[inner]) {
				inner++
			}
			end := k + close + 1
			if q := t.src[inner]; (q == '"' || q == '\'') && t.strEnd(inner, k+close) > inner+1 && t.src[t.strEnd(inner, k+close)-1] == q {
				se := t.strEnd(inner, k+close)
				lit := t.src[inner+1 : se-1]
				t.field(b, string(lit), ir.FieldSubscript, ir.Span{Start: inner + 1, End: se - 1}, !bytes.ContainsRune(lit, '\\'), name, ns, k, end)
			} else {
				t.expr(k+1, k+close)
			}
			k = end
		default:
			return b, k
		}
	}
	return b, k
}

func (t *tmpl) skipSpace(k, e int) int {
	for k < e && isSpace(t.src[k]) {
		k++
	}
	return k
}

// field records a read of a value with origins.
func (t *tmpl) field(b binding, name string, kind ir.FieldKind, sp ir.Span, raw bool, recv string, rs, as, ae int) {
	if b.free != "" {
		b.origin = []int{t.freeVar(b.free, b.fs, b.fe)}
	}
	if len(b.origin) == 0 || name == "" {
		return
	}
	t.reads++
	t.b.File.Fields = append(t.b.File.Fields, ir.FieldRead{
		Name: name, Span: sp, Kind: kind, Origin: append([]int(nil), b.origin...), Receiver: recv, Raw: raw,
		Access: ir.Span{Start: as, End: ae}, Expr: ir.Span{Start: rs, End: ae},
	})
}

// lookup finds a name the template binds, innermost first.
func (t *tmpl) lookup(name string) (binding, bool) {
	for i := len(t.scopes) - 1; i >= 0; i-- {
		if b, ok := t.scopes[i][name]; ok {
			return b, true
		}
	}
	return binding{}, false
}

// freeVar is the URL standing for a variable the view renders the
// template with (one per name, at its first use).
func (t *tmpl) freeVar(name string, s, e int) int {
	if id, ok := t.free[name]; ok {
		return id
	}
	id := t.b.AddURL(ir.Result(views.Def(t.view, name), ir.Span{Start: s, End: e}))
	t.free[name] = id
	return id
}

func isSpace(c byte) bool      { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isIdentStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isIdent(c byte) bool      { return isIdentStart(c) || isDigit(c) }

// include reads {% include "row.html" [with a=b ...] [only] %}: the
// included template is rendered with this one's context, so its
// variables are this template's: the names bound where it is included
// (a loop's item, with's names) are offered to it now, the view's
// variables at the end (offerIncludes), unless "only" limits it to the
// with names.
func (t *tmpl) include(s, e int) {
	s = t.skipSpace(s, e)
	if s >= e || t.src[s] != '"' && t.src[s] != '\'' {
		t.expr(s, e)
		return
	}
	se := t.strEnd(s, e)
	if se <= s+1 || t.src[se-1] != t.src[s] {
		return
	}
	name := string(t.src[s+1 : se-1])
	rest := se
	only := t.keyword(rest, e, "only")
	end := e
	if only >= 0 {
		end = only
	}
	if w := t.keyword(rest, end, "with"); w >= 0 {
		t.push("include")
		t.assignments(w+4, end)
		with := t.scopes[len(t.scopes)-1]
		t.scopes = t.scopes[:len(t.scopes)-1]
		t.blocks = t.blocks[:len(t.blocks)-1]
		for _, n := range slices.Sorted(maps.Keys(with)) {
			t.offer(name, n, with[n])
		}
	}
	if only >= 0 {
		return
	}
	seen := map[string]bool{}
	for i := len(t.scopes) - 1; i >= 0; i-- {
		for _, n := range slices.Sorted(maps.Keys(t.scopes[i])) {
			if !seen[n] {
				seen[n] = true
				t.offer(name, n, t.scopes[i][n])
			}
		}
	}
	t.includes = append(t.includes, name)
}

// offer gives the included template view its variable name: what b
// holds here.
func (t *tmpl) offer(view, name string, b binding) {
	var parts []ir.Part
	switch {
	case b.free != "":
		parts = []ir.Part{{Kind: ir.Hole, Name: ir.FuncDef(views.Def(t.view, b.free))}}
	case len(b.origin) > 0:
		parts = t.b.File.URLs[b.origin[0]].Parts
	default:
		return
	}
	def := ir.FuncDef(views.Def(view, name))
	if t.offered[def] {
		// the first wins: two values for one name would make the
		// repository pass leave it unresolved
		return
	}
	t.offered[def] = true
	t.b.File.Defs = append(t.b.File.Defs, ir.Def{Name: def, Parts: parts})
}

// offerIncludes gives each template included with the whole context
// the view's variables this one names.
func (t *tmpl) offerIncludes() {
	names := slices.Sorted(maps.Keys(t.used))
	for _, inc := range t.includes {
		for _, n := range names {
			t.offer(inc, n, binding{free: n})
		}
	}
}
