// Package fixsyntax writes the edits whose text depends on a language
// (ir.Syntax): splitting a comma-separated string into a list, reading a
// nested value in the style of an accessor, annotating a declaration with
// its wire name, quoting inside a URL. Each front-end sets the value of its
// language on the files it analyses; Base is what every language shares.
package fixsyntax

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Base is the part of every language's syntax that reads accessors and
// access chains from the source: it splits nothing, annotates nothing and
// writes URL text as it is.
type Base struct{}

// Split writes no split: a language that has one overrides it.
func (Base) Split(_ []byte, fr *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	return nil, fr.Name + " (a list) became " + v2 + " (a comma-separated string); rewrite the read by hand"
}

// Annotate writes no annotation: a language that has one overrides it.
func (Base) Annotate(_ []byte, _ *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	return nil, "a declaration; rename it by hand (the v2 name is " + v2 + ")"
}

// URLText writes text as it is.
func (Base) URLText(_ []byte, _ int, text string) string { return text }

// Nested rewrites the accessor of fr into a path of accessors of the same
// kind: .a.b, $a$b, ["a"]["b"], [["a"]][["b"]], .get("a", {}).get("b").
func (Base) Nested(src []byte, fr *ir.FieldRead, path []string) ([]ir.Edit, string) {
	acc := at(src, fr.Access)
	manual := "the v2 value is nested (" + strings.Join(path, ".") + "); rewrite the access by hand"
	if acc == "" {
		return nil, manual
	}
	q := QuoteOf(src, fr)
	var b strings.Builder
	switch {
	case fr.Kind == ir.FieldJQ || fr.Kind == ir.FieldAttr && strings.HasPrefix(acc, "."):
		for _, p := range path {
			b.WriteString("." + p)
		}
	case fr.Kind == ir.FieldAttr && strings.HasPrefix(acc, "$"):
		for _, p := range path {
			b.WriteString("$" + p)
		}
	case fr.Kind == ir.FieldGet:
		for i, p := range path {
			if i < len(path)-1 {
				b.WriteString(".get(" + q + p + q + ", {})")
			} else {
				b.WriteString(".get(" + q + p + q + ")")
			}
		}
	case fr.Kind == ir.FieldSubscript && strings.HasPrefix(acc, "[["):
		for _, p := range path {
			b.WriteString("[[" + q + p + q + "]]")
		}
	case fr.Kind == ir.FieldSubscript && strings.HasPrefix(acc, "["):
		for _, p := range path {
			b.WriteString("[" + q + p + q + "]")
		}
	default:
		return nil, manual
	}
	return []ir.Edit{{Start: fr.Access.Start, End: fr.Access.End, NewText: b.String()}}, ""
}

// Parent returns the key read just before fr in its access chain
// (`extra_details` in user["extra_details"]["country"],
// user$extra_details$country, user.extra_details.country), or "".
func (Base) Parent(src []byte, fr *ir.FieldRead) string {
	start := chainStart(fr)
	if start <= 0 || start > len(src) {
		return ""
	}
	i := start
	// step back over the accessor punctuation between the two names
	for n := 0; i > 0 && n < 8; n++ { // (notebook sources escape quotes: \")
		ch := src[i-1]
		if ch == '"' || ch == '\'' || ch == '[' || ch == ']' || ch == '$' || ch == '.' || ch == '`' || ch == '?' || ch == '\\' {
			i--
			continue
		}
		break
	}
	end := i
	for i > 0 && identByte(src[i-1]) {
		i--
	}
	if end-i >= 2 {
		return string(src[i:end])
	}
	return ""
}

func chainStart(fr *ir.FieldRead) int {
	if fr.Access.Valid() && fr.Access.Start < fr.Span.Start {
		return fr.Access.Start
	}
	return fr.Span.Start
}

func identByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// at returns the source of a span, or "".
func at(src []byte, sp ir.Span) string {
	if !sp.Valid() || sp.End > len(src) {
		return ""
	}
	return string(src[sp.Start:sp.End])
}

// QuoteOf returns the quote character around the name of a read, or `"`.
func QuoteOf(src []byte, fr *ir.FieldRead) string {
	if fr.Span.Start > 0 && fr.Span.Start <= len(src) {
		if q := src[fr.Span.Start-1]; q == '"' || q == '\'' || q == '`' {
			return string(q)
		}
	}
	return `"`
}

// appendAfterAccess renames the read and puts text after its accessor.
func appendAfterAccess(fr *ir.FieldRead, v2, text string) []ir.Edit {
	return []ir.Edit{{Start: fr.Span.Start, End: fr.Span.End, NewText: v2}, {Start: fr.Access.End, End: fr.Access.End, NewText: text}}
}

// Python is Python's syntax: str.split, and dict.get chains in access paths.
type Python struct{ Base }

// Split appends .split(",") to the read (not to a data frame's column,
// which splits with .str.split).
func (Python) Split(src []byte, fr *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	if fr.Kind == ir.FieldColumn {
		return nil, fr.Name + " (a list) became " + v2 + " (a comma-separated string) in a data frame column; split the column by hand"
	}
	if !fr.Access.Valid() {
		return Base{}.Split(src, fr, v2)
	}
	return appendAfterAccess(fr, v2, `.split(",")`), ""
}

