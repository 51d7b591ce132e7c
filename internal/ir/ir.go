// Package ir is the small intermediate representation that every language
// front-end produces and the rule engine consumes. Front-ends know syntax and
// nothing about Kobo; the engine knows Kobo and nothing about syntax. The IR is
// the whole contract between the two, so it stays small and language-neutral.
package ir

import (
	"strconv"
	"strings"
)

// Span is a half-open byte range [Start, End) in the file as it is stored on
// disk (for a notebook: in the .ipynb JSON text, not in a cell).
type Span struct {
	Start, End int
}

// Valid reports whether the span points somewhere.
func (s Span) Valid() bool { return s.End > s.Start && s.Start >= 0 }

// PartKind tells a literal piece of a URL expression from a hole.
type PartKind uint8

const (
	// Lit is text the program spells out: a string literal or a piece of one.
	Lit PartKind = iota
	// Hole is a value only known at run time: a variable the front-end could
	// not resolve, a call, a format placeholder.
	Hole
)

// Part is one piece of a URL expression, in order.
type Part struct {
	Kind PartKind
	// Text is the decoded literal value (escapes resolved) of a Lit part.
	Text string
	// Span locates the literal in its file. Parts inlined from a variable's
	// definition keep the span of the definition. A hole's span, when the
	// front-end knows it, is the expression that supplies the value where
	// it is joined in (the `id` of `base + id`); the engine reports an
	// endpoint that only exists with that value there.
	Span Span
	// Raw is true when Text is byte-for-byte the source at Span, so that an
	// offset inside Text is an offset inside the file. Only raw parts get
	// edits.
	Raw bool
	// Name is the expression behind a hole (an identifier, `settings.BASE`,
	// `formid`), used for cross-file resolution and in messages.
	Name string
	// Foreign is set when the part was inlined from another file (the
	// repository pass); such parts are never reported or edited here.
	Foreign string
	// Via names the variable this part was inlined from, if any.
	Via string
	// Segment marks a literal handed to a path-joining API (Go's
	// url.JoinPath, R's file.path and req_url_path_append, Node's
	// path.join, Python's posixpath.join): such an API escapes a '?', so
	// no query can be written into it.
	Segment bool
}

// Role says what a string expression is used for; it decides how a bare
// KoboCAT host is judged.
type Role uint8

const (
	RoleUnknown Role = iota
	// RoleRequest: the URL of an HTTP call (requests.get, curl, GET, fetch).
	RoleRequest
	// RoleAssign: the value assigned to a variable (see URL.Var).
	RoleAssign
	// RoleSetting: a configuration value (.env, YAML, INI) under URL.Var.
	RoleSetting
	// RoleDoc: text of a documentation file (Markdown prose, README).
	RoleDoc
	// RoleArg: an argument of some other call.
	RoleArg
	// RoleResult: the result of a call of a function another file defines,
	// one hole named "f()". It is an origin, not text: the repository pass
	// fills it with what f returns or requests (a Def named "f()").
	RoleResult
)

// URL is a string-building expression that may hold a URL: a literal, a
// concatenation, an f-string, a paste0() call, a shell word. The front-end
// emits the maximal expression; the engine decides whether it is Kobo.
type URL struct {
	ID    int
	Parts []Part
	Role  Role
	// Var is the name the value is assigned to or configured under, if any
	// (KOBO_URL, kc_server, base_url).
	Var string
	// Comment is true inside comments and docstrings.
	Comment bool
	// Call is the called function for RoleRequest/RoleArg (requests.get,
	// GET, curl), as spelled.
	Call string
	// Recorded marks a URL a test recorded (the request of an HTTP
	// cassette): reported, never rewritten, since the recorded response
	// would no longer match it; it is recorded again against v2.
	Recorded bool
	// Method is the HTTP method of a request when the front-end knows it
	// ("GET", "POST", "PUT", "PATCH", "DELETE"), upper case; "" when not
	// known. A write's answer is the object written, not a list, and a
	// write to a list endpoint has no list rewrite.
	Method string
}

