package notebook

import (
	"fmt"
	"sort"

	"github.com/kobolint/kobolint/analyzers/text/jsonx"
	"github.com/kobolint/kobolint/internal/ir"
)

// Edit replaces the notebook bytes at Span (file offsets, as in findings)
// with NewText, given as cell text: ApplyEdits escapes it for JSON. Do not
// pass text already escaped by File.EditText.
type Edit struct {
	Span    ir.Span
	NewText string
}

// ApplyEdit is ApplyEdits with one edit.
func ApplyEdit(src []byte, span ir.Span, newText string) ([]byte, error) {
	return ApplyEdits(src, []Edit{{Span: span, NewText: newText}})
}

// ApplyEdits applies edits to a notebook and returns the new file. Every
// span must lie inside one JSON string of the notebook without cutting an
// escape sequence in two, and spans must not overlap; otherwise nothing is
// changed and the error says which edit is wrong. The result is valid JSON
// whose decoded strings are the old ones with the cell text replaced.
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	doc, err := jsonx.Parse(src, false)
	if err != nil {
		return nil, err
	}
	var strs []*jsonx.Value
	collectStrings(doc.Root, &strs)
	sort.Slice(strs, func(i, j int) bool { return strs[i].Start < strs[j].Start })

	es := append([]Edit(nil), edits...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Span.Start < es[j].Span.Start })
	for i, e := range es {
		if e.Span.Start < 0 || e.Span.End < e.Span.Start || e.Span.End > len(src) {
			return nil, fmt.Errorf("edit %d: span [%d,%d) is outside the file", i, e.Span.Start, e.Span.End)
		}
		if i > 0 && es[i-1].Span.End > e.Span.Start {
			return nil, fmt.Errorf("edits overlap at offset %d", e.Span.Start)
		}
		if err := checkInString(src, strs, e.Span); err != nil {
			return nil, err
		}
	}
	out := make([]byte, 0, len(src))
	last := 0
	for _, e := range es {
		out = append(out, src[last:e.Span.Start]...)
		out = append(out, jsonx.Escape(e.NewText)...)
		last = e.Span.End
	}
	return append(out, src[last:]...), nil
}

func collectStrings(v *jsonx.Value, out *[]*jsonx.Value) {
	switch v.Kind {
	case jsonx.String:
		*out = append(*out, v)
	case jsonx.Array:
		for _, e := range v.Elems {
			collectStrings(e, out)
		}
	case jsonx.Object:
		for _, m := range v.Members {
			collectStrings(m.Value, out)
		}
	}
}

// checkInString verifies that span lies within the contents of one string
// value and that its ends fall between escape sequences.
func checkInString(src []byte, strs []*jsonx.Value, span ir.Span) error {
	k := sort.Search(len(strs), func(i int) bool { return strs[i].Start >= span.Start }) - 1
	if k < 0 || span.Start <= strs[k].Start || span.End >= strs[k].End {
		return fmt.Errorf("span [%d,%d) is not inside one JSON string", span.Start, span.End)
	}
	s := strs[k]
	startOK, endOK := false, false
	for i := s.Start + 1; i <= s.End-1; {
		if i == span.Start {
			startOK = true
		}
		if i == span.End {
			endOK = true
		}
		if i == s.End-1 {
			break
		}
		if src[i] == '\\' {
			if i+1 < len(src) && src[i+1] == 'u' {
				i += 6
			} else {
				i += 2
			}
			continue
		}
		i++
	}
	if !startOK || !endOK {
		return fmt.Errorf("span [%d,%d) cuts a JSON escape sequence", span.Start, span.End)
	}
	return nil
}
