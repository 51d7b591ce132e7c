package csharp

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// TestShowIR prints the IR of $SHOW_FILE; a development aid only.
func TestShowIR(t *testing.T) {
	f := os.Getenv("SHOW_FILE")
	if f == "" {
		t.Skip("set SHOW_FILE")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	file, err := Analyze(f, src)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(dumpIR(file, src))
}

func lineOf(src []byte, off int) int {
	if off > len(src) {
		off = len(src)
	}
	return strings.Count(string(src[:off]), "\n") + 1
}

func dumpIR(f *ir.File, src []byte) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "lang=%s hint=%v warnings=%v\n", f.Lang, f.KoboHint, f.Warnings)
	for _, u := range f.URLs {
		fmt.Fprintf(&sb, "URL#%d role=%d var=%q call=%q comment=%v\n", u.ID, u.Role, u.Var, u.Call, u.Comment)
		for _, p := range u.Parts {
			if p.Kind == ir.Lit {
				fmt.Fprintf(&sb, "    lit %q L%d raw=%v via=%q\n", p.Text, lineOf(src, p.Span.Start), p.Raw, p.Via)
			} else {
				fmt.Fprintf(&sb, "    hole %q L%d\n", p.Name, lineOf(src, p.Span.Start))
			}
		}
	}
	for _, fr := range f.Fields {
		fmt.Fprintf(&sb, "FIELD %q L%d kind=%d raw=%v origin=%v recv=%q\n", fr.Name, lineOf(src, fr.Span.Start), fr.Kind, fr.Raw, fr.Origin, fr.Receiver)
	}
	for _, d := range f.Defs {
		fmt.Fprintf(&sb, "DEF %s (%d parts)\n", d.Name, len(d.Parts))
	}
	for _, s := range f.Suppressions {
		fmt.Fprintf(&sb, "SUPPRESS L%d %v\n", s.Line, s.Rules)
	}
	return sb.String()
}
