// Package remap carries byte spans from a derived text (a decoded JSON
// string, a notebook's virtual program, a Markdown fence with its indentation
// removed) back to the file the text came from.
//
// A Builder records the derived text together with how each piece of it was
// obtained: copied byte for byte from the file (an identity run), decoded
// from a longer or shorter piece of the file (an escape such as `\"` or
// `\u00e9`), or made up (a newline added between two notebook cells). Spans
// of the derived text then map to file spans, and a span is "raw" only when
// every byte of it was copied from one contiguous stretch of the file.
package remap

import "sort"

// seg is one piece of the derived text: bytes [S, S+SN) of the text come
// from bytes [F, F+FN) of the file. When Ident is set, SN == FN and the
// bytes are equal one for one.
type seg struct {
	S, SN int
	F, FN int
	Ident bool
}

// Builder accumulates derived text and its mapping.
type Builder struct {
	text []byte
	segs []seg
}

// Len is the length of the derived text so far.
func (b *Builder) Len() int { return len(b.text) }

// Text returns the derived text built so far (not a copy).
func (b *Builder) Text() []byte { return b.text }

// Copy appends file bytes taken verbatim from file offset f.
func (b *Builder) Copy(f int, p []byte) {
	if len(p) == 0 {
		return
	}
	s := len(b.text)
	b.text = append(b.text, p...)
	if n := len(b.segs); n > 0 {
		last := &b.segs[n-1]
		if last.Ident && last.S+last.SN == s && last.F+last.FN == f {
			last.SN += len(p)
			last.FN += len(p)
			return
		}
	}
	b.segs = append(b.segs, seg{S: s, SN: len(p), F: f, FN: len(p), Ident: true})
}

// Decoded appends text that stands for the file bytes [f, f+fn) without
// being equal to them (an escape sequence, a blanked-out line).
func (b *Builder) Decoded(f, fn int, p []byte) {
	if len(p) == 0 {
		return
	}
	s := len(b.text)
	b.text = append(b.text, p...)
	b.segs = append(b.segs, seg{S: s, SN: len(p), F: f, FN: fn})
}

// Escapes appends src[a:e] with its escape sequences decoded: at each
// sigil byte before e-1, decode gets the sigil's offset and says how many
// bytes the sequence takes (0: none, the sigil is text) and what they
// stand for (nil: nothing, as a line continuation). Other bytes are
// copied.
func (b *Builder) Escapes(src []byte, a, e int, sigil byte, decode func(i int) (n int, out []byte)) {
	run := a
	for i := a; i < e; {
		if src[i] != sigil || i+1 >= e {
			i++
			continue
		}
		n, out := decode(i)
		if n == 0 {
			i++
			continue
		}
		if i > run {
			b.Copy(run, src[run:i])
		}
		if out != nil {
			b.Decoded(i, n, out)
		}
		i += n
		run = i
	}
	if e > run {
		b.Copy(run, src[run:e])
	}
}

// Virtual appends text that has no counterpart in the file; it is placed at
// file offset f (where it would be, were it there).
func (b *Builder) Virtual(f int, p []byte) { b.Decoded(f, 0, p) }

// Map freezes the mapping. The builder may still be used afterwards, but
// the map does not see later additions.
func (b *Builder) Map() *Map {
	return &Map{segs: b.segs[:len(b.segs):len(b.segs)], n: len(b.text)}
}

// Map translates offsets of a derived text into file offsets.
type Map struct {
	segs []seg
	n    int
}

// Identity returns a map for a text that is the file bytes [f, f+n).
func Identity(f, n int) *Map {
	if n <= 0 {
		return &Map{}
	}
	return &Map{segs: []seg{{S: 0, SN: n, F: f, FN: n, Ident: true}}, n: n}
}

// find returns the index of the segment holding text offset s, or -1.
func (m *Map) find(s int) int {
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].S+m.segs[i].SN > s })
	if i < len(m.segs) && m.segs[i].S <= s {
		return i
	}
	return -1
}

