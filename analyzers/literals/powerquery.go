package literals

import (
	"bytes"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// Power Query (M) is how Excel and Power BI read the Kobo API:
//
//	Source = Json.Document(Web.Contents("https://kc.kobotoolbox.org",
//	    [RelativePath = "api/v1/data/" & Text.From(FormId), Query = [format = "json"]])),
//	Rows = Table.ExpandRecordColumn(Source, "Column1", {"formid", "title"})
//
// Web.Contents joins its RelativePath option to the base URL, so the two
// are one request URL; the column names a step expands from the records
// are field reads of the file's responses.

// sniffM tells what a .m file holds: Power Query ("powerquery"),
// Objective-C ("objc") or MATLAB ("matlab", also when nothing says).
func sniffM(src []byte) string {
	head := src
	if len(head) > 8192 {
		head = head[:8192]
	}
	switch {
	case bytes.Contains(head, []byte("Web.Contents")) || bytes.Contains(head, []byte("Json.Document")) ||
		bytes.Contains(head, []byte("Table.")) || bytes.Contains(head, []byte(`#"`)) ||
		mLet(head):
		return "powerquery"
	case bytes.Contains(head, []byte("#import")) || bytes.Contains(head, []byte("@interface")) ||
		bytes.Contains(head, []byte("@implementation")) || bytes.Contains(head, []byte(`@"`)) ||
		bytes.Contains(head, []byte("#include")):
		return "objc"
	}
	return "matlab"
}

// mLet: the text starts (after comments and blanks) with a let
// expression, the shape of every Power Query query.
func mLet(src []byte) bool {
	i := 0
	for i < len(src) {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n':
			i++
		case bytes.HasPrefix(src[i:], []byte("//")):
			k := bytes.IndexByte(src[i:], '\n')
			if k < 0 {
				return false
			}
			i += k
		case bytes.HasPrefix(src[i:], []byte("/*")):
			k := bytes.Index(src[i:], []byte("*/"))
			if k < 0 {
				return false
			}
			i += k + 2
		default:
			return bytes.HasPrefix(src[i:], []byte("let")) && (i+3 >= len(src) || !isIdentByte(src[i+3]))
		}
	}
	return false
}

// isLaTeX: a .cls file that is a LaTeX document class.
func isLaTeX(src []byte) bool {
	head := src
	if len(head) > 4096 {
		head = head[:4096]
	}
	for _, w := range []string{`\NeedsTeXFormat`, `\ProvidesClass`, `\LoadClass`, `\documentclass`, `\DeclareOption`} {
		if bytes.Contains(head, []byte(w)) {
			return true
		}
	}
	return false
}

// mCalls finds the calls of fn (a dotted name such as Web.Contents) in
// the code and returns the offset of each one's opening parenthesis.
func (lx *lexer) mCalls(fn string) []int {
	var out []int
	lx.mNames(func(i, j int) {
		if string(lx.src[i:j]) == fn && (i == 0 || lx.src[i-1] != '.') {
			if k := skipBlank(lx.src, j); k < len(lx.src) && lx.src[k] == '(' {
				out = append(out, k)
			}
		}
	})
	return out
}

// mNames calls visit with the range of each name of the code (dotted, as
// M spells Web.Contents), outside strings and comments.
func (lx *lexer) mNames(visit func(i, j int)) {
	lx.mScan(0, len(lx.src), func(i, j, _ int) bool {
		if isNameByte(lx.src[i]) {
			visit(i, j)
		}
		return true
	})
}

// mScan walks the code of src[a:e], outside its strings and comments,
// token by token: each name (see mNames) and each other byte. visit gets
// the token's range and the bracket depth, counting the token itself when
// it opens or closes a bracket; it returns false to stop the walk.
func (lx *lexer) mScan(a, e int, visit func(i, j, depth int) bool) {
	src := lx.src
	depth := 0
	for i := a; i < e; {
		if end, ok := lx.comment(i); ok {
			i = end
			continue
		}
		j := i + 1
		switch c := src[i]; {
		case c == '"':
			i = lx.skipString(i)
			continue
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		case isNameByte(c):
			for j < e && isNameByte(src[j]) {
				j++
			}
		}
		if !visit(i, j, depth) {
			return
		}
		i = j
	}
}

// isNameByte reports the bytes of a dotted name.
func isNameByte(c byte) bool { return isIdentByte(c) || c == '.' }

func skipBlank(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n') {
		i++
	}
	return i
}

// mSplit splits src[a:e] at the top-level occurrences of sep (outside
// strings, comments and brackets) and returns the pieces' ranges.
func (lx *lexer) mSplit(a, e int, sep byte) [][2]int {
	var out [][2]int
	from := a
	lx.mScan(a, e, func(i, _, depth int) bool {
		if lx.src[i] == sep && depth == 0 {
			out = append(out, [2]int{from, i})
			from = i + 1
		}
		return true
	})
	return append(out, [2]int{from, e})
}

