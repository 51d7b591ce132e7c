package csharp

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// hole is an unresolved value, named as spelled.
func (a *analyzer) hole(n *sitter.Node) []ir.Part { return urlparts.Hole(n, a.Spelled(n)) }

func (a *analyzer) evalNode(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	switch n.Type() {
	case "string_literal", "verbatim_string_literal", "raw_string_literal", "utf8_string_literal":
		return a.stringParts(n), true
	case "interpolated_string_expression":
		return a.interpolatedParts(n, e, depth), true
	case "binary_expression":
		left, right := field(n, "left"), field(n, "right")
		switch a.Operator(n) {
		case "+":
			return a.Concat(left, right, e, depth)
		case "??":
			return a.FirstSpelled(n, e, depth, left, right)
		}
		return a.hole(n), false
	case "conditional_expression":
		return a.FirstSpelled(n, e, depth, field(n, "consequence"), field(n, "alternative"))
	case "identifier":
		name := a.Text(n)
		if p, ok := e.Get(name); ok {
			return p, ir.HasLit(p)
		}
		b := pick(a.lookup(name, n), n.StartByte())
		if b != nil && b.kind == bindValue && b.value != nil {
			if p, ok := a.evalGuarded(b.value, e, depth+1); ok {
				return urlparts.WithVia(p, name), true
			}
		}
		return a.hole(n), false
	case "member_access_expression":
		if p, ok := e.Get(a.Spelled(n)); ok {
			return p, ir.HasLit(p)
		}
		if v := a.memberValue(n); v != nil {
			if p, ok := a.evalGuarded(v, e, depth+1); ok {
				return urlparts.WithVia(p, a.Spelled(n)), true
			}
		}
		switch a.memberName(n) {
		case "AbsoluteUri", "OriginalString", "AbsolutePath":
			if p, ok := a.Eval(a.memberObject(n), e, depth+1); ok {
				return p, true
			}
		}
		return a.hole(n), false
	case "element_access_expression":
		// AppSettings["KoboUrl"], configuration["Kobo:BaseUrl"]
		if key, ok := a.singleStringArg(field(n, "subscript")); ok {
			return urlparts.Hole(n, key), false
		}
		return a.hole(n), false
	case "invocation_expression":
		return a.evalCall(n, e, depth)
	case "object_creation_expression":
		return a.evalNew(n, e, depth)
	}
	return a.hole(n), false
}

func (a *analyzer) evalGuarded(v *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	return a.Evaluating.Eval(v,
		func() ([]ir.Part, bool) { return a.Eval(v, e, depth) },
		func() ([]ir.Part, bool) { return a.hole(v), false })
}

// singleStringArg returns the string of `["key"]`.
func (a *analyzer) singleStringArg(list *sitter.Node) (string, bool) {
	if list == nil {
		return "", false
	}
	var args []*sitter.Node
	for _, c := range a.Kids(list) {
		if c.Type() == "argument" && c.NamedChildCount() > 0 {
			args = append(args, c.NamedChild(int(c.NamedChildCount())-1))
		}
	}
	if len(args) != 1 {
		return "", false
	}
	return a.constString(args[0])
}

// interpolatedParts decodes $"...", $@"...", @$"..." and $"""...""".
func (a *analyzer) interpolatedParts(n *sitter.Node, e *urlparts.Env, depth int) []ir.Part {
	var out []ir.Part
	start := ""
	for _, c := range a.Kids(n) {
		if c.Type() == "interpolation_start" {
			start = a.Text(c)
		}
	}
	verbatim := strings.Contains(start, "@")
	raw := false
	for _, c := range a.Kids(n) {
		if c.Type() == "interpolation_quote" {
			raw = true
		}
	}
	mode := decodeMode{backslash: !verbatim && !raw, quotes: verbatim, braces: !raw}
	for _, c := range a.Kids(n) {
		switch c.Type() {
		case "string_content":
			out = append(out, litParts(a.Src, int(c.StartByte()), int(c.EndByte()), mode)...)
		case "escape_sequence":
			text, _ := decodeEscape(a.Src[c.StartByte():min(int(c.EndByte()), len(a.Src))])
			out = append(out, ir.Part{Kind: ir.Lit, Text: text, Span: ir.Span{Start: int(c.StartByte()), End: int(c.EndByte())}})
		case "interpolation":
			var expr *sitter.Node
			for _, x := range a.Kids(c) {
				switch x.Type() {
				case "interpolation_brace", "interpolation_alignment_clause", "interpolation_format_clause":
					continue
				}
				if expr == nil {
					expr = x
				}
			}
			if expr != nil {
				p, _ := a.Eval(expr, e, depth+1)
				out = append(out, p...)
			}
		}
	}
	if len(out) == 0 {
		s := int(n.EndByte())
		out = []ir.Part{{Kind: ir.Lit, Span: ir.Span{Start: s, End: s}, Raw: true}}
	}
	return out
}

