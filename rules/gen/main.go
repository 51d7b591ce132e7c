// Command gen writes the embedded form of the mapping table (table.json)
// from its source (table.yaml): `go generate ./rules`.
package main

import (
	"fmt"
	"os"

	"github.com/kobolint/kobolint/rules"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gen TABLE.yaml TABLE.json")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	t, err := rules.Parse(data)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	out, err := rules.EncodeJSON(t)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, out, 0o644)
}
