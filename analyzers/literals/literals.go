// Package literals reads source files of languages kobolint has no parser
// for (Java, Kotlin, Swift, Dart, Ruby, PowerShell, ...). Kobo clients are
// written in them too: an Android app calling
// "https://kc.kobotoolbox.org/api/v1/data", a PowerShell export job.
// Without a grammar nothing is known of variables, calls or field reads,
// so this front-end reports what a careful lexer
// sees: the string literals (interpolations such as "$id" or "#{id}" are
// holes), the comments (as comments, with their kobolint:ignore
// directives) and whether the code names Kobo. Hosts and endpoints are
// found from that. Fields are found only by the table's distinctive names,
// read as members or keys (fields.go), and as the columns a Power Query
// step expands by name.
//
// Basic (VBA modules, classes and forms: .bas, .cls, .frm; VB.NET .vb;
// VBScript .vbs) joins strings with &, also across " _" line
// continuations, and declares `Const BASE As String = "..."`. Power Query
// (.pq, .pqm) joins with &, skips #"quoted identifiers", and makes one
// request URL of Web.Contents(base, [RelativePath = "..."]) (see
// powerquery.go). A .m file is read by its content: Power Query when it
// holds a let expression or Power Query functions, Objective-C when it
// holds #import, @interface or @"..." strings, MATLAB otherwise (%
// comments). A .cls file that is a LaTeX class is not read.
package literals

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"

	"path/filepath"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// syntax is what the lexer needs of a language: how comments start and
// end, which quotes delimit strings, and how double-quoted strings embed
// values.
type syntax struct {
	line   []string    // line comment openers
	block  [][2]string // block comment delimiters
	quotes string      // string delimiters
	// interp lists the interpolation forms of double-quoted strings:
	// "$" ($name, ${...}, $(...)), "{$" ({$expr}), "#{" (#{expr}), `\(`.
	interp []string
	// join lists the operators that concatenate strings ("+." when
	// empty: + and PHP's .; "&+" in Basic, "&" in Power Query).
	join string
	// doubled: a quote inside a string is written twice ("say ""hi""")
	// and a backslash is an ordinary character (Basic, Power Query).
	doubled bool
	// quotedIdent: this byte before a quote makes a quoted identifier,
	// not a string (Power Query's #"Changed Type").
	quotedIdent byte
	// asType: `Name As Type = value` declarations (Basic's Const, Dim).
	asType bool
	// remLine: a line (or a statement after ':') starting with Rem is a
	// comment (Basic).
	remLine bool
}

var (
	cLike  = syntax{line: []string{"//"}, block: [][2]string{{"/*", "*/"}}, quotes: `"'`}
	hashed = syntax{line: []string{"#"}, quotes: `"'`}
	// basic is Visual Basic's (VBA modules .bas, classes .cls, forms
	// .frm; VB.NET; VBScript): ' and Rem comments, "" inside strings,
	// & joins, `Const BASE As String = "..."`.
	basic = syntax{line: []string{"'"}, quotes: `"`, join: "&+", doubled: true, asType: true, remLine: true}
	// powerQuery is the M language of Power Query (.pq, .pqm, and .m when
	// the content says so): // and /* */ comments, "" inside strings,
	// & joins, #"quoted identifiers".
	powerQuery = syntax{line: []string{"//"}, block: [][2]string{{"/*", "*/"}}, quotes: `"`, join: "&",
		doubled: true, quotedIdent: '#'}
	// matlab: % comments, '...' and "..." with doubled quotes.
	matlab = syntax{line: []string{"%"}, block: [][2]string{{"%{", "%}"}}, quotes: `'"`, doubled: true}
)

