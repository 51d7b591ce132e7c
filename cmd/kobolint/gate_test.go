package main

// The CI gate, as a team adopting kobolint as a pre-commit hook and CI
// check meets it: the built binary, run as a subprocess, judged by its
// exit status, stdout and stderr.

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/testenv"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		_ = os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binary builds kobolint once for the whole test binary.
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		goBin, err := exec.LookPath("go")
		if err != nil {
			binErr = err
			return
		}
		if binDir, binErr = os.MkdirTemp("", "kobolint-bin"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "kobolint")
		// -buildvcs=auto (the default, which a GOFLAGS of this machine turns
		// off) stamps the commit in a git checkout, for --version
		out, err := exec.Command(goBin, "build", "-buildvcs=auto", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = errors.New(err.Error() + "\n" + string(out))
		}
	})
	if binErr != nil {
		t.Fatalf("building kobolint: %v", binErr)
	}
	return binPath
}

// result is one run of the binary.
type result struct {
	code           int
	stdout, stderr string
}

// kobolint runs the binary in dir with args (and stdin, when not nil).
func kobolint(t *testing.T, dir string, stdin []byte, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errb.String()}
}

// expect checks the exit status and that stdout and stderr hold each
// wanted text ("!text": must not hold it).
func (r result) expect(t *testing.T, what string, code int, stdout, stderr []string) {
	t.Helper()
	if r.code != code {
		t.Errorf("%s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", what, r.code, code, r.stdout, r.stderr)
	}
	for _, c := range []struct {
		name, text string
		want       []string
	}{{"stdout", r.stdout, stdout}, {"stderr", r.stderr, stderr}} {
		for _, w := range c.want {
			if no, ok := strings.CutPrefix(w, "!"); ok {
				if strings.Contains(c.text, no) {
					t.Errorf("%s: %s holds %q:\n%s", what, c.name, no, c.text)
				}
			} else if !strings.Contains(c.text, w) {
				t.Errorf("%s: %s lacks %q:\n%s", what, c.name, w, c.text)
			}
		}
	}
}

// files writes name: content pairs under dir.
func files(t *testing.T, dir string, kv ...string) {
	t.Helper()
	for i := 0; i+1 < len(kv); i += 2 {
		testenv.WriteFiles(t, dir, kv[i], kv[i+1])
	}
}

// gitInit makes dir a git repository (a .git folder is all kobolint looks
// for; git itself is used where a test applies a patch).
func gitInit(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
}

const v1py = "import requests\nrequests.get(\"https://kc.kobotoolbox.org/api/v1/forms\")\n"

