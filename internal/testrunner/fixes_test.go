package testrunner

import (
	"bytes"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/syntax"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/fixrun"
	"github.com/kobolint/kobolint/rules"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the current fixes")

// TestFixes checks every fixture's fixes against its golden files:
// F.golden holds F after --fix, F.unsafe.golden after --fix --unsafe-fixes
// (only where that differs). A fixture without golden files must not be
// changed by the fixer. Each fixed file must still parse, and fixing it
// again must change nothing.
func TestFixes(t *testing.T) {
	table := rules.MustLoad()
	idmap := map[string]string{"474": "a4etXeWtqcoodSxLV8a6Uq", "271": "afoeCcF3AcGNpWUoM6bvKj9"}
	for _, unit := range fixtureUnits(t) {
		t.Run(strings.TrimPrefix(unit, root+"/"), func(t *testing.T) {
			t.Parallel()
			opts := engine.Options{Table: table, Jobs: 1, NoGitignore: true, History: true, IDMap: idmap}
			safe := fixUnit(t, unit, opts, false)
			unsafe := fixUnit(t, unit, opts, true)
			for _, file := range unitFiles(unit) {
				key := filepath.ToSlash(filepath.Clean(file))
				orig, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				s, u := orDefault(safe[key], orig), orDefault(unsafe[key], orig)
				compareGolden(t, file+".golden", orig, s)
				if bytes.Equal(s, u) {
					compareGolden(t, file+".unsafe.golden", nil, nil)
				} else {
					compareGolden(t, file+".unsafe.golden", nil, u)
				}
				if syntax.Check(file, orig) == nil {
					for name, out := range map[string][]byte{"--fix": s, "--fix --unsafe-fixes": u} {
						if err := syntax.Check(file, out); err != nil {
							t.Errorf("%s after %s no longer parses: %v", key, name, err)
						}
					}
				}
			}
		})
	}
}

func orDefault(b, def []byte) []byte {
	if b == nil {
		return def
	}
	return b
}

// fixUnit fixes a fixture in memory, then checks that a second round on the
// fixed content changes nothing (idempotence).
func fixUnit(t *testing.T, unit string, opts engine.Options, unsafe bool) map[string][]byte {
	t.Helper()
	res := fix(t, unit, opts, check(t, unit, opts), unsafe)
	if !res.Converged {
		t.Errorf("fixes did not converge (unsafe=%v)", unsafe)
	}
	out := withChanges(nil, res.Changes)
	if len(out) > 0 {
		o := opts
		o.Overlay = withChanges(nil, res.Changes)
		for _, c := range fix(t, unit, o, check(t, unit, o), unsafe).Changes {
			t.Errorf("%s: fixing twice changes it again (unsafe=%v)", c.Path, unsafe)
		}
	}
	return out
}

// check runs the engine on unit, failing t on an error.
func check(t *testing.T, unit string, opts engine.Options) *engine.Result {
	t.Helper()
	res, err := engine.Run([]string{unit}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// fix applies the fixes of what first found in unit (with the unsafe ones
// when unsafe), failing t on an error.
func fix(t *testing.T, unit string, opts engine.Options, first *engine.Result, unsafe bool) *fixrun.Result {
	t.Helper()
	res, err := fixrun.Run(first, []string{unit}, opts, unsafe, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// withChanges returns a copy of files with the new contents of changes.
func withChanges(files map[string][]byte, changes []fixrun.Change) map[string][]byte {
	out := maps.Clone(files)
	if out == nil {
		out = map[string][]byte{}
	}
	for _, c := range changes {
		out[c.Path] = c.New
	}
	return out
}

// compareGolden compares got with a golden file. want==orig (or nil got)
// means "no change expected": then the golden file must not exist.
func compareGolden(t *testing.T, golden string, orig, got []byte) {
	t.Helper()
	noChange := got == nil || orig != nil && bytes.Equal(orig, got)
	if *update {
		if noChange {
			_ = os.Remove(golden)
			return
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	switch {
	case err != nil && noChange:
		return
	case err != nil:
		t.Errorf("%s is missing; the fixer changes the fixture (go test ./internal/testrunner -update writes it):\n%s", golden, got)
	case noChange:
		t.Errorf("%s exists but the fixer no longer changes the fixture", golden)
	case !bytes.Equal(want, got):
		t.Errorf("%s differs from the fixed file:\n--- got\n%s", golden, got)
	}
}

func unitFiles(unit string) []string {
	st, err := os.Stat(unit)
	if err != nil || !st.IsDir() {
		return []string{unit}
	}
	var files []string
	_ = filepath.WalkDir(unit, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".want") && !strings.HasSuffix(p, ".golden") {
			files = append(files, p)
		}
		return nil
	})
	return files
}

// TestSafeThenUnsafe: running --fix and then --fix --unsafe-fixes gives
// exactly what --fix --unsafe-fixes gives at once, on every fixture and on
// the bundled example; and a finding without a fix is still reported after
// either run (a fix never makes another finding vanish unfixed).
func TestSafeThenUnsafe(t *testing.T) {
	table := rules.MustLoad()
	units := append(fixtureUnits(t), filepath.Join("..", "..", "examples", "v1-client"))
	for _, unit := range units {
		t.Run(strings.TrimPrefix(unit, root+"/"), func(t *testing.T) {
			t.Parallel()
			opts := engine.Options{Table: table, Jobs: 1, NoGitignore: true, History: true}
			first := check(t, unit, opts)
			safe := fix(t, unit, opts, first, false)
			atOnce := fix(t, unit, opts, first, true)
			o := opts
			o.Overlay = withChanges(nil, safe.Changes)
			stepwise := withChanges(o.Overlay, fix(t, unit, o, check(t, unit, o), true).Changes)
			direct := withChanges(nil, atOnce.Changes)
			for p, b := range direct {
				if !bytes.Equal(stepwise[p], b) {
					t.Errorf("%s: --fix then --fix --unsafe-fixes differs from --fix --unsafe-fixes:\n--- stepwise\n%s\n--- at once\n%s", p, stepwise[p], b)
				}
			}
			for p := range stepwise {
				if _, ok := direct[p]; !ok {
					t.Errorf("%s: changed by --fix then --fix --unsafe-fixes, not by --fix --unsafe-fixes", p)
				}
			}
			unfixed := unfixedKeys(first.Findings)
			for name, res := range map[string]*fixrun.Result{"--fix": safe, "--fix --unsafe-fixes": atOnce} {
				after := map[string]int{}
				for _, f := range res.Remaining {
					after[findingKey(f)]++
				}
				for k, n := range unfixed {
					if after[k] < n {
						t.Errorf("after %s, a finding without a fix is gone: %s", name, k)
					}
				}
			}
		})
	}
}

// unfixedKeys counts the findings that have no edit, by file, rule and v1
// text (lines move when other findings are fixed).
func unfixedKeys(fs []finding.Finding) map[string]int {
	out := map[string]int{}
	for _, f := range fs {
		if len(f.Fix.Edits) == 0 {
			out[findingKey(f)]++
		}
	}
	return out
}

func findingKey(f finding.Finding) string { return f.Path + " " + f.Rule + " " + f.V1 }