// Offset maps a text offset to a file offset. Offsets inside a decoded
// piece map to the start of its file bytes; the end of the text maps to
// the end of the last piece.
func (m *Map) Offset(s int) int {
	if len(m.segs) == 0 {
		return 0
	}
	if s >= m.n {
		last := m.segs[len(m.segs)-1]
		return last.F + last.FN
	}
	if s < 0 {
		s = 0
	}
	i := m.find(s)
	if i < 0 {
		return m.segs[0].F
	}
	g := m.segs[i]
	if g.Ident {
		return g.F + (s - g.S)
	}
	return g.F
}

// end maps an exclusive end offset: the file end of the byte before it.
func (m *Map) end(e int) int {
	if len(m.segs) == 0 {
		return 0
	}
	if e <= 0 {
		return m.segs[0].F
	}
	if e > m.n {
		e = m.n
	}
	i := m.find(e - 1)
	if i < 0 {
		return m.segs[0].F
	}
	g := m.segs[i]
	if g.Ident {
		return g.F + (e - g.S)
	}
	return g.F + g.FN
}

// Span maps the text range [s, e) to a file range and reports whether the
// file bytes there equal the text bytes (every byte copied, contiguously).
func (m *Map) Span(s, e int) (start, end int, raw bool) {
	if e < s {
		e = s
	}
	if s == e {
		o := m.Offset(s)
		return o, o, true
	}
	start, end = m.Offset(s), m.end(e)
	if end < start {
		end = start
	}
	raw = true
	i := m.find(s)
	if i < 0 {
		return start, end, false
	}
	prevEnd := -1
	for ; i < len(m.segs) && m.segs[i].S < e; i++ {
		g := m.segs[i]
		if !g.Ident || (prevEnd >= 0 && g.F != prevEnd) {
			raw = false
			break
		}
		prevEnd = g.F + g.FN
	}
	return start, end, raw
}

// Sub returns the map of the text range [a, e), re-based so that offset 0
// of the sub-text is offset a of the text.
func (m *Map) Sub(a, e int) *Map {
	if e > m.n {
		e = m.n
	}
	if a < 0 {
		a = 0
	}
	out := &Map{n: max(0, e-a)}
	for _, g := range m.segs {
		gs, ge := g.S, g.S+g.SN
		if ge <= a || gs >= e {
			continue
		}
		if g.Ident {
			lo, hi := max(gs, a), min(ge, e)
			out.segs = append(out.segs, seg{S: lo - a, SN: hi - lo, F: g.F + (lo - gs), FN: hi - lo, Ident: true})
			continue
		}
		// A decoded piece cut by the range keeps its whole file extent.
		lo, hi := max(gs, a), min(ge, e)
		out.segs = append(out.segs, seg{S: lo - a, SN: hi - lo, F: g.F, FN: g.FN})
	}
	return out
}

// Append appends text[a:e] to b, where text is mapped to the file by m:
// the new bytes keep their file positions (and their rawness).
func (b *Builder) Append(text []byte, m *Map, a, e int) {
	if e > len(text) {
		e = len(text)
	}
	if a >= e {
		return
	}
	i := a
	k := m.find(a)
	if k < 0 {
		k = len(m.segs)
	}
	for ; i < e && k < len(m.segs); k++ {
		g := m.segs[k]
		if g.S > i {
			// Bytes no piece accounts for: keep them, placed nowhere.
			j := min(g.S, e)
			b.Virtual(m.Offset(i), text[i:j])
			i = j
			if i >= e {
				break
			}
		}
		j := min(g.S+g.SN, e)
		if g.Ident {
			b.Copy(g.F+(i-g.S), text[i:j])
		} else {
			b.Decoded(g.F, g.FN, text[i:j])
		}
		i = j
	}
	if i < e {
		b.Virtual(m.Offset(i), text[i:e])
	}
}
