package lazyre

import "testing"

func TestNewCompilesOnceOnFirstUse(t *testing.T) {
	re := New(`a+b`)
	first := re()
	if !first.MatchString("xaab") || first.MatchString("ba") {
		t.Fatal("wrong expression")
	}
	if re() != first {
		t.Fatal("compiled twice")
	}
}

func TestNewPanicsOnFirstUseOfABadExpression(t *testing.T) {
	re := New(`(`) // no panic here: nothing is compiled yet
	defer func() {
		if recover() == nil {
			t.Fatal("a bad expression compiled")
		}
	}()
	re()
}
