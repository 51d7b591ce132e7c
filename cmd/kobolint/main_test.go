package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
	"github.com/kobolint/kobolint/rules"
)

func runCLI(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, "clean.txt", "nothing here\n")
	if code, _, _ := runCLI(t, dir, "check", "."); code != 0 {
		t.Errorf("clean dir: exit %d, want 0", code)
	}
	if code, _, errs := runCLI(t, dir, "check", "missing-dir"); code != 2 || !strings.Contains(errs, "missing-dir") {
		t.Errorf("missing path: exit %d (%q), want 2 naming the path", code, errs)
	}
	if code, _, _ := runCLI(t, dir, "check", "--format", "yaml", "."); code != 2 {
		t.Errorf("bad format: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, dir, "--no-such-flag"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
}

func TestBrokenConfig(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, ".kobolint.yml", "exclude: [a\n")
	code, _, errs := runCLI(t, dir, "check", ".")
	if code != 2 || !strings.Contains(errs, ".kobolint.yml") {
		t.Errorf("broken config: exit %d, stderr %q", code, errs)
	}
	testenv.WriteFiles(t, dir, ".kobolint.yml", "exclud: [a]\n")
	if code, _, errs := runCLI(t, dir, "check", "."); code != 2 || !strings.Contains(errs, "exclud") {
		t.Errorf("unknown key: exit %d, stderr %q", code, errs)
	}
}

func TestJSONContract(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, ".env", "KOBO_URL=https://kc.kobotoolbox.org/api/v1/forms\n")
	code, out, _ := runCLI(t, dir, "check", "--format", "json", ".")
	var rep struct {
		Version  string           `json:"version"`
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if rep.Version == "" {
		t.Error("no version")
	}
	for _, k := range []string{"files_scanned", "files_with_findings", "findings", "fixable"} {
		if _, ok := rep.Summary[k]; !ok {
			t.Errorf("summary lacks %s", k)
		}
	}
	if len(rep.Findings) == 0 {
		t.Fatalf("no finding for a v1 URL in .env:\n%s", out)
	}
	{
		if code != 1 {
			t.Errorf("findings but exit %d", code)
		}
		for _, k := range []string{"path", "line", "column", "end_line", "end_column", "rule", "category", "severity", "message", "v1", "v2", "fix"} {
			if _, ok := rep.Findings[0][k]; !ok {
				t.Errorf("finding lacks %s: %v", k, rep.Findings[0])
			}
		}
	}
}

func TestReadmeRuleListInStep(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("no README yet")
	}
	want := rulesMarkdown(rules.MustLoad())
	if !strings.Contains(string(readme), want) {
		t.Error("README.md rule list is out of date: run `go run ./cmd/kobolint rules --markdown` and paste it between the rules markers")
	}
}