// mClose returns the offset of the bracket closing the one at src[open],
// or -1.
func (lx *lexer) mClose(open int) int {
	end := -1
	lx.mScan(open, len(lx.src), func(i, _, depth int) bool {
		if c := lx.src[i]; depth == 0 && (c == ')' || c == ']' || c == '}') {
			end = i
			return false
		}
		return true
	})
	return end
}

// trimRange drops blanks and comments before src[a:e], blanks after.
func (lx *lexer) trimRange(a, e int) (int, int) {
	for a < e {
		if strings.IndexByte(" \t\r\n", lx.src[a]) >= 0 {
			a++
			continue
		}
		if end, ok := lx.comment(a); ok {
			a = min(end, e)
			continue
		}
		break
	}
	for e > a && strings.IndexByte(" \t\r\n", lx.src[e-1]) >= 0 {
		e--
	}
	return a, e
}

// mExpr reads a text expression of M: string literals and names joined
// by &. A name the file defines is inlined; anything else is a hole.
func (lx *lexer) mExpr(a, e int) []ir.Part {
	var out []ir.Part
	for _, t := range lx.mSplit(a, e, '&') {
		s, en := lx.trimRange(t[0], t[1])
		if s >= en {
			continue
		}
		if lx.src[s] == '"' {
			if j := lx.stringEnd(s); j == en-1 {
				out = append(out, lx.lit(s+1, j))
				continue
			}
		}
		name := string(lx.src[s:en])
		if ps, ok := lx.defs[name]; ok {
			out = append(out, urlparts.WithVia(ps, name)...)
			continue
		}
		if len(name) > 60 {
			name = name[:60]
		}
		out = append(out, ir.Part{Kind: ir.Hole, Name: name, Span: ir.Span{Start: s, End: en}})
	}
	return out
}

// mField returns the range of the value of field name in the record
// literal src[open] == '[' ... (RelativePath = "..."), or ok false.
func (lx *lexer) mField(open int, name string) (int, int, bool) {
	end := lx.mClose(open)
	if end < 0 {
		return 0, 0, false
	}
	for _, f := range lx.mSplit(open+1, end, ',') {
		k := bytes.IndexByte(lx.src[f[0]:f[1]], '=')
		if k < 0 {
			continue
		}
		ns, ne := lx.trimRange(f[0], f[0]+k)
		if string(lx.src[ns:ne]) == name {
			return f[0] + k + 1, f[1], true
		}
	}
	return 0, 0, false
}

// webContents emits the request URL of each Web.Contents call: its base
// joined with its RelativePath option (whose text is a Segment: the query
// goes in the Query option). A Content option makes it a POST.
func (lx *lexer) webContents() {
	calls := map[int]int{} // offset of a call's parenthesis -> URL ID
	for _, open := range lx.mCalls("Web.Contents") {
		end := lx.mClose(open)
		if end < 0 {
			continue
		}
		args := lx.mSplit(open+1, end, ',')
		base := lx.mExpr(args[0][0], args[0][1])
		if len(base) == 0 {
			continue
		}
		parts := base
		method := "GET"
		if len(args) > 1 {
			if s, _ := lx.trimRange(args[1][0], args[1][1]); s < args[1][1] && lx.src[s] == '[' {
				if a, e, ok := lx.mField(s, "RelativePath"); ok {
					rel := lx.mExpr(a, e)
					for i := range rel {
						if rel[i].Kind == ir.Lit {
							rel[i].Segment = true
						}
					}
					sep := []ir.Part{{Kind: ir.Lit, Text: "/"}}
					if last := base[len(base)-1]; last.Kind == ir.Lit && strings.HasSuffix(last.Text, "/") {
						sep = nil
					}
					if len(rel) > 0 && rel[0].Kind == ir.Lit && strings.HasPrefix(rel[0].Text, "/") {
						sep = nil
					}
					parts = ir.Join(base, sep, rel)
				}
				if _, _, ok := lx.mField(s, "Content"); ok {
					method = "POST"
				}
			}
		}
		if !urlparts.HasURLText(parts) {
			continue
		}
		calls[open] = lx.b.AddURL(ir.URL{Parts: parts, Role: ir.RoleRequest, Call: "Web.Contents", Method: method})
	}
	lx.columns(lx.bindings(calls))
}

// binding is one `name = expression` step of a let expression, with the
// requests its value comes from.
type binding struct {
	name   string
	a, e   int // the expression
	origin map[int]bool
}

