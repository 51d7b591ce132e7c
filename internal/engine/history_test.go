package engine

import (
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
)

// Release notes are skipped by default, scripts that merely share their
// name (news.py, history.R) are not.
func TestHistoryFilesOnlyAreSkipped(t *testing.T) {
	dir := t.TempDir()
	line := "curl https://kf.kobotoolbox.org/api/v1/forms\nrequests.get(\"https://kf.kobotoolbox.org/api/v1/forms\")\n"
	testenv.WriteFiles(t, dir, "CHANGELOG.md", line, "news.py", line, "docs/changelog.d/1.md", line)
	res, err := Run([]string{dir}, Options{Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	seen := filesWithFindings(res, dir)
	if !seen["news.py"] || seen["CHANGELOG.md"] || seen["docs/changelog.d/1.md"] {
		t.Errorf("files with findings: %v", seen)
	}
}
