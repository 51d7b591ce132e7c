// Package origins is the bookkeeping behind ir.FieldRead.Origin shared by
// the tree-sitter front-ends: sorted sets of URL IDs, a marker for "some
// response, request unknown", and the Flow that follows a value to its
// responses, with memo tables that cut cycles (a variable defined from
// itself, mutually recursive functions).
package origins

import "sort"

// Unknown marks a value that looks like a response without saying which
// request it came from. It lets reads on it be emitted; Strip removes it
// before the IR, where such reads have an empty origin ("unknown").
const Unknown = -1000

// Strip returns o without the Unknown marker.
func Strip(o []int) []int {
	var out []int
	for _, x := range o {
		if x != Unknown {
			out = append(out, x)
		}
	}
	return out
}

// Union returns the sorted set of the IDs in a and b. When one side is
// empty the other is returned as is (not copied): callers never mutate
// origin slices.
func Union(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	seen := make(map[int]bool, len(a)+len(b))
	out := make([]int, 0, len(a)+len(b))
	for _, s := range [2][]int{a, b} {
		for _, x := range s {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	sort.Ints(out)
	return out
}
