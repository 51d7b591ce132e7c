package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kobolint/kobolint/fixers"
	"github.com/kobolint/kobolint/internal/finding"
)

// Fixture repositories: v1 client code in several languages, written for
// these tests.
var (
	pythonClient = map[string]string{
		"pull.py": "import requests\n" +
			"r = requests.get(\"https://kc.kobotoolbox.org/api/v1/forms\")\n" +
			"for f in r.json():\n" +
			"    print(f[\"title\"])\n" +
			"d = requests.get(\"https://kc.kobotoolbox.org/api/v1/data/474\")\n",
	}
	rScripts = map[string]string{
		"R/client.R": "library(httr)\n" +
			"me <- jsonlite::fromJSON(\"https://kf.kobotoolbox.org/api/v1/user\")\n" +
			"print(me$username)\n" +
			"res <- GET(\"https://kc.kobotoolbox.org/api/v1/forms\", authenticate(\"me\", \"pw\"))\n" +
			"forms <- content(res)\n" +
			"for (f in forms) print(f$id_string)\n",
		"README.md": "Reports from our Kobo forms.\n",
	}
	jsClient = map[string]string{
		"src/api.js": "const KPI = 'https://kf.kobotoolbox.org';\n" +
			"export async function submissions(token) {\n" +
			"  const res = await fetch(`${KPI}/api/v1/data/474`, { headers: { Authorization: `Token ${token}` } });\n" +
			"  return res.json();\n" +
			"}\n" +
			"export async function me(token) {\n" +
			"  const res = await fetch('https://kc.kobotoolbox.org/api/v1/user', { headers: { Authorization: `Token ${token}` } });\n" +
			"  const u = await res.json();\n" +
			"  return u.username;\n" +
			"}\n",
	}
	// CRLF line ends: the patch needs git am --keep-cr
	shellCRLF = map[string]string{
		"bin/forms.sh": "#!/bin/sh\r\n" +
			"curl -s -H \"Authorization: Token $KOBO_TOKEN\" \"https://kc.kobotoolbox.org/api/v1/forms\" | jq '.[] | .title'\r\n",
	}
	// a self-hosted server, known only from the repository's own config
	selfHosted = map[string]string{
		".kobolint.yml": "hosts:\n  kobocat: {data.myngo.org: kobo.myngo.org}\n",
		"sync.sh":       "curl -s -u me:pw \"https://data.myngo.org/api/v1/forms\" | jq '.[] | .title'\n",
	}
	noKobo = map[string]string{
		"main.go":   "package main\n\nfunc main() { println(\"hello\") }\n",
		"README.md": "Nothing to do with surveys.\n",
	}
)

var fixtureIdent = []string{
	"GIT_AUTHOR_NAME=Fixture", "GIT_AUTHOR_EMAIL=fixture@example.org",
	"GIT_COMMITTER_NAME=Fixture", "GIT_COMMITTER_EMAIL=fixture@example.org",
}

// hermetic keeps the user's and the system's git settings (and proxies)
// out of the tests; kobolint's fallback identity makes the fix commits.
func hermetic(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(t.TempDir(), "gitconfig"))
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	for _, v := range []string{"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"} {
		t.Setenv(v, "")
	}
}

func gitT(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), fixtureIdent...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return strings.TrimSpace(string(out))
}

func makeRepo(t *testing.T, dir string, files map[string]string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	gitT(t, dir, "init", "-q", "-b", "main")
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gitT(t, dir, "add", "-A")
	gitT(t, dir, "commit", "-q", "-m", "v1 client")
	return dir
}

func fileURL(p string) string { return "file://" + filepath.ToSlash(p) }

const secretToken = "s3cretTOKEN4242"

