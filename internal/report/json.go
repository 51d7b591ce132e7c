// Package report prints findings: one file per format (text, json, sarif,
// github). Printers only format; they never decide what is a finding.
package report

import (
	"encoding/json"
	"io"

	"github.com/kobolint/kobolint/internal/finding"
)

// Summary is the run's totals, as the JSON contract names them.
type Summary struct {
	FilesScanned      int `json:"files_scanned"`
	FilesWithFindings int `json:"files_with_findings"`
	Findings          int `json:"findings"`
	Fixable           int `json:"fixable"`
	Fixed             int `json:"fixed,omitempty"`
}

// NewSummary counts findings.
func NewSummary(fs []finding.Finding, scanned int) Summary {
	s := Summary{FilesScanned: scanned, Findings: len(fs)}
	files := map[string]bool{}
	for _, f := range fs {
		files[f.Path] = true
		if len(f.Fix.Edits) > 0 {
			s.Fixable++
		}
	}
	s.FilesWithFindings = len(files)
	return s
}

type jsonReport struct {
	Version  string            `json:"version"`
	Findings []finding.Finding `json:"findings"`
	Summary  Summary           `json:"summary"`
}

// JSON writes the machine-readable report (DESIGN.md contract).
func JSON(w io.Writer, version string, fs []finding.Finding, sum Summary) error {
	if fs == nil {
		fs = []finding.Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(jsonReport{Version: version, Findings: fs, Summary: sum})
}
