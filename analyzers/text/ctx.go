package text

import (
	"bytes"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// ctx is the state of one file being analysed.
type ctx struct {
	path  string
	src   []byte
	f     *ir.File
	b     ir.Builder
	lines *remap.Lines
	// whole maps the file's text onto itself, for scanning it as it is.
	whole *remap.Map
	// vars holds values defined earlier in the file (.env keys, Dockerfile
	// ENV/ARG, Makefile variables) for ${VAR} / $(VAR) expansion.
	vars map[string][]ir.Part
	// config is set in configuration files: a value without a scheme (a
	// bare host, a path) counts only under a name that says it is a
	// location (base_url, KOBO_HOST), not under `token` or `description`.
	config bool
	// prose is set while documentation text is scanned: a path without a
	// host names an endpoint there, it does not call one.
	prose bool
}

// accept filters the tokens of configuration values and prose.
func (c *ctx) accept(t tok, name string, comment bool) bool {
	switch {
	case t.kind == tokScheme || comment:
		return true
	case c.prose:
		return t.kind == tokHost
	case c.config:
		if t.name != "" {
			name = t.name
		}
		return urlishName(lastKey(name))
	}
	return true
}

// lastKey is the last component of a dotted key path.
func lastKey(name string) string {
	if k := strings.LastIndexByte(name, '.'); k >= 0 {
		return name[k+1:]
	}
	return name
}

// proseIn scans documentation text.
func (c *ctx) proseIn(text []byte, m *remap.Map, a, e int, comment bool) {
	c.prose = true
	c.tokensIn(text, m, a, e, ir.RoleDoc, "", comment)
	c.prose = false
}

func newCtx(path string, src []byte) *ctx {
	f := &ir.File{Path: path, Lang: Name, Syntax: fixsyntax.Base{}}
	return &ctx{path: path, src: src, f: f, b: ir.Builder{File: f}, lines: remap.NewLines(src), whole: remap.Identity(0, len(src)), vars: map[string][]ir.Part{}}
}

// warn records a recoverable problem.
func (c *ctx) warn(format string) { c.f.Warnings = append(c.f.Warnings, format) }

// expand replaces holes named after a known variable by its parts.
func (c *ctx) expand(ps []ir.Part) []ir.Part {
	var out []ir.Part
	changed := false
	for _, p := range ps {
		if p.Kind == ir.Hole {
			if def, ok := c.vars[p.Name]; ok {
				for _, d := range def {
					if d.Via == "" {
						d.Via = p.Name
					}
					out = append(out, d)
				}
				changed = true
				continue
			}
		}
		out = append(out, p)
	}
	if !changed {
		return ps
	}
	return out
}

// noteName sets KoboHint when a configuration key names Kobo: settings
// called KOBO_URL or [kobo] tell the engine the file is about Kobo.
func (c *ctx) noteName(name string) {
	if !c.f.KoboHint && names.SaysKobo(name) {
		c.f.KoboHint = true
	}
}

// value handles a configuration value held in text (mapped to the file by
// m) and configured under name. A value that is one URL token as a whole
// becomes a RoleSetting URL and, when top is set, a Def; otherwise every
// URL token inside it is reported with Var = name.
func (c *ctx) value(text []byte, m *remap.Map, name string, top bool, comment bool) {
	c.valueIn(text, m, 0, len(text), name, top, comment)
}

// valueIn is value on text[a:e] (offsets stay those of text).
func (c *ctx) valueIn(text []byte, m *remap.Map, a, e int, name string, top bool, comment bool) {
	c.noteName(name)
	ta, te := trimSpace(text[a:e])
	if t, ok := wholeValue(text[a+ta : a+te]); ok && c.accept(t, name, comment) {
		t = shiftTok(t, a+ta)
		ps := c.expand(parts(text, m, t))
		if !ir.HasLit(ps) {
			return
		}
		c.b.AddURL(ir.URL{Parts: ps, Role: ir.RoleSetting, Var: name, Comment: comment})
		if top && name != "" && !comment {
			c.f.Defs = append(c.f.Defs, ir.Def{Name: name, Parts: ps})
		}
		return
	}
	if ps, ok := c.expandedValue(text, m, a+ta, a+te); ok {
		c.b.AddURL(ir.URL{Parts: ps, Role: ir.RoleSetting, Var: name, Comment: comment})
		if top && name != "" && !comment {
			c.f.Defs = append(c.f.Defs, ir.Def{Name: name, Parts: ps})
		}
		c.noteName(name)
		return
	}
	c.tokensIn(text, m, a, e, ir.RoleUnknown, name, comment)
}

// expandedValue reads a value that is one word built on a variable of
// this file (`${KOBO_API_URL}/forms`, `$(KC)/api/v1`): it is a URL when
// the variable's parts are.
func (c *ctx) expandedValue(text []byte, m *remap.Map, s, end int) ([]ir.Part, bool) {
	b := text[s:end]
	if len(b) == 0 || b[0] != '$' || len(c.vars) == 0 {
		return nil, false
	}
	e, ps := extend(b, 0, nil)
	if e != len(b) || len(ps) == 0 || !ps[0].hole {
		return nil, false
	}
	def, ok := c.vars[ps[0].name]
	if !ok || !ir.HasLit(def) || !strings.Contains(def[0].Text, "/") {
		return nil, false
	}
	t := shiftTok(tok{s: 0, e: e, pieces: mergeLits(ps)}, s)
	return c.expand(parts(text, m, t)), true
}

// tokens reports every URL token of text with the given role.
func (c *ctx) tokens(text []byte, m *remap.Map, role ir.Role, name string, comment bool) {
	c.tokensIn(text, m, 0, len(text), role, name, comment)
}

// tokensIn is tokens on text[a:e].
func (c *ctx) tokensIn(text []byte, m *remap.Map, a, e int, role ir.Role, name string, comment bool) {
	for _, t := range scanTokens(text[a:e]) {
		if !c.accept(t, name, comment) {
			continue
		}
		t = shiftTok(t, a)
		ps := c.expand(parts(text, m, t))
		if !ir.HasLit(ps) {
			continue
		}
		v := name
		if t.name != "" {
			v = t.name
		}
		// In prose, a URL trailed by an ellipsis ("https://host/api/v1/...")
		// names a family of addresses, the way a comment would; it is not
		// an address to call.
		elided := c.prose && (bytes.HasPrefix(text[t.e:e], []byte("...")) || bytes.HasPrefix(text[t.e:e], []byte("…")))
		c.b.AddURL(ir.URL{Parts: ps, Role: role, Var: v, Comment: comment || elided})
	}
}

// tokensAt scans src[a:e] of the file itself.
func (c *ctx) tokensAt(a, e int, role ir.Role, name string, comment bool) {
	if a >= e {
		return
	}
	c.tokens(c.src[a:e], remap.Identity(a, e-a), role, name, comment)
}

// valueAt handles a raw value src[a:e] of the file itself.
func (c *ctx) valueAt(a, e int, name string, top bool, comment bool) {
	if a >= e {
		c.noteName(name)
		return
	}
	c.value(c.src[a:e], remap.Identity(a, e-a), name, top, comment)
}

// defineIn remembers variable name for later $VAR / ${VAR} / $(VAR)
// expansion: the parts of text[a:e] when it is a URL token, a literal
// when it is one word (FORM ?= 347112), nothing otherwise.
func (c *ctx) defineIn(name string, text []byte, m *remap.Map, a, e int) {
	if a >= e {
		delete(c.vars, name)
		return
	}
	ta, te := trimSpace(text[a:e])
	if t, ok := wholeValue(text[a+ta : a+te]); ok {
		c.vars[name] = c.expand(parts(text, m, shiftTok(t, a+ta)))
		return
	}
	if !containsSpace(text[a+ta:a+te]) && a+ta < a+te {
		s, en, raw := m.Span(a+ta, a+te)
		c.vars[name] = []ir.Part{{Kind: ir.Lit, Text: string(text[a+ta : a+te]), Span: ir.Span{Start: s, End: en}, Raw: raw}}
		return
	}
	delete(c.vars, name)
}

func containsSpace(b []byte) bool {
	for _, c := range b {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

func shiftTok(t tok, d int) tok {
	t.s += d
	t.e += d
	ps := make([]piece, len(t.pieces))
	for i, p := range t.pieces {
		p.s += d
		p.e += d
		ps[i] = p
	}
	t.pieces = ps
	return t
}

func trimSpace(b []byte) (int, int) {
	a, e := 0, len(b)
	for a < e && isSpace(b[a]) {
		a++
	}
	for e > a && isSpace(b[e-1]) {
		e--
	}
	return a, e
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
