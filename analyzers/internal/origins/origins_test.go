package origins

import (
	"reflect"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestUnionStrip(t *testing.T) {
	if got := Union([]int{3, 1}, []int{2, 3}); !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Fatalf("Union = %v", got)
	}
	a := []int{5}
	if got := Union(a, nil); &got[0] != &a[0] {
		t.Fatal("Union with an empty side must return the other side as is")
	}
	if got := Strip([]int{Unknown, 4}); !reflect.DeepEqual(got, []int{4}) {
		t.Fatalf("Strip = %v", got)
	}
}

func TestMemoCutsCycles(t *testing.T) {
	m := NewMemo[*int]()
	k := new(int)
	calls := 0
	var f func() []int
	f = func() []int {
		calls++
		// re-entering the same key while it is computed yields nil
		if inner := m.Binding(k, false, f); inner != nil {
			t.Fatalf("cycle gave %v", inner)
		}
		return []int{1}
	}
	if got := m.Binding(k, false, f); !reflect.DeepEqual(got, []int{1}) || calls != 1 {
		t.Fatalf("got %v after %d calls", got, calls)
	}
	if got := m.Binding(k, true, f); !reflect.DeepEqual(got, []int{1}) || calls != 1 {
		t.Fatal("a cached value must be returned even past the depth limit")
	}
	if got := m.Binding(new(int), true, f); got != nil {
		t.Fatal("past the depth limit an uncached key yields nil")
	}
}

func TestTypeResult(t *testing.T) {
	u := TypeResult("Form", ir.Span{Start: 3, End: 7})
	if u.Role != ir.RoleResult || len(u.Parts) != 1 || u.Parts[0].Kind != ir.Hole || u.Parts[0].Name != "Form{}" || u.Parts[0].Span.Start != 3 {
		t.Fatalf("TypeResult: %+v", u)
	}
}

func TestFlowCachesAndBounds(t *testing.T) {
	calls := 0
	var f *Flow[string]
	f = NewFlow(2,
		func(n *sitter.Node, depth int) []int { calls++; return append(f.Of(n, depth+1), depth) },
		func(fn *sitter.Node, depth int) []int { return f.Of(fn, depth+1) },
		func(b string, depth int) []int { return []int{len(b)} })
	n := &sitter.Node{}
	// a cycle back to n yields nil, so the first answer is [0]
	if got := f.Of(n, 0); !reflect.DeepEqual(got, []int{0}) || calls != 1 {
		t.Fatalf("Of = %v after %d steps", got, calls)
	}
	if got := f.Returned(n, 0); !reflect.DeepEqual(got, []int{0}) || calls != 1 {
		t.Fatalf("Returned = %v: the expression's answer is cached", got)
	}
	if f.Of(nil, 0) != nil || f.Of(&sitter.Node{}, 3) != nil {
		t.Fatal("nil and nodes past the depth limit have no origin")
	}
	if got := f.Bound("abc", 0); !reflect.DeepEqual(got, []int{3}) {
		t.Fatalf("Bound = %v", got)
	}
	f.Reset()
	f.Of(n, 0)
	if calls != 2 {
		t.Fatal("Reset forgets the answers")
	}
}
