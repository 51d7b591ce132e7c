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
	own := repoOf(path) // the repository the baseline file lives in, or ""
	type key struct{ path, rule, v1 string }
	budget := map[key]int{}
	for _, f := range rep.Findings {
		budget[key{filepath.ToSlash(f.Path), f.Rule, f.V1}]++
	}
	var out []finding.Finding
	for _, f := range fs {
		k := key{f.Path, f.Rule, f.V1}
		if budget[k] > 0 {
			budget[k]--
			continue
		}
		if root := repos[f.Path]; root != "" && (own == "" || own == root) {
			k.path = repoRel(f.Path, root)
			if budget[k] > 0 {
				budget[k]--
				continue
			}
		}
		out = append(out, f)
	}
	return out, nil
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
