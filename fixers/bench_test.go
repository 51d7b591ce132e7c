package fixers

import (
	"bytes"
	"testing"
)

// benchFixes makes n one-byte fixes over a file of n*4 bytes, in file order or
// reversed; the engine reports in file order, reversed is the worst case.
func benchFixes(n int, reversed bool) ([]byte, []Fix) {
	src := bytes.Repeat([]byte("v1;\n"), n)
	fixes := make([]Fix, n)
	for i := range fixes {
		k := i
		if reversed {
			k = n - 1 - i
		}
		fixes[i] = Fix{ID: "f", Safety: SafetySafe, Edits: []Edit{{Start: 4*k + 1, End: 4*k + 2, NewText: "2"}}}
	}
	return src, fixes
}

func BenchmarkApplyInOrder(b *testing.B) {
	src, fixes := benchFixes(20000, false)
	for b.Loop() {
		Apply(src, fixes)
	}
}

func BenchmarkApplyReversed(b *testing.B) {
	src, fixes := benchFixes(20000, true)
	for b.Loop() {
		Apply(src, fixes)
	}
}

func BenchmarkUnifiedDiff(b *testing.B) {
	src, fixes := benchFixes(20000, false)
	out, _, _ := Apply(src, fixes[:200])
	for b.Loop() {
		UnifiedDiff("f", src, out)
	}
}

func BenchmarkUnifiedDiffAllChanged(b *testing.B) {
	src, fixes := benchFixes(20000, false)
	out, _, _ := Apply(src, fixes)
	for b.Loop() {
		UnifiedDiff("f", src, out)
	}
}
