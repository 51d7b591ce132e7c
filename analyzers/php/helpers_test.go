package php

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyze runs the front-end with the IR invariants checked.
func analyze(t *testing.T, path, src string) *ir.File {
	t.Helper()
	return irtest.Analyze(t, Analyze, path, src)
}

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
	at := indexOf(src, needle)
	for i := range f.Decodes {
		if f.Decodes[i].Span.Start == at {
			return &f.Decodes[i]
		}
	}
	t.Fatalf("no decode at %q (decodes %+v)", needle, f.Decodes)
	return nil
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
