package fixsyntax

// Loops that follow a paged list's link to its next page. A statement
// that fetched a whole list in one request (forms = GET(url).json()) gets
// one page of it from the paged API; the loop keeps the statement for the
// first page under a new name, then requests each next page with the same
// call and collects every page's items under the statement's name, so that
// the code after it sees the whole list as before.

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// FollowNext writes no loop: a language that has one overrides it.
func (Base) FollowNext([]byte, *ir.Decode, string, string) ([]ir.Edit, string) {
	return nil, "no loop over the pages is written in this language"
}

// pageLoop is what every language's loop needs from the statement.
type pageLoop struct {
	src    []byte
	f      *ir.Fetch
	indent string // the statement's indentation
	unit   string // one level of indentation in the file
	nl     string // the file's line ending
	at     int    // where the lines after the statement go (its line's end)
	name   string // the name that receives the items
	page   string // a fresh name for one page
	assign string // the assignment operator as the statement writes it
}

// newPageLoop checks the statement's place (it starts its line, only a
// comment after it) and picks a page name that the file does not use.
func newPageLoop(src []byte, f *ir.Fetch, comment string, def, suffix string) (*pageLoop, string) {
	spans := []ir.Span{f.Stmt, f.Target, f.Name, f.Value, f.URL}
	for _, sp := range spans {
		if !sp.Valid() || sp.End > len(src) {
			return nil, "the statement could not be located"
		}
	}
	request := f.Value // the request is in the statement, or before it
	if f.Request.Valid() {
		if !f.Response.Valid() || !within(f.Value, f.Response) || f.Request.End > f.Stmt.Start || f.Request.End > len(src) {
			return nil, "the statement could not be located"
		}
		request = f.Request
	}
	if !within(f.Stmt, f.Target) || !within(f.Target, f.Name) || !within(f.Stmt, f.Value) || !within(request, f.URL) || f.Target.End > f.Value.Start {
		return nil, "the statement could not be located"
	}
	for _, copied := range []ir.Span{f.Value, request} {
		value := src[copied.Start:copied.End]
		if nl := bytes.LastIndexByte(value, '\n'); nl >= 0 && bytes.Contains(value[:nl], []byte(comment)) {
			// the request is copied into the loop: a comment inside it (or
			// what looks like one) would be copied too, or end the line early
			return nil, "a comment inside the statement"
		}
	}
	indent, at, nl, why := ownLine(src, f.Stmt, comment)
	if why != "" {
		return nil, why
	}
	name := string(src[f.Name.Start:f.Name.End])
	unit := indentUnit(src, def)
	if strings.HasSuffix(indent, "\t") {
		unit = "\t" // the statement's own indentation wins
	}
	return &pageLoop{
		src: src, f: f, indent: indent, unit: unit, nl: nl, at: at, name: name,
		page:   freshName(src, name+suffix),
		assign: strings.TrimSpace(string(src[f.Target.End:f.Value.Start])),
	}, ""
}

// follow is the statement's assignment again, without its declaration
// keyword, assigning to the page name and requesting the URL next (in the
// language's text) without the arguments that add a query: next carries
// the query already. Where the request is a statement of its own, its
// expression takes the place of the name that held its response.
func (l *pageLoop) follow(next string) string {
	f := l.f
	request := []ir.Edit{{Start: f.URL.Start, End: f.URL.End, NewText: next}}
	for _, q := range f.Query {
		if (q.End <= f.URL.Start || q.Start >= f.URL.End) && (within(f.Value, q) || f.Request.Valid() && within(f.Request, q)) {
			request = append(request, ir.Edit{Start: q.Start, End: q.End})
		}
	}
	subs := []ir.Edit{{Start: f.Name.Start, End: f.Name.End, NewText: l.page}}
	if f.Request.Valid() {
		subs = append(subs, ir.Edit{Start: f.Response.Start, End: f.Response.End, NewText: l.splice(f.Request, request)})
	} else {
		subs = append(subs, request...)
	}
	return l.splice(ir.Span{Start: f.Target.Start, End: f.Value.End}, subs)
}

// splice is the source of span with the edits inside it made; an edit
// that overlaps an earlier one is left out.
func (l *pageLoop) splice(span ir.Span, edits []ir.Edit) string {
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	var b strings.Builder
	pos := span.Start
	for _, e := range edits {
		if e.Start < pos || e.End > span.End {
			continue // overlapping: keep the first
		}
		b.Write(l.src[pos:e.Start])
		b.WriteString(e.NewText)
		pos = e.End
	}
	b.Write(l.src[pos:span.End])
	return b.String()
}

