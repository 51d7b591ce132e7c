package kobov1_test

import (
	"path/filepath"
	"strings"
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

// TestCategoryIsRule: golangci-lint and gopls show the Category; it must be
// the rule code, and the message must start with it.
func TestCategoryIsRule(t *testing.T) {
	results := analysistest.Run(t, testdata(t), kobov1.Analyzer, "kobov1/fixes")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if len(d.Category) != 5 || d.Category[:2] != "KB" || !strings.HasPrefix(d.Message, d.Category+": ") {
				t.Errorf("category %q, message %q", d.Category, d.Message)
			}
			if d.Category == "KB211" && len(d.SuggestedFixes) != 0 {
				t.Errorf("a fix that needs the asset uid must not be suggested: %+v", d.SuggestedFixes)
			}
		}
	}
	if n == 0 {
		t.Fatal("no diagnostics")
	}
}
