package tsnode

import "sort"

// Lines maps byte offsets of one source to 1-based lines; the line starts
// are found on first use.
type Lines struct {
	starts []int
}

// Line returns the 1-based line of byte offset off in src (src must be the
// same on every call).
func (l *Lines) Line(src []byte, off int) int {
	if l.starts == nil {
		l.starts = []int{0}
		for i, c := range src {
			if c == '\n' {
				l.starts = append(l.starts, i+1)
			}
		}
	}
	return sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
}