// Languages maps a language name to its syntax and file endings.
var Languages = map[string]struct {
	Exts   []string
	syntax syntax
}{
	"java":       {[]string{".java"}, cLike},
	"kotlin":     {[]string{".kt", ".kts"}, withInterp(cLike, "$")},
	"swift":      {[]string{".swift"}, syntax{line: []string{"//"}, block: [][2]string{{"/*", "*/"}}, quotes: `"`, interp: []string{`\(`}}},
	"dart":       {[]string{".dart"}, withInterp(cLike, "$")},
	"scala":      {[]string{".scala", ".sc"}, withInterp(cLike, "$")},
	"groovy":     {[]string{".groovy", ".gradle"}, withInterp(cLike, "$")},
	"rust":       {[]string{".rs"}, syntax{line: []string{"//"}, block: [][2]string{{"/*", "*/"}}, quotes: `"`}},
	"c":          {[]string{".c", ".h", ".cpp", ".cc", ".hpp", ".cxx"}, cLike},
	"ruby":       {[]string{".rb", ".rake"}, withInterp(hashed, "#{")},
	"perl":       {[]string{".pl", ".pm"}, withInterp(hashed, "$")},
	"powershell": {[]string{".ps1", ".psm1"}, syntax{line: []string{"#"}, block: [][2]string{{"<#", "#>"}}, quotes: `"'`, interp: []string{"$"}}},
	"lua":        {[]string{".lua"}, syntax{line: []string{"--"}, quotes: `"'`}},
	"elixir":     {[]string{".ex", ".exs"}, withInterp(hashed, "#{")},
	"julia":      {[]string{".jl"}, syntax{line: []string{"#"}, block: [][2]string{{"#=", "=#"}}, quotes: `"`, interp: []string{"$"}}},
	"vb":         {[]string{".vb", ".vbs"}, basic},
	"vba":        {[]string{".bas", ".cls", ".frm"}, basic},
	// .m is claimed here and decided by content (see sniffM): Power
	// Query, Objective-C or MATLAB.
	"powerquery": {[]string{".pq", ".pqm", ".m"}, powerQuery},
}

// variants are the languages a file of a claimed ending may turn out to
// be, with their syntax; sniff picks one.
var variants = map[string]syntax{"objc": cLike, "matlab": matlab}

// Names lists the languages in a fixed order.
func Names() []string { return slices.Sorted(maps.Keys(Languages)) }

func withInterp(s syntax, forms ...string) syntax {
	s.interp = forms
	return s
}

// maxLiteral bounds the literals kept: longer ones are data, not URLs.
const maxLiteral = 4096

// For returns the front-end of one language of Languages.
func For(lang string) func(path string, src []byte) (*ir.File, error) {
	l, ok := Languages[lang]
	if !ok {
		panic("literals: unknown language " + lang)
	}
	return func(path string, src []byte) (f *ir.File, err error) {
		defer func() {
			if r := recover(); r != nil {
				f, err = nil, fmt.Errorf("%s: internal error: %v", lang, r)
			}
		}()
		name, sx := lang, l.syntax
		switch {
		case lang == "powerquery" && strings.EqualFold(filepath.Ext(path), ".m"):
			name = sniffM(src)
			if v, ok := variants[name]; ok {
				sx = v
			}
		case lang == "vba" && strings.EqualFold(filepath.Ext(path), ".cls") && isLaTeX(src):
			// a LaTeX class file, not a VBA class module
			return &ir.File{Path: path, Lang: "latex"}, nil
		}
		return analyze(path, name, sx, src), nil
	}
}

type lexer struct {
	src   []byte
	sx    syntax
	b     ir.Builder
	lines *remap.Lines
	// defs are the string literals assigned to a name earlier in the file
	// (NAME = "...", $name = '...'), inlined where the name is used in an
	// interpolation or joined to a literal with + or '.'.
	defs map[string][]ir.Part
	// fields are the reads of distinctive field names (fields.go), kept
	// at the end unless the file requests another service too
	fields []ir.FieldRead
	// base is the base URL of the HTTP client the file set up last
	// (clients.go), Via its setter
	base, firstBase []ir.Part
	pending         []pendingPath
}

func analyze(path, lang string, sx syntax, src []byte) *ir.File {
	f := &ir.File{Path: path, Lang: lang, Fragments: true, Syntax: fixsyntax.Base{}}
	lx := &lexer{src: src, sx: sx, b: ir.Builder{File: f}, lines: remap.NewLines(src), defs: map[string][]ir.Part{}}
	lx.run()
	lx.joinPending()
	lx.keepFields()
	if sx.join == powerQuery.join && sx.quotedIdent != 0 {
		lx.webContents()
	}
	comments.SortByLine(f.Suppressions)
	return f
}

