// Package report prints findings: one file per format (text, json, sarif,
// github). Printers only format; they never decide what is a finding.
package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/kobolint/kobolint/internal/finding"
)

// Summary is the run's totals, as the JSON contract names them.
type Summary struct {
	FilesScanned      int `json:"files_scanned"`
	FilesWithFindings int `json:"files_with_findings"`
	Findings          int `json:"findings"`
	Fixable           int `json:"fixable"`
	// Baselined counts findings hidden by --baseline (text output only).
	Baselined int `json:"-"`
	// Notes counts the findings at info: advice that fails no gate (text
	// output only).
	Notes int `json:"-"`
	// Problems counts the problems that fail the run: files that could not
	// be read, parsed or written, wrong suppressions (text output only).
	Problems int `json:"-"`
}

// Problem is something about a file or path, other than a finding, that
// the run met: a file it could not read, parse or write, a file too
// large to parse, a wrong kobolint:ignore comment. The JSON report lists
// them under "problems", beside "findings" and "summary".
type Problem struct {
	Path string `json:"path"`
	// Line is the line of a directive, 0 (left out) for the whole file.
	Line int `json:"line,omitempty"`
	// Kind: read-error, parse-error, partial-parse, too-large, binary,
	// encoding, unknown-rule, unused-ignore, no-files, write-error.
	Kind string `json:"kind"`
	// Level: error, warning or note.
	Level   string `json:"level"`
	Message string `json:"message"`
}

// NewSummary counts findings.
func NewSummary(fs []finding.Finding, scanned int) Summary {
	s := Summary{FilesScanned: scanned, Findings: len(fs)}
	files := map[string]bool{}
	for _, f := range fs {
		files[f.Path] = true
		if f.Severity == finding.Info {
			s.Notes++
		}
		if len(f.Fix.Edits) > 0 {
			s.Fixable++
		}
	}
	s.FilesWithFindings = len(files)
	return s
}

// JSON writes the machine-readable report (DESIGN.md contract). Findings
// are encoded one at a time, so a large report never exists twice in
// memory.
func JSON(w io.Writer, version string, fs []finding.Finding, sum Summary, problems ...Problem) error {
	// Write errors stick in the bufio.Writer and come back from Flush.
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	vb, err := json.Marshal(version)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "{\n  \"version\": %s,\n  \"findings\": [", vb)
	for i := range fs {
		if i > 0 {
			_, _ = bw.WriteString(",")
		}
		_, _ = bw.WriteString("\n    ")
		if err := enc.Encode(&fs[i]); err != nil {
			return err
		}
	}
	if len(fs) > 0 {
		_, _ = bw.WriteString("  ")
	}
	sb, err := json.Marshal(sum)
	if err != nil {
		return err
	}
	_, _ = bw.WriteString("],\n  \"summary\": ")
	_, _ = bw.Write(sb)
	_, _ = bw.WriteString(",\n  \"problems\": [")
	for i := range problems {
		if i > 0 {
			_, _ = bw.WriteString(",")
		}
		_, _ = bw.WriteString("\n    ")
		if err := enc.Encode(&problems[i]); err != nil {
			return err
		}
	}
	if len(problems) > 0 {
		_, _ = bw.WriteString("  ")
	}
	_, _ = bw.WriteString("]\n}\n")
	return bw.Flush()
}