func TestExplain(t *testing.T) {
	code, out, _ := runCLI(t, "", "explain", "KB210")
	if code != 0 || !strings.Contains(out, "q=asset_type:survey") || !strings.Contains(out, "asset_type=survey") {
		t.Errorf("explain KB210: exit %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, "", "explain", "KB999"); code != 2 {
		t.Errorf("explain unknown rule: exit %d", code)
	}
}

// Bad input: each problem is named on stderr with its file, the scan goes
// on, and the other files are still reported.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, "good.py", "import requests\nrequests.get(\"https://kc.kobotoolbox.org/api/v1/forms\")\n")
	testenv.WriteFiles(t, dir, "bin.py", "kobo\x00\x01\x02 https://kc.kobotoolbox.org/api/v1/data")
	testenv.WriteFiles(t, dir, "latin1.py", "# caf\xe9\nimport requests\nrequests.get(\"https://kc.kobotoolbox.org/api/v1/user\")\n")
	testenv.WriteFiles(t, dir, "crlf.sh", "curl \"https://kc.kobotoolbox.org/api/v1/data\"\r\n")
	testenv.WriteFiles(t, dir, "bom.py", "\ufeffimport requests\nrequests.get(\"https://kc.kobotoolbox.org/api/v1/metadata\")\n")
	testenv.WriteFiles(t, dir, "nb.ipynb", "{\"cells\": [kobo")
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "missing.py"), filepath.Join(dir, "dangling.py")); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, dir, "check", "--format", "json", ".")
	if code != 1 {
		t.Errorf("exit %d, want 1 (findings)", code)
	}
	for _, want := range []string{"bin.py", "latin1.py", "nb.ipynb"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not name %s:\n%s", want, errs)
		}
	}
	var rep struct {
		Findings []struct {
			Path string `json:"path"`
			Line int    `json:"line"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range rep.Findings {
		seen[f.Path] = true
		if strings.HasPrefix(f.Path, "loop/") {
			t.Errorf("followed a directory symlink: %s", f.Path)
		}
	}
	for _, p := range []string{"good.py", "latin1.py", "crlf.sh", "bom.py"} {
		if !seen[p] {
			t.Errorf("no finding in %s; got %v", p, seen)
		}
	}
}

func TestFixAndDiff(t *testing.T) {
	dir := t.TempDir()
	src := "import requests\r\nr = requests.get(\"https://kc.kobotoolbox.org/api/v1/forms\")\r\nfor f in r.json():\r\n    print(f[\"title\"])\r\n"
	testenv.WriteFiles(t, dir, "pull.py", src)
	if err := os.Chmod(filepath.Join(dir, "pull.py"), 0o755); err != nil {
		t.Fatal(err)
	}
	// the list is decoded and iterated: the URL rewrite comes with the
	// read of the v2 page's results, both unsafe (one page only)
	code, out, _ := runCLI(t, dir, "check", "--diff", "--unsafe-fixes", ".")
	if code != 1 || !strings.Contains(out, "+++ b/pull.py") || !strings.Contains(out, "kf.kobotoolbox.org/api/v2/assets/") {
		t.Fatalf("--diff: exit %d\n%s", code, out)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "pull.py")); string(got) != src {
		t.Fatal("--diff wrote the file")
	}
	code, out, _ = runCLI(t, dir, "check", "--fix", "--unsafe-fixes", ".")
	got, _ := os.ReadFile(filepath.Join(dir, "pull.py"))
	want := "import requests\r\nr = requests.get(\"https://kf.kobotoolbox.org/api/v2/assets/?q=asset_type:survey\")\r\nfor f in r.json()[\"results\"]:\r\n    print(f[\"name\"])\r\n"
	if string(got) != want {
		t.Fatalf("--fix gave\n%q\nwant\n%q\n(exit %d, %s)", got, want, code, out)
	}
	if code != 0 {
		t.Errorf("--fix left findings: exit %d\n%s", code, out)
	}
	if st, _ := os.Stat(filepath.Join(dir, "pull.py")); st.Mode().Perm() != 0o755 {
		t.Errorf("mode %v, want 0755", st.Mode().Perm())
	}
	if code, out, _ = runCLI(t, dir, "check", "--diff", "."); code != 0 || strings.Contains(out, "+++") {
		t.Errorf("second run still has fixes: exit %d\n%s", code, out)
	}
}

func TestConfiguredHosts(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, ".kobolint.yml", "hosts:\n  kobocat: {data.myngo.org: kobo.myngo.org}\n")
	testenv.WriteFiles(t, dir, "whoami.sh", "curl \"https://data.myngo.org/api/v1/user\" | jq -r .username\n")
	code, out, _ := runCLI(t, dir, "check", "--diff", "--unsafe-fixes", ".")
	if code != 1 || !strings.Contains(out, "+curl \"https://kobo.myngo.org/me/\" | jq -r .username") {
		t.Errorf("self-hosted KoboCAT host from config: exit %d\n%s", code, out)
	}
}

func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, "a.sh", "curl \"https://kf.kobotoolbox.org/api/v1/forms\"\n")
	_, out, _ := runCLI(t, dir, "check", "--format", "json", ".")
	testenv.WriteFiles(t, dir, "baseline.json", out)
	if code, _, _ := runCLI(t, dir, "check", "--baseline", "baseline.json", "."); code != 0 {
		t.Errorf("known findings fail the gate: exit %d", code)
	}
	// code moved down a line: still known
	testenv.WriteFiles(t, dir, "a.sh", "set -e\ncurl \"https://kf.kobotoolbox.org/api/v1/forms\"\n")
	if code, _, _ := runCLI(t, dir, "check", "--baseline", "baseline.json", "."); code != 0 {
		t.Errorf("a moved finding counts as new: exit %d", code)
	}
	testenv.WriteFiles(t, dir, "b.sh", "curl \"https://kf.kobotoolbox.org/api/v1/user\"\n")
	if code, out, _ := runCLI(t, dir, "check", "--baseline", "baseline.json", "."); code != 1 || !strings.Contains(out, "b.sh") || strings.Contains(out, "a.sh") {
		t.Errorf("new finding: exit %d\n%s", code, out)
	}
	testenv.WriteFiles(t, dir, "broken.json", "{")
	if code, _, _ := runCLI(t, dir, "check", "--baseline", "broken.json", "."); code != 2 {
		t.Errorf("broken baseline: exit %d", code)
	}
}

func TestDescribeBuild(t *testing.T) {
	rev := "0123456789abcdef0123456789abcdef01234567"
	for _, c := range []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "true"}}},
			"(devel) (commit " + rev + ", modified)"},
		{debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261204195504-0123456789ab"}}, "v0.0.0-20261204195504-0123456789ab"},
		{debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261204195504-0123456789ab"}, Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}}},
			"v0.0.0-20261204195504-0123456789ab"},
		{debug.BuildInfo{}, "(devel)"},
	} {
		if got := describeBuild(&c.bi); got != c.want {
			t.Errorf("describeBuild = %q, want %q", got, c.want)
		}
	}
}

// The built binary prints what the go command stamped into it: the module
// version and, in a git checkout, the commit (`go version -m` reads the
// same build info).
func TestVersionFlag(t *testing.T) {
	testenv.Slow(t, "builds the binary")
	bin := binary(t)
	out, err := exec.Command(bin, "--version").CombinedOutput()
	if err != nil {
		t.Fatalf("--version: %v\n%s", err, out)
	}
	info, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		t.Fatalf("go version -m: %v", err)
	}
	var mod, rev string
	for _, line := range strings.Split(string(info), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) >= 3 && f[0] == "mod":
			mod = f[2]
		case len(f) >= 2 && f[0] == "build" && strings.HasPrefix(f[1], "vcs.revision="):
			rev = strings.TrimPrefix(f[1], "vcs.revision=")
		}
	}
	got := string(out)
	// a pseudo-version already names the commit by its first 12 digits
	if mod == "" || !strings.HasPrefix(got, "kobolint version "+mod) || (rev != "" && !strings.Contains(got, rev[:min(12, len(rev))])) {
		t.Errorf("--version printed %q; the build info says %s at commit %q", got, mod, rev)
	}
}