func (lx *lexer) run() {
	src := lx.src
	for i := 0; i < len(src); {
		if end, ok := lx.comment(i); ok {
			comments.Comment(&lx.b, src, i, end, lx.lines.Line)
			i = end
			continue
		}
		c := src[i]
		switch {
		case lx.sx.quotedIdent != 0 && c == lx.sx.quotedIdent && i+1 < len(src) && src[i+1] == '"':
			i = lx.skipString(i + 1)
		case strings.IndexByte(lx.sx.quotes, c) >= 0:
			i = lx.literal(i)
		case isIdentByte(c):
			j := i
			for j < len(src) && isIdentByte(src[j]) {
				j++
			}
			if !lx.b.File.KoboHint && names.SaysKoboBytes(src[i:j]) {
				lx.b.File.KoboHint = true
			}
			lx.memberRead(i, j)
			i = j
		default:
			i++
		}
	}
}

// comment reports a comment starting at i and where it ends.
func (lx *lexer) comment(i int) (end int, ok bool) {
	src := lx.src
	for _, d := range lx.sx.block {
		if bytes.HasPrefix(src[i:], []byte(d[0])) {
			k := bytes.Index(src[i+len(d[0]):], []byte(d[1]))
			if k < 0 {
				return len(src), true
			}
			return i + len(d[0]) + k + len(d[1]), true
		}
	}
	if lx.sx.remLine && lx.remAt(i) {
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			return len(src), true
		}
		return i + k, true
	}
	for _, o := range lx.sx.line {
		if bytes.HasPrefix(src[i:], []byte(o)) && lx.lineCommentAt(i, o) {
			k := bytes.IndexByte(src[i:], '\n')
			if k < 0 {
				return len(src), true
			}
			return i + k, true
		}
	}
	return 0, false
}

// lineCommentAt rules out openers that are part of something else: the
// "#" of PHP's "#[Attribute]" and the "--" of "i--" are not comments; a
// "//" right after ':' is a URL's, not a comment, when it is outside a
// string (rare, but cheap to honour).
func (lx *lexer) lineCommentAt(i int, o string) bool {
	src := lx.src
	switch o {
	case "#":
		return i+1 >= len(src) || src[i+1] != '[' && src[i+1] != '{'
	case "--":
		return i == 0 || !isIdentByte(src[i-1]) && src[i-1] != ')'
	case "//":
		return i == 0 || src[i-1] != ':'
	}
	return true
}

// literal reads the string starting at the quote src[i] and returns the
// offset after it. A string that does not end on its line (a lone quote
// in prose, an apostrophe) is skipped over one byte.
func (lx *lexer) literal(i int) int {
	src := lx.src
	q := src[i]
	if i+2 < len(src) && src[i+1] == q && src[i+2] == q {
		// a triple-quoted block (Kotlin, Scala, Groovy, Dart, Swift,
		// Julia, Elixir): read to the closing triple
		k := bytes.Index(src[i+3:], []byte{q, q, q})
		if k < 0 {
			return len(src)
		}
		lx.emit(i+3, i+3+k, q)
		return i + 3 + k + 3
	}
	j := lx.stringEnd(i)
	if j < 0 {
		return i + 1
	}
	lx.emit(i+1, j, q)
	return j + 1
}

// stringEnd returns the offset of the quote that closes the string
// opened at src[i] on its line, or -1.
func (lx *lexer) stringEnd(i int) int {
	src := lx.src
	q := src[i]
	j := i + 1
	for j < len(src) && src[j] != '\n' {
		switch {
		case src[j] == q && lx.sx.doubled && j+1 < len(src) && src[j+1] == q:
			j += 2
			continue
		case src[j] == q:
			return j
		case src[j] == '\\' && !lx.sx.doubled:
			j++
		}
		j++
	}
	return -1
}