func TestGateUnknownRuleCodes(t *testing.T) {
	dir := t.TempDir()
	files(t, dir, "a.py", v1py)
	kobolint(t, dir, nil, "check", "--select", "KB999", ".").expect(t, "--select KB999", 2, nil,
		[]string{"--select: unknown rule code KB999; did you mean KB299?"})
	kobolint(t, dir, nil, "check", "--ignore", "KB2,E501", ".").expect(t, "--ignore E501", 2, nil,
		[]string{"--ignore: unknown rule code E501"})
	kobolint(t, dir, nil, "check", "--select", "KB2", ".").expect(t, "--select KB2 (a prefix)", 1,
		[]string{"KB210", "!KB101"}, nil)

	files(t, dir, ".kobolint.yml", "comments: false\nselect: [KB1, KB2O1]\n")
	kobolint(t, dir, nil, "check", ".").expect(t, "select: in config", 2, nil,
		[]string{".kobolint.yml:2: select: unknown rule code KB2O1; did you mean KB201?"})
	if err := os.Remove(filepath.Join(dir, ".kobolint.yml")); err != nil {
		t.Fatal(err)
	}

	// a suppression of an unknown code silently suppresses nothing: it is
	// an error naming the file, the line and the code
	files(t, dir, "a.py", "import requests\n# kobolint:ignore[KB1O1]\nrequests.get(\"https://kc.kobotoolbox.org/api/v1/forms\")\n")
	kobolint(t, dir, nil, "check", "--format", "json", ".").expect(t, "kobolint:ignore[KB1O1]", 2,
		[]string{`"kind":"unknown-rule"`, `"line":2`},
		[]string{"error: a.py:2: kobolint:ignore[KB1O1]: unknown rule code KB1O1; did you mean KB101?"})
	files(t, dir, "a.py", "import requests\n# kobolint:ignore[KB2]\nrequests.get(\"https://kc.kobotoolbox.org/api/v1/forms\")\n")
	kobolint(t, dir, nil, "check", ".").expect(t, "kobolint:ignore[KB2]", 2, nil,
		[]string{"a.py:2: kobolint:ignore[KB2]: KB2 is a prefix: kobolint:ignore takes whole rule codes (KB200"})

	// --report-unused-ignores, as ruff's RUF100
	files(t, dir, "a.py", "import requests\nrequests.get(\"https://kf.kobotoolbox.org/api/v2/assets/\")  # kobolint:ignore[KB101]\n\n"+
		"requests.get(\"https://kc.kobotoolbox.org/api/v1/forms\")  # kobolint:ignore[KB101,KB210]\n")
	kobolint(t, dir, nil, "check", ".").expect(t, "unused suppression, not asked", 0, []string{"No v1 API use found"}, []string{"!unused"})
	kobolint(t, dir, nil, "check", "--report-unused-ignores", ".").expect(t, "--report-unused-ignores", 1, nil,
		[]string{"warning: a.py:2: kobolint:ignore[KB101]: KB101 suppresses nothing on this line or the next", "!a.py:4"})
}

