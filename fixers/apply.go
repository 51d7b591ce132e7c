package fixers

import (
	"fmt"
	"sort"
	"strconv"
)

// placed is an accepted edit with what is needed to order it and to name its owner.
type placed struct {
	Edit
	fix int // index of the owning fix in the Apply input
	seq int // index of the edit inside its fix
}

func (p placed) empty() bool { return p.Start == p.End }

// before orders edits by position. At one offset an insertion comes before a
// replacement starting there; insertions of one fix at one offset keep their
// given order.
func (p placed) before(q placed) bool {
	if p.Start != q.Start {
		return p.Start < q.Start
	}
	if p.empty() != q.empty() {
		return p.empty()
	}
	if p.fix != q.fix {
		return p.fix < q.fix
	}
	return p.seq < q.seq
}

func sameEdit(a, b Edit) bool {
	return a.Start == b.Start && a.End == b.End && a.NewText == b.NewText
}

// overlaps reports whether two different edits cannot both be applied without
// one deciding the other's meaning. Edits that only touch are fine, except two
// insertions at one offset: their order would be a guess.
func overlaps(a, b Edit) bool {
	ae, be := a.Start == a.End, b.Start == b.End
	switch {
	case ae && be:
		return a.Start == b.Start
	case ae:
		return b.Start < a.Start && a.Start < b.End
	case be:
		return a.Start < b.Start && b.Start < a.End
	}
	return a.Start < b.End && b.Start < a.End
}

func fixName(fixes []Fix, i int) string {
	if fixes[i].ID != "" {
		return fixes[i].ID
	}
	return "#" + strconv.Itoa(i)
}

// Apply applies fixes to src, each whole or not at all, in the order given.
// A fix is rejected when one of its edits is out of range or inverted, when its
// own edits overlap each other, or when an edit overlaps an edit of a fix
// accepted before it ("overlaps fix X"): the first one wins and the others can
// be retried on the new content (see Fixpoint). An edit identical to one
// already accepted counts once. Edits that would not change anything are
// ignored, so they never block another fix. Replacement text gets the line
// endings of src (NormalizeNewlines). src is not modified; out is a new slice.
func Apply(src []byte, fixes []Fix) (out []byte, applied []string, rejected []Rejection) {
	style := newlineStyle(src)
	var acc []placed // accepted edits, sorted by before, pairwise not overlapping
	for i, f := range fixes {
		edits, reason := prepare(src, f, i, style)
		if reason != "" {
			rejected = append(rejected, Rejection{ID: f.ID, Reason: reason})
			continue
		}
		fresh := edits[:0:0]
		conflict := -1
		for _, e := range edits {
			dup, with := check(acc, e.Edit)
			if with >= 0 && (conflict < 0 || with < conflict) {
				conflict = with
			}
			if !dup {
				fresh = append(fresh, e)
			}
		}
		if conflict >= 0 {
			name := fixName(fixes, conflict)
			rejected = append(rejected, Rejection{ID: f.ID, Reason: "overlaps fix " + name, Conflict: name})
			continue
		}
		for _, e := range fresh {
			k := sort.Search(len(acc), func(j int) bool { return e.before(acc[j]) })
			acc = append(acc, placed{})
			copy(acc[k+1:], acc[k:])
			acc[k] = e
		}
		applied = append(applied, f.ID)
	}
	return render(src, acc), applied, rejected
}

// prepare validates the edits of one fix and returns them normalized, without
// no-op edits and duplicates, in position order.
func prepare(src []byte, f Fix, fix int, style string) ([]placed, string) {
	if len(f.Edits) == 0 {
		return nil, "fix has no edits"
	}
	out := make([]placed, 0, len(f.Edits))
	for k, e := range f.Edits {
		switch {
		case e.Start < 0 || e.End < 0:
			return nil, fmt.Sprintf("edit %d: negative offset in span [%d,%d)", k, e.Start, e.End)
		case e.Start > e.End:
			return nil, fmt.Sprintf("edit %d: inverted span [%d,%d)", k, e.Start, e.End)
		case e.End > len(src):
			return nil, fmt.Sprintf("edit %d: span [%d,%d) outside file of %d bytes", k, e.Start, e.End, len(src))
		}
		e.NewText = normalizeTo(style, e.NewText)
		if string(src[e.Start:e.End]) == e.NewText {
			continue
		}
		out = append(out, placed{Edit: e, fix: fix, seq: k})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].before(out[b]) })
	uniq := out[:0]
	maxEnd := -1
	for _, e := range out {
		// A repeated replacement is a duplicate; repeated insertions are kept,
		// since the fix may mean to insert the same text twice.
		if n := len(uniq); n > 0 && !e.empty() && sameEdit(uniq[n-1].Edit, e.Edit) {
			continue
		}
		// Sorted by start, so an edit overlaps an earlier one of the same fix
		// exactly when it starts inside a non-empty one. Insertions of one fix at
		// one offset are allowed: the fix states their order.
		if e.Start < maxEnd {
			return nil, fmt.Sprintf("edit %d overlaps another edit of the same fix", e.seq)
		}
		if !e.empty() && e.End > maxEnd {
			maxEnd = e.End
		}
		uniq = append(uniq, e)
	}
	return uniq, ""
}

// check compares e with the accepted edits: dup when an identical edit is
// already there, otherwise with is the lowest fix index among the accepted
// edits e overlaps (-1 if none).
func check(acc []placed, e Edit) (dup bool, with int) {
	with = -1
	// Accepted edits do not overlap, so their ends are sorted too: only those
	// from the first one ending at or after e.Start can touch e.
	j := sort.Search(len(acc), func(j int) bool { return acc[j].End >= e.Start })
	for ; j < len(acc) && acc[j].Start <= e.End; j++ {
		a := acc[j]
		if sameEdit(a.Edit, e) {
			return true, -1
		}
		if overlaps(a.Edit, e) && (with < 0 || a.fix < with) {
			with = a.fix
		}
	}
	return false, with
}

func render(src []byte, acc []placed) []byte {
	size := len(src)
	for _, e := range acc {
		size += len(e.NewText) - (e.End - e.Start)
	}
	out := make([]byte, 0, size)
	pos := 0
	for _, e := range acc {
		out = append(out, src[pos:e.Start]...)
		out = append(out, e.NewText...)
		pos = e.End
	}
	return append(out, src[pos:]...)
}