// skipString returns the offset after the string opened at src[i] (a
// quoted identifier), or i+1 when it does not close on its line.
func (lx *lexer) skipString(i int) int {
	if j := lx.stringEnd(i); j >= 0 {
		return j + 1
	}
	return i + 1
}

// remAt: a Basic Rem comment starts at i (at the start of a statement).
func (lx *lexer) remAt(i int) bool {
	src := lx.src
	if i+3 > len(src) || !strings.EqualFold(string(src[i:i+3]), "rem") || i+3 < len(src) && isIdentByte(src[i+3]) {
		return false
	}
	k := lx.back(i)
	return k < 0 || src[k] == '\n' || src[k] == ':'
}

// emit adds the literal src[s:e] (its quotes at s-1 and e) as a URL
// expression when its text could hold a URL: with the name it is assigned
// to, and after the value of a name it is joined to.
func (lx *lexer) emit(s, e int, q byte) {
	text := lx.src[s:e]
	if e-s > maxLiteral {
		return
	}
	var parts []ir.Part
	if q == '"' && len(lx.sx.interp) > 0 {
		parts = lx.interpolated(s, e)
	} else {
		parts = []ir.Part{lx.lit(s, e)}
	}
	open := s - 1
	if open >= 2 && lx.src[open-1] == q && lx.src[open-2] == q {
		open -= 2 // a triple quote
	}
	if base, at := lx.joinedTo(open); base != nil {
		parts = append(append([]ir.Part(nil), base...), parts...)
		open = at // the expression starts at the name: `$v = $base . '/x'`
	}
	if h, ok := lx.continued(e + 1); ok {
		// "/api/v1/data/" + formId: the value goes on at run time
		parts = append(parts, h)
	}
	lx.keyRead(s, e)
	joined, request := lx.clientPath(open, parts)
	if !request && !urlparts.HasURLText(parts) && !bytes.ContainsAny(text, "/.") {
		return
	}
	lx.clientBase(open, parts)
	u := ir.URL{Parts: joined}
	if request {
		u.Role = ir.RoleRequest
	}
	if name := lx.assignedTo(open); name != "" {
		u.Role, u.Var = ir.RoleAssign, name
		if lx.endsValue(e + 1) {
			lx.defs[name] = parts
		}
	}
	lx.b.AddURL(u)
}

// back returns the offset of the last non-blank byte before i (spaces and
// tabs only), or -1.
func (lx *lexer) back(i int) int {
	for i--; i >= 0 && (lx.src[i] == ' ' || lx.src[i] == '\t'); i-- {
	}
	return i
}

// nameBefore reads the name that ends at src[end] (inclusive): an
// identifier, possibly reached through $, ->, ., :: or @ (this->kobo,
// self::BASE, $base, @base). It returns the last identifier and where the
// whole name starts, or "" when there is no identifier.
func (lx *lexer) nameBefore(end int) (name string, start int) {
	src := lx.src
	j := end + 1
	i := j
	for i > 0 && isIdentByte(src[i-1]) {
		i--
	}
	if i == j || src[i] >= '0' && src[i] <= '9' {
		return "", -1
	}
	name, start = string(src[i:j]), i
	for {
		switch {
		case start > 0 && (src[start-1] == '$' || src[start-1] == '@'):
			start--
		case start > 1 && (string(src[start-2:start]) == "->" || string(src[start-2:start]) == "::"):
			k := start - 2
			for k > 0 && isIdentByte(src[k-1]) {
				k--
			}
			start = k
			continue
		}
		return name, start
	}
}

// assignedTo returns the name a literal starting at open is assigned to
// (NAME = "...", $name = '...', val name = "..."), or "".
func (lx *lexer) assignedTo(open int) string {
	src := lx.src
	k := lx.back(open)
	if k < 0 || src[k] != '=' {
		return ""
	}
	if k > 0 && strings.IndexByte("=!<>+-*/.:", src[k-1]) >= 0 {
		return "" // ==, !=, <=, >=, +=, .=, := ...
	}
	if k+1 < len(src) && (src[k+1] == '=' || src[k+1] == '>') {
		return "" // ==, =>
	}
	name, start := lx.nameBefore(lx.back(k))
	if lx.sx.asType && name != "" {
		// Const BASE As String = "...": the name is before As
		if w, ws := lx.nameBefore(lx.back(start)); strings.EqualFold(w, "as") {
			if n, _ := lx.nameBefore(lx.back(ws)); n != "" {
				return n
			}
		}
	}
	return name
}

