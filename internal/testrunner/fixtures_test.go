package testrunner

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	_ "github.com/kobolint/kobolint/internal/lang"
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
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				exp, err := ParseWants(file, src)
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
