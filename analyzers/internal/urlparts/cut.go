package urlparts

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// SpanAt is the span of Text[from:to] of the literal p: exact when p is
// raw (its text is its source), else p's own span.
func SpanAt(p ir.Part, from, to int) ir.Span {
	if p.Raw {
		return ir.Span{Start: p.Span.Start + from, End: p.Span.Start + to}
	}
	return p.Span
}

// Cut is the literal p cut to Text[from:to], nothing when that is empty.
func Cut(p ir.Part, from, to int) []ir.Part {
	if to <= from {
		return nil
	}
	q := p
	q.Text = p.Text[from:to]
	q.Span = SpanAt(p, from, to)
	return []ir.Part{q}
}

// Rest is the literal p from Text[from:]; a raw part keeps its end.
func Rest(p ir.Part, from int) ir.Part {
	q := p
	q.Text = p.Text[from:]
	if p.Raw {
		q.Span = ir.Span{Start: p.Span.Start + from, End: p.Span.End}
	}
	return q
}

// Replace performs a constant replacement of from by to on the literal
// parts it can see (every occurrence when all, else the first part's
// first); changed parts are no longer raw. from must not be empty.
func Replace(base []ir.Part, from, to string, all bool) []ir.Part {
	out := make([]ir.Part, len(base))
	copy(out, base)
	for i := range out {
		if out[i].Kind != ir.Lit || !strings.Contains(out[i].Text, from) {
			continue
		}
		if all {
			out[i].Text = strings.ReplaceAll(out[i].Text, from, to)
		} else {
			out[i].Text = strings.Replace(out[i].Text, from, to, 1)
		}
		out[i].Raw = false
		if !all {
			break
		}
	}
	return out
}