// backCont steps from a line break at k (where a literal's line
// starts) back over a Basic line continuation (" _" ending the line
// before) to the last byte before it; any other k is returned as is.
func (lx *lexer) backCont(k int) int {
	src := lx.src
	if !lx.sx.asType || k < 0 || src[k] != '\n' {
		return k
	}
	j := k - 1
	if j >= 0 && src[j] == '\r' {
		j--
	}
	if j >= 1 && src[j] == '_' && (src[j-1] == ' ' || src[j-1] == '\t') {
		return lx.back(j)
	}
	return k
}

// endsValue: after the closing quote the statement or argument ends, so
// the literal is the whole value.
func (lx *lexer) endsValue(i int) bool {
	src := lx.src
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if lx.sx.quotedIdent != 0 && bytes.HasPrefix(src[i:], []byte("meta")) {
		return true // a Power Query parameter: "..." meta [IsParameterQuery = true]
	}
	if _, ok := lx.comment(i); ok && i < len(src) {
		return true
	}
	return i >= len(src) || strings.IndexByte(";,)\r\n#/", src[i]) >= 0
}

// joinedTo returns the value of a name that the literal at open is joined
// to (BASE + "/api/v1", $base . '/forms'), when the file assigned it a
// string earlier.
func (lx *lexer) joinedTo(open int) ([]ir.Part, int) {
	src := lx.src
	k := lx.backCont(lx.back(open))
	if k < 1 || !lx.joins(src[k]) || src[k-1] == src[k] {
		return nil, open
	}
	name, start := lx.nameBefore(lx.back(k))
	if ps, ok := lx.defs[name]; ok {
		return urlparts.WithVia(ps, name), start
	}
	return nil, open
}

// continued reports a literal whose closing quote (just before i) is
// followed by + or '.' and a value: a hole stands for that value.
func (lx *lexer) continued(i int) (ir.Part, bool) {
	src := lx.src
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i+1 >= len(src) || !lx.joins(src[i]) || src[i+1] == src[i] || src[i+1] == '=' {
		return ir.Part{}, false
	}
	j := i + 1
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j < len(src) && strings.IndexByte(`"'`, src[j]) >= 0 {
		return ir.Part{}, false // another literal: emitted on its own
	}
	if lx.sx.join != "" && j+1 < len(src) && src[j] == '_' && (src[j+1] == '\n' || src[j+1] == '\r') {
		return ir.Part{}, false // a Basic line continuation: the next line goes on
	}
	k := j
	for k < len(src) && (isIdentByte(src[k]) || src[k] == '$' || src[k] == '.' || src[k] == '>' || src[k] == '-') {
		k++
	}
	if k == j {
		return ir.Part{}, false
	}
	return ir.Part{Kind: ir.Hole, Name: string(src[j:k]), Span: ir.Span{Start: j, End: k}}, true
}

// interpolated splits a double-quoted string into literal pieces and holes
// for the values it embeds.
func (lx *lexer) interpolated(s, e int) []ir.Part {
	src := lx.src
	var out []ir.Part
	from := s
	for i := s; i < e; {
		n, name := lx.interpAt(i, e)
		if n == 0 {
			if src[i] == '\\' {
				i++
			}
			i++
			continue
		}
		if i > from {
			out = append(out, lx.lit(from, i))
		}
		if ps, ok := lx.defs[lastName(name)]; ok {
			out = append(out, urlparts.WithVia(ps, lastName(name))...)
		} else {
			out = append(out, ir.Part{Kind: ir.Hole, Name: holeName(name), Span: ir.Span{Start: i, End: i + n}})
		}
		i += n
		from = i
	}
	if from < e {
		out = append(out, lx.lit(from, e))
	}
	return out
}

