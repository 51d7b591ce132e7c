package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/kobolint/kobolint/internal/finding"
)

// applyBaseline drops findings already recorded in a baseline (a JSON report
// of an earlier run). Findings are matched by path, rule and v1 text, with
// counts, not by line: unrelated edits that move code must not make old
// findings look new.
func applyBaseline(fs []finding.Finding, path string) ([]finding.Finding, error) {
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
	type key struct{ path, rule, v1 string }
	budget := map[key]int{}
	for _, f := range rep.Findings {
		budget[key{f.Path, f.Rule, f.V1}]++
	}
	var out []finding.Finding
	for _, f := range fs {
		k := key{f.Path, f.Rule, f.V1}
		if budget[k] > 0 {
			budget[k]--
			continue
		}
		out = append(out, f)
	}
	return out, nil
}
