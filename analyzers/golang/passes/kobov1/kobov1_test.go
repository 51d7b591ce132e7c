package kobov1_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/kobolint/kobolint/analyzers/golang/passes/kobov1"
)

// testdata is the repository's analysistest tree (testdata/src/kobov1/...).
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, testdata(t), kobov1.Analyzer, "kobov1/basic", "kobov1/crossfile", "kobov1/lookalikes")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), kobov1.Analyzer, "kobov1/fixes")
}