// interpAt is the length and name of an interpolation at i, or 0.
func (lx *lexer) interpAt(i, e int) (int, string) {
	src := lx.src
	for _, form := range lx.sx.interp {
		if !bytes.HasPrefix(src[i:e], []byte(form)) {
			continue
		}
		k := i + len(form)
		switch {
		case form == "$" && k < e && (src[k] == '{' || src[k] == '('):
			if end := closing(src, k, e); end > 0 {
				return end - i, string(src[k+1 : end-1])
			}
		case form == "$":
			j := k
			for j < e && isIdentByte(src[j]) {
				j++
			}
			if j < e && src[j] == ':' && strings.EqualFold(string(src[k:j]), "env") {
				// PowerShell's $env:KOBO_URL
				for j++; j < e && isIdentByte(src[j]); j++ {
				}
			}
			if j > k && (src[k] < '0' || src[k] > '9') {
				return j - i, string(src[k:j])
			}
		case form == "{$": // PHP: {$expr}
			if end := closing(src, i, e); end > 0 {
				return end - i, string(src[k-1 : end-1])
			}
		default: // "#{", `\(`: the form ends with its bracket
			if end := closing(src, k-1, e); end > 0 {
				return end - i, string(src[k : end-1])
			}
		}
	}
	return 0, ""
}

// holeName spells an interpolated expression for the repository pass:
// without the sigil, and an environment variable by its name
// ($env:KOBO_URL gives KOBO_URL).
func holeName(expr string) string {
	expr = strings.TrimPrefix(strings.TrimSpace(expr), "$")
	if len(expr) > 4 && strings.EqualFold(expr[:4], "env:") {
		expr = expr[4:]
	}
	return expr
}

// lastName is the last identifier of an interpolated expression
// ($this->kobo gives kobo, base gives base), or "" for anything more.
func lastName(expr string) string {
	expr = strings.TrimPrefix(strings.TrimSpace(expr), "$")
	if i := strings.LastIndex(expr, "->"); i >= 0 {
		expr = expr[i+2:]
	}
	for _, c := range []byte(expr) {
		if !isIdentByte(c) {
			return ""
		}
	}
	return expr
}

// closing returns the offset after the bracket matching src[open] within
// src[:e], or 0.
func closing(src []byte, open, e int) int {
	o := src[open]
	c := map[byte]byte{'{': '}', '(': ')'}[o]
	if c == 0 {
		return 0
	}
	depth := 0
	for i := open; i < e; i++ {
		switch src[i] {
		case o:
			depth++
		case c:
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return 0
}

// lit is the literal piece src[s:e] in the file's syntax.
func (lx *lexer) lit(s, e int) ir.Part {
	if lx.sx.doubled {
		text := string(lx.src[s:e])
		for _, q := range lx.sx.quotes {
			text = strings.ReplaceAll(text, string(q)+string(q), string(q))
		}
		return ir.Part{Kind: ir.Lit, Text: text, Span: ir.Span{Start: s, End: e}, Raw: text == string(lx.src[s:e])}
	}
	return lit(lx.src, s, e)
}

// lit is the literal piece src[s:e]: raw when it holds no escape, else
// with the escapes a URL may carry (\/ \" \') resolved.
func lit(src []byte, s, e int) ir.Part {
	text := string(src[s:e])
	if !strings.Contains(text, `\`) {
		return ir.Part{Kind: ir.Lit, Text: text, Span: ir.Span{Start: s, End: e}, Raw: true}
	}
	text = strings.NewReplacer(`\/`, "/", `\"`, `"`, `\'`, "'", `\\`, `\`).Replace(text)
	return ir.Part{Kind: ir.Lit, Text: text, Span: ir.Span{Start: s, End: e}}
}

// joins reports whether c concatenates strings in the file's syntax.
func (lx *lexer) joins(c byte) bool {
	ops := lx.sx.join
	if ops == "" {
		ops = "+."
	}
	return strings.IndexByte(ops, c) >= 0
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
