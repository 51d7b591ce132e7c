package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/analyzers/notebook"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/report"
	"github.com/kobolint/kobolint/internal/textpos"
	"github.com/kobolint/kobolint/rules"
)

// newReport gathers what the printers show about a run.
func newReport(res *engine.Result, fs []finding.Finding, problems []engine.Problem, sum report.Summary, t *rules.Table) *report.Report {
	wd, _ := os.Getwd()
	// the files as they are now: after --fix, the remaining findings'
	// positions are those of the fixed content on disk
	read := func(path string) ([]byte, error) { return os.ReadFile(filepath.FromSlash(path)) }
	r := &report.Report{
		Version: version, Findings: fs, Summary: sum, Table: t,
		WorkDir: wd, SourceRoot: report.SourceRoot(wd), ReadFile: read,
	}
	r.Problems = reportProblems(problems)
	annotateCells(fs, read)
	return r
}

// annotateCells gives each finding in a notebook the index of its cell.
// A notebook that no longer parses keeps its findings without one.
func annotateCells(fs []finding.Finding, read func(string) ([]byte, error)) {
	type nb struct {
		spans [][2]int
		lines *textpos.Lines
	}
	cache := map[string]*nb{}
	for i := range fs {
		f := &fs[i]
		if !strings.EqualFold(filepath.Ext(f.Path), ".ipynb") {
			continue
		}
		n, ok := cache[f.Path]
		if !ok {
			if src, err := read(f.Path); err == nil {
				if spans, err := notebook.CellSpans(src); err == nil {
					n = &nb{spans: spans, lines: textpos.New(src)}
				}
			}
			cache[f.Path] = n
		}
		if n == nil {
			continue
		}
		if c := notebook.CellAt(n.spans, n.lines.Offset(f.Line, f.Column)); c >= 0 {
			f.Cell = &c
		}
	}
}
