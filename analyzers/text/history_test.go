package text_test

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
)

// TestHistorySilentByDefault runs the engine on the history fixture the
// way the CLI does by default: the CHANGELOG (whose lines the fixture
// runner, which scans history, expects findings on) gives nothing, the
// README still does.
func TestHistorySilentByDefault(t *testing.T) {
	res, err := engine.Run([]string{"../../testdata/text/history-repo"}, engine.Options{Jobs: 1, NoGitignore: true})
	if err != nil {
		t.Fatal(err)
	}
	readme := 0
	for _, f := range res.Findings {
		if f.Severity == finding.Info {
			continue
		}
		if strings.HasSuffix(f.Path, "CHANGELOG.md") {
			t.Errorf("finding in a changelog: %+v", f)
		}
		if strings.HasSuffix(f.Path, "README.md") {
			readme++
		}
	}
	if readme == 0 {
		t.Error("the README's instructions should still be reported")
	}
}
