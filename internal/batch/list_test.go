package batch

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
)

func TestReadListText(t *testing.T) {
	p := testenv.WriteTemp(t, "repos.txt", `# the campaign
https://github.com/org/alpha
https://github.com/org/beta.git@release/2.0   # a branch
git@github.com:org/gamma.git@dev
ssh://git@gitlab.example.org:2222/group/delta.git
./local repos/epsilon
/abs/zeta@main

https://github.com/org/alpha
`)
	repos, warnings, err := ReadList(p)
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ source, ref, name string }
	dir := filepath.Dir(p)
	wants := []want{
		{"https://github.com/org/alpha", "", "alpha"},
		{"https://github.com/org/beta.git", "release/2.0", "beta-release-2.0"},
		{"git@github.com:org/gamma.git", "dev", "gamma-dev"},
		{"ssh://git@gitlab.example.org:2222/group/delta.git", "", "delta"},
		{filepath.Join(dir, "local repos", "epsilon"), "", "epsilon"},
		{"/abs/zeta", "main", "zeta-main"},
	}
	if len(repos) != len(wants) {
		t.Fatalf("got %d repositories, want %d: %+v", len(repos), len(wants), repos)
	}
	for i, w := range wants {
		r := repos[i]
		if r.Source != w.source || r.Ref != w.ref || r.Name != w.name || r.Refused != "" {
			t.Errorf("entry %d: got %+v, want %+v", i, r, w)
		}
	}
	if !repos[4].Local || repos[0].Local {
		t.Errorf("local detection: %+v", repos)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], ":9") || !strings.Contains(warnings[0], ":2") {
		t.Errorf("duplicate not reported with both lines: %q", warnings)
	}
}

