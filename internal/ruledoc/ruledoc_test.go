package ruledoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/rules"
)

// The committed pages are what the table renders to, and nothing else:
// run `go generate ./internal/ruledoc` after editing rules/table.yaml.
func TestPagesInStep(t *testing.T) {
	files, err := Files(rules.MustLoad())
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "docs", "rules")
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Errorf("docs/rules/%s is out of date (run go generate ./internal/ruledoc)", name)
		}
	}
	present, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	for _, p := range present {
		if _, ok := files[filepath.Base(p)]; !ok {
			t.Errorf("docs/rules/%s belongs to no rule of the table", filepath.Base(p))
		}
	}
}

func TestPage(t *testing.T) {
	tb := rules.MustLoad()
	r, ok := Lookup(tb, "kb202")
	if !ok {
		t.Fatal("no KB202")
	}
	page, err := Page(tb, r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# KB202: ", "| v1 | `/api/v1/data/{formid}` |", "| v2 | `/api/v2/assets/{uid}/data/` |",
		"requests.get(\"https://kc.kobotoolbox.org/api/v1/data/474\")",
		"requests.get(\"https://kf.kobotoolbox.org/api/v2/assets/a4etXeWtqcoodSxLV8a6Uq/data/\")",
		"--id-map", "kobolint:ignore[KB202]",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("KB202 page lacks %q:\n%s", want, page)
		}
	}
	// sources are spelled out, never internal keys
	if strings.Contains(page, "\n- ART ") || strings.Contains(page, "\n- DEP\n") || !strings.Contains(page, "DEPRECATION.md of the kpi repository") {
		t.Errorf("KB202 sources:\n%s", page)
	}
}

func TestSources(t *testing.T) {
	tb := rules.MustLoad()
	got, err := Sources(tb, `ART "Form endpoints"; DEP/REM-KPI vs KPI-HEAD x.py, KC`)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || !strings.HasSuffix(got[0], `: "Form endpoints"`) || !strings.Contains(got[1], "DEPRECATION.md") ||
		!strings.Contains(got[1], "REMOVALS.md") || !strings.HasSuffix(got[1], ": vs KPI-HEAD x.py") {
		t.Errorf("sources: %q", got)
	}
	if _, err := Sources(tb, "ART, NOPE section"); err == nil || !strings.Contains(err.Error(), "NOPE") {
		t.Errorf("unknown key: %v", err)
	}
}

func TestName(t *testing.T) {
	for title, want := range map[string]string{
		"KoboCAT project list (/api/v1/data)": "KoboCATProjectListApiV1Data",
		"v1 field id_string (form)":           "V1FieldIdStringForm",
	} {
		if got := Name(rules.Rule{Code: "KB1", Title: title}); got != want {
			t.Errorf("Name(%q) = %q, want %q", title, got, want)
		}
	}
}
