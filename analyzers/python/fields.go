package python

import (
	"github.com/kobolint/kobolint/internal/ir"
)

// field reports a read of name at node at (an identifier: the name is the
// source text there).
func (a *analyzer) field(at *node, name string, kind ir.FieldKind, origin []key, recv string, raw bool, acc accessor) {
	if !a.final || a.symbolic || name == "" {
		return
	}
	a.addField(ir.FieldRead{Name: name, Span: ir.Span{Start: at.start, End: at.end}, Kind: kind,
		Receiver: recv, Raw: raw, Access: acc.access, Expr: acc.expr}, origin)
}

// accessor locates the syntax around a read: the accessor (`["f"]`,
// `.get("f")`, `.f`) and the whole read, receiver included.
type accessor struct{ access, expr ir.Span }

// accessAfter is the accessor of read: what follows recv inside it.
func accessAfter(recv, read *node) accessor {
	if recv == nil || read == nil || recv.end > read.end || read.start > recv.start {
		return accessor{}
	}
	return accessor{access: ir.Span{Start: recv.end, End: read.end}, expr: ir.Span{Start: read.start, End: read.end}}
}

// fieldString reports a read whose name is the string literal s; the span
// covers the text inside the quotes.
func (a *analyzer) fieldString(s *node, kind ir.FieldKind, origin []key, recv string, acc accessor) {
	if !a.final || a.symbolic {
		return
	}
	name, ok := a.constString(s)
	if !ok || name == "" {
		return
	}
	for s.kind == "parenthesized_expression" && s.firstNamed() != nil {
		s = s.firstNamed()
	}
	var contents []*node
	strs := []*node{s}
	if s.kind == "concatenated_string" {
		strs = s.namedKids()
	}
	for _, st := range strs {
		for _, k := range st.kids {
			if k.kind == "string_content" {
				contents = append(contents, k)
			}
		}
	}
	if len(contents) == 0 {
		return
	}
	start, end := contents[0].start, contents[len(contents)-1].end
	raw := len(contents) == 1 && end-start == len(name) && string(a.src[start:end]) == name
	a.addField(ir.FieldRead{Name: name, Span: ir.Span{Start: start, End: end}, Kind: kind,
		Receiver: recv, Raw: raw, Access: acc.access, Expr: acc.expr}, origin)
}

func (a *analyzer) addField(f ir.FieldRead, origin []key) {
	if t, ok := a.conv[f.Expr]; ok && f.Expr.Valid() {
		f.Type = t
	}
	if a.fieldSeen == nil {
		a.fieldSeen = map[ir.Span]int{}
	}
	if i, dup := a.fieldSeen[f.Span]; dup {
		a.fieldOrigins[i] = union(a.fieldOrigins[i], origin)
		return
	}
	a.fieldSeen[f.Span] = len(a.file.Fields)
	a.file.Fields = append(a.file.Fields, f)
	a.fieldOrigins = append(a.fieldOrigins, append([]key(nil), origin...))
}
