package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
)

// applyBaseline drops findings already recorded in a baseline (a JSON report
// of an earlier run). Findings are matched by path, rule and v1 text, with
// counts, not by line: unrelated edits that move code must not make old
// findings look new. A path matches as reported, or relative to the
// finding's repository root, so that a baseline written inside a
// repository serves a run from a parent folder and the other way round. A
// baseline kept inside a repository speaks for that repository only.
func applyBaseline(fs []finding.Finding, path string, repos map[string]string) ([]finding.Finding, error) {
	b, err := readBaseline(path)
	if err != nil {
		return nil, err
	}
	var out []finding.Finding
	for i := range fs {
		if !b.known(&fs[i], repos[fs[i].Path]) {
			out = append(out, fs[i])
		}
	}
	return out, nil
}

// baseline is what is left of a baseline's findings to match, by path,
// rule and v1 text.
type baseline struct {
	own    string // the repository the baseline file lives in, or ""
	budget map[baselineKey]int
}

type baselineKey struct{ path, rule, v1 string }

func readBaseline(path string) (*baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var rep struct {
		Findings []finding.Finding `json:"findings"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("baseline %s: not a kobolint JSON report: %w", path, err)
	}
	b := &baseline{own: repoOf(path), budget: map[baselineKey]int{}}
	for _, f := range rep.Findings {
		b.budget[baselineKey{filepath.ToSlash(f.Path), f.Rule, f.V1}]++
	}
	return b, nil
}

// known reports whether the baseline still holds a finding like f (whose
// file is in the repository root), and takes it from the baseline: the
// findings of a run are matched in their order.
func (b *baseline) known(f *finding.Finding, root string) bool {
	k := baselineKey{f.Path, f.Rule, f.V1}
	if b.budget[k] > 0 {
		b.budget[k]--
		return true
	}
	if root != "" && (b.own == "" || b.own == root) {
		k.path = repoRel(f.Path, root)
		if b.budget[k] > 0 {
			b.budget[k]--
			return true
		}
	}
	return false
}

// repoOf returns the reported path of the git repository a file lies in,
// or "".
func repoOf(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	for d := filepath.Dir(abs); ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return engine.DisplayPath(d)
		}
		up := filepath.Dir(d)
		if up == d {
			return ""
		}
		d = up
	}
}

// repoRel is a reported path relative to its repository root (both as
// reported; root "" or "." leaves it as it is).
func repoRel(path, root string) string {
	if root == "" || root == "." {
		return path
	}
	if rel, ok := strings.CutPrefix(path, root+"/"); ok {
		return rel
	}
	if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return path
}