// campaignFixture builds the repositories and the list of the end-to-end
// tests, with git kept hermetic; it returns the list's path and the origin
// folder of each name.
func campaignFixture(t *testing.T) (list string, origins map[string]string) {
	hermetic(t)
	base := t.TempDir()
	origins = map[string]string{
		"pyclient":   makeRepo(t, filepath.Join(base, "src", "pyclient"), pythonClient),
		"rscripts":   makeRepo(t, filepath.Join(base, "src", "rscripts"), rScripts),
		"webapp":     makeRepo(t, filepath.Join(base, "src", "webapp"), jsClient),
		"shellcrlf":  makeRepo(t, filepath.Join(base, "src", "shellcrlf"), shellCRLF),
		"selfhosted": makeRepo(t, filepath.Join(base, "src", "selfhosted"), selfHosted),
		"nokobo":     makeRepo(t, filepath.Join(base, "src", "nokobo"), noKobo),
	}
	lines := []string{"# a campaign"}
	for _, n := range []string{"pyclient", "rscripts", "webapp", "shellcrlf", "selfhosted", "nokobo"} {
		lines = append(lines, fileURL(origins[n]))
	}
	lines = append(lines,
		fileURL(filepath.Join(base, "src", "gone"))+"   # unreachable",
		"https://user:"+secretToken+"@127.0.0.1:1/org/private.git",
		"ext::sh -c touch% "+filepath.Join(base, "pwned"),
		"-oProxyCommand=touch "+filepath.Join(base, "pwned2"),
	)
	list = filepath.Join(base, "repos.txt")
	if err := os.WriteFile(list, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return list, origins
}

func runCampaign(t *testing.T, list, out string, unsafe bool, shard Shard, force bool) (*Report, string) {
	t.Helper()
	var log bytes.Buffer
	rep, err := Run(context.Background(), Options{
		List: list, Out: out, Settings: &Settings{Version: "test", UnsafeFixes: unsafe},
		Jobs: 4, Timeout: 2 * time.Minute, Shard: shard, Force: force, Log: &log,
	})
	if err != nil {
		t.Fatalf("campaign: %v\n%s", err, log.String())
	}
	return rep, log.String()
}

type repoJSON struct {
	Findings []finding.Finding `json:"findings"`
	Summary  struct {
		FilesScanned int `json:"files_scanned"`
		Findings     int `json:"findings"`
		Fixable      int `json:"fixable"`
	} `json:"summary"`
}

func readRepoJSON(t *testing.T, path string) repoJSON {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rj repoJSON
	if err := json.Unmarshal(data, &rj); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rj
}

func TestCampaignEndToEnd(t *testing.T) {
	list, origins := campaignFixture(t)
	out := filepath.Join(t.TempDir(), "out")
	rep, log := runCampaign(t, list, out, true, Shard{}, false)

	byName := map[string]*Record{}
	for i := range rep.Repositories {
		byName[rep.Repositories[i].Name] = &rep.Repositories[i]
	}
	if len(rep.Repositories) != 10 {
		t.Fatalf("%d records, want 10:\n%s", len(rep.Repositories), log)
	}

	// the failures are recorded, and did not stop the others
	failedN := 0
	for _, r := range rep.Repositories {
		if r.Status == statusFailed {
			failedN++
			if r.Error == "" {
				t.Errorf("%s failed without a reason", r.Name)
			}
		}
	}
	if failedN != 4 || rep.Totals.Failed != 4 {
		t.Errorf("%d failed (totals %d), want 4 (unreachable, bad credentials host, ext::, -o):\n%s", failedN, rep.Totals.Failed, log)
	}
	if g := byName["gone"]; g == nil || g.Status != statusFailed || !strings.Contains(g.Error, "clone") {
		t.Errorf("unreachable repository: %+v", g)
	}
	for _, f := range []string{"pwned", "pwned2"} {
		if _, err := os.Stat(filepath.Join(filepath.Dir(list), f)); err == nil {
			t.Errorf("a refused URL ran a command (%s exists)", f)
		}
	}
	if r := byName["nokobo"]; r == nil || r.Status != statusOK || r.Findings != 0 || r.Patch != "" || r.State() != "clean" {
		t.Errorf("repository without Kobo code: %+v", r)
	}
	if r := byName["selfhosted"]; r == nil || r.Fixed == 0 || r.Patch == "" {
		t.Errorf("the repository's own .kobolint.yml was not used: %+v", r)
	}
	if rep.ExitCode(false) != 2 || rep.ExitCode(true) != 2 {
		t.Errorf("exit code %d with failures, want 2", rep.ExitCode(false))
	}

	for name, origin := range origins {
		rec := byName[name]
		if rec == nil || rec.Status != statusOK {
			t.Fatalf("%s: %+v\n%s", name, rec, log)
		}
		// the report's counts match the repository's JSON file
		rj := readRepoJSON(t, filepath.Join(out, rec.JSON))
		if len(rj.Findings) != rec.Findings || rj.Summary.Findings != rec.Findings || rj.Summary.FilesScanned != rec.FilesScanned {
			t.Errorf("%s: record has %d findings (%d files), JSON %d (%d, %d files)", name, rec.Findings, rec.FilesScanned, len(rj.Findings), rj.Summary.Findings, rj.Summary.FilesScanned)
		}
		cats := map[string]int{}
		for _, f := range rj.Findings {
			cats[f.Category]++
		}
		for c, n := range rec.Categories {
			if cats[c] != n.Found {
				t.Errorf("%s: category %s: record %d, JSON %d", name, c, n.Found, cats[c])
			}
			if n.Fixed+n.Open > n.Found {
				t.Errorf("%s: category %s: %+v", name, c, n)
			}
		}
		if rec.Fixed+rec.Open+rec.Notes < rec.Findings-rec.Fixed && rec.Findings > 0 {
			t.Errorf("%s: counts do not add up: %+v", name, rec)
		}
		if rec.Findings == 0 {
			continue
		}
		if rec.Patch == "" {
			t.Errorf("%s: findings with fixes but no patch: %+v", name, rec)
			continue
		}
		// the patch applies with git am on a fresh clone ...
		fresh := filepath.Join(t.TempDir(), name)
		gitT(t, "", "clone", "-q", fileURL(origin), fresh)
		args := strings.Fields(rec.Apply)
		if len(args) < 3 || args[0] != "git" || args[1] != "am" || args[len(args)-1] != rec.Patch {
			t.Fatalf("%s: apply command %q", name, rec.Apply)
		}
		args[len(args)-1] = filepath.Join(out, rec.Patch)
		gitT(t, fresh, args[1:]...)
		msg := gitT(t, fresh, "log", "-1", "--format=%B")
		if !strings.Contains(msg, "Changed:") || (rec.Open > 0) != strings.Contains(msg, "Still needs a person") {
			t.Errorf("%s: commit message does not list the changes and what is left:\n%s", name, msg)
		}
		// ... and the patched repository then scans clean except for
		// findings without a fix, as many as the record says are left
		sc, err := scanRepo(fresh, &Settings{UnsafeFixes: true}, 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range sc.Before {
			if len(f.Fix.Edits) > 0 {
				t.Errorf("%s: after the patch, %s:%d %s still has a fix", name, f.Path, f.Line, f.Rule)
			}
		}
		if len(sc.Before) != rec.Open+rec.Notes {
			t.Errorf("%s: %d findings after the patch, the record says %d open and %d notes", name, len(sc.Before), rec.Open, rec.Notes)
		}
		if len(rec.OpenFindings) != rec.Open {
			t.Errorf("%s: %d open findings listed, %d counted", name, len(rec.OpenFindings), rec.Open)
		}
		for _, o := range rec.OpenFindings {
			if o.Reason == "" {
				t.Errorf("%s: open finding without a reason: %+v", name, o)
			}
		}
	}
	if !strings.Contains(byName["shellcrlf"].Apply, "--keep-cr") {
		t.Errorf("a CRLF file's patch is applied without --keep-cr: %q", byName["shellcrlf"].Apply)
	}
	if byName["pyclient"].Reasons["needs the asset uid of form N"] != 1 {
		t.Errorf("reasons: %v", byName["pyclient"].Reasons)
	}

	// the totals are the sum of the records
	var sum Totals
	for _, r := range rep.Repositories {
		sum.Findings += r.Findings
		sum.Fixed += r.Fixed
		sum.Open += r.Open
	}
	if sum.Findings != rep.Totals.Findings || sum.Fixed != rep.Totals.Fixed || sum.Open != rep.Totals.Open || rep.Totals.Findings == 0 {
		t.Errorf("totals %+v, sums %+v", rep.Totals, sum)
	}
	// report.json on disk is the report
	var onDisk Report
	data, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil || json.Unmarshal(data, &onDisk) != nil || onDisk.Totals.Findings != rep.Totals.Findings || len(onDisk.Repositories) != 10 {
		t.Errorf("report.json: %v", err)
	}

	// no credential anywhere in what the campaign wrote or said
	assertNoSecret(t, out, log)
	if r := byName["private"]; r == nil || !strings.Contains(r.URL, "***@127.0.0.1") {
		t.Errorf("credentials not masked in the record's URL: %+v", r)
	}

	// the HTML report stands alone
	html, _ := os.ReadFile(filepath.Join(out, "report.html"))
	for _, bad := range []string{"<script", "<link", "src=\"http", "@import", "url("} {
		if bytes.Contains(html, []byte(bad)) {
			t.Errorf("report.html has %q: it must not fetch anything", bad)
		}
	}
	if !bytes.Contains(html, []byte("<svg")) || !bytes.Contains(html, []byte("pyclient")) {
		t.Error("report.html has no chart or no repository")
	}
	md, _ := os.ReadFile(filepath.Join(out, "report.md"))
	if !bytes.Contains(md, []byte("| pyclient | patch, needs a person | python |")) {
		t.Errorf("report.md:\n%s", md)
	}
}

func assertNoSecret(t *testing.T, dir, log string) {
	t.Helper()
	if strings.Contains(log, secretToken) {
		t.Errorf("the log shows a credential:\n%s", log)
	}
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		if bytes.Contains(data, []byte(secretToken)) {
			t.Errorf("%s holds a credential", p)
		}
		return nil
	})
}