func TestReadListRefuses(t *testing.T) {
	p := testenv.WriteTemp(t, "repos.txt", strings.Join([]string{
		"-oProxyCommand=touch /tmp/pwned",
		"--upload-pack=touch /tmp/pwned",
		"ext::sh -c touch% /tmp/pwned",
		"fd::17",
		"transport::https://example.org/x",
		"javascript://example.org/x",
		"ssh://-oProxyCommand=x/y",
		"-host:path",
		"https://github.com/org/ok@-b",
		"https://github.com/org/ok@a..b",
		"https://github.com/org/good",
	}, "\n"))
	repos, _, err := ReadList(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range repos[:len(repos)-1] {
		if r.Refused == "" {
			t.Errorf("not refused: %+v", r)
		}
		if strings.ContainsAny(r.Name, "/\\") || strings.HasPrefix(r.Name, "-") || strings.HasPrefix(r.Name, ".") {
			t.Errorf("unsafe output name %q", r.Name)
		}
	}
	if last := repos[len(repos)-1]; last.Refused != "" {
		t.Errorf("a plain https URL was refused: %+v", last)
	}
	names := map[string]bool{}
	for _, r := range repos {
		if names[strings.ToLower(r.Name)] {
			t.Errorf("two repositories named %s", r.Name)
		}
		names[strings.ToLower(r.Name)] = true
	}
}

func TestReadListJSON(t *testing.T) {
	// gh repo list ORG --json url,name
	gh := `[{"name":"alpha","url":"https://github.com/org/alpha"},{"name":"beta","url":"https://github.com/org/beta"}]`
	// GitLab's projects API, two pages one after the other
	gl := `[{"id":1,"name":"My Proj","path_with_namespace":"g/my-proj","http_url_to_repo":"https://gitlab.com/g/my-proj.git","web_url":"https://gitlab.com/g/my-proj"}]
[{"id":2,"name":"Other","http_url_to_repo":"https://gitlab.com/h/my-proj.git"}]`
	for name, tc := range map[string]struct {
		data  string
		names []string
	}{
		"gh":     {gh, []string{"alpha", "beta"}},
		"gitlab": {gl, nil},
	} {
		repos, _, err := ReadList(testenv.WriteTemp(t, "repos.txt", tc.data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if tc.names != nil {
			for i, n := range tc.names {
				if repos[i].Name != n {
					t.Errorf("%s: name %q, want %q", name, repos[i].Name, n)
				}
			}
		}
		if name == "gitlab" {
			// two projects called my-proj in different groups: both names
			// get a hash, and differ
			if len(repos) != 2 || repos[0].Name == repos[1].Name || !strings.HasPrefix(repos[0].Name, "my-proj-") {
				t.Errorf("gitlab: %+v", repos)
			}
		}
	}
	for _, bad := range []string{`[{"name":"x"}]`, `[1]`, `[{"url": "https://x/y"}`} {
		p := testenv.WriteTemp(t, "repos.txt", bad)
		if _, _, err := ReadList(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: error %v does not name the file", bad, err)
		}
	}
	if _, _, err := ReadList(testenv.WriteTemp(t, "repos.txt", "# nothing\n\n")); err == nil {
		t.Error("an empty list is not an error")
	}
}

func TestNamesAreSafeAndStable(t *testing.T) {
	repos := []Repo{
		{Source: "https://h/a/../../etc/passwd"},
		{Source: "https://h/x/report.git"},
		{Source: "https://h/x/Tool"},
		{Source: "https://h/y/tool"},
		{Source: "https://h/z/..."},
		{Source: "https://h/w/" + strings.Repeat("n", 300)},
	}
	for i := range repos {
		repos[i].Key = keyOf(repos[i].Source, false, "")
	}
	assignNames(repos)
	seen := map[string]bool{}
	for _, r := range repos {
		if r.Name != filepath.Base(r.Name) || r.Name == ".." || strings.HasPrefix(r.Name, ".") || len(r.Name) > maxNameLen+9 {
			t.Errorf("unsafe name %q for %s", r.Name, r.Source)
		}
		low := strings.ToLower(r.Name)
		if seen[low] || reserved[low] {
			t.Errorf("name %q taken twice or reserved", r.Name)
		}
		seen[low] = true
	}
	// the name of a repository depends on the list, not on the shard
	again := append([]Repo(nil), repos...)
	assignNames(again)
	for i := range repos {
		if again[i].Name != repos[i].Name {
			t.Errorf("names not stable: %q then %q", repos[i].Name, again[i].Name)
		}
	}
}

func TestKeyIgnoresCredentials(t *testing.T) {
	a := keyOf("https://user:tok1@GitHub.com/org/x.git", false, "")
	b := keyOf("https://other:tok2@github.com/org/x", false, "")
	if a != b || strings.Contains(a, "tok") {
		t.Errorf("keys %q and %q", a, b)
	}
	if k := keyOf("file:///srv/git/x.git", false, ""); k != "file:///srv/git/x" {
		t.Errorf("file URL key %q", k)
	}
	if keyOf("https://github.com/org/x", false, "dev") == a {
		t.Error("a ref does not change the key")
	}
}

func TestShards(t *testing.T) {
	var keys []string
	for i := range 200 {
		keys = append(keys, keyOf(fmt.Sprintf("https://github.com/org/repo-%d", i), false, ""))
	}
	for n := 1; n <= 6; n++ {
		count := map[string]int{}
		for k := 1; k <= n; k++ {
			s, err := ParseShard(fmt.Sprintf("%d/%d", k, n), func(string) string { return "" })
			if err != nil {
				t.Fatal(err)
			}
			for _, key := range keys {
				if s.Has(key) {
					count[key]++
				}
			}
		}
		for _, key := range keys {
			if count[key] != 1 {
				t.Fatalf("%d shards: %s in %d shards", n, key, count[key])
			}
		}
	}
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "JOB_COMPLETION_INDEX" {
				return v
			}
			return ""
		}
	}
	if s, err := ParseShard("4", env("0")); err != nil || s != (Shard{Index: 1, Count: 4}) {
		t.Errorf("JOB_COMPLETION_INDEX=0 of 4: %+v %v", s, err)
	}
	for _, bad := range []string{"0/4", "5/4", "a/b", "4", "-1/3"} {
		if _, err := ParseShard(bad, env("")); err == nil {
			t.Errorf("--shard %s accepted", bad)
		}
	}
	if _, err := ParseShard("4", env("x")); err == nil {
		t.Error("a bad JOB_COMPLETION_INDEX accepted")
	}
}

func TestListEdgeCases(t *testing.T) {
	p := testenv.WriteTemp(t, "repos.txt", "./team@2024\n./plain@dev\nhttps://example.org/x\x1b[2J.git\n")
	if err := os.Mkdir(filepath.Join(filepath.Dir(p), "team@2024"), 0o755); err != nil {
		t.Fatal(err)
	}
	repos, _, err := ReadList(p)
	if err != nil {
		t.Fatal(err)
	}
	if repos[0].Ref != "" || !strings.HasSuffix(repos[0].Source, "team@2024") {
		t.Errorf("an existing folder named with @ was split: %+v", repos[0])
	}
	if repos[1].Ref != "dev" {
		t.Errorf("./plain@dev: %+v", repos[1])
	}
	if repos[2].Refused == "" || strings.ContainsRune(repos[2].Display(), 0x1b) {
		t.Errorf("control characters: refused %q, shown as %q", repos[2].Refused, repos[2].Display())
	}
}
