package engine

import (
	"os"
	"path/filepath"
	"testing"
)

// Release notes are skipped by default, scripts that merely share their
// name (news.py, history.R) are not.
func TestHistoryFilesOnlyAreSkipped(t *testing.T) {
	dir := t.TempDir()
	line := []byte("curl https://kf.kobotoolbox.org/api/v1/forms\nrequests.get(\"https://kf.kobotoolbox.org/api/v1/forms\")\n")
	for _, n := range []string{"CHANGELOG.md", "news.py", "docs/changelog.d/1.md"} {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, line, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Run([]string{dir}, Options{Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range res.Findings {
		rel, _ := filepath.Rel(dir, f.Path)
		seen[filepath.ToSlash(rel)] = true
	}
	if !seen["news.py"] || seen["CHANGELOG.md"] || seen["docs/changelog.d/1.md"] {
		t.Errorf("files with findings: %v", seen)
	}
}