// FieldKind is the syntax of a field read; the engine uses it for fix text.
type FieldKind uint8

const (
	FieldSubscript FieldKind = iota // x["f"], x[["f"]]
	FieldGet                        // x.get("f")
	FieldAttr                       // x.f, x$f
	FieldColumn                     // select(df, f), json_normalize columns, df[, "f"]
	FieldJQ                         // .f in a jq filter
	FieldDecl                       // struct tag, property, attribute declaring the wire name
	FieldKey                        // a key in a literal the code builds (request body)
)

// OriginFile marks a field read whose value comes from "some Kobo response of
// this file" (a jq filter in a script that curls Kobo, say).
const OriginFile = -1

// OriginLocal marks a value read from a local file (a spreadsheet, a CSV,
// an RDS): its names are the program's own columns, even where they look
// like Kobo fields, so they are not judged as a response's.
const OriginLocal = -2

// FieldRead is a read (or declaration) of a response field by name.
type FieldRead struct {
	Name string
	// Span is the name itself (inside the quotes of a string key).
	Span Span
	Kind FieldKind
	// Origin lists the URL IDs of the requests whose response the receiver
	// holds; empty when unknown. OriginFile: any Kobo response in the file.
	Origin []int
	// Receiver is the root expression read from, for messages.
	Receiver string
	Comment  bool
	// Raw is true when the source at Span is exactly Name (editable).
	Raw bool
	// Type is the value's type where the code states it: a declaration's
	// type (Go `int`, C# `int?`, TypeScript `number`) or a conversion of
	// the read (int(x["id"]), as.integer(x$id), map_int(x, "id")),
	// normalised to "int", "float", "bool", "string" or "" (unknown). A
	// rename that changes the value's type (an integer id to the string
	// uid) is not offered.
	Type string
	// Access, when known, is the whole accessor, brackets and quotes
	// included: `["tags"]`, `.get("tags")`, `$tags`, `[["tags"]]`, `.tags`.
	// Expr, when known, is the whole read, receiver included
	// (`form["tags"]`). The engine needs them to rewrite a field into a
	// nested one (`["extra_details"]["city"]`) or to convert its type
	// (`tags` list -> `tag_string` split on commas). Zero when unknown.
	Access Span
	Expr   Span
}

// Def is a top-level name bound to a string expression, offered to other
// files of the repository (settings modules, sourced R helpers, .env files).
type Def struct {
	Name  string
	Parts []Part
}

// Decode is a place where the code decodes a response body: r.json(),
// fromJSON(content(r)), await res.json(), JSON.parse(text). A v1 list
// decoded there is a page object in v2.
type Decode struct {
	// Span is the decoding expression.
	Span Span
	// Origin lists the URL IDs of the requests whose body it decodes.
	Origin []int
	// Results, appended at Span.End, reads the items of a page object in
	// the file's language (`["results"]`, `$results`); "" when unknown.
	Results string
	// Before puts Results in front of Span instead (jq's `.results | `
	// before `map(...)`).
	Before bool
	// AsList is set when the front-end saw the decoded value used as a
	// list: iterated, indexed by a number, counted, mapped, decoded into a
	// list type. A v2 list URL decoded as a list (half-migrated code) is a
	// finding only then.
	AsList bool
	// Fetch, when set, is the statement around the decode that requests
	// the response, decodes it and assigns it to a name in one go.
	Fetch *Fetch
}

