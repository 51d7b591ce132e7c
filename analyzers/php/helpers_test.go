package php

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// urlsFlat lists every non-comment URL as text.
func urlsFlat(f *ir.File) []string {
	var out []string
	for _, u := range f.URLs {
		if !u.Comment {
			out = append(out, irtest.Flat(u.Parts))
		}
	}
	return out
}

// decodeAt returns the decode whose span starts at the first occurrence of
// needle in src.
func decodeAt(t *testing.T, f *ir.File, src, needle string) *ir.Decode {
	t.Helper()
	at := strings.Index(src, needle)
	for i := range f.Decodes {
		if f.Decodes[i].Span.Start == at {
			return &f.Decodes[i]
		}
	}
	t.Fatalf("no decode at %q (decodes %+v)", needle, f.Decodes)
	return nil
}

// noDecodeAt wants no decode to start at any needle of why (the first
// occurrence in src); why says what the needle is.
func noDecodeAt(t *testing.T, f *ir.File, src string, why map[string]string) {
	t.Helper()
	for needle, what := range why {
		at := strings.Index(src, needle)
		if at < 0 {
			t.Errorf("%q is not in the source", needle)
			continue
		}
		for _, d := range f.Decodes {
			if d.Span.Start == at {
				t.Errorf("%s: decode %+v", what, d)
			}
		}
	}
}
