package urlparts

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// EndsWith reports that the literal text at the end of p ends with s
// (empty literals skipped; a hole there means no).
func EndsWith(p []ir.Part, s string) bool {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i].Kind != ir.Lit {
			return false
		}
		if p[i].Text != "" {
			return strings.HasSuffix(p[i].Text, s)
		}
	}
	return false
}

// StartsWith is EndsWith at the front.
func StartsWith(p []ir.Part, s string) bool {
	for _, x := range p {
		if x.Kind != ir.Lit {
			return false
		}
		if x.Text != "" {
			return strings.HasPrefix(x.Text, s)
		}
	}
	return false
}

// head is the lower-cased literal text p starts with, read until a hole or
// past 12 bytes (enough for a scheme).
func head(p []ir.Part) string {
	var sb strings.Builder
	for _, x := range p {
		if x.Kind != ir.Lit || sb.Len() > 12 {
			break
		}
		sb.WriteString(x.Text)
	}
	return strings.ToLower(sb.String())
}

// HasHTTPScheme reports parts that start with http: or https:.
func HasHTTPScheme(p []ir.Part) bool {
	s := head(p)
	return strings.HasPrefix(s, "http:") || strings.HasPrefix(s, "https:")
}

// SchemeRelative reports parts that start with `//`.
func SchemeRelative(p []ir.Part) bool {
	return strings.HasPrefix(head(p), "//")
}

// SepJoin appends p to out with sep between them, the way path joins and
// Array.join do; a "/" is not doubled. The separator is not in the source:
// it gets the empty span at at. An empty sep joins as is.
func SepJoin(out, p []ir.Part, sep string, at int) []ir.Part {
	if sep != "" && (sep != "/" || !EndsWith(out, "/") && !StartsWith(p, "/")) {
		out = append(out, ir.Part{Kind: ir.Lit, Text: sep, Span: ir.Span{Start: at, End: at}})
	}
	return ir.Join(out, p)
}

// SlashJoin resolves rel against base the way most code means it: one
// slash between them unless one is there already or base has no literal
// (the slash gets the empty span at at).
func SlashJoin(base, rel []ir.Part, at int) []ir.Part {
	if EndsWith(base, "/") || StartsWith(rel, "/") || !ir.HasLit(base) {
		return ir.Join(base, rel)
	}
	return ir.Join(base, []ir.Part{{Kind: ir.Lit, Text: "/", Span: ir.Span{Start: at, End: at}}}, rel)
}

// HasURLText reports parts whose literal text could belong to a URL (it
// has a '/' or a '.'): string-building expressions without such text are
// not emitted as URLs.
func HasURLText(p []ir.Part) bool {
	for _, x := range p {
		if x.Kind == ir.Lit && strings.ContainsAny(x.Text, "/.") {
			return true
		}
	}
	return false
}
