// Package suggest finds the closest of a list of known words to a word the
// user typed, for "did you mean" hints in error messages (rule codes,
// config keys, subcommands).
package suggest

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

// Closest returns the known word nearest to typed (case-insensitive edit
// distance), or "" when none is near enough to be what the user meant: at
// most a third of the typed word's length, and at most 3 edits.
func Closest(typed string, known []string) string {
	t := strings.ToLower(typed)
	limit := min(3, max(1, len(t)/3))
	best, bestDist := "", limit+1
	for _, k := range known {
		d := levenshtein.ComputeDistance(t, strings.ToLower(k))
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// Hint is ", did you mean X?" or "" when nothing is close: appended to an
// error message.
func Hint(typed string, known []string) string {
	if c := Closest(typed, known); c != "" {
		return "; did you mean " + c + "?"
	}
	return ""
}