// Fetch is a statement that requests a response, decodes it and assigns
// the value to a name (forms = requests.get(url).json()): a shape that a
// loop following a paged list's link to its next page can replace, so
// that the name still ends up holding every item. The front-end sets it
// only where the statement starts its line and only a comment follows it.
// A shell pipeline that prints what it decodes is one too (see Pipe).
type Fetch struct {
	// Stmt is the whole statement.
	Stmt Span
	// Decl is the declaration keyword (JavaScript const/let/var); zero
	// where the language has none.
	Decl Span
	// Target is the assignment's left side (forms, {data: forms}); Name is
	// the name in it that receives the decoded value.
	Target, Name Span
	// Value is the right side; URL is the request's URL argument in it.
	Value, URL Span
	// Query are the arguments that add a query to the URL (params=,
	// query =), each with the comma that separates it: a request of a
	// URL that carries its query already leaves them out.
	Query []Span
	// Frames is set where the decoder turns a list of objects into a data
	// frame (R's jsonlite::fromJSON): pages are bound by rows.
	Frames bool
	// Pipe is the command the response is piped into, which prints what
	// it reads (the jq of `curl URL | jq FILTER`): no name is assigned
	// (Target and Name are zero), and the loop pipes each page into it.
	Pipe Span
	// Request is set where the request is a statement of its own before
	// the decode (r = requests.get(url); forms = r.json()): the request
	// expression, which holds URL and Query, and Response is the name in
	// Value that holds its response. The loop requests each next page
	// with Value, the request written in place of Response. The front-end
	// sets it only where nothing between the two statements assigns a
	// name the request reads.
	Request, Response Span
	// Paren: the request is written in parentheses where it takes the
	// place of Response (JavaScript's `await fetch(u)` before `.json()`).
	Paren bool
}

// Suppression is a `kobolint:ignore[RULE,...]` directive. An empty Rules
// list suppresses every rule.
type Suppression struct {
	Line  int // 1-based line the directive is on
	Rules []string
}

// File is everything a front-end learned about one file.
type File struct {
	Path   string
	Lang   string
	URLs   []URL
	Fields []FieldRead
	Defs   []Def
	// Decodes are the places response bodies are decoded.
	Decodes []Decode
	// Suppressions found in comments.
	Suppressions []Suppression
	// KoboHint is set when the file names Kobo in code (library(koboloadeR),
	// import kobo_client, a KoboClient type); it gives Kobo context without a
	// URL.
	KoboHint bool
	// Fragments is set by a front-end that reads string literals only
	// (the lexer of other languages): an expression may continue values
	// it does not see, on either side.
	Fragments bool
	// Doc is set for documentation (Markdown, reStructuredText, plain
	// text): its code examples are instructions to a reader, so nothing
	// in the repository reads their responses.
	Doc bool
	// Syntax writes the edits that depend on the file's language; nil
	// when none can be written (documentation with code of several
	// languages).
	Syntax Syntax
	// TypedMembers is set where a member read (FieldAttr) names a member
	// that a type declares (C#): renamed alone, it would no longer compile.
	// ObjectAttrs is set where attribute reads are of the program's own
	// objects unless they are known to hold a Kobo response (Python: a
	// Django model from another module's helper).
	TypedMembers, ObjectAttrs bool
	// CallerAttrs is set where member reads are emitted only on values
	// known to hold a response, and on a parameter only because callers
	// in other files may pass one (JavaScript: ParamIn): such a read
	// whose only origin is a ParamIn no caller filled is no read of a
	// response (req.body.formid in an exported request handler).
	CallerAttrs bool
	// ImportsTypes is set for a TypeScript file that imports capitalised
	// names (types, namespaces, classes) from other modules: its member
	// reads may be typed by declarations the engine cannot see, so they
	// are not renamed alone.
	ImportsTypes bool
	// EditText, when set, turns replacement text into what must be written
	// at a span (notebooks escape it as a JSON string).
	EditText func(string) string
	// Warnings are problems the front-end met but recovered from.
	Warnings []string
}

// Builder hands out URL IDs while a front-end walks a file.
type Builder struct {
	File *File
}

// AddURL appends a URL expression and returns its ID.
func (b *Builder) AddURL(u URL) int {
	u.ID = len(b.File.URLs)
	b.File.URLs = append(b.File.URLs, u)
	return u.ID
}

