// Command dump prints the IR the shell front-end makes of a file, for
// developing the front-end: go run ./analyzers/shell/internal/dump FILE
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/kobolint/kobolint/analyzers/shell"
	"github.com/kobolint/kobolint/internal/ir"
)

func main() {
	src, _ := os.ReadFile(os.Args[1])
	f, err := shell.Analyze(os.Args[1], src)
	if err != nil {
		fmt.Println("ERR", err)
		return
	}
	line := func(off int) int { return strings.Count(string(src[:min(off, len(src))]), "\n") + 1 }
	for _, u := range f.URLs {
		var b strings.Builder
		for _, p := range u.Parts {
			if p.Kind == ir.Lit {
				r := ""
				if !p.Raw {
					r = "~"
				}
				v := ""
				if p.Via != "" {
					v = "@" + p.Via
				}
				fmt.Fprintf(&b, "[%q L%d%s%s]", p.Text, line(p.Span.Start), r, v)
			} else {
				fmt.Fprintf(&b, "{%s}", p.Name)
			}
		}
		c := ""
		if u.Comment {
			c = " COMMENT"
		}
		fmt.Printf("URL#%d role=%d call=%s method=%s var=%s%s %s\n", u.ID, u.Role, u.Call, u.Method, u.Var, c, b.String())
	}
	for _, fr := range f.Fields {
		fmt.Printf("FIELD %s L%d %q raw=%v recv=%s origin=%v\n", fr.Name, line(fr.Span.Start), src[fr.Span.Start:fr.Span.End], fr.Raw, fr.Receiver, fr.Origin)
	}
	for _, d := range f.Decodes {
		fmt.Printf("DECODE L%d %q origin=%v list=%v results=%q before=%v\n", line(d.Span.Start), src[d.Span.Start:d.Span.End], d.Origin, d.AsList, d.Results, d.Before)
	}
	for _, d := range f.Defs {
		fmt.Printf("DEF %s %d parts\n", d.Name, len(d.Parts))
	}
	fmt.Println("hint", f.KoboHint, "sup", f.Suppressions, "warn", f.Warnings)
}
