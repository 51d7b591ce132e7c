package ir

import "testing"

func TestArgDef(t *testing.T) {
	if got := ArgDef("Client.get", 0); got != "Client.get#0" || !IsArgDef(got) || !IsArgDef(got+"*") {
		t.Errorf("ArgDef = %q", got)
	}
	for _, n := range []string{"get", "#0", "get#", "get#x", "get#0**", "get()"} {
		if IsArgDef(n) {
			t.Errorf("IsArgDef(%q)", n)
		}
	}
}
