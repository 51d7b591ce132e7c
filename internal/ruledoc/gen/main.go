// Command gen writes the rule pages (docs/rules) from the mapping table:
// `go generate ./internal/ruledoc`.
package main

import (
	"fmt"
	"os"

	"github.com/kobolint/kobolint/internal/ruledoc"
	"github.com/kobolint/kobolint/rules"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen DIR")
		os.Exit(2)
	}
	t, err := rules.Load()
	if err == nil {
		err = ruledoc.Write(os.Args[1], t)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
