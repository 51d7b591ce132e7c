// Command dump prints the IR the text front-end builds for files, for
// debugging fixtures: go run ./analyzers/text/internal/dump FILE...
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/kobolint/kobolint/analyzers/notebook"
	"github.com/kobolint/kobolint/analyzers/text"
	"github.com/kobolint/kobolint/internal/ir"
)

func main() {
	for _, p := range os.Args[1:] {
		src, _ := os.ReadFile(p)
		analyze := text.Analyze
		if strings.HasSuffix(p, ".ipynb") {
			analyze = notebook.Analyze
		}
		f, err := analyze(p, src)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Println("==", p, "hint", f.KoboHint, "warn", f.Warnings)
		line := func(o int) int { return strings.Count(string(src[:min(o, len(src))]), "\n") + 1 }
		for _, u := range f.URLs {
			var ps []string
			for _, pt := range u.Parts {
				if pt.Kind == ir.Lit {
					ok := pt.Span.End <= len(src) && string(src[pt.Span.Start:pt.Span.End]) == pt.Text
					ps = append(ps, fmt.Sprintf("L%d%q raw=%v eq=%v via=%s", line(pt.Span.Start), pt.Text, pt.Raw, ok, pt.Via))
				} else {
					ps = append(ps, "HOLE("+pt.Name+")")
				}
			}
			fmt.Printf("  role=%d var=%q call=%q cmt=%v %s\n", u.Role, u.Var, u.Call, u.Comment, strings.Join(ps, " + "))
		}
		for _, d := range f.Defs {
			b, _ := json.Marshal(d.Name)
			fmt.Println("  def", string(b))
		}
		for _, fr := range f.Fields {
			ok := fr.Span.End <= len(src) && string(src[fr.Span.Start:fr.Span.End]) == fr.Name
			fmt.Printf("  field L%d %q kind=%d origin=%v raw=%v eq=%v\n", line(fr.Span.Start), fr.Name, fr.Kind, fr.Origin, fr.Raw, ok)
		}
		for _, s := range f.Suppressions {
			fmt.Println("  supp", s)
		}
	}
}
