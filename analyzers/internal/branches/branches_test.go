package branches

import (
	"slices"
	"strings"
	"testing"
)

// Values are sets of words written "a|b"; a merge is their union, in
// order.
func newTracker() *Tracker[string] {
	return New(func(a, b string) bool { return a == b }, func(vals []string) (string, bool) {
		var words []string
		for _, v := range vals {
			for _, w := range strings.Split(v, "|") {
				if !slices.Contains(words, w) {
					words = append(words, w)
				}
			}
		}
		return strings.Join(words, "|"), len(vals) > 0
	})
}

func TestIfWithoutElseKeepsTheValueBefore(t *testing.T) {
	tr := newTracker()
	vars := map[string]string{"data": "response", "n": "1"}
	tr.Walk("scope", vars, []func(){func() { tr.Set("scope", vars, "data", "empty") }}, false)
	if vars["data"] != "response|empty" || vars["n"] != "1" {
		t.Fatalf("got %v", vars)
	}
}

func TestEachClauseStartsFromTheStateBefore(t *testing.T) {
	tr := newTracker()
	vars := map[string]string{"x": "before"}
	var seen []string
	tr.Walk("scope", vars, []func(){
		func() { seen = append(seen, vars["x"]); tr.Set("scope", vars, "x", "then") },
		func() { seen = append(seen, vars["x"]); tr.Set("scope", vars, "y", "new") },
	}, true)
	if !slices.Equal(seen, []string{"before", "before"}) {
		t.Fatalf("clauses saw %v", seen)
	}
	// x: then (first clause), before (second clause left it alone);
	// y: unbound before, so only the second clause's value
	if vars["x"] != "then|before" || vars["y"] != "new" {
		t.Fatalf("got %v", vars)
	}
}

func TestNestedClausesAndOtherScopes(t *testing.T) {
	tr := newTracker()
	outer, inner := map[string]string{"a": "0"}, map[string]string{}
	tr.Walk("outer", outer, []func(){func() {
		tr.Walk("outer", outer, []func(){func() { tr.Set("outer", outer, "a", "1") }}, false)
		tr.Set("inner", inner, "b", "x") // another scope: not logged, not merged
	}}, false)
	if outer["a"] != "0|1" || inner["b"] != "x" {
		t.Fatalf("outer %v inner %v", outer, inner)
	}
}
