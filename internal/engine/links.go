package engine

// Links: which values a finding's fix changes, and where else those values
// go. A fix is safe only when every use of the value it changes is seen and
// stays right; the checker records here, per file, the literals each URL
// is made of (keys) and what each URL does with them (uses), and settle.go
// decides the fixes of a whole run from them.

import (
	"strconv"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ir"
)

// useKind is what one URL expression does with a literal it carries.
type useKind uint8

const (
	// useVia: an assignment or a setting; the value goes on to the uses
	// that read the name, which are recorded themselves.
	useVia useKind = iota
	// useDoc: text for people (documentation, a message).
	useDoc
	// useRead: a request whose response the code decodes where it is seen.
	useRead
	// useUnread: a request whose response is not seen decoded: it may be
	// read where the analysis cannot follow it.
	useUnread
	// useWrite: a POST, PUT, PATCH or DELETE (or an upload).
	useWrite
	// useUnknown: handed to a call the analysis does not know, or kept in
	// a structure: where it goes is not seen.
	useUnknown
	// useSuppressed: a finding on it was suppressed by a directive, so the
	// changes that go with it are not made either.
	useSuppressed
)

// use is one URL expression carrying a literal (key) that a fix changes.
type use struct {
	key   string
	kind  useKind
	where string // path:line, for messages
}

// litKey names a literal by the file it is written in and its offset there,
// so that a use in another file (a part inlined from a definition) names
// the same literal as the file that defines it.
func litKey(path string, sp ir.Span) string {
	return path + "#" + strconv.Itoa(sp.Start)
}

// keyAt returns the key of the literal that carries s[a:b] of fl: the one
// an edit would go on when it is this file's, else the literal of the file
// that defines it; "" when no literal carries it.
func (c *checker) keyAt(fl flat, a, b int) string {
	if l, ok := fl.locate(a, b); ok {
		return litKey(c.f.Path, fl.parts[l.part].Span)
	}
	for i, p := range fl.parts {
		if p.Kind != ir.Lit || p.Foreign == "" || !p.Span.Valid() {
			continue
		}
		ps, pe := fl.start[i], fl.start[i]+len(p.Text)
		if max(a, ps) < min(b, pe) {
			return litKey(p.Foreign, p.Span)
		}
	}
	return ""
}

// useOf tells what URL i does with the literals it carries.
func (c *checker) useOf(i int, u *ir.URL) useKind {
	switch {
	case u.Role == ir.RoleAssign || u.Role == ir.RoleSetting:
		return useVia
	case u.Role == ir.RoleDoc || c.prose || c.f.Doc:
		// a curl in a Markdown fence is an instruction to a person
		return useDoc
	case u.Role == ir.RoleResult:
		// the request is made, and its response read, in the file that
		// defines the function
		return useVia
	case u.Role == ir.RoleRequest:
		if isWrite(u) {
			return useWrite
		}
		if _, ok := c.decoded[i]; ok {
			return useRead
		}
		return useUnread
	}
	return useUnknown
}

// isWrite reports whether a request writes: its method when the front-end
// knows it, else its call's name.
func isWrite(u *ir.URL) bool {
	if u.Method != "" {
		return u.Method != "GET" && u.Method != "HEAD" && u.Method != "OPTIONS"
	}
	return writeCall(u.Call)
}

// noteUse records that URL i carries the literal key with a v1 endpoint.
func (c *checker) noteUse(i int, u *ir.URL, key string) {
	if key == "" || u.Comment {
		return
	}
	for _, k := range c.urlKeys[i] {
		if k == key {
			return
		}
	}
	c.urlKeys[i] = append(c.urlKeys[i], key)
	where := c.f.Path
	if at := urlStart(u); at >= 0 {
		sl, _ := c.lines.pos(at)
		where += ":" + strconv.Itoa(sl)
	}
	c.uses = append(c.uses, use{key: key, kind: c.useOf(i, u), where: where})
}

// urlStart is where a URL expression is written in this file, for
// messages, or -1 when all of it comes from another file.
func urlStart(u *ir.URL) int {
	for _, p := range u.Parts {
		if p.Foreign == "" && p.Span.Valid() {
			return p.Span.Start
		}
	}
	return -1
}

// link ties finding i of c.out to keys.
func (c *checker) link(i int, needed bool, keys ...string) *finding.Link {
	if i < 0 {
		return nil
	}
	f := &c.out[i]
	if f.Link == nil {
		f.Link = &finding.Link{}
	}
	f.Link.Needed = f.Link.Needed || needed
	for _, k := range keys {
		if k != "" && !hasKey(f.Link.Keys, k) {
			f.Link.Keys = append(f.Link.Keys, k)
		}
	}
	return f.Link
}

func hasKey(ks []string, k string) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// originKeys returns the keys of the v1 endpoints that the requests of
// origin are made of: a read of their response changes with them.
func (c *checker) originKeys(origin []int) []string {
	var out []string
	add := func(o int) {
		if o < 0 || o >= len(c.urlKeys) {
			return
		}
		for _, k := range c.urlKeys[o] {
			if !hasKey(out, k) {
				out = append(out, k)
			}
		}
	}
	for _, o := range origin {
		if o == ir.OriginFile {
			for i := range c.f.URLs {
				if !c.f.URLs[i].Comment && c.facts[i].kobo {
					add(i)
				}
			}
			continue
		}
		add(o)
	}
	return out
}

// suppressedUse records that a finding on key was suppressed: what goes
// with it is not fixed either.
func (c *checker) suppressedUse(key string) {
	if key != "" {
		c.uses = append(c.uses, use{key: key, kind: useSuppressed, where: c.f.Path})
	}
}
