package shell

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// urlsOf lists the URLs whose text is s.
func urlsOf(f *ir.File, s string) []ir.URL {
	var out []ir.URL
	for _, u := range f.URLs {
		if irtest.Flat(u.Parts) == s {
			out = append(out, u)
		}
	}
	return out
}

// oneURL returns the single URL with text s and role r.
func oneURL(t *testing.T, f *ir.File, s string, r ir.Role) ir.URL {
	t.Helper()
	var got []ir.URL
	for _, u := range urlsOf(f, s) {
		if u.Role == r {
			got = append(got, u)
		}
	}
	if len(got) != 1 {
		t.Fatalf("want one URL %q with role %d, got %d; all: %s", s, r, len(got), dumpURLs(f))
	}
	return got[0]
}

func dumpURLs(f *ir.File) string {
	var b strings.Builder
	for _, u := range f.URLs {
		b.WriteString("\n  ")
		b.WriteString(irtest.Flat(u.Parts))
		b.WriteString(" role=")
		b.WriteByte('0' + byte(u.Role))
		b.WriteString(" call=" + u.Call + " var=" + u.Var)
		if u.Comment {
			b.WriteString(" comment")
		}
	}
	return b.String()
}

// at returns the offset of the n-th (0-based) occurrence of sub in src.
func at(src, sub string, n int) int {
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(src[off:], sub)
		if k < 0 {
			return -1
		}
		if i == n {
			return off + k
		}
		off += k + 1
	}
}
