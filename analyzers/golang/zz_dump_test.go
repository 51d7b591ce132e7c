package golang

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// TestDump prints the IR of the files named in KL_GO_DUMP (a debugging aid).
func TestDump(t *testing.T) {
	files := os.Getenv("KL_GO_DUMP")
	if files == "" {
		t.Skip("set KL_GO_DUMP=file.go,...")
	}
	for _, p := range strings.Split(files, ",") {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := Analyze(p, src)
		fmt.Println("==", p, "hint", f.KoboHint, f.Warnings)
		for _, u := range f.URLs {
			fmt.Printf("URL %d role=%d var=%q call=%q method=%q comment=%v:", u.ID, u.Role, u.Var, u.Call, u.Method, u.Comment)
			for _, pt := range u.Parts {
				if pt.Kind == ir.Hole {
					fmt.Printf(" {%s}", pt.Name)
				} else if pt.Segment {
					fmt.Printf(" seg%q@%d-%d raw=%v via=%s", pt.Text, pt.Span.Start, pt.Span.End, pt.Raw, pt.Via)
				} else {
					fmt.Printf(" %q@%d-%d raw=%v via=%s", pt.Text, pt.Span.Start, pt.Span.End, pt.Raw, pt.Via)
				}
			}
			fmt.Println()
		}
		for _, fr := range f.Fields {
			fmt.Printf("FIELD %q kind=%d type=%q @%d-%d raw=%v origin=%v recv=%s\n", fr.Name, fr.Kind, fr.Type, fr.Span.Start, fr.Span.End, fr.Raw, fr.Origin, fr.Receiver)
		}
		for _, d := range f.Decodes {
			fmt.Printf("DECODE %d-%d origin=%v list=%v results=%q\n", d.Span.Start, d.Span.End, d.Origin, d.AsList, d.Results)
		}
		for _, d := range f.Defs {
			fmt.Printf("DEF %s = %d parts\n", d.Name, len(d.Parts))
		}
		for _, s := range f.Suppressions {
			fmt.Printf("SUPP %+v\n", s)
		}
	}
}