// Parent also reads x.get("settings", {}).get("description").
func (Python) Parent(src []byte, fr *ir.FieldRead) string {
	if p := (Base{}).Parent(src, fr); p != "" {
		return p
	}
	start := chainStart(fr)
	if start <= 0 || start > len(src) {
		return ""
	}
	if m := getCallTail.FindSubmatch(src[max(0, start-80):start]); m != nil {
		return string(m[1])
	}
	return ""
}

// getCallTail matches a `.get("key", default)` call that ends right before
// the next accessor.
var getCallTail = regexp.MustCompile(`\.get\(\s*\\?["'](\w+)\\?["']\s*(?:,[^()]*(?:\(\))?[^()]*)?\)\s*$`)

// JS is JavaScript's and TypeScript's syntax: String.prototype.split.
type JS struct{ Base }

// Split appends .split(",") to the read.
func (JS) Split(src []byte, fr *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	if !fr.Access.Valid() {
		return Base{}.Split(src, fr, v2)
	}
	return appendAfterAccess(fr, v2, `.split(",")`), ""
}

// R is R's syntax: strsplit around the read.
type R struct{ Base }

// Split writes strsplit(<read>, ",")[[1]].
func (R) Split(src []byte, fr *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	if fr.Kind == ir.FieldColumn || !fr.Expr.Valid() {
		return Base{}.Split(src, fr, v2)
	}
	return []ir.Edit{
		{Start: fr.Expr.Start, End: fr.Expr.Start, NewText: "strsplit("},
		{Start: fr.Span.Start, End: fr.Span.End, NewText: v2},
		{Start: fr.Expr.End, End: fr.Expr.End, NewText: `, ",")[[1]]`},
	}, ""
}

// PHP is PHP's syntax: explode around the read.
type PHP struct{ Base }

// Split writes explode(',', <read>).
func (PHP) Split(src []byte, fr *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	if !fr.Expr.Valid() {
		return Base{}.Split(src, fr, v2)
	}
	return []ir.Edit{
		{Start: fr.Expr.Start, End: fr.Expr.Start, NewText: "explode(',', "},
		{Start: fr.Span.Start, End: fr.Span.End, NewText: v2},
		{Start: fr.Expr.End, End: fr.Expr.End, NewText: ")"},
	}, ""
}

// Shell is the shell's syntax, with jq filters: split() in jq, and a query
// in an unquoted word escaped.
type Shell struct{ Base }

// Split rewrites a jq read .tags into (.tag_string | split(",")).
func (Shell) Split(src []byte, fr *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	if fr.Kind != ir.FieldJQ || !fr.Access.Valid() {
		return Base{}.Split(src, fr, v2)
	}
	return []ir.Edit{{Start: fr.Access.Start, End: fr.Access.End, NewText: "(." + v2 + ` | split(","))`}}, ""
}

// URLText escapes ? and & in a word outside quotes: a bare ? is a glob (zsh
// refuses it, bash's nullglob drops the word) and & ends the command.
func (Shell) URLText(src []byte, at int, text string) string {
	if !unquotedWord(src, at) {
		return text
	}
	return strings.NewReplacer("?", `\?`, "&", `\&`).Replace(text)
}

// unquotedWord reports whether offset i of a shell script lies outside
// quotes, reading its line from the start ("..." and '...' toggle, a
// backslash escapes the next byte outside single quotes).
func unquotedWord(src []byte, i int) bool {
	start := bytes.LastIndexByte(src[:i], '\n') + 1
	var q byte
	for j := start; j < i; j++ {
		switch c := src[j]; {
		case q == 0 && (c == '"' || c == '\''):
			q = c
		case q == c:
			q = 0
		case c == '\\' && q != '\'':
			j++
		}
	}
	return q == 0
}

// CSharp is C#'s syntax: a property keeps its identifier and takes the
// wire name as the attribute of the serializer the file uses.
type CSharp struct{ Base }

// Annotate puts [JsonProperty("v2")] (Newtonsoft) or [JsonPropertyName("v2")]
// (System.Text.Json) before the property's declaration.
func (CSharp) Annotate(src []byte, fr *ir.FieldRead, v2 string) ([]ir.Edit, string) {
	by := "give the property the JSON name " + v2 + " with an attribute"
	var attr string
	switch {
	case bytes.Contains(src, []byte("using Newtonsoft.Json")):
		attr = `[JsonProperty("` + v2 + `")] `
	case bytes.Contains(src, []byte("using System.Text.Json.Serialization")):
		attr = `[JsonPropertyName("` + v2 + `")] `
	default:
		return nil, "the file names no JSON serializer: " + by
	}
	line := bytes.LastIndexByte(src[:fr.Span.Start], '\n') + 1
	at := line
	for at < fr.Span.Start && (src[at] == ' ' || src[at] == '\t') {
		at++
	}
	head := string(src[at:fr.Span.Start])
	for _, mod := range []string{"public ", "internal ", "protected ", "private "} {
		if strings.HasPrefix(head, mod) {
			return []ir.Edit{{Start: at, End: at, NewText: attr}}, ""
		}
	}
	return nil, "the declaration does not start on the property's line: " + by
}
