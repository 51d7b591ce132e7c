package batch

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Report is a campaign's report.json. Repositories are ordered by name and
// carry no time, so one run and the merge of its shards give the same
// report.
type Report struct {
	Kobolint string         `json:"kobolint"`
	Settings ReportSettings `json:"settings"`
	// Shard is set in the report of one shard; a merge leaves it out.
	Shard *ShardInfo `json:"shard,omitempty"`
	// Incomplete says what a merge missed (shards that were not given).
	Incomplete   string   `json:"incomplete,omitempty"`
	Totals       Totals   `json:"totals"`
	Repositories []Record `json:"repositories"`
}

// ReportSettings are the campaign's settings; Fingerprint tells reports
// made with other settings apart.
type ReportSettings struct {
	UnsafeFixes bool   `json:"unsafe_fixes"`
	IDMap       string `json:"id_map,omitempty"`
	Branch      string `json:"branch,omitempty"`
	Fingerprint string `json:"fingerprint"`
}

// ShardInfo is which share of a list a report holds: shard Index of Count
// of a list of Listed repositories.
type ShardInfo struct {
	Index  int `json:"index"`
	Count  int `json:"count"`
	Listed int `json:"listed"`
}

// Totals sum the repositories' records.
type Totals struct {
	Repositories int `json:"repositories"`
	Failed       int `json:"failed"`
	Clean        int `json:"clean"`
	WithFindings int `json:"with_findings"`
	Patches      int `json:"patches"`
	// NeedingAPerson counts repositories with open findings.
	NeedingAPerson int               `json:"needing_a_person"`
	Findings       int               `json:"findings"`
	Fixed          int               `json:"fixed"`
	Open           int               `json:"open"`
	Notes          int               `json:"notes"`
	Categories     map[string]Counts `json:"categories"`
	Reasons        map[string]int    `json:"reasons"`
	// Languages counts files with findings by language.
	Languages map[string]int `json:"languages"`
}

func newReport(s *Settings, records []Record) *Report {
	rs := append([]Record(nil), records...)
	sortRecords(rs)
	return &Report{
		Kobolint: s.Version,
		Settings: ReportSettings{
			UnsafeFixes: s.UnsafeFixes, IDMap: s.IDMapDigest, Branch: s.Branch,
			Fingerprint: s.Fingerprint(),
		},
		Totals:       total(rs),
		Repositories: rs,
	}
}

func total(rs []Record) Totals {
	t := Totals{Categories: map[string]Counts{}, Reasons: map[string]int{}, Languages: map[string]int{}}
	for i := range rs {
		r := &rs[i]
		t.Repositories++
		switch {
		case r.Status == statusFailed:
			t.Failed++
			continue
		case r.Findings == 0:
			t.Clean++
		default:
			t.WithFindings++
		}
		if r.Patch != "" {
			t.Patches++
		}
		if r.Open > 0 {
			t.NeedingAPerson++
		}
		t.Findings += r.Findings
		t.Fixed += r.Fixed
		t.Open += r.Open
		t.Notes += r.Notes
		for c, n := range r.Categories {
			s := t.Categories[c]
			s.Found += n.Found
			s.Fixed += n.Fixed
			s.Open += n.Open
			t.Categories[c] = s
		}
		for k, n := range r.Reasons {
			t.Reasons[k] += n
		}
		for k, n := range r.Languages {
			t.Languages[k] += n
		}
	}
	return t
}

// Write writes report.json, report.md and report.html in dir.
func (r *Report) Write(dir string) error {
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return err
	}
	var md, html bytes.Buffer
	writeMarkdown(&md, r)
	if err := writeHTML(&html, r); err != nil {
		return fmt.Errorf("report.html: %w", err)
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{"report.json", js.Bytes()}, {"report.md", md.Bytes()}, {"report.html", html.Bytes()}} {
		if err := writeFile(dir, f.name, f.data); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	return nil
}

// ExitCode is the campaign's exit status as check counts it: 2 when a
// repository could not be done (or a merge missed shards), 1 when v1 API
// uses were found, 0 otherwise. exitZero makes findings not count.
func (r *Report) ExitCode(exitZero bool) int {
	switch {
	case r.Totals.Failed > 0 || r.Incomplete != "":
		return 2
	case r.Totals.Fixed+r.Totals.Open > 0 && !exitZero:
		return 1
	}
	return 0
}

// Summary is the line printed at the end of a campaign.
func (r *Report) Summary() string {
	t := r.Totals
	s := fmt.Sprintf("%d repositories: %d with v1 API uses, %d clean, %d failed; %d finding(s): %d fixed in %d patch(es), %d need a person",
		t.Repositories, t.WithFindings, t.Clean, t.Failed, t.Findings, t.Fixed, t.Patches, t.Open)
	if t.Notes > 0 {
		s += fmt.Sprintf(", %d note(s) at info", t.Notes)
	}
	return s + "."
}
