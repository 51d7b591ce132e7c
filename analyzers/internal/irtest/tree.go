package irtest

import (
	"os"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
)

// DumpTree prints the syntax tree parse makes of the file named by the
// environment variable env, and skips when it is unset: a development aid
// for tree-sitter front-ends, not a test.
func DumpTree(t *testing.T, env string, parse func(path string, src []byte) (*sitter.Tree, error)) {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		t.Skip("set " + env)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	tsnode.Dump(os.Stdout, tr.RootNode(), src)
}
