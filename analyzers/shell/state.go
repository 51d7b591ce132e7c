package shell

import (
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/internal/strlit"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// maxParts caps the parts of one value: `A="$A$A"` repeated would otherwise
// grow without bound.
const maxParts = 128

// maxDepth caps recursion over the syntax tree (deeply nested $(...)).
const maxDepth = 400

// variable is what the analysis knows about a shell variable.
type variable struct {
	// parts is the string value; nil when only its origin is known.
	parts []ir.Part
	// elems holds the elements of an array.
	elems [][]ir.Part
	// origin lists the requests whose response the value holds.
	origin []int
}

// analyzer holds the state of one analysis (one file or snippet).
type analyzer struct {
	f    *ir.File
	b    ir.Builder
	code []byte // the snippet as given: the reference for Raw
	opt  Options
	vars map[string]*variable
	// files maps the text of a file name written by a command (curl -o,
	// > file) to the origin of what was written there.
	files map[string][]int
	// wrappers are functions of the file that pass an argument to curl.
	wrappers map[string]bool
	// funcs are all functions defined in the file.
	funcs map[string]bool
	// templates are, per wrapper, the requests its body builds from its
	// positional parameters ("$API_ROOT/$1").
	templates map[string][]template
	// tmplFn maps the URL ID of a template request to its function.
	tmplFn map[int]string
	// fnDecodes are, per wrapper, the indexes in f.Decodes of the
	// decodes of its template requests' responses: their origins are
	// the requests its calls make.
	fnDecodes map[string][]int
	// fnCalls counts the calls of each wrapper that made requests.
	fnCalls map[string]int
	// fnDerived: the wrapper prints what it made of the response (a jq
	// result), not the response.
	fnDerived map[string]bool
	// lineStarts of the text suppression lines are counted in.
	lineStarts *remap.Lines
}

func newAnalyzer(f *ir.File, code []byte, opt Options) *analyzer {
	a := &analyzer{f: f, b: ir.Builder{File: f}, code: code, opt: opt,
		vars: map[string]*variable{}, files: map[string][]int{}, wrappers: map[string]bool{},
		templates: map[string][]template{}, funcs: map[string]bool{}, tmplFn: map[int]string{},
		fnDecodes: map[string][]int{}, fnCalls: map[string]int{}, fnDerived: map[string]bool{}}
	for name, parts := range opt.Vars {
		a.vars[name] = &variable{parts: capParts(parts)}
	}
	text := code
	if opt.Outer != nil && opt.Map != nil {
		text = opt.Outer
	}
	a.lineStarts = remap.NewLines(text)
	return a
}

// span maps a snippet range to a file range; raw is false when the file
// bytes there are not the snippet bytes one for one.
func (a *analyzer) span(s, e int) (ir.Span, bool) {
	s, e = clampTo(s, e, len(a.code))
	if a.opt.Map == nil {
		return ir.Span{Start: s, End: e}, true
	}
	fs, fe, raw := a.opt.Map.Span(s, e)
	if fe < fs {
		fe = fs
	}
	return ir.Span{Start: fs, End: fe}, raw
}

// lit makes a literal part for snippet bytes [s, e) holding text.
func (a *analyzer) lit(text string, s, e int) ir.Part {
	sp, mapRaw := a.span(s, e)
	raw := mapRaw && e-s == len(text) && s >= 0 && e <= len(a.code) && string(a.code[s:e]) == text
	return ir.Part{Kind: ir.Lit, Text: text, Span: sp, Raw: raw}
}

// line returns the 1-based line of a snippet offset, in the file.
func (a *analyzer) line(off int) int {
	if a.opt.Map != nil && a.opt.Outer != nil {
		sp, _ := a.span(off, off)
		off = sp.Start
	}
	return a.lineStarts.Line(off)
}

// hint records Kobo context from a name used in code.
func (a *analyzer) hint(name string) {
	if !a.f.KoboHint && names.SaysKobo(name) {
		a.f.KoboHint = true
	}
}

// urlish reports whether parts carry literal text with '/' or '.', the
// front-end contract for what may be a URL.
func urlish(parts []ir.Part) bool {
	for _, p := range parts {
		if p.Kind == ir.Lit && strings.ContainsAny(p.Text, "/.") {
			return true
		}
	}
	return false
}

// emit adds a URL expression when it may be a URL; it returns its ID or -1.
func (a *analyzer) emit(parts []ir.Part, role ir.Role, call, varName string) int {
	if !urlish(parts) {
		return -1
	}
	return a.b.AddURL(ir.URL{Parts: mergeLits(parts), Role: role, Call: call, Var: varName})
}

// mergeLits joins neighbouring raw literals that are one stretch of
// source (tree-sitter splits `https://[host]/x` into several words), so
// that a literal is one part.
func mergeLits(parts []ir.Part) []ir.Part {
	merged := false
	for i := 1; i < len(parts); i++ {
		if canMerge(parts[i-1], parts[i]) {
			merged = true
			break
		}
	}
	if !merged {
		return parts
	}
	out := make([]ir.Part, 0, len(parts))
	for _, p := range parts {
		if n := len(out); n > 0 && canMerge(out[n-1], p) {
			out[n-1].Text += p.Text
			out[n-1].Span.End = p.Span.End
			continue
		}
		out = append(out, p)
	}
	return out
}

func canMerge(a, b ir.Part) bool {
	return a.Kind == ir.Lit && b.Kind == ir.Lit && a.Raw && b.Raw && a.Span.End == b.Span.Start &&
		a.Via == b.Via && a.Foreign == b.Foreign && a.Span.End-a.Span.Start == len(a.Text)
}

// capParts keeps a value to maxParts parts, ending it with a hole when cut.
func capParts(parts []ir.Part) []ir.Part {
	if len(parts) <= maxParts {
		return parts
	}
	out := make([]ir.Part, maxParts)
	copy(out, parts[:maxParts-1])
	out[maxParts-1] = ir.Part{Kind: ir.Hole, Name: "..."}
	return out
}

// derived is a mark in an origin list: the value is what a command (jq)
// made of the response, not the response as the server sent it. It never
// reaches the IR (see irOrigin).
const derived = -1000

// irOrigin returns an origin list for the IR, without the derived mark.
func irOrigin(origin []int) []int {
	for i, o := range origin {
		if o == derived {
			out := append([]int(nil), origin[:i]...)
			for _, x := range origin[i+1:] {
				if x != derived {
					out = append(out, x)
				}
			}
			return out
		}
	}
	return origin
}

// derive marks an origin list as derived from the responses.
func derive(origin []int) []int {
	if len(origin) == 0 {
		return nil
	}
	return union(origin, []int{derived})
}

// union merges origin lists; OriginFile absorbs the rest (it already means
// "any response of the file"), keeping the derived mark.
func union(lists ...[]int) []int {
	var out []int
	seen := map[int]bool{}
	for _, l := range lists {
		for _, o := range l {
			if o == ir.OriginFile {
				for _, l2 := range lists {
					for _, x := range l2 {
						if x == derived {
							return []int{ir.OriginFile, derived}
						}
					}
				}
				return []int{ir.OriginFile}
			}
			if !seen[o] {
				seen[o] = true
				out = append(out, o)
			}
		}
	}
	return out
}

// child is one child of a node with its field name.
type child struct {
	n     *sitter.Node
	field string
	typ   string
}

// cursors are reused: a new cursor costs a C allocation and a finalizer.
var cursors sync.Pool

// kids lists the children of n. A cursor walks them in linear time, where
// Child(i) would cost O(i) each.
func kids(n *sitter.Node) []child {
	if n == nil || n.ChildCount() == 0 {
		return nil
	}
	c, _ := cursors.Get().(*sitter.TreeCursor)
	if c == nil {
		c = sitter.NewTreeCursor(n)
	} else {
		c.Reset(n)
	}
	defer cursors.Put(c)
	var out []child
	if !c.GoToFirstChild() {
		return nil
	}
	for {
		cn := c.CurrentNode()
		out = append(out, child{n: cn, field: c.CurrentFieldName(), typ: cn.Type()})
		if !c.GoToNextSibling() {
			break
		}
	}
	return out
}

// fileKey names a file written or read by a command, holes by their name,
// so that `curl -o "$DEST/forms.json"` and `jq ... "$DEST/forms.json"` meet.
func fileKey(parts []ir.Part) string {
	return strlit.Spell(parts, func(name string) string { return "${" + name + "}" })
}

// litText is the literal text of parts, holes as "\x00".
func litText(parts []ir.Part) string {
	return strlit.Spell(parts, func(string) string { return "\x00" })
}
