package remap

import (
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/internal/textpos"
)

// Lines turns offsets of a text into 1-based line numbers and back (see
// textpos.Lines). A line ends at '\n' (a CRLF pair ends at its '\n').
type Lines struct{ pos *textpos.Lines }

// NewLines indexes src.
func NewLines(src []byte) *Lines { return &Lines{textpos.New(src)} }

// Line returns the 1-based line holding offset off.
func (l *Lines) Line(off int) int {
	line, _ := l.pos.Position(off)
	return line
}

// Start returns the offset where 1-based line n starts (clamped).
func (l *Lines) Start(n int) int { return l.pos.Offset(n, 1) }

// Count is the number of lines.
func (l *Lines) Count() int { return l.pos.Count() }

// Parts returns a copy of a part list with its spans mapped through m (a
// copy, because front-ends may share one part list between a URL and a
// Def). A part already marked Foreign belongs to another file and is left
// alone.
func (m *Map) Parts(in []ir.Part) []ir.Part {
	if in == nil {
		return nil
	}
	ps := append([]ir.Part(nil), in...)
	for i := range ps {
		p := &ps[i]
		if p.Foreign != "" {
			continue
		}
		if p.Span == (ir.Span{}) && p.Kind == ir.Hole {
			continue
		}
		s, e, raw := m.Span(p.Span.Start, p.Span.End)
		p.Span = ir.Span{Start: s, End: e}
		if !raw {
			p.Raw = false
		}
	}
	return ps
}

// File rewrites every position of f, which was computed on the derived text
// (indexed by textLines), into positions of the outer file (indexed by
// fileLines).
func (m *Map) File(f *ir.File, textLines, fileLines *Lines) {
	for i := range f.URLs {
		f.URLs[i].Parts = m.Parts(f.URLs[i].Parts)
	}
	for i := range f.Defs {
		f.Defs[i].Parts = m.Parts(f.Defs[i].Parts)
	}
	for i := range f.Fields {
		fr := &f.Fields[i]
		s, e, raw := m.Span(fr.Span.Start, fr.Span.End)
		fr.Span = ir.Span{Start: s, End: e}
		if !raw {
			fr.Raw = false
		}
		fr.Access = m.optional(fr.Access)
		fr.Expr = m.optional(fr.Expr)
	}
	for i := range f.Decodes {
		f.Decodes[i].Span = m.optional(f.Decodes[i].Span)
	}
	for i := range f.Suppressions {
		sp := &f.Suppressions[i]
		sp.Line = fileLines.Line(m.Offset(textLines.Start(sp.Line)))
	}
}

// Merge appends what src learned to dst: URLs get new IDs (and field
// origins follow them), the rest is appended as is. Defs are copied only
// when withDefs is set: a Markdown fence or a notebook cell is not a module
// other files import.
func Merge(dst, src *ir.File, withDefs bool) {
	if src == nil {
		return
	}
	ids := make(map[int]int, len(src.URLs))
	for _, u := range src.URLs {
		ids[u.ID] = len(dst.URLs)
		u.ID = len(dst.URLs)
		dst.URLs = append(dst.URLs, u)
	}
	renumber := func(origin []int) []int {
		if len(origin) == 0 {
			return origin
		}
		o := make([]int, len(origin))
		for i, id := range origin {
			if n, ok := ids[id]; ok {
				id = n
			}
			o[i] = id
		}
		return o
	}
	for _, fr := range src.Fields {
		fr.Origin = renumber(fr.Origin)
		dst.Fields = append(dst.Fields, fr)
	}
	for _, d := range src.Decodes {
		d.Origin = renumber(d.Origin)
		dst.Decodes = append(dst.Decodes, d)
	}
	if withDefs {
		dst.Defs = append(dst.Defs, src.Defs...)
	}
	dst.Suppressions = append(dst.Suppressions, src.Suppressions...)
	dst.KoboHint = dst.KoboHint || src.KoboHint
	dst.Warnings = append(dst.Warnings, src.Warnings...)
}

// optional maps a span that is zero when unknown.
func (m *Map) optional(sp ir.Span) ir.Span {
	if sp == (ir.Span{}) {
		return sp
	}
	s, e, _ := m.Span(sp.Start, sp.End)
	return ir.Span{Start: s, End: e}
}
