package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/sarifschema"
	"github.com/kobolint/kobolint/rules"
)

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Runs []struct {
		ColumnKind         string `json:"columnKind"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Tool struct {
			Driver struct {
				Rules []struct {
					ID      string `json:"id"`
					Name    string `json:"name"`
					HelpURI string `json:"helpUri"`
					Help    struct {
						Text     string `json:"text"`
						Markdown string `json:"markdown"`
					} `json:"help"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
			Notifications       []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []sarifResult `json:"results"`
	} `json:"runs"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndColumn   int `json:"endColumn"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	Level               string            `json:"level"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Locations           []struct {
		PhysicalLocation struct {
			ArtifactLocation sarifArtifact `json:"artifactLocation"`
			Region           sarifRegion   `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
	Fixes []struct {
		Description struct {
			Text string `json:"text"`
		} `json:"description"`
		ArtifactChanges []struct {
			ArtifactLocation sarifArtifact `json:"artifactLocation"`
			Replacements     []struct {
				DeletedRegion   sarifRegion `json:"deletedRegion"`
				InsertedContent struct {
					Text string `json:"text"`
				} `json:"insertedContent"`
			} `json:"replacements"`
		} `json:"artifactChanges"`
		Properties map[string]any `json:"properties"`
	} `json:"fixes"`
	Properties map[string]any `json:"properties"`
}

func printSARIFLog(t *testing.T, r *Report) (sarifLog, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := Print(&b, "sarif", r); err != nil {
		t.Fatal(err)
	}
	if err := sarifschema.Validate(b.Bytes()); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("not one SARIF run (%v):\n%s", err, b.String())
	}
	return log, b.Bytes()
}