// edits renames the statement's target to the page name and puts lines
// after it, each indented like the statement plus depth levels.
func (l *pageLoop) edits(lines []string, depth []int) []ir.Edit {
	var b strings.Builder
	for i, s := range lines {
		b.WriteString(l.nl + l.indent + strings.Repeat(l.unit, depth[i]) + s)
	}
	return []ir.Edit{
		{Start: l.f.Name.Start, End: l.f.Name.End, NewText: l.page},
		{Start: l.at, End: l.at, NewText: b.String()},
	}
}

// ownLine checks that the statement stmt stands on a line of its own
// (blanks before it; blanks and perhaps a comment starting with comment
// after it) and returns its indentation, where its line ends (before the
// line ending) and that line ending. why says what is wrong otherwise.
func ownLine(src []byte, stmt ir.Span, comment string) (indent string, at int, nl, why string) {
	line := bytes.LastIndexByte(src[:stmt.Start], '\n') + 1
	indent = string(src[line:stmt.Start])
	if strings.Trim(indent, " \t") != "" {
		return "", 0, "", "the statement shares its line with other code"
	}
	at = stmt.End
	for at < len(src) && (src[at] == ' ' || src[at] == '\t') {
		at++
	}
	if at < len(src) && src[at] != '\n' && src[at] != '\r' && !bytes.HasPrefix(src[at:], []byte(comment)) {
		return "", 0, "", "code follows the statement on its line"
	}
	nl = "\n"
	if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
		at += i
		if at > 0 && src[at-1] == '\r' {
			at--
			nl = "\r\n"
		}
	} else {
		at = len(src)
	}
	return indent, at, nl, ""
}

func within(outer, inner ir.Span) bool {
	return inner.Start >= outer.Start && inner.End <= outer.End
}

// indentUnit is the file's first indentation (a tab, or its run of
// spaces), or def where no line is indented.
func indentUnit(src []byte, def string) string {
	for _, ln := range bytes.Split(src, []byte("\n")) {
		trimmed := bytes.TrimLeft(ln, " \t")
		if len(trimmed) == len(ln) || len(bytes.TrimSpace(trimmed)) == 0 {
			continue
		}
		lead := ln[:len(ln)-len(trimmed)]
		if lead[0] == '\t' {
			return "\t"
		}
		if n := len(lead) - len(bytes.TrimLeft(lead, " ")); n >= 2 && n <= 8 {
			return strings.Repeat(" ", n)
		}
	}
	return def
}

// freshName is base, or base with a number after it, whichever the file
// does not spell as a word: the loop's name must not take over one of
// the program's.
func freshName(src []byte, base string) string {
	name := base
	for n := 2; usesWord(src, name); n++ {
		name = base + strconv.Itoa(n)
	}
	return name
}

func usesWord(src []byte, w string) bool {
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte(w))
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(w)
		if (s == 0 || !wordByte(src[s-1])) && (e == len(src) || !wordByte(src[e])) {
			return true
		}
		i = s + 1
	}
}

// wordByte: a byte of an identifier in any of the languages (R's names
// take dots).
func wordByte(b byte) bool { return identByte(b) || b == '.' || b == '$' }

// FollowNext writes, for forms = requests.get(url, ...).json():
//
//	forms_page = requests.get(url, ...).json()
//	forms = forms_page["results"]
//	while forms_page["next"]:
//	    forms_page = requests.get(forms_page["next"], ...).json()
//	    forms += forms_page["results"]
func (Python) FollowNext(src []byte, d *ir.Decode, results, next string) ([]ir.Edit, string) {
	f := d.Fetch
	l, why := newPageLoop(src, f, "#", "    ", "_page")
	if l == nil {
		return nil, why
	}
	key := func(k string) string { return l.page + `["` + k + `"]` }
	return l.edits([]string{
		l.name + " " + l.assign + " " + key(results),
		"while " + key(next) + ":",
		l.follow(key(next)),
		l.name + " += " + key(results),
	}, []int{0, 0, 1, 1}), ""
}

// FollowNext writes, for forms <- content(GET(url, ...)):
//
//	forms_page <- content(GET(url, ...))
//	forms <- forms_page[["results"]]
//	while (!is.null(forms_page[["next"]])) {
//	  forms_page <- content(GET(forms_page[["next"]], ...))
//	  forms <- c(forms, forms_page[["results"]])
//	}
//
// A data frame decoded by jsonlite::fromJSON is bound by rows with
// jsonlite::rbind_pages, which fills the columns a page lacks.
func (R) FollowNext(src []byte, d *ir.Decode, results, next string) ([]ir.Edit, string) {
	f := d.Fetch
	l, why := newPageLoop(src, f, "#", "  ", "_page")
	if l == nil {
		return nil, why
	}
	key := func(k string) string { return l.page + `[["` + k + `"]]` }
	add := "c(" + l.name + ", " + key(results) + ")"
	if f.Frames {
		add = "jsonlite::rbind_pages(list(" + l.name + ", " + key(results) + "))"
	}
	return l.edits([]string{
		l.name + " " + l.assign + " " + key(results),
		"while (!is.null(" + key(next) + ")) {",
		l.follow(key(next)),
		l.name + " " + l.assign + " " + add,
		"}",
	}, []int{0, 0, 1, 1, 0}), ""
}