// PlaceHoles returns parts with the holes that have no place yet, and were
// not inlined from a variable, placed at sp: the expression that supplied
// their value where it is joined in. It copies parts before changing them,
// since front-ends share part lists between values.
func PlaceHoles(parts []Part, sp Span) []Part {
	if !sp.Valid() {
		return parts
	}
	var out []Part
	for i, p := range parts {
		if p.Kind != Hole || p.Via != "" || p.Span.Valid() {
			continue
		}
		if out == nil {
			out = append([]Part(nil), parts...)
		}
		out[i].Span = sp
	}
	if out == nil {
		return parts
	}
	return out
}

// FuncDef is the Def name under which a file offers what its function f
// returns or requests ("f()"), and the hole name of a call of f.
func FuncDef(f string) string { return f + "()" }

// ArgDef is the Def name of what goes with the i-th argument of a call of
// f, a function or class another file defines ("f#i"): what f puts
// before that argument (a wrapper's prefix), or what a class keeps of it.
// The hole standing for it at the call has that name; ArgDef(f, i)+"*"
// names what a forwarded rest of the arguments is joined with.
func ArgDef(f string, i int) string { return f + "#" + strconv.Itoa(i) }

// ParamDef is the Def name of what callers in other files pass as the i-th
// argument of f ("f@i"): a caller offers there the URL of the response it
// passes (import_all(projects())), and the file defining f reads the
// parameter through an ir.ParamIn URL of that name.
func ParamDef(f string, i int) string { return f + "@" + strconv.Itoa(i) }

// IsParamDef reports a ParamDef name.
func IsParamDef(name string) bool {
	k := strings.LastIndexByte(name, '@')
	if k <= 0 || k == len(name)-1 {
		return false
	}
	_, err := strconv.Atoi(name[k+1:])
	return err == nil
}

// ParamIn is the response that callers in other files pass as the i-th
// argument of f, as the file defining f sees it: a result whose value the
// repository pass finds under ParamDef(f, i).
func ParamIn(f string, i int, sp Span) URL {
	return URL{Role: RoleResult, Parts: []Part{{Kind: Hole, Name: ParamDef(f, i), Span: sp}}}
}

// IsArgDef reports an ArgDef name, with or without its "*".
func IsArgDef(name string) bool {
	k := strings.LastIndexByte(name, '#')
	if k <= 0 {
		return false
	}
	i := strings.TrimSuffix(name[k+1:], "*")
	return i != "" && strings.Trim(i, "0123456789") == ""
}

// Result is the URL standing for the result of a call of f, a function
// another file defines (Role RoleResult, one hole named FuncDef(f) at sp).
func Result(f string, sp Span) URL {
	return URL{Role: RoleResult, Parts: []Part{{Kind: Hole, Name: FuncDef(f), Span: sp}}}
}

// HasLit reports whether the parts carry any literal text.
func HasLit(parts []Part) bool {
	for _, p := range parts {
		if p.Kind == Lit && p.Text != "" {
			return true
		}
	}
	return false
}

// TrimSlash returns parts without the slash that ends their last
// literal (a base URL cut of its trailing slash before paths are joined
// to it); a raw literal's span loses that byte too.
func TrimSlash(parts []Part) []Part {
	out := append([]Part(nil), parts...)
	n := len(out)
	if n == 0 || out[n-1].Kind != Lit || !strings.HasSuffix(out[n-1].Text, "/") {
		return out
	}
	last := &out[n-1]
	last.Text = strings.TrimSuffix(last.Text, "/")
	if last.Raw && last.Span.Valid() && last.Span.End > last.Span.Start {
		last.Span.End--
	}
	if last.Text == "" {
		out = out[:n-1]
	}
	return out
}

// Join concatenates part lists, merging nothing (spans stay exact).
func Join(lists ...[]Part) []Part {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]Part, 0, n)
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
