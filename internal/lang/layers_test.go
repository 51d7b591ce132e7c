package lang

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
)

// TestLayers keeps the packages' dependencies pointing one way: nothing
// under internal/, rules/ or fixers/ imports a front-end (analyzers/...),
// and the Go-only tools (the go vet tool, the golangci-lint plugin) link
// no tree-sitter grammar.
func TestLayers(t *testing.T) {
	list := func(args ...string) []string {
		out, err := testenv.GoCommand(t, "runs go list", append([]string{"list"}, args...)...).Output()
		if err != nil {
			t.Fatalf("go list %v: %v", args, err)
		}
		return strings.Fields(string(out))
	}
	const mod = "github.com/kobolint/kobolint/"
	for _, line := range list("-f", "{{.ImportPath}}:{{join .Imports \",\"}}", mod+"internal/...", mod+"rules/...", mod+"fixers/...") {
		pkg, imports, _ := strings.Cut(line, ":")
		for _, imp := range strings.Split(imports, ",") {
			if strings.HasPrefix(imp, mod+"analyzers/") {
				t.Errorf("%s imports the front-end package %s", pkg, imp)
			}
		}
	}
	for _, dep := range list("-deps", mod+"cmd/kobolint-vet", mod+"plugin") {
		if strings.Contains(dep, "go-tree-sitter") {
			t.Errorf("the Go-only tools link %s", dep)
		}
	}
}