// FollowNext writes, for const forms = await (await fetch(url, opts)).json():
//
//	let formsPage = await (await fetch(url, opts)).json();
//	const forms = formsPage.results;
//	while (formsPage.next) {
//	  formsPage = await (await fetch(formsPage.next, opts)).json();
//	  forms.push(...formsPage.results);
//	}
//
// A destructuring target ({data: forms}) is assigned in parentheses.
func (JS) FollowNext(src []byte, d *ir.Decode, results, next string) ([]ir.Edit, string) {
	f := d.Fetch
	if !f.Decl.Valid() || f.Decl.End > f.Target.Start {
		return nil, "the name is not declared here"
	}
	l, why := newPageLoop(src, f, "//", "  ", "Page")
	if l == nil {
		return nil, why
	}
	semi := ""
	if src[f.Stmt.End-1] == ';' {
		semi = ";"
	}
	decl := string(src[f.Decl.Start:f.Decl.End])
	key := func(k string) string { return l.page + "." + k }
	again := l.follow(key(next))
	if strings.HasPrefix(again, "{") || strings.HasPrefix(again, "[") {
		again = "(" + again + ")"
	}
	out := l.edits([]string{
		decl + " " + l.name + " " + l.assign + " " + key(results) + semi,
		"while (" + key(next) + ") {",
		again + semi,
		l.name + ".push(..." + key(results) + ")" + semi,
		"}",
	}, []int{0, 0, 1, 1, 0})
	if decl != "let" && decl != "var" {
		out = append(out, ir.Edit{Start: f.Decl.Start, End: f.Decl.End, NewText: "let"})
	}
	return out, ""
}

// FollowNext writes, for curl ARGS URL | jq FILTER, which prints what
// the filter makes of the list:
//
//	page_url=URL
//	while [ -n "$page_url" ]; do
//	  page_json=$(curl ARGS "$page_url")
//	  printf '%s\n' "$page_json" | jq .results-FILTER
//	  page_url=$(printf '%s\n' "$page_json" | jq -r '.next // empty')
//	done
//
// The jq command stays where it is (with the edit that reads the page's
// results), so that the edits of its field reads still apply.
func (Shell) FollowNext(src []byte, d *ir.Decode, results, next string) ([]ir.Edit, string) {
	f := d.Fetch
	for _, sp := range []ir.Span{f.Stmt, f.Value, f.URL, f.Pipe, d.Span} {
		if !sp.Valid() || sp.End > len(src) {
			return nil, "the statement could not be located"
		}
	}
	if !within(f.Stmt, f.Value) || !within(f.Value, f.URL) || !within(f.Stmt, f.Pipe) || !within(f.Pipe, d.Span) ||
		f.Value.End > f.Pipe.Start || d.Results == "" {
		return nil, "the statement could not be located"
	}
	indent, at, nl, why := ownLine(src, f.Stmt, "#")
	if why != "" {
		return nil, why
	}
	if bytes.Contains(src[f.Value.Start:f.Pipe.Start], []byte("#")) && bytes.Contains(src[f.Value.Start:f.Pipe.Start], []byte("\n")) {
		return nil, "a comment inside the statement"
	}
	body := indent + indentUnit(src, "  ")
	if strings.HasSuffix(indent, "\t") {
		body = indent + "\t"
	}
	page := freshName(src, "page_json")
	pageURL := freshName(src, "page_url")
	jq := func(filter string) string {
		return "$(printf '%s\\n' \"$" + page + "\" | jq -r '" + filter + "')"
	}
	curl := string(src[f.Value.Start:f.URL.Start]) + `"$` + pageURL + `"` + string(src[f.URL.End:f.Value.End])
	res := ir.Edit{Start: d.Span.End, End: d.Span.End, NewText: d.Results}
	if d.Before {
		res.Start, res.End = d.Span.Start, d.Span.Start
	}
	return []ir.Edit{
		{Start: f.Stmt.Start, End: f.URL.Start, NewText: pageURL + "="},
		{Start: f.URL.End, End: f.Pipe.Start, NewText: nl + indent + `while [ -n "$` + pageURL + `" ]; do` +
			nl + body + page + "=$(" + curl + ")" +
			nl + body + "printf '%s\\n' \"$" + page + "\" | "},
		res,
		{Start: at, End: at, NewText: nl + body + pageURL + "=" + jq("."+next+" // empty") + nl + indent + "done"},
	}, ""
}