func TestCampaignResume(t *testing.T) {
	list, origins := campaignFixture(t)
	out := filepath.Join(t.TempDir(), "out")
	first, _ := runCampaign(t, list, out, false, Shard{}, false)
	firstJSON, _ := os.ReadFile(filepath.Join(out, "report.json"))

	// nothing changed: every repository that went well is current
	again, log := runCampaign(t, list, out, false, Shard{}, false)
	if n := strings.Count(log, "current: kept from an earlier run"); n != 6 {
		t.Errorf("%d repositories kept, want 6:\n%s", n, log)
	}
	againJSON, _ := os.ReadFile(filepath.Join(out, "report.json"))
	if !bytes.Equal(firstJSON, againJSON) {
		t.Error("a rerun with nothing changed wrote another report")
	}
	if again.Totals.Findings != first.Totals.Findings || again.Totals.Fixed != first.Totals.Fixed {
		t.Errorf("totals changed: %+v then %+v", first.Totals, again.Totals)
	}

	// an interrupted run leaves the earlier results alone
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep, err := Run(ctx, Options{List: list, Out: out, Settings: &Settings{Version: "test"}, Jobs: 4, Timeout: time.Minute, Log: io.Discard})
	if err == nil || rep == nil || rep.Totals.Failed != len(rep.Repositories) {
		t.Errorf("an interrupted run: %v, %+v", err, rep)
	}
	for _, r := range first.Repositories {
		for _, f := range []string{r.JSON, r.Patch} {
			if _, err := os.Stat(filepath.Join(out, f)); f != "" && err != nil {
				t.Errorf("an interrupted run removed %s", f)
			}
		}
	}

	// a new commit in one repository: only that one is redone
	p := filepath.Join(origins["pyclient"], "more.py")
	if err := os.WriteFile(p, []byte("import requests\nrequests.get(\"https://kc.kobotoolbox.org/api/v1/user\")\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gitT(t, origins["pyclient"], "add", "-A")
	gitT(t, origins["pyclient"], "commit", "-q", "-m", "more")
	_, log = runCampaign(t, list, out, false, Shard{}, false)
	if n := strings.Count(log, "current: kept"); n != 5 || strings.Contains(log, "pyclient "+shortSHA(gitT(t, origins["pyclient"], "rev-parse", "HEAD~1"))) {
		t.Errorf("after a commit to pyclient, %d kept:\n%s", n, log)
	}
	// other settings, or --force: everything is redone
	_, log = runCampaign(t, list, out, true, Shard{}, false)
	if strings.Contains(log, "current: kept") {
		t.Errorf("results of other settings taken as current:\n%s", log)
	}
	_, log = runCampaign(t, list, out, true, Shard{}, true)
	if strings.Contains(log, "current: kept") {
		t.Errorf("--force kept results:\n%s", log)
	}
}

func TestShardsAndMerge(t *testing.T) {
	list, _ := campaignFixture(t)
	base := t.TempDir()
	full, _ := runCampaign(t, filepath.Clean(list), filepath.Join(base, "full"), false, Shard{}, false)

	const n = 3
	var dirs []string
	seen := map[string]int{}
	for k := 1; k <= n; k++ {
		dir := filepath.Join(base, "shard", string(rune('0'+k)))
		rep, _ := runCampaign(t, list, dir, false, Shard{Index: k, Count: n}, false)
		if rep.Shard == nil || rep.Shard.Listed != 10 {
			t.Errorf("shard %d: %+v", k, rep.Shard)
		}
		for _, r := range rep.Repositories {
			seen[r.Key]++
		}
		dirs = append(dirs, dir)
	}
	// the union of the shards is the full run, no repository twice
	if len(seen) != len(full.Repositories) {
		t.Errorf("shards hold %d repositories, the full run %d", len(seen), len(full.Repositories))
	}
	for _, r := range full.Repositories {
		if seen[r.Key] != 1 {
			t.Errorf("%s is in %d shards", r.Name, seen[r.Key])
		}
	}

	merged := filepath.Join(base, "merged")
	rep, err := Merge(dirs, merged)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Incomplete != "" {
		t.Errorf("complete shards reported incomplete: %s", rep.Incomplete)
	}
	// merge gives the same report as one unsharded run
	for _, f := range []string{"report.json", "report.md", "report.html"} {
		a, _ := os.ReadFile(filepath.Join(base, "full", f))
		b, _ := os.ReadFile(filepath.Join(merged, f))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s of the merge differs from the unsharded run's:\n%s\n----\n%s", f, a, b)
		}
	}
	for _, r := range full.Repositories {
		for _, f := range []string{r.JSON, r.Patch} {
			if f == "" {
				continue
			}
			if _, err := os.Stat(filepath.Join(merged, f)); err != nil {
				t.Errorf("merge did not bring %s: %v", f, err)
			}
		}
	}
	// without --unsafe-fixes what is left has no safe fix
	for _, r := range full.Repositories {
		if r.JSON == "" {
			continue
		}
		rj := readRepoJSON(t, filepath.Join(merged, r.JSON))
		safe := 0
		for _, f := range rj.Findings {
			if len(f.Fix.Edits) > 0 && f.Fix.Safety == fixers.SafetySafe {
				safe++
			}
		}
		if r.Fixed < safe {
			t.Errorf("%s: %d safe fixes found, %d fixed", r.Name, safe, r.Fixed)
		}
	}

	// a shard twice, a missing shard, another campaign's settings
	if _, err := Merge([]string{dirs[0], dirs[0]}, filepath.Join(base, "m2")); err == nil {
		t.Error("the same shard merged twice")
	}
	rep, err = Merge(dirs[:2], filepath.Join(base, "m3"))
	if err != nil || rep.Incomplete == "" || rep.ExitCode(true) != 2 || !strings.Contains(rep.Incomplete, "3/3") {
		t.Errorf("a missing shard: %v, %+v", err, rep)
	}
	other, _ := runCampaign(t, list, filepath.Join(base, "other"), true, Shard{Index: 3, Count: n}, false)
	_ = other
	if _, err := Merge([]string{dirs[0], dirs[1], filepath.Join(base, "other")}, filepath.Join(base, "m4")); err == nil || !strings.Contains(err.Error(), "settings") {
		t.Errorf("reports of other settings merged: %v", err)
	}
}

// A repository opened in place is never changed: its fix goes into a
// patch (and, with --branch, a new branch) made through a temporary index;
// a file with uncommitted changes is left out of the patch. Clones are
// kept with the branch checked out.
func TestBranchAndLocalRepository(t *testing.T) {
	hermetic(t)
	base := t.TempDir()
	local := makeRepo(t, filepath.Join(base, "work", "local"), map[string]string{
		"pull.py":  pythonClient["pull.py"],
		"other.sh": shellCRLF["bin/forms.sh"],
	})
	// a local change to other.sh, not committed
	dirty := shellCRLF["bin/forms.sh"] + "echo local change\n"
	if err := os.WriteFile(filepath.Join(local, "other.sh"), []byte(dirty), 0o644); err != nil {
		t.Fatal(err)
	}
	remote := makeRepo(t, filepath.Join(base, "src", "remote"), jsClient)
	list := filepath.Join(base, "work", "repos.txt")
	if err := os.WriteFile(list, []byte("./local\n"+fileURL(remote)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	headBefore := gitT(t, local, "rev-parse", "HEAD")
	statusBefore := gitT(t, local, "status", "--porcelain")
	out := filepath.Join(base, "out")
	clones := filepath.Join(out, "clones")
	var log bytes.Buffer
	s := &Settings{Version: "test", Branch: "kobo-v2", UnsafeFixes: true}
	rep, err := Run(context.Background(), Options{List: list, Out: out, Settings: s, Jobs: 2, Timeout: time.Minute, Clones: clones, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	var lr, rr *Record
	for i := range rep.Repositories {
		switch rep.Repositories[i].Name {
		case "local":
			lr = &rep.Repositories[i]
		case "remote":
			rr = &rep.Repositories[i]
		}
	}
	if lr == nil || rr == nil || lr.Status != statusOK || rr.Status != statusOK {
		t.Fatalf("records: %+v\n%s", rep.Repositories, log.String())
	}
	if gitT(t, local, "rev-parse", "HEAD") != headBefore || gitT(t, local, "status", "--porcelain") != statusBefore {
		t.Error("the local repository's HEAD or work tree changed")
	}
	if got, _ := os.ReadFile(filepath.Join(local, "other.sh")); string(got) != dirty {
		t.Error("the local repository's file was rewritten")
	}
	if !lr.Dirty || lr.Branch != "kobo-v2" || lr.Patch == "" {
		t.Errorf("local record: %+v", lr)
	}
	changed := gitT(t, local, "diff", "--name-only", "HEAD", "kobo-v2")
	if changed != "pull.py" {
		t.Errorf("branch kobo-v2 changes %q, want only pull.py (other.sh has local changes)", changed)
	}
	leftOut := false
	for _, w := range lr.Warnings {
		leftOut = leftOut || strings.Contains(w, "other.sh") && strings.Contains(w, "not committed")
	}
	if !leftOut {
		t.Errorf("other.sh is not named as left out: %q", lr.Warnings)
	}
	open := false
	for _, o := range lr.OpenFindings {
		open = open || o.Path == "other.sh"
	}
	if !open {
		t.Errorf("other.sh's findings are not open: %+v", lr.OpenFindings)
	}
	// the clone is kept, on the new branch, ready to push
	clone := filepath.Join(clones, "remote")
	if b := gitT(t, clone, "rev-parse", "--abbrev-ref", "HEAD"); b != "kobo-v2" || rr.Branch != "kobo-v2" {
		t.Errorf("clone on %q, record %+v", b, rr)
	}
	if got, _ := os.ReadFile(filepath.Join(clone, "src", "api.js")); !strings.Contains(string(got), "kf.kobotoolbox.org/me/") {
		t.Errorf("the clone's work tree does not show the fix:\n%s", got)
	}
	if st := gitT(t, clone, "status", "--porcelain"); st != "" {
		t.Errorf("the clone has uncommitted changes: %s", st)
	}
}

// A repository that hangs is stopped by its timeout and recorded; the
// others are done.
func TestTimeout(t *testing.T) {
	hermetic(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	// a server that accepts and never answers, until the test ends
	var mu sync.Mutex
	var conns []net.Conn
	t.Cleanup(func() {
		_ = ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			_ = c.Close()
		}
	})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	base := t.TempDir()
	ok := makeRepo(t, filepath.Join(base, "src", "fine"), selfHosted)
	list := filepath.Join(base, "repos.txt")
	if err := os.WriteFile(list, []byte("http://"+ln.Addr().String()+"/org/slow.git\n"+fileURL(ok)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var log bytes.Buffer
	rep, err := Run(context.Background(), Options{List: list, Out: filepath.Join(base, "out"), Settings: &Settings{Version: "test", UnsafeFixes: true},
		Jobs: 2, Timeout: 10 * time.Second, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > time.Minute {
		t.Errorf("the campaign took %s with a 10s timeout", took)
	}
	for _, r := range rep.Repositories {
		switch r.Name {
		case "slow":
			if r.Status != statusFailed || !strings.Contains(r.Error, "timed out") {
				t.Errorf("slow: %+v", r)
			}
		case "fine":
			if r.Status != statusOK || r.Patch == "" {
				t.Errorf("fine: %+v\n%s", r, log.String())
			}
		}
	}
}
