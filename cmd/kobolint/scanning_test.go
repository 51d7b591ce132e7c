package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/sarifschema"
	"github.com/kobolint/kobolint/internal/testenv"
)

// copyExamples puts testdata/scanning (v1 client code in Python, R, shell
// and a notebook) into a fresh git-looking tree, once at its top and once
// under a directory whose name has spaces, '#' and '%'.
func copyExamples(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, ".git/HEAD", "ref: refs/heads/main\n")
	entries, err := os.ReadDir("testdata/scanning")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join("testdata/scanning", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		testenv.WriteFiles(t, dir, e.Name(), string(src))
		testenv.WriteFiles(t, dir, "team #2/100% done/"+e.Name(), string(src))
	}
	return dir
}

// The SARIF of the examples validates against the SARIF 2.1.0 schema and
// carries what code scanning reads: a result per finding with encoded
// relative URIs, rule help, fixes and a successful invocation.
func TestSARIFOfExamples(t *testing.T) {
	dir := copyExamples(t)
	code, out, errs := runCLI(t, dir, "check", "--format", "sarif", ".")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (findings)\n%s", code, errs)
	}
	if err := sarifschema.Validate([]byte(out)); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Fixes      []json.RawMessage `json:"fixes"`
				Properties map[string]any    `json:"properties"`
			} `json:"results"`
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	files := map[string]int{}
	fixes := 0
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		if loc.URIBaseID != "%SRCROOT%" {
			t.Errorf("%s: uriBaseId %q", loc.URI, loc.URIBaseID)
		}
		files[loc.URI]++
		fixes += len(r.Fixes)
		if strings.HasSuffix(loc.URI, ".ipynb") && r.Properties["cell"] != float64(1) {
			t.Errorf("notebook result without its cell: %v", r.Properties)
		}
	}
	for _, name := range []string{"forms.py", "submissions.R", "me.sh", "analysis.ipynb"} {
		for _, uri := range []string{name, "team%20%232/100%25%20done/" + name} {
			if files[uri] == 0 {
				t.Errorf("no result for %s; got %v", uri, files)
			}
		}
	}
	if fixes == 0 || len(run.Invocations) != 1 || !run.Invocations[0].ExecutionSuccessful {
		t.Errorf("fixes %d, invocations %+v", fixes, run.Invocations)
	}
}

// An unreadable file (here a missing one: root reads any file) makes the invocation unsuccessful and is named in a
// notification: a broken run never looks clean.
func TestSARIFBrokenRun(t *testing.T) {
	dir := copyExamples(t)
	code, out, _ := runCLI(t, dir, "check", "--format", "sarif", "me.sh", "gone #1.py")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if err := sarifschema.Validate([]byte(out)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"executionSuccessful": false`) || !strings.Contains(out, `"uri": "gone%20%231.py"`) {
		t.Errorf("broken run:\n%s", out)
	}
}

// docKeys returns the keys a Markdown table of docs/json.md documents
// under a heading (the backquoted first column).
func docKeys(t *testing.T, doc, heading string) map[string]bool {
	t.Helper()
	i := strings.Index(doc, heading)
	if i < 0 {
		t.Fatalf("docs/json.md has no %q section", heading)
	}
	keys := map[string]bool{}
	for _, line := range strings.Split(doc[i+len(heading):], "\n") {
		if strings.HasPrefix(line, "## ") {
			break
		}
		if rest, ok := strings.CutPrefix(line, "| `"); ok {
			if key, _, ok := strings.Cut(rest, "`"); ok {
				keys[key] = true
			}
		}
	}
	return keys
}

// jsonKeys collects the key paths of a decoded JSON value: "a.b" for
// objects, "a[].b" for arrays of objects.
func jsonKeys(v any, prefix string, out map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			out[p] = true
			jsonKeys(e, p, out)
		}
	case []any:
		for _, e := range v {
			jsonKeys(e, prefix+"[]", out)
		}
	}
}

func compareKeys(t *testing.T, what string, printed, documented map[string]bool) {
	t.Helper()
	for k := range printed {
		if !documented[k] {
			t.Errorf("%s prints %q, which docs/json.md does not document", what, k)
		}
	}
	for k := range documented {
		if !printed[k] {
			t.Errorf("docs/json.md documents %q, which %s no longer prints", k, what)
		}
	}
}

// docs/json.md documents every key the JSON outputs print, and no other:
// the examples have findings with and without edits and in a notebook,
// and a problem on a line.
func TestJSONDocInStep(t *testing.T) {
	raw, err := os.ReadFile("../../docs/json.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	dir := copyExamples(t)
	// a directive problem, the kind of problem that has a line
	testenv.WriteFiles(t, dir, "ignored.py", "import requests\nrequests.get(\"https://kc.kobotoolbox.org/api/v1/user\")  # kobolint:ignore[KB999]\n")
	_, out, _ := runCLI(t, dir, "check", "--format", "json", ".")
	var rep any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	printed := map[string]bool{}
	jsonKeys(rep, "", printed)
	compareKeys(t, "check --format json", printed, docKeys(t, doc, "## Keys"))

	_, out, _ = runCLI(t, "", "rules", "--format", "json")
	var rl any
	if err := json.Unmarshal([]byte(out), &rl); err != nil {
		t.Fatal(err)
	}
	printed = map[string]bool{}
	jsonKeys(rl, "", printed)
	compareKeys(t, "rules --format json", printed, docKeys(t, doc, "## `kobolint rules --format json`"))
}
