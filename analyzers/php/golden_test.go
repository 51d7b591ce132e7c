package php

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// TestGoldensParse: every fixed PHP fixture still parses (analyzers/syntax
// has no PHP parser, so the fixture runner cannot tell).
func TestGoldensParse(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../../testdata/php", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".golden") || strings.Contains(p, ".blade.php") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		tr, err := grammar.Parse(src)
		if err != nil {
			return err
		}
		defer tr.Close()
		if bad := firstError(tr.RootNode()); bad != nil {
			t.Errorf("%s: syntax error at byte %d", p, bad.StartByte())
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no PHP golden file found")
	}
}

// firstError returns the first ERROR or MISSING node under n.
func firstError(n *sitter.Node) *sitter.Node {
	if n.IsError() || n.IsMissing() {
		return n
	}
	if !n.HasError() {
		return nil
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		if c := n.Child(i); c != nil {
			if bad := firstError(c); bad != nil {
				return bad
			}
		}
	}
	return nil
}