// memberValue finds the definition a member access reads: `this.X`,
// `Class.X` for a type of this file, an unqualified member.
func (a *analyzer) memberValue(n *sitter.Node) *sitter.Node {
	obj := unwrap(a.memberObject(n))
	name := a.memberName(n)
	if name == "" {
		return nil
	}
	var owners []*sitter.Node
	switch {
	case obj == nil || isThis(obj):
		owners = a.enclosingTypes(n)
		if len(owners) > 0 {
			owners = owners[:1]
		}
	case obj.Type() == "identifier":
		if len(a.lookup(a.Text(obj), obj)) > 0 {
			return nil // a variable, not a type
		}
		owners = a.classes[a.Text(obj)]
	case obj.Type() == "member_access_expression" || obj.Type() == "qualified_name":
		// Namespace.Class.X
		owners = a.classes[a.memberNameOf(obj)]
	}
	for _, t := range owners {
		if b := pick(a.members[t][name], n.StartByte()); b != nil && b.kind == bindValue && b.value != nil {
			return b.value
		}
	}
	return nil
}

// memberNameOf is the last name of a dotted expression.
func (a *analyzer) memberNameOf(n *sitter.Node) string {
	if n.Type() == "member_access_expression" {
		return a.memberName(n)
	}
	s := a.Text(n)
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// evalCall understands string-building calls and local helpers.
func (a *analyzer) evalCall(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	f := unwrap(field(n, "function"))
	args := a.args(n)
	if f == nil {
		return a.hole(n), false
	}
	if f.Type() == "member_access_expression" {
		obj := unwrap(a.memberObject(f))
		recv := a.Spelled(obj)
		switch name := a.memberName(f); {
		case (recv == "string" || recv == "String") && name == "Format" && len(args) > 0:
			fa := args
			if len(fa) > 1 && !isStringNode(unwrap(fa[0])) && unwrap(fa[0]).Type() != "identifier" {
				fa = fa[1:] // Format(IFormatProvider, format, args)
			}
			return a.evalFormat(fa, e, depth)
		case (recv == "string" || recv == "String") && name == "Concat":
			var out []ir.Part
			for _, x := range args {
				p, _ := a.Eval(x, e, depth+1)
				out = ir.Join(out, p)
			}
			return out, true
		case (recv == "string" || recv == "String") && name == "Join" && len(args) > 2:
			sep, _ := a.constString(args[0])
			return a.joinParts(args[1:], sep, e, depth), true
		case recv == "Url" && name == "Combine":
			return a.joinParts(args, "/", e, depth), true
		case recv == "Environment" && name == "GetEnvironmentVariable" && len(args) > 0:
			if k, ok := a.constString(args[0]); ok {
				return urlparts.Hole(n, k), false
			}
		case name == "GetValue" || name == "GetConnectionString" || name == "GetSection":
			if len(args) > 0 {
				if k, ok := a.constString(args[0]); ok {
					return urlparts.Hole(n, k), false
				}
			}
		case name == "AppendPathSegment" || name == "AppendPathSegments":
			if base, ok := a.Eval(obj, e, depth+1); ok {
				return a.joinParts(args, "/", e, depth, base...), true
			}
		case name == "ToString" || name == "Trim" || name == "TrimStart" || name == "TrimEnd" || name == "ToUri":
			if p, ok := a.Eval(obj, e, depth+1); ok {
				if name != "TrimStart" && len(args) == 1 && (a.Text(args[0]) == "'/'" || a.Text(args[0]) == `"/"`) {
					p = ir.TrimSlash(p) // Base.TrimEnd('/') + "/forms"
				}
				return p, true
			}
		case name == "Replace" && len(args) == 2:
			base, ok := a.Eval(obj, e, depth+1)
			if out := a.applyReplace(base, args); ok || urlparts.HasURLText(out) {
				return out, true
			}
		}
	}
	if fn := a.calleeFunction(n); fn != nil {
		bind := func() *urlparts.Env { return a.CallEnv(fn, args, e, depth) }
		eval := func(ret *sitter.Node, ce *urlparts.Env) ([]ir.Part, bool) { return a.Eval(ret, ce, depth+1) }
		if p, ok := a.Evaluating.Helper(fn, a.singleReturn, bind, eval); ok {
			return p, true
		}
	}
	return a.hole(n), false
}

func (a *analyzer) evalNew(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	typ := a.Text(field(n, "type"))
	args := a.args(n)
	switch typ {
	case "Uri", "System.Uri", "UriBuilder", "Url", "Flurl.Url":
		if len(args) == 1 {
			return a.Eval(args[0], e, depth+1)
		}
		if len(args) >= 2 {
			rel, _ := a.Eval(args[1], e, depth+1)
			if isAbsolute(rel) {
				return rel, true
			}
			base, _ := a.Eval(args[0], e, depth+1)
			return joinURL(base, rel), true
		}
	}
	return a.hole(n), false
}

// joinURL resolves rel against base the way most code means it: one
// slash between them (the separator has no span).
func joinURL(base, rel []ir.Part) []ir.Part {
	at := 0
	if len(rel) > 0 {
		at = rel[0].Span.Start
	}
	return urlparts.SlashJoin(base, rel, at)
}

// joinParts joins pieces with sep (no span: the separator is not in the
// source), after the optional leading parts.
func (a *analyzer) joinParts(items []*sitter.Node, sep string, e *urlparts.Env, depth int, lead ...ir.Part) []ir.Part {
	out := append([]ir.Part(nil), lead...)
	for i, it := range items {
		p, _ := a.Eval(it, e, depth+1)
		if i == 0 && len(lead) == 0 {
			out = ir.Join(out, p)
			continue
		}
		out = urlparts.SepJoin(out, p, sep, int(it.StartByte()))
	}
	return out
}

// isAbsolute reports parts that start with a scheme.
func isAbsolute(p []ir.Part) bool { return urlparts.HasHTTPScheme(p) }

// evalFormat substitutes composite format items ({0}, {1:D}) with the
// parts of the arguments; {{ and }} are braces.
func (a *analyzer) evalFormat(args []*sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	fmtParts, ok := a.Eval(args[0], e, depth+1)
	if !ok {
		return a.hole(args[0]), false
	}
	return urlparts.Expand(fmtParts, "{}", func(p ir.Part, i int) urlparts.Directive {
		text := p.Text
		c := text[i]
		if i+1 < len(text) && text[i+1] == c {
			return urlparts.Directive{End: i + 2, Parts: []ir.Part{{Kind: ir.Lit, Text: string(c), Span: urlparts.SpanAt(p, i, i+2)}}}
		}
		if c != '{' {
			return urlparts.Directive{End: i}
		}
		j := strings.IndexByte(text[i:], '}')
		if j < 0 {
			return urlparts.Directive{End: -1}
		}
		item := text[i+1 : i+j]
		if k := strings.IndexAny(item, ",:"); k >= 0 {
			item = item[:k]
		}
		idx := 0
		valid := item != ""
		for _, d := range item {
			if d < '0' || d > '9' {
				valid = false
				break
			}
			idx = idx*10 + int(d-'0')
		}
		if !valid {
			return urlparts.Directive{End: i}
		}
		if idx+1 < len(args) {
			ap, _ := a.Eval(args[idx+1], e, depth+1)
			return urlparts.Directive{End: i + j + 1, Parts: ap}
		}
		return urlparts.Directive{End: i + j + 1, Parts: []ir.Part{{Kind: ir.Hole, Name: text[i : i+j+1]}}}
	}), true
}

// applyReplace performs a constant .Replace(a, b) on the visible literals.
func (a *analyzer) applyReplace(base []ir.Part, args []*sitter.Node) []ir.Part {
	return urlparts.ReplaceCall(base, args, true, a.constString, tsnode.Span)
}

// singleReturn is the expression a function returns when it has one
// return (or an expression body).
func (a *analyzer) singleReturn(fn *sitter.Node) *sitter.Node {
	body := field(fn, "body")
	if body == nil {
		for _, c := range a.Kids(fn) {
			if c.Type() == "block" || c.Type() == "arrow_expression_clause" {
				body = c
			}
		}
	}
	if body == nil {
		return nil
	}
	if body.Type() == "arrow_expression_clause" {
		if body.NamedChildCount() > 0 {
			return body.NamedChild(0)
		}
		return nil
	}
	if body.Type() != "block" {
		return body // lambda with an expression body
	}
	return a.Nav.SingleReturn(body, isFunction)
}

// paramIndex maps fn's parameter names to their positions.
func (a *analyzer) paramIndex(fn *sitter.Node) map[string]int {
	return a.scopes.Params(fn, func(b *binding) (int, bool) { return b.index, b.kind == bindParam && b.fn == fn })
}