// bindings reads the steps of the file's let expressions and gives each
// the requests its value comes from: the Web.Contents calls in it, and
// the origins of the steps it names. Nil when the file has no let.
func (lx *lexer) bindings(calls map[int]int) []*binding {
	src := lx.src
	var out []*binding
	for _, open := range lx.mKeywords("let") {
		end := lx.mKeywordAfter(open, "in")
		if end < 0 {
			continue
		}
		for _, seg := range lx.mSplit(open, end, ',') {
			k := bytes.IndexByte(src[seg[0]:seg[1]], '=')
			if k < 0 {
				continue
			}
			ns, ne := lx.trimRange(seg[0], seg[0]+k)
			name := string(src[ns:ne])
			if strings.HasPrefix(name, `#"`) && strings.HasSuffix(name, `"`) {
				name = name[2 : len(name)-1]
			}
			b := &binding{name: name, a: seg[0] + k + 1, e: seg[1], origin: map[int]bool{}}
			for at, id := range calls {
				if at > b.a && at < b.e {
					b.origin[id] = true
				}
			}
			out = append(out, b)
		}
	}
	// a step that names another step gets its origin, to a fixpoint
	for round := 0; round < len(out); round++ {
		grew := false
		for _, b := range out {
			for _, o := range out {
				if o == b || len(o.origin) == 0 || !lx.mentions(b.a, b.e, o.name) {
					continue
				}
				for id := range o.origin {
					if !b.origin[id] {
						b.origin[id] = true
						grew = true
					}
				}
			}
		}
		if !grew {
			break
		}
	}
	return out
}

// mKeywords returns the offsets right after each keyword kw in code (not
// in strings, comments or names).
func (lx *lexer) mKeywords(kw string) []int {
	var out []int
	lx.mNames(func(i, j int) {
		if string(lx.src[i:j]) == kw {
			out = append(out, j)
		}
	})
	return out
}

// mKeywordAfter finds the keyword kw at bracket depth 0 after from (the
// `in` of a `let`), skipping nested let ... in pairs; -1 when none.
func (lx *lexer) mKeywordAfter(from int, kw string) int {
	at, lets := -1, 0
	lx.mScan(from, len(lx.src), func(i, j, depth int) bool {
		switch w := string(lx.src[i:j]); {
		case !isNameByte(lx.src[i]):
		case w == "let":
			lets++
		case w == kw && lets > 0:
			lets--
		case w == kw && depth == 0:
			at = i
			return false
		}
		return true
	})
	return at
}

// mentions reports whether src[a:e] names the step name (Source, or
// #"Expanded Column1").
func (lx *lexer) mentions(a, e int, name string) bool {
	if name == "" {
		return false
	}
	text := lx.src[a:e]
	if bytes.Contains(text, []byte(`#"`+name+`"`)) {
		return true
	}
	for i := 0; ; {
		k := bytes.Index(text[i:], []byte(name))
		if k < 0 {
			return false
		}
		s, en := i+k, i+k+len(name)
		if (s == 0 || !isIdentByte(text[s-1]) && text[s-1] != '.') && (en >= len(text) || !isIdentByte(text[en])) {
			return true
		}
		i = en
	}
}

// columns reports the record fields a query expands or reads by name
// (Table.ExpandRecordColumn's list, Record.Field's name): reads of the
// responses of the requests the step's value comes from (a step fed by no
// request reads a local table: OriginLocal; a file without let steps:
// any response of the file). They are reported, never renamed here: a
// column name goes on to later steps the lexer does not follow.
func (lx *lexer) columns(steps []*binding) {
	originAt := func(at int) []int {
		if len(steps) == 0 {
			return []int{ir.OriginFile}
		}
		for _, b := range steps {
			if at > b.a && at < b.e {
				if len(b.origin) == 0 {
					return []int{ir.OriginLocal}
				}
				var ids []int
				for id := range b.origin {
					ids = append(ids, id)
				}
				sort.Ints(ids)
				return ids
			}
		}
		return []int{ir.OriginFile}
	}
	read := func(a, e int) {
		s, en := lx.trimRange(a, e)
		if en-s < 2 || lx.src[s] != '"' || lx.stringEnd(s) != en-1 {
			return
		}
		p := lx.lit(s+1, en-1)
		if p.Text == "" {
			return
		}
		lx.b.File.Fields = append(lx.b.File.Fields, ir.FieldRead{
			Name: p.Text, Span: p.Span, Kind: ir.FieldColumn, Origin: originAt(a),
		})
	}
	for _, open := range lx.mCalls("Table.ExpandRecordColumn") {
		end := lx.mClose(open)
		if end < 0 {
			continue
		}
		args := lx.mSplit(open+1, end, ',')
		if len(args) < 3 {
			continue
		}
		s, _ := lx.trimRange(args[2][0], args[2][1])
		if s >= args[2][1] || lx.src[s] != '{' {
			continue
		}
		if le := lx.mClose(s); le > s {
			for _, n := range lx.mSplit(s+1, le, ',') {
				read(n[0], n[1])
			}
		}
	}
	for _, open := range lx.mCalls("Record.Field") {
		end := lx.mClose(open)
		if end < 0 {
			continue
		}
		if args := lx.mSplit(open+1, end, ','); len(args) == 2 {
			read(args[1][0], args[1][1])
		}
	}
}