func TestGateParseFailure(t *testing.T) {
	dir := t.TempDir()
	// a notebook cut short: not JSON, but its cells' text still holds a
	// v1 call
	files(t, dir, "nb.ipynb", `{"cells": [{"cell_type": "code", "source": ["r = requests.get(\"https://kc.kobotoolbox.org/api/v1/data\")\n"`)
	r := kobolint(t, dir, nil, "check", ".")
	r.expect(t, "truncated notebook", 1,
		[]string{"nb.ipynb:1:", "KB101", "KB201", "no automatic fix: the file could not be parsed"},
		[]string{"error: nb.ipynb: does not parse (", "its text was scanned for hosts and endpoints only"})
	if n := strings.Count(r.stderr, "nb.ipynb"); n != 1 {
		t.Errorf("the parse failure is named %d times, want once:\n%s", n, r.stderr)
	}
	r = kobolint(t, dir, nil, "check", "--format", "json", ".")
	var rep struct {
		Findings []struct{ Path, Rule string } `json:"findings"`
		Problems []struct {
			Path, Kind, Level, Message string
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(rep.Findings) != 2 || len(rep.Problems) != 1 || rep.Problems[0].Path != "nb.ipynb" || rep.Problems[0].Kind != "parse-error" || rep.Problems[0].Level != "error" {
		t.Errorf("JSON report: %+v", rep)
	}
	// nothing found in a file that does not parse still fails the gate:
	// its fields could not be judged
	files(t, dir, "nb.ipynb", `{"cells": [{"cell_type": "code", "source": ["kobo.forms()"`)
	kobolint(t, dir, nil, "check", ".").expect(t, "broken notebook without URL", 1,
		[]string{"No v1 API use found", "1 problem(s) on stderr fail the check"}, []string{"nb.ipynb: does not parse"})
	kobolint(t, dir, nil, "check", "--exit-zero", ".").expect(t, "--exit-zero", 0, nil, []string{"nb.ipynb: does not parse"})
}

func TestGateLargeFile(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for b.Len() < 40_000 {
		b.WriteString("x = 1  # padding\n")
	}
	lines := strings.Count(b.String(), "\n")
	b.WriteString("url = \"https://kc.kobotoolbox.org/api/v1/forms\"\n")
	files(t, dir, "big.py", b.String(), ".kobolint.yml", "max_file_size: 10KB\n")
	kobolint(t, dir, nil, "check", ".").expect(t, "file over max_file_size", 1,
		[]string{"big.py:" + itoa(lines+1) + ":16: KB101", "big.py:" + itoa(lines+1) + ":34: KB210", "no automatic fix: the file is over max_file_size"},
		[]string{"warning: big.py: ", "over the 10000-byte limit (max_file_size): not parsed; scanned in pieces"})
	files(t, dir, ".kobolint.yml", "max_file_size: huge\n")
	kobolint(t, dir, nil, "check", ".").expect(t, "bad max_file_size", 2, nil,
		[]string{".kobolint.yml:1: max_file_size: want a size in bytes, or with a unit (20MB, 64MiB), got \"huge\""})
}

func TestGateSymlinkedFolder(t *testing.T) {
	dir := t.TempDir()
	files(t, dir, "real/pull.sh", "curl \"https://kc.kobotoolbox.org/api/v1/forms\"\n")
	if err := os.Symlink("real", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	kobolint(t, dir, nil, "check", "link").expect(t, "symlink to a folder", 1,
		[]string{"link/pull.sh:1:", "KB210", "(1 files scanned)"}, nil)
	if err := os.MkdirAll(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	files(t, dir, "data/table.csv", "a,b\n")
	kobolint(t, dir, nil, "check", "empty", "data").expect(t, "folders with nothing to scan", 0,
		[]string{"(0 files scanned)"},
		[]string{"warning: empty: no file to scan here", "warning: data: no file to scan here"})
	kobolint(t, dir, nil, "check", "data/table.csv").expect(t, "a file of no kind kobolint reads", 0,
		[]string{"(0 files scanned)"}, []string{"warning: data/table.csv: not a kind of file kobolint reads: nothing was scanned"})
	kobolint(t, dir, nil, "check", "data/table.csv", "real/pull.sh").expect(t, "a data file beside a script", 1,
		[]string{"(1 files scanned)"}, []string{"!table.csv"})
}

func TestGateFixCannotWrite(t *testing.T) {
	dir := t.TempDir()
	files(t, dir, "ro.sh", "curl \"https://kc.kobotoolbox.org/api/v1/user\"\n", "rw.sh", "curl \"https://kc.kobotoolbox.org/api/v1/user\"\n")
	ro := filepath.Join(dir, "ro.sh")
	if err := os.Chmod(ro, 0o444); err != nil {
		t.Fatal(err)
	}
	kobolint(t, dir, nil, "check", "--fix", "--unsafe-fixes", ".").expect(t, "--fix on a read-only file", 2,
		[]string{" in 1 file(s); 2 remain.", "ro.sh:1:", "KB101", "KB230", "!rw.sh"},
		[]string{"error: ro.sh: not fixed: ", "read-only"})
	if got, _ := os.ReadFile(ro); !strings.Contains(string(got), "kc.kobotoolbox.org/api/v1/user") {
		t.Errorf("read-only file changed: %s", got)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "rw.sh")); !strings.Contains(string(got), "https://kf.kobotoolbox.org/me/") {
		t.Errorf("writable file not fixed: %s", got)
	}
	files(t, dir, "rw.sh", "curl \"https://kc.kobotoolbox.org/api/v1/user\"\n")
	r := kobolint(t, dir, nil, "check", "--fix", "--unsafe-fixes", "--format", "json", ".")
	r.expect(t, "--fix --format json on a read-only file", 2, []string{`"kind":"write-error"`, `"path":"ro.sh"`}, nil)
}

func TestGateStdin(t *testing.T) {
	dir := t.TempDir()
	files(t, dir, "sub/.kobolint.yml", "hosts:\n  kobocat: {data.myngo.org: kobo.myngo.org}\nexclude: [legacy/**]\n")
	buf := []byte("import requests\nrequests.get(\"https://data.myngo.org/api/v1/user\")\n")
	// judged as sub/pull.py: Python, and sub's config (its self-hosted server)
	kobolint(t, dir, buf, "check", "--stdin-filename", "sub/pull.py", "-").expect(t, "stdin", 1,
		[]string{"sub/pull.py:2:", "KoboCAT host data.myngo.org", "KB230"}, nil)
	if _, err := os.Stat(filepath.Join(dir, "sub", "pull.py")); err == nil {
		t.Error("stdin mode wrote the file")
	}
	kobolint(t, dir, buf, "check", "--stdin-filename", "sub/pull.py", "--fix", "--unsafe-fixes", "-").expect(t, "stdin --fix", 0,
		[]string{"requests.get(\"https://kobo.myngo.org/me/\")\n", "!KB"}, []string{"No v1 API use found"})
	kobolint(t, dir, buf, "check", "--stdin-filename", "sub/pull.py", "--fix", "-").expect(t, "stdin --fix, nothing safe to fix", 1,
		[]string{string(buf), "!KB"}, []string{"sub/pull.py:2:", "KB230"})
	kobolint(t, dir, buf, "check", "--stdin-filename", "sub/pull.py", "--diff", "--unsafe-fixes", "-").expect(t, "stdin --diff", 1,
		[]string{"+++ b/sub/pull.py", "+requests.get(\"https://kobo.myngo.org"}, nil)
	// the excludes of the path's config, with --force-exclude as ruff
	kobolint(t, dir, buf, "check", "--stdin-filename", "sub/legacy/old.py", "-").expect(t, "stdin, excluded path", 1, []string{"KB230"}, nil)
	kobolint(t, dir, buf, "check", "--force-exclude", "--stdin-filename", "sub/legacy/old.py", "-").expect(t, "stdin, excluded path, --force-exclude", 0, []string{"!KB230"}, nil)
	kobolint(t, dir, buf, "check", "--force-exclude", "--fix", "--stdin-filename", "sub/legacy/old.py", "-").expect(t, "stdin --fix, excluded", 0, []string{string(buf)}, nil)
	kobolint(t, dir, buf, "check", "-").expect(t, "- without --stdin-filename", 2, nil, []string{"needs --stdin-filename PATH"})
}

func TestGateForceExclude(t *testing.T) {
	dir := t.TempDir()
	gitInit(t, dir)
	files(t, dir, ".kobolint.yml", "exclude: [legacy/**]\n", ".gitignore", "gen/\n",
		"legacy/a.py", v1py, "gen/b.py", v1py, "CHANGELOG.md", "Moved off https://kc.kobotoolbox.org/api/v1/forms\n", "src/c.py", v1py)
	named := []string{"legacy/a.py", "gen/b.py", "CHANGELOG.md", "src/c.py"}
	// named files are checked whatever the excludes (ruff does the same)...
	kobolint(t, dir, nil, append([]string{"check"}, named...)...).expect(t, "named files", 1,
		[]string{"legacy/a.py:2:", "gen/b.py:2:", "src/c.py:2:"}, nil)
	// ...unless --force-exclude, which the pre-commit hook passes
	kobolint(t, dir, nil, append([]string{"check", "--force-exclude"}, named...)...).expect(t, "--force-exclude", 1,
		[]string{"src/c.py:2:", "!legacy/a.py", "!gen/b.py", "!CHANGELOG.md"}, nil)
	kobolint(t, dir, nil, "check", "--force-exclude", "legacy/a.py").expect(t, "--force-exclude, all excluded", 0, []string{"(0 files scanned)"}, nil)

	hooks, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hs []struct {
		ID, Entry string
		Args      []string
	}
	if err := yaml.Unmarshal(hooks, &hs); err != nil || len(hs) == 0 {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	for _, h := range hs {
		if !strings.Contains(h.Entry+" "+strings.Join(h.Args, " "), "--force-exclude") {
			t.Errorf("hook %s does not pass --force-exclude: %q %q", h.ID, h.Entry, h.Args)
		}
	}
}

func TestGatePerRepositoryConfig(t *testing.T) {
	dir := t.TempDir()
	repoA := filepath.Join(dir, "repoA")
	gitInit(t, repoA)
	files(t, repoA, ".kobolint.yml", "hosts:\n  kobocat: {data.myngo.org: kobo.myngo.org}\nexclude: [legacy/**]\nid_map: ids.csv\n",
		"ids.csv", "formid,uid\n474,aXyz123\n",
		"pull.sh", "curl \"https://data.myngo.org/api/v1/forms/474\"\n",
		"legacy/old.sh", "curl \"https://data.myngo.org/api/v1/forms\"\n")
	repoB := filepath.Join(dir, "repoB")
	gitInit(t, repoB)
	files(t, repoB, "pyproject.toml", "[project]\nname = \"b\"\n\n[tool.kobolint]\nexclude = [\"legacy/**\"]\n\n[tool.kobolint.hosts.kobocat]\n\"kc.ngo-b.org\" = \"kf.ngo-b.org\"\n",
		"pull.sh", "curl \"https://kc.ngo-b.org/api/v1/user\"\n",
		"legacy/old.sh", "curl \"https://kc.ngo-b.org/api/v1/data\"\n")
	// a folder outside both repositories, not covered by their excludes
	files(t, dir, "other/legacy/x.sh", "curl \"https://kc.kobotoolbox.org/api/v1/user\"\n",
		// a config above the repositories is not theirs
		".kobolint.yml", "exclude: [\"**/pull.sh\"]\n")
	r := kobolint(t, dir, nil, "check", "--diff", "--unsafe-fixes", "repoA", "repoB", "other")
	r.expect(t, "two repositories from their parent", 1,
		[]string{"+curl \"https://kobo.myngo.org/api/v2/assets/aXyz123/\"", "+curl \"https://kf.ngo-b.org/me/\"", "other/legacy/x.sh", "!old.sh"}, nil)
	kobolint(t, repoA, nil, "check", "--config", filepath.Join(repoB, "pyproject.toml"), ".").expect(t, "--config for every path", 0,
		[]string{"No v1 API use found"}, nil)
	files(t, repoA, ".kobolint.yml", "hosts:\n  kobocat: {data.myngo.org: kobo.myngo.org}\nexlude: [legacy/**]\n")
	kobolint(t, dir, nil, "check", "repoA").expect(t, "config error found from a parent folder", 2, nil,
		[]string{filepath.Join("repoA", ".kobolint.yml") + ":3: exlude: unknown key; did you mean exclude? (allowed keys: comments, exclude, hosts, id_map, ignore, max_file_size, select)"})
}

// Each git repository is its own world: what one defines does not resolve
// a name in another, patches and baselines speak of paths from each
// repository's root.
func TestGateSeveralRepositories(t *testing.T) {
	gitBin, err := exec.LookPath("git")
	if err != nil {
		t.Skip("no git command")
	}
	dir := t.TempDir()
	for _, name := range []string{"repoA", "repoB", "repoC"} {
		if out, err := exec.Command(gitBin, "init", "-q", filepath.Join(dir, name)).CombinedOutput(); err != nil {
			t.Fatalf("git init: %v\n%s", err, out)
		}
	}
	files(t, dir, "repoA/settings.env", "API_BASE=https://kc.kobotoolbox.org\n",
		"repoA/pull.sh", "curl \"$API_BASE/api/v1/forms\"\n",
		"repoA/direct.sh", "curl \"https://kc.kobotoolbox.org/api/v1/user\"\n",
		"repoB/fetch.sh", "curl \"https://kc.kobotoolbox.org/api/v1/user\"\n",
		"repoC/client.sh", "curl \"$API_BASE/api/v1/forms\"\n")
	// repoA's base URL and its talking to Kobo give repoC nothing
	r := kobolint(t, dir, nil, "check", "repoA", "repoB", "repoC")
	r.expect(t, "three repositories", 1, []string{"repoA/pull.sh:1:", "repoB/fetch.sh:1:", "!repoC/client.sh"}, nil)
	// the same files in one repository: the definition reaches client.sh
	one := t.TempDir()
	gitInit(t, one)
	files(t, one, "settings.env", "API_BASE=https://kc.kobotoolbox.org\n", "client.sh", "curl \"$API_BASE/api/v1/forms\"\n")
	kobolint(t, one, nil, "check", ".").expect(t, "one repository", 1, []string{"client.sh:1:"}, nil)

	r = kobolint(t, dir, nil, "check", "--diff", "--unsafe-fixes", "repoA", "repoB")
	r.expect(t, "--diff over two repositories", 1,
		[]string{"# kobolint: repository repoA (apply with: git -C repoA apply)", "+++ b/direct.sh", "+++ b/fetch.sh", "!b/repoA/", "!b/repoB/"}, nil)
	// each part applies in its repository
	parts := regexp.MustCompile(`(?m)^# kobolint: repository `).Split(r.stdout, -1)
	applied := 0
	for _, part := range parts {
		repo, patch, ok := strings.Cut(part, " (apply with")
		if !ok {
			continue
		}
		_, patch, _ = strings.Cut(patch, "\n")
		apply := exec.Command(gitBin, "-C", filepath.Join(dir, repo), "apply")
		apply.Stdin = strings.NewReader(patch)
		if out, err := apply.CombinedOutput(); err != nil {
			t.Errorf("git -C %s apply: %v\n%s\n%s", repo, err, out, patch)
		}
		applied++
	}
	if applied != 2 {
		t.Errorf("%d repository parts in the patch, want 2:\n%s", applied, r.stdout)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "repoB", "fetch.sh")); !strings.Contains(string(got), "https://kf.kobotoolbox.org/me/") {
		t.Errorf("repoB/fetch.sh after git apply: %s", got)
	}

	// a baseline written inside a repository serves a run from its parent
	dir2 := t.TempDir()
	gitInit(t, filepath.Join(dir2, "repoA"))
	gitInit(t, filepath.Join(dir2, "repoB"))
	files(t, dir2, "repoA/a.sh", "curl \"https://kf.kobotoolbox.org/api/v1/forms\"\n", "repoB/a.sh", "curl \"https://kf.kobotoolbox.org/api/v1/forms\"\n")
	base := kobolint(t, filepath.Join(dir2, "repoA"), nil, "check", "--format", "json", ".")
	files(t, dir2, "repoA/baseline.json", base.stdout)
	kobolint(t, dir2, nil, "check", "--baseline", "repoA/baseline.json", "repoA", "repoB").expect(t, "baseline of one repository", 1,
		[]string{"repoB/a.sh:1:", "!repoA/a.sh", "Found 1 v1 API use(s)"}, nil)
}

// A file named alone (as the pre-commit hook names changed files) is
// judged as in a scan of its whole repository.
func TestGateHookAndCIAgree(t *testing.T) {
	dir := t.TempDir()
	gitInit(t, dir)
	files(t, dir, "config/settings.env", "API_BASE=https://kc.kobotoolbox.org\n",
		"scripts/client.sh", "curl \"$API_BASE/api/v1/forms\"\n")
	ci := kobolint(t, dir, nil, "check", ".")
	hook := kobolint(t, dir, nil, "check", "--force-exclude", "scripts/client.sh")
	ci.expect(t, "CI", 1, []string{"scripts/client.sh:1:"}, nil)
	hook.expect(t, "hook", 1, []string{"scripts/client.sh:1:", "(1 files scanned)", "!settings.env"}, nil)
	var ciLines []string
	for _, l := range strings.Split(ci.stdout, "\n") {
		if strings.HasPrefix(l, "scripts/client.sh") {
			ciLines = append(ciLines, l)
		}
	}
	if !strings.HasPrefix(hook.stdout, strings.Join(ciLines, "\n")) {
		t.Errorf("the hook judges scripts/client.sh otherwise than CI:\nCI:\n%s\nhook:\n%s", ci.stdout, hook.stdout)
	}
	sub := kobolint(t, dir, nil, "check", "scripts")
	sub.expect(t, "a folder of the repository", 1, []string{"scripts/client.sh:1:"}, nil)

	// a hostless v1 path counts where the repository talks to Kobo: the
	// hook, naming that file alone, sees the rest of the repository too
	files(t, dir, "kobo_client.py", "import requests\nKOBO = \"https://kf.kobotoolbox.org\"\n\ndef assets():\n    return requests.get(KOBO + \"/api/v2/assets/\").json()\n",
		"report.py", "import requests\n\ndef submissions(base, pk):\n    return requests.get(f\"{base}/api/v1/data/{pk}\").json()\n")
	kobolint(t, dir, nil, "check", ".").expect(t, "CI, repository context", 1, []string{"report.py:4:", "KB202"}, nil)
	kobolint(t, dir, nil, "check", "--force-exclude", "report.py").expect(t, "hook, repository context", 1, []string{"report.py:4:", "KB202", "(1 files scanned)"}, nil)
}

func TestGateConfigErrors(t *testing.T) {
	dir := t.TempDir()
	files(t, dir, "a.sh", "echo\n")
	for _, tc := range []struct{ name, src, want string }{
		{".kobolint.yml", "exclude: [a]\nexlude: [b]\n", ".kobolint.yml:2: exlude: unknown key; did you mean exclude? (allowed keys: comments, exclude, hosts, id_map, ignore, max_file_size, select)"},
		{".kobolint.yml", "exclude: [\"src/[old\"]\n", ".kobolint.yml:1: exclude: \"src/[old\" is not a valid glob"},
		{".kobolint.yml", "comments: sometimes\n", ".kobolint.yml:1: comments: want true or false, got \"sometimes\""},
		{".kobolint.yml", "hosts:\n  kobocat:\n    https://kc.x.org/: kf.x.org\n", ".kobolint.yml:3: hosts.kobocat: want a host name such as kc.example.org, not \"https://kc.x.org/\""},
		{"pyproject.toml", "[tool.kobolint]\nselect = [\"KB2\"]\nignor = [\"KB4\"]\n", "pyproject.toml:3: ignor: unknown key; did you mean ignore?"},
	} {
		_ = os.Remove(filepath.Join(dir, ".kobolint.yml"))
		_ = os.Remove(filepath.Join(dir, "pyproject.toml"))
		files(t, dir, tc.name, tc.src)
		r := kobolint(t, dir, nil, "check", ".")
		r.expect(t, tc.src, 2, nil, []string{tc.want, "!config.Config", "!!!", "![]string"})
	}
}

func TestGateUnknownCommand(t *testing.T) {
	dir := t.TempDir()
	r := kobolint(t, dir, nil, "rule", "KB101")
	r.expect(t, "kobolint rule KB101", 2, nil, []string{`unknown command "rule"; did you mean rules?`})
	if r.stdout != "" {
		t.Errorf("stdout: %q", r.stdout)
	}
	kobolint(t, dir, nil, "chek", ".").expect(t, "kobolint chek .", 2, nil, []string{`unknown command "chek"; did you mean check?`})
	files(t, dir, "rule.sh", "curl \"https://kc.kobotoolbox.org/api/v1/forms\"\n")
	kobolint(t, dir, nil, "rule.sh").expect(t, "a file named like a command", 1, []string{"rule.sh:1:"}, nil)
}

// README's exit-status section names every kind of problem and what it
// does to the exit status.
func TestReadmeExitStatus(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(readme), "### Exit status\n")
	if !ok {
		t.Fatal("README has no \"### Exit status\" section")
	}
	sec, _, _ = strings.Cut(sec, "\n#")
	for _, k := range []engine.ProblemKind{engine.ReadError, engine.ParseError, engine.PartialParse, engine.TooLarge, engine.Binary,
		engine.Encoding, engine.UnknownRule, engine.UnusedIgnore, engine.NoFiles, engine.WriteError} {
		if !strings.Contains(sec, "`"+string(k)+"`") {
			t.Errorf("README's exit-status section does not name %s", k)
		}
	}
	for _, w := range []string{"**0**", "**1**", "**2**", "--exit-zero", "--diff", "--baseline"} {
		if !strings.Contains(sec, w) {
			t.Errorf("README's exit-status section lacks %s", w)
		}
	}
}
