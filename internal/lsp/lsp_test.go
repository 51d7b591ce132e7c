package lsp

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/kobolint/kobolint/internal/finding"
)

func pos(line, char int) protocol.Position {
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(char)}
}

func TestApplyChange(t *testing.T) {
	text := []byte("a = '😀x'\nb = 2\n")
	// replace "x" after the emoji (UTF-16 character 7) and join the lines
	got := applyChange(text, protocol.Range{Start: pos(0, 7), End: pos(1, 0)}, "y'\n# ")
	if want := "a = '😀y'\n# b = 2\n"; string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := applyChange(text, protocol.Range{Start: pos(2, 0), End: pos(2, 0)}, "c = 3\n"); string(got) != string(text)+"c = 3\n" {
		t.Errorf("append at the end: %q", got)
	}
}

func TestFixTitle(t *testing.T) {
	v2 := "/me/"
	f := finding.Finding{Rule: "KB230", V2: &v2, Fix: finding.Fix{Safety: "safe"}}
	if got := fixTitle(f); got != "kobolint KB230: use /me/" {
		t.Errorf("safe: %q", got)
	}
	f.Fix = finding.Fix{Safety: "unsafe", Reason: "one page only"}
	if got := fixTitle(f); !strings.HasSuffix(got, "(unsafe: one page only)") {
		t.Errorf("unsafe: %q", got)
	}
	f.Fix.Reason = "One page only. Follow next for the rest."
	if got := fixTitle(f); !strings.HasSuffix(got, "(unsafe: One page only)") {
		t.Errorf("long reason: %q", got)
	}
	f.Fix.Reason = strings.Repeat("x", 150)
	if got := fixTitle(f); !strings.HasSuffix(got, strings.Repeat("x", 99)+"…)") {
		t.Errorf("very long reason: %q", got)
	}
}

func TestOverlaps(t *testing.T) {
	r := protocol.Range{Start: pos(1, 4), End: pos(1, 9)}
	for _, c := range []struct {
		q    protocol.Range
		want bool
	}{
		{protocol.Range{Start: pos(1, 9), End: pos(1, 9)}, true}, // cursor at the end
		{protocol.Range{Start: pos(1, 0), End: pos(1, 3)}, false},
		{protocol.Range{Start: pos(0, 0), End: pos(5, 0)}, true},
		{protocol.Range{Start: pos(2, 0), End: pos(2, 1)}, false},
	} {
		if got := overlaps(r, c.q); got != c.want {
			t.Errorf("overlaps(%v) = %v", c.q, got)
		}
	}
}

func TestURIPath(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX paths")
	}
	if got := uriPath("file:///home/me/my%20proj/a%23b.py"); got != filepath.FromSlash("/home/me/my proj/a#b.py") {
		t.Errorf("uriPath: %q", got)
	}
	if got := uriPath("untitled:Untitled-1"); got != "" {
		t.Errorf("untitled buffer: %q", got)
	}
}
