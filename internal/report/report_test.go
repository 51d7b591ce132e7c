package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/fatih/color"

	"github.com/kobolint/kobolint/internal/finding"
)

func sample() []finding.Finding {
	v2 := "/api/v2/assets/?q=asset_type:survey"
	return []finding.Finding{{
		Path: "dir/a b.py", Line: 3, Column: 9, EndLine: 3, EndColumn: 22, Rule: "KB210", Category: "endpoint",
		Severity: "error", Message: "v1 endpoint /api/v1/forms, was removed: 100%\nsecond line", V1: "/api/v1/forms", V2: &v2,
		Fix: finding.Fix{Safety: "safe", Edits: []finding.Edit{{StartLine: 3, StartColumn: 9, EndLine: 3, EndColumn: 22, NewText: v2}}},
	}}
}

func TestJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := Print(&b, "json", &Report{Version: "x", Summary: NewSummary(nil, 4)}); err != nil {
		t.Fatal(err)
	}
	var empty struct {
		Findings []any          `json:"findings"`
		Summary  map[string]int `json:"summary"`
		Problems []any          `json:"problems"`
	}
	if err := json.Unmarshal(b.Bytes(), &empty); err != nil || empty.Findings == nil || len(empty.Findings) != 0 || empty.Summary["files_scanned"] != 4 || empty.Problems == nil || len(empty.Problems) != 0 {
		t.Errorf("empty report (%v):\n%s", err, b.String())
	}
	b.Reset()
	fs := sample()
	probs := []Problem{{Path: "nb.ipynb", Kind: "parse-error", Level: "error", Message: "does not parse"}, {Path: "a.py", Line: 3, Kind: "unknown-rule", Level: "error", Message: "unknown rule code KB9"}}
	if err := Print(&b, "json", &Report{Version: "x", Findings: fs, Summary: NewSummary(fs, 1), Problems: probs}); err != nil {
		t.Fatal(err)
	}
	var rep map[string]any
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	f := rep["findings"].([]any)[0].(map[string]any)
	fix := f["fix"].(map[string]any)
	if f["url"] != "https://github.com/kobolint/kobolint/blob/main/docs/rules/KB210.md" || fix["reason"] != "" || fix["safety"] != "safe" {
		t.Errorf("finding %v", f)
	}
	if _, ok := f["cell"]; ok {
		t.Error("a finding outside a notebook has a cell")
	}
	sum := rep["summary"].(map[string]any)
	if sum["fixable"].(float64) != 1 || sum["files_with_findings"].(float64) != 1 {
		t.Errorf("summary %v", sum)
	}
	ps := rep["problems"].([]any)
	if len(ps) != 2 {
		t.Fatalf("problems %v", ps)
	}
	first, second := ps[0].(map[string]any), ps[1].(map[string]any)
	if first["path"] != "nb.ipynb" || first["kind"] != "parse-error" || first["level"] != "error" || first["message"] != "does not parse" {
		t.Errorf("problem %v", first)
	}
	if _, ok := first["line"]; ok || second["line"].(float64) != 3 {
		t.Errorf("line: whole-file problems leave it out, a directive's has it: %v %v", first, second)
	}
}

func TestRegistry(t *testing.T) {
	if got := strings.Join(Formats(), ","); got != "github,json,sarif,text" {
		t.Errorf("formats %s", got)
	}
	if _, err := Lookup("yaml"); err == nil || !strings.Contains(err.Error(), "sarif") {
		t.Errorf("unknown format: %v", err)
	}
}

// A finding without edits still has an edits list, and its reason.
func TestJSONNoFix(t *testing.T) {
	f := sample()[0]
	f.Fix = finding.Fix{Safety: "none", Reason: "needs the asset uid"}
	cell := 2
	f.Cell = &cell
	var b bytes.Buffer
	if err := Print(&b, "json", &Report{Findings: []finding.Finding{f}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"fix":{"safety":"none","reason":"needs the asset uid","edits":[]},"cell":2}`) {
		t.Errorf("no-fix finding:\n%s", b.String())
	}
}

func TestGitHubEscaping(t *testing.T) {
	var b bytes.Buffer
	if err := Print(&b, "github", &Report{Findings: sample(), Problems: []Problem{{Path: "x.py", Kind: "read-error", Level: "error", Message: "cannot read: denied"}}}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	want := "::error file=dir/a b.py,line=3,col=9,endLine=3,endColumn=22,title=kobolint KB210::v1 endpoint /api/v1/forms, was removed: 100%25%0Asecond line\n" +
		"::error file=x.py,title=kobolint read-error::cannot read: denied\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestTextPlain(t *testing.T) {
	color.NoColor = true
	var b bytes.Buffer
	fs := sample()
	_ = Print(&b, "text", &Report{Findings: fs, Summary: NewSummary(fs, 2)})
	out := b.String()
	if !strings.HasPrefix(out, "dir/a b.py:3:9: KB210 [error] v1 endpoint") || !strings.Contains(out, "fixable with --fix") ||
		!strings.Contains(out, "Found 1 v1 API use(s) in 1 file(s) (2 files scanned); 1 fixable.") || strings.Contains(out, "\x1b[") {
		t.Errorf("text report:\n%s", out)
	}
}

// Findings at info are advice: the summary counts them apart, and a run
// with nothing else says it found no v1 use.
func TestTextNotes(t *testing.T) {
	color.NoColor = true
	note := sample()[0]
	note.Severity, note.Fix = finding.Info, finding.Fix{}
	var b bytes.Buffer
	_ = Print(&b, "text", &Report{Findings: []finding.Finding{note}, Summary: NewSummary([]finding.Finding{note}, 2)})
	if out := b.String(); !strings.Contains(out, "No v1 API use found (2 files scanned); 1 note(s) at info, which fail no check.") {
		t.Errorf("notes only:\n%s", out)
	}
	b.Reset()
	fs := append(sample(), note)
	_ = Print(&b, "text", &Report{Findings: fs, Summary: NewSummary(fs, 2)})
	if out := b.String(); !strings.Contains(out, "Found 1 v1 API use(s) in 1 file(s) (2 files scanned); 1 fixable; 1 note(s) at info, which fail no check.") {
		t.Errorf("uses and notes:\n%s", out)
	}
}

// An unsafe fix says why it is unsafe.
func TestTextUnsafeReason(t *testing.T) {
	color.NoColor = true
	f := sample()[0]
	f.Fix.Safety, f.Fix.Reason = "unsafe", "one page only"
	var b bytes.Buffer
	_ = Print(&b, "text", &Report{Findings: []finding.Finding{f}, Summary: NewSummary([]finding.Finding{f}, 1)})
	if !strings.Contains(b.String(), "fixable with --fix --unsafe-fixes: one page only") {
		t.Errorf("unsafe fix:\n%s", b.String())
	}
}
