package testrunner

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	_ "github.com/kobolint/kobolint/analyzers/registry"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/rules"
)

// root is the repository's testdata folder.
const root = "../../testdata"

// fixtureUnits returns the runs to make: each file directly under
// testdata/<lang>/ alone, and each directory below that as one repository
// (cross-file fixtures).
func fixtureUnits(t *testing.T) []string {
	langs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var units []string
	for _, l := range langs {
		if !l.IsDir() || l.Name() == "fixers" || l.Name() == "src" {
			continue
		}
		entries, err := os.ReadDir(filepath.Join(root, l.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			n := e.Name()
			if strings.HasSuffix(n, ".want") || strings.HasSuffix(n, ".golden") || strings.HasPrefix(n, "README") {
				continue
			}
			units = append(units, filepath.Join(root, l.Name(), n))
		}
	}
	sort.Strings(units)
	return units
}

func TestFixtures(t *testing.T) {
	table := rules.MustLoad()
	for _, unit := range fixtureUnits(t) {
		t.Run(strings.TrimPrefix(unit, root+"/"), func(t *testing.T) {
			t.Parallel()
			res, err := engine.Run([]string{unit}, engine.Options{Table: table, Jobs: 1, NoGitignore: true, History: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range res.Problems {
				if p.IO {
					t.Errorf("problem: %s", p)
				}
			}
			byFile := map[string]map[int][]string{}
			for _, f := range res.Findings {
				if f.Severity == finding.Info {
					continue
				}
				if byFile[f.Path] == nil {
					byFile[f.Path] = map[int][]string{}
				}
				byFile[f.Path][f.Line] = append(byFile[f.Path][f.Line], f.Rule+" "+f.Category+" "+f.V1)
			}
			files := []string{unit}
			if st, err := os.Stat(unit); err == nil && st.IsDir() {
				files = nil
				_ = filepath.WalkDir(unit, func(p string, d os.DirEntry, err error) error {
					if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".want") && !strings.HasSuffix(p, ".golden") {
						files = append(files, p)
					}
					return nil
				})
			}
			for _, file := range files {
				exp, err := ParseWants(file)
				if err != nil {
					t.Fatal(err)
				}
				key := filepath.ToSlash(filepath.Clean(file))
				for _, e := range Match(exp, byFile[key]) {
					t.Errorf("%s: %s", key, e)
				}
			}
		})
	}
}

// TestEveryRuleIsExpected: every rule code of the table is named by the
// expectation of at least one fixture, so that each rule is seen to fire.
// A field rule with no response kind documents a name that v2 keeps and
// never fires (the mapping notes list it); it is the one exception.
func TestEveryRuleIsExpected(t *testing.T) {
	table := rules.MustLoad()
	named := map[string]bool{}
	code := regexp.MustCompile(`KB[0-9]{3}`)
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".golden") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			i := strings.Index(line, "want ")
			if strings.HasSuffix(p, ".want") {
				i = 0
			}
			if i < 0 {
				continue
			}
			for _, c := range code.FindAllString(line[i:], -1) {
				named[c] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	silent := map[string]bool{}
	for _, f := range table.Fields {
		if len(f.Responses) == 0 {
			silent[f.Code] = true
		}
	}
	for _, r := range table.Rules() {
		if !named[r.Code] && !silent[r.Code] {
			t.Errorf("%s (%s) is expected by no fixture", r.Code, r.Title)
		}
	}
}