// A tree with spaces, '#', '%' and non-ASCII in its names, a line with
// non-ASCII text before the finding, a safe and an unsafe fix and a file
// that could not be read: every URI is relative to %SRCROOT% and
// percent-encoded, columns are UTF-16 units, fixes carry their safety and
// the invocation says the run failed.
func TestSARIFCodeScanning(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	wd := filepath.Join(root, "sub dir")
	path := "my #1 100% café/pull.py"
	line := "x = 'é😀'; requests.get(\"https://kc.kobotoolbox.org/api/v1/forms\")\n"
	if err := os.MkdirAll(filepath.Join(wd, "my #1 100% café"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(wd, filepath.FromSlash(path)), []byte("import requests\n"+line), 0o644); err != nil {
		t.Fatal(err)
	}
	col := strings.Index(line, "/api") + 1 // byte column
	v2 := "/api/v2/assets/?q=asset_type:survey"
	safe := finding.Finding{
		Path: path, Line: 2, Column: col, EndLine: 2, EndColumn: col + len("/api/v1/forms"), Rule: "KB210",
		Category: "endpoint", Severity: "error", Message: "v1 endpoint", V1: "/api/v1/forms", V2: &v2,
		Fix: finding.Fix{Safety: "safe", Edits: []finding.Edit{{StartLine: 2, StartColumn: col, EndLine: 2, EndColumn: col + 13, NewText: v2}}},
	}
	host := "kf.kobotoolbox.org"
	unsafe := finding.Finding{
		Path: path, Line: 2, Column: col - 18, EndLine: 2, EndColumn: col, Rule: "KB104", Category: "host",
		Severity: "warning", Message: "host", V1: "kc.kobotoolbox.org", V2: &host,
		Fix: finding.Fix{Safety: "unsafe", Reason: "other files use the host", Edits: []finding.Edit{{StartLine: 2, StartColumn: col - 18, EndLine: 2, EndColumn: col, NewText: host}}},
	}
	fs := []finding.Finding{unsafe, safe}
	r := &Report{
		Version: "1.2.3", Findings: fs, Summary: NewSummary(fs, 2), Table: rules.MustLoad(),
		WorkDir: wd, SourceRoot: SourceRoot(wd),
		Problems: []Problem{{Path: "locked #2.py", Kind: "read-error", Level: "error", Message: "cannot read: permission denied"},
			{Path: "nb.ipynb", Kind: "partial-parse", Level: "warning", Message: "not a notebook"}},
	}
	log, raw := printSARIFLog(t, r)
	run := log.Runs[0]
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	base := run.OriginalURIBaseIDs["%SRCROOT%"].URI
	if !strings.HasPrefix(base, "file:///") || !strings.HasSuffix(base, "/") || strings.Contains(base, "sub dir") {
		t.Errorf("%%SRCROOT%% is %q; want the repository root %s as a file URI", base, root)
	}
	if strings.Count(string(raw), root) != 1 {
		t.Error("an absolute path is in the log outside originalUriBaseIds")
	}
	wantURI := "sub%20dir/my%20%231%20100%25%20caf%C3%A9/pull.py"
	if len(run.Results) != 2 {
		t.Fatalf("%d results", len(run.Results))
	}
	res := run.Results[1]
	loc := res.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != wantURI || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifact %+v, want %s", loc.ArtifactLocation, wantURI)
	}
	// é is 2 bytes and 1 unit, 😀 4 bytes and 2 units: 3 columns less
	if loc.Region.StartColumn != col-3 || loc.Region.EndColumn != col-3+13 {
		t.Errorf("region %+v; want UTF-16 columns %d-%d", loc.Region, col-3, col-3+13)
	}
	if len(res.Fixes) != 1 || res.Fixes[0].Properties["safety"] != "safe" ||
		res.Fixes[0].ArtifactChanges[0].ArtifactLocation.URI != wantURI ||
		res.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent.Text != v2 ||
		res.Fixes[0].ArtifactChanges[0].Replacements[0].DeletedRegion.StartColumn != col-3 {
		t.Errorf("safe fix %+v", res.Fixes)
	}
	uf := run.Results[0].Fixes
	if len(uf) != 1 || uf[0].Properties["safety"] != "unsafe" || !strings.Contains(uf[0].Description.Text, "unsafe") ||
		!strings.Contains(uf[0].Description.Text, "other files use the host") {
		t.Errorf("unsafe fix %+v", uf)
	}
	if run.Results[0].Properties["fixReason"] != "other files use the host" {
		t.Errorf("result properties %v", run.Results[0].Properties)
	}
	rules := map[string]int{}
	for i, rule := range run.Tool.Driver.Rules {
		rules[rule.ID] = i
		if rule.HelpURI != "https://github.com/kobolint/kobolint/blob/main/docs/rules/"+rule.ID+".md" ||
			!strings.HasPrefix(rule.Help.Markdown, "# "+rule.ID+": ") || rule.Name == "" || strings.ContainsAny(rule.Name, " /") {
			t.Errorf("rule %+v", rule)
		}
	}
	if _, ok := rules["KB210"]; !ok || len(rules) != 2 {
		t.Errorf("rules %v", rules)
	}
	inv := run.Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful || len(inv[0].Notifications) != 2 || inv[0].Notifications[0].Level != "error" ||
		!strings.Contains(inv[0].Notifications[0].Message.Text, "permission denied") || inv[0].Notifications[1].Level != "warning" {
		t.Errorf("invocations %+v", inv)
	}
	if !strings.Contains(string(raw), `"uri": "sub%20dir/locked%20%232.py"`) {
		t.Error("the unreadable file's notification has no encoded location")
	}

	// the same code two lines lower keeps its fingerprints; a second
	// identical use gets its own
	moved := append([]finding.Finding(nil), fs...)
	for i := range moved {
		moved[i].Line += 2
		moved[i].EndLine += 2
	}
	again := safe
	again.Line, again.EndLine = 9, 9
	moved = append(moved, again)
	r2 := *r
	r2.Findings, r2.Problems = moved, nil
	log2, _ := printSARIFLog(t, &r2)
	fp := func(res sarifResult) string { return res.PartialFingerprints[fingerprintKey] }
	if fp(log2.Runs[0].Results[1]) != fp(res) || fp(log2.Runs[0].Results[0]) != fp(run.Results[0]) || fp(res) == "" {
		t.Error("fingerprints changed when the code moved")
	}
	if fp(log2.Runs[0].Results[2]) == fp(res) {
		t.Error("two uses of the same v1 text in a file share a fingerprint")
	}
	if inv := log2.Runs[0].Invocations; len(inv) != 1 || !inv[0].ExecutionSuccessful || len(inv[0].Notifications) != 0 {
		t.Errorf("clean run's invocation %+v", inv)
	}
}

func TestRelURI(t *testing.T) {
	root := filepath.FromSlash("/r")
	for p, want := range map[string]string{
		"/r/a b/c#d.py":    "a%20b/c%23d.py",
		"/r/x:y/50%.R":     "x%3Ay/50%25.R",
		"/r/q?.sh":         "q%3F.sh",
		"/r/dir/ünï.ipynb": "dir/%C3%BCn%C3%AF.ipynb",
	} {
		if got := relURI(root, filepath.FromSlash(p)); got != want {
			t.Errorf("relURI(%s) = %s, want %s", p, got, want)
		}
	}
}
