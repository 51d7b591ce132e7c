// Package report prints a run's findings: one Printer per format (text,
// json, sarif, github), each in its own file, chosen by name from one
// registry. Printers only format; they never decide what is a finding.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/rules"
)

// Report is everything a printer may show about one run.
type Report struct {
	// Version is kobolint's version.
	Version  string
	Findings []finding.Finding
	Summary  Summary
	// Problems are the files that could not be read or analysed.
	Problems []Problem
	// Table gives the rules' metadata (SARIF).
	Table *rules.Table
	// WorkDir is the absolute directory the findings' relative paths start
	// from; SourceRoot the repository root SARIF paths are relative to
	// (WorkDir when empty). See SourceRoot.
	WorkDir    string
	SourceRoot string
	// ReadFile gives a file's content by reported path, for printers that
	// count columns in other units than bytes (SARIF counts UTF-16 code
	// units); nil or an error keeps byte columns.
	ReadFile func(path string) ([]byte, error)
}

// Problem is something about a file or path, other than a finding, that
// the run met: a file it could not read, parse or write, a file too
// large to parse, a wrong kobolint:ignore comment. The JSON report lists
// them under "problems", beside "findings" and "summary"; SARIF as tool
// execution notifications; GitHub as annotations.
type Problem struct {
	Path string `json:"path"`
	// Line is the line of a directive, 0 (left out) for the whole file.
	Line int `json:"line,omitempty"`
	// Kind: read-error, parse-error, partial-parse, too-large, binary,
	// encoding, unknown-rule, unused-ignore, no-files, write-error.
	Kind string `json:"kind"`
	// Level: error, warning or note. An error means the run could not
	// judge what it was asked to (or a directive is wrong): the exit
	// status is not 0 and SARIF's executionSuccessful is false.
	Level   string `json:"level"`
	Message string `json:"message"`
}

// Printer writes a report in one format.
type Printer interface {
	Print(w io.Writer, r *Report) error
}

// PrinterFunc adapts a function to Printer.
type PrinterFunc func(w io.Writer, r *Report) error

// Print calls f.
func (f PrinterFunc) Print(w io.Writer, r *Report) error { return f(w, r) }

// printers is the registry of formats, by the name --format takes.
var printers = map[string]Printer{
	"text":   PrinterFunc(printText),
	"json":   PrinterFunc(printJSON),
	"sarif":  PrinterFunc(printSARIF),
	"github": PrinterFunc(printGitHub),
}

// Formats lists the format names, sorted.
func Formats() []string {
	out := make([]string, 0, len(printers))
	for name := range printers {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Lookup returns the printer of a format, or an error naming the formats.
func Lookup(format string) (Printer, error) {
	if p, ok := printers[format]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("unknown --format %q (%s)", format, strings.Join(Formats(), ", "))
}

// Print writes r in a format.
func Print(w io.Writer, format string, r *Report) error {
	p, err := Lookup(format)
	if err != nil {
		return err
	}
	return p.Print(w, r)
}

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
