package fixers

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"
)

// fuzzFixes turns fuzz bytes into fixes: each 4 bytes are one edit
// (fix number, start, end, replacement choice). Offsets reach a little before
// 0 and past the end so that invalid spans are exercised too.
func fuzzFixes(src, raw []byte) []Fix {
	texts := []string{"", "x", "\n", "ab\ncd", "\r\n", "yy\r\n"}
	var fixes []Fix
	for i := 0; i+4 <= len(raw) && i < 4*64; i += 4 {
		n := int(raw[i] % 8)
		for len(fixes) <= n {
			fixes = append(fixes, Fix{ID: fmt.Sprintf("f%d", len(fixes)), Safety: SafetySafe})
		}
		start := int(raw[i+1])%(len(src)+4) - 2
		end := start + int(raw[i+2]%10) - 1
		var text string
		sel := int(raw[i+3]) % (len(texts) + 1)
		if sel < len(texts) {
			text = texts[sel]
		} else if start >= 0 && start <= end && end <= len(src) {
			text = string(src[start:end]) // a no-op edit
		}
		fixes[n].Edits = append(fixes[n].Edits, Edit{Start: start, End: end, NewText: text})
	}
	return fixes
}

// refEdit is an accepted edit in the reference model.
type refEdit struct {
	Edit
	fix, seq int
}

// refApply is a deliberately simple, quadratic model of Apply's contract.
func refApply(src []byte, fixes []Fix) (string, []string, map[string]string) {
	covers := func(a Edit, pos int) bool { return a.Start <= pos && pos < a.End } // a byte of a non-empty edit
	conflict := func(a, b Edit) bool {
		switch {
		case a.Start == a.End && b.Start == b.End:
			return a.Start == b.Start
		case a.Start == a.End:
			return b.Start < a.Start && covers(b, a.Start)
		case b.Start == b.End:
			return a.Start < b.Start && covers(a, b.Start)
		}
		for p := a.Start; p < a.End; p++ {
			if covers(b, p) {
				return true
			}
		}
		return false
	}
	style := newlineStyle(src)
	var acc []refEdit
	var applied []string
	rejected := map[string]string{} // id -> conflicting fix id, or "" for invalid
fixes:
	for i, f := range fixes {
		if len(f.Edits) == 0 {
			rejected[f.ID] = ""
			continue
		}
		var mine []refEdit
		for k, e := range f.Edits {
			if e.Start < 0 || e.End < e.Start || e.End > len(src) {
				rejected[f.ID] = ""
				continue fixes
			}
			e.NewText = normalizeTo(style, e.NewText)
			if string(src[e.Start:e.End]) != e.NewText {
				mine = append(mine, refEdit{e, i, k})
			}
		}
		var kept []refEdit
	next:
		for _, m := range mine {
			for _, k := range kept {
				if m.Start != m.End && m.Edit == k.Edit {
					continue next
				}
				if m.Start == m.End && k.Start == k.End {
					continue // insertions of one fix at one offset are ordered by the fix
				}
				if conflict(m.Edit, k.Edit) {
					rejected[f.ID] = ""
					continue fixes
				}
			}
			kept = append(kept, m)
		}
		with := -1
		var fresh []refEdit
		for _, m := range kept {
			dup := false
			for _, a := range acc {
				if a.Edit == m.Edit {
					dup = true
				}
			}
			if dup {
				continue
			}
			fresh = append(fresh, m)
			for _, a := range acc {
				if conflict(a.Edit, m.Edit) && (with < 0 || a.fix < with) {
					with = a.fix
				}
			}
		}
		if with >= 0 {
			rejected[f.ID] = fixes[with].ID
			continue
		}
		acc = append(acc, fresh...)
		applied = append(applied, f.ID)
	}
	// Splice from the end so earlier offsets stay valid.
	sort.Slice(acc, func(i, j int) bool {
		a, b := acc[i], acc[j]
		if a.Start != b.Start {
			return a.Start > b.Start
		}
		if (a.Start == a.End) != (b.Start == b.End) {
			return b.Start == b.End
		}
		if a.fix != b.fix {
			return a.fix > b.fix
		}
		return a.seq > b.seq
	})
	out := string(src)
	for _, a := range acc {
		out = out[:a.Start] + a.NewText + out[a.End:]
	}
	return out, applied, rejected
}

func FuzzApply(f *testing.F) {
	f.Add([]byte("0123456789"), []byte{0, 4, 3, 1, 1, 5, 2, 2})
	f.Add([]byte("a\r\nb\r\nc\r\n"), []byte{0, 3, 1, 2, 0, 3, 1, 2, 1, 3, 1, 5})
	f.Add([]byte("\xef\xbb\xbfx\ny\n"), []byte{0, 5, 1, 0, 0, 5, 1, 0, 2, 200, 9, 6})
	f.Add([]byte(""), []byte{0, 0, 1, 1, 1, 0, 1, 1})
	f.Add([]byte("abcdef"), []byte{0, 2, 4, 6, 1, 4, 2, 6, 2, 3, 1, 6})
	f.Fuzz(func(t *testing.T, src, raw []byte) {
		fixes := fuzzFixes(src, raw)
		orig := string(src)
		out, applied, rejected := Apply(src, fixes)
		if string(src) != orig {
			t.Fatal("Apply modified its input")
		}
		want, wantApplied, wantRejected := refApply(src, fixes)
		if string(out) != want {
			t.Fatalf("out = %q, reference %q\nfixes %+v", out, want, fixes)
		}
		if !reflect.DeepEqual(applied, wantApplied) {
			t.Fatalf("applied = %q, reference %q\nfixes %+v", applied, wantApplied, fixes)
		}
		got := map[string]string{}
		for _, r := range rejected {
			got[r.ID] = r.Conflict
		}
		if !reflect.DeepEqual(got, wantRejected) {
			t.Fatalf("rejected = %v, reference %v\nfixes %+v", got, wantRejected, fixes)
		}
		if len(applied)+len(rejected) != len(fixes) {
			t.Fatalf("%d fixes, %d applied, %d rejected", len(fixes), len(applied), len(rejected))
		}
	})
}

// TestApplyMatchesReference runs the fuzz property on seeded random input, so
// that plain `go test` covers it, and checks that the input really exercises
// conflicts, duplicates and invalid spans.
func TestApplyMatchesReference(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	srcs := []string{"", "0123456789", "a\r\nb\r\nc\r\n", "\xef\xbb\xbfx\ny\n", "one\ntwo\r\nthree"}
	var stats struct{ applied, conflicts, invalid int }
	for n := 0; n < 20000; n++ {
		src := []byte(srcs[r.Intn(len(srcs))])
		raw := make([]byte, 4*r.Intn(12))
		r.Read(raw)
		fixes := fuzzFixes(src, raw)
		out, applied, rejected := Apply(src, fixes)
		want, wantApplied, wantRejected := refApply(src, fixes)
		got := map[string]string{}
		for _, rj := range rejected {
			got[rj.ID] = rj.Conflict
			if rj.Conflict != "" {
				stats.conflicts++
			} else {
				stats.invalid++
			}
		}
		if string(out) != want || !reflect.DeepEqual(applied, wantApplied) || !reflect.DeepEqual(got, wantRejected) {
			t.Fatalf("src %q fixes %+v:\nout %q applied %q rejected %v\nref %q applied %q rejected %v",
				src, fixes, out, applied, got, want, wantApplied, wantRejected)
		}
		stats.applied += len(applied)
	}
	if stats.applied < 1000 || stats.conflicts < 1000 || stats.invalid < 1000 {
		t.Fatalf("weak coverage: %+v", stats)
	}
}
