package js

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// TestDoublingDefinitions: each variable is twice the previous one; the
// inlined parts must stay bounded instead of growing to 2^n.
func TestDoublingDefinitions(t *testing.T) {
	src := irtest.Doubling("var a0 = 'https://kc.example.org/';\n", "var a%[1]d = a%[2]d + a%[2]d;\n", "fetch(a40);\n", 40)
	irtest.Bounded(t, Analyze, "a.js", src, 5*time.Second)
}

// TestManyWrappers: a long chain of wrappers stays fast.
func TestManyWrappers(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("function w0(p) { return fetch('https://kc.example.org/api/v1/' + p); }\n")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&sb, "function w%d(p) { return w%d(p + '/x'); }\n", i, i-1)
	}
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&sb, "w60('forms%d');\n", i)
	}
	start := time.Now()
	irtest.Analyze(t, Analyze, "a.js", sb.String())
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("took %v", d)
	}
}
