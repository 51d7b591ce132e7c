package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
	"gopkg.in/yaml.v3"
)

func gitRepo(t *testing.T, dir string, files map[string]string) string {
	t.Helper()
	for name, content := range files {
		testenv.WriteFiles(t, dir, name, content)
	}
	for _, args := range [][]string{{"init", "-q", "-b", "main"}, {"add", "-A"}, {"commit", "-q", "-m", "init"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	return dir
}

func TestBatchCommand(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(t.TempDir(), "gitconfig"))
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	dir := t.TempDir()
	good := gitRepo(t, filepath.Join(dir, "src", "client"), map[string]string{
		"pull.sh": "curl -s \"https://kc.kobotoolbox.org/api/v1/forms\" | jq '.[] | .title'\n",
	})
	clean := gitRepo(t, filepath.Join(dir, "src", "clean"), map[string]string{"a.txt": "hello\n"})
	testenv.WriteFiles(t, dir, "repos.txt", "file://"+good+"\nfile://"+filepath.Join(dir, "src", "gone")+"\n")
	testenv.WriteFiles(t, dir, "ok.txt", "file://"+good+"\n")
	testenv.WriteFiles(t, dir, "clean.txt", "file://"+clean+"\n")

	code, out, errs := runCLI(t, dir, "batch", "--repos", "repos.txt", "--out", "out", "--jobs", "4", "--unsafe-fixes")
	if code != 2 || !strings.Contains(out, "2 repositories") || !strings.Contains(out, "1 failed") {
		t.Errorf("a repository failed: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	// not a terminal: a plain line per repository
	if !regexp.MustCompile(`(?m)^\[[12]/2\] ok +client `).MatchString(errs) || !strings.Contains(errs, "failed  gone") {
		t.Errorf("progress lines:\n%s", errs)
	}
	for _, f := range []string{"client.patch", "client.json", "report.json", "report.md", "report.html", "batch.log"} {
		if _, err := os.Stat(filepath.Join(dir, "out", f)); err != nil {
			t.Errorf("no %s: %v", f, err)
		}
	}
	if code, _, errs := runCLI(t, dir, "batch", "--repos", "ok.txt", "--out", "out2"); code != 1 {
		t.Errorf("v1 uses found: exit %d, want 1\n%s", code, errs)
	}
	if code, _, _ := runCLI(t, dir, "batch", "--repos", "ok.txt", "--out", "out2", "--exit-zero"); code != 0 {
		t.Errorf("--exit-zero: exit %d", code)
	}
	if code, _, errs := runCLI(t, dir, "batch", "--repos", "clean.txt", "--out", "out3"); code != 0 {
		t.Errorf("nothing found: exit %d\n%s", code, errs)
	}
	if code, out, errs := runCLI(t, dir, "batch", "merge", "--out", "merged", "out2", "out3"); code != 1 || !strings.Contains(out, "2 repositories") {
		t.Errorf("merge: exit %d\n%s\n%s", code, out, errs)
	}

	for _, bad := range [][]string{
		{"batch", "--out", "x"},
		{"batch", "--repos", "ok.txt"},
		{"batch", "--repos", "ok.txt", "--out", "x", "--shard", "5/4"},
		{"batch", "--repos", "ok.txt", "--out", "x", "--shard", "4"}, // no JOB_COMPLETION_INDEX
		{"batch", "--repos", "ok.txt", "--out", "x", "--branch", "-f"},
		{"batch", "--repos", "ok.txt", "--out", "x", "--branch", "a..b"},
		{"batch", "--repos", "ok.txt", "--out", "x", "--jobs", "0"},
		{"batch", "--repos", "missing.txt", "--out", "x"},
		{"batch", "merge", "--out", "m", "no-such-dir"},
		{"batch", "merge", "out"},
	} {
		if code, _, errs := runCLI(t, dir, bad...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", bad, code, errs)
		}
	}
}

// commandLines finds the kobolint command lines of a shell script.
func commandLines(script string) [][]string {
	var out [][]string
	for _, line := range strings.Split(script, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "kobolint ") {
			out = append(out, strings.Fields(line)[1:])
		}
	}
	return out
}

// parses checks that args are a kobolint command line: a known command
// with flags it has.
func parses(t *testing.T, where string, args []string) {
	t.Helper()
	cmd, rest, err := newRoot().Find(args)
	if err != nil || cmd.Name() == "kobolint" {
		t.Errorf("%s: %v is no kobolint command (%v)", where, args, err)
		return
	}
	if err := cmd.ParseFlags(rest); err != nil {
		t.Errorf("%s: kobolint %s: %v", where, strings.Join(args, " "), err)
		return
	}
	if err := cmd.ValidateArgs(cmd.Flags().Args()); err != nil {
		t.Errorf("%s: kobolint %s: %v", where, strings.Join(args, " "), err)
	}
}

// The deploy files run the commands this build has, with shard counts
// that agree with their matrix or Job.
func TestDeployFiles(t *testing.T) {
	data, err := os.ReadFile("../../deploy/github-actions/kobolint-campaign.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Jobs map[string]struct {
			Container struct{ Image string } `yaml:"container"`
			Strategy  struct {
				Matrix struct{ Shard []int } `yaml:"matrix"`
			} `yaml:"strategy"`
			Steps []struct {
				Run string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	shards := wf.Jobs["shard"].Strategy.Matrix.Shard
	if len(shards) < 2 {
		t.Fatalf("no shard matrix: %+v", wf.Jobs["shard"])
	}
	for i, k := range shards {
		if k != i+1 {
			t.Errorf("matrix shard %d is %d: want 1..N", i, k)
		}
	}
	var batchRuns, merges int
	for name, job := range wf.Jobs {
		if job.Container.Image == "" {
			t.Errorf("job %s does not run in the kobolint image", name)
		}
		for _, step := range job.Steps {
			script := strings.ReplaceAll(step.Run, "${{ matrix.shard }}", "1")
			script = strings.ReplaceAll(script, "${{ strategy.job-total }}", itoa(len(shards)))
			if strings.Contains(script, "${{") {
				t.Errorf("job %s: an expression this test does not know: %s", name, script)
			}
			for _, args := range commandLines(script) {
				parses(t, "workflow job "+name, args)
				switch {
				case len(args) > 1 && args[0] == "batch" && args[1] == "merge":
					merges++
				case args[0] == "batch":
					batchRuns++
					if !strings.Contains(strings.Join(args, " "), "--shard 1/"+itoa(len(shards))) {
						t.Errorf("workflow batch without the matrix's shard: %v", args)
					}
				}
			}
		}
	}
	if batchRuns != 1 || merges != 1 {
		t.Errorf("workflow: %d batch runs and %d merges, want 1 and 1", batchRuns, merges)
	}

	// Kubernetes: an Indexed Job whose completions are the shard count
	for _, f := range []string{"campaign-job.yaml", "merge-job.yaml"} {
		data, err := os.ReadFile("../../deploy/kubernetes/" + f)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(strings.NewReader(string(data)))
		jobs := 0
		for {
			var doc struct {
				Kind string
				Spec struct {
					CompletionMode string `yaml:"completionMode"`
					Completions    int
					Template       struct {
						Spec struct {
							Containers []struct {
								Image   string
								Command []string
								Args    []string
							}
						}
					}
				}
			}
			if err := dec.Decode(&doc); err != nil {
				break
			}
			if doc.Kind != "Job" {
				continue
			}
			jobs++
			c := doc.Spec.Template.Spec.Containers[0]
			if c.Image == "" {
				t.Errorf("%s: no image", f)
			}
			if len(c.Command) == 3 && c.Command[0] == "sh" {
				for _, args := range commandLines(c.Command[2]) {
					parses(t, f, args)
				}
				continue
			}
			parses(t, f, c.Args)
			if doc.Spec.CompletionMode != "Indexed" {
				t.Errorf("%s: not an Indexed Job", f)
			}
			joined := strings.Join(c.Args, " ")
			if !strings.Contains(joined, "--shard "+itoa(doc.Spec.Completions)+" ") {
				t.Errorf("%s: --shard does not take the Job's %d completions: %s", f, doc.Spec.Completions, joined)
			}
		}
		if jobs != 1 {
			t.Errorf("%s: %d Jobs", f, jobs)
		}
	}

	// the image: two stages, git in the runtime one, kobolint as entry point
	df, err := os.ReadFile("../../deploy/Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	stages := regexp.MustCompile(`(?m)^FROM `).FindAllIndex(df, -1)
	if len(stages) != 2 {
		t.Fatalf("Dockerfile: %d stages, want 2", len(stages))
	}
	runtime := string(df[stages[1][0]:])
	for _, want := range []string{"install", " git ", "COPY --from=build", `ENTRYPOINT ["kobolint"]`} {
		if !strings.Contains(runtime, want) {
			t.Errorf("Dockerfile's runtime stage lacks %q", want)
		}
	}
	if !strings.Contains(string(df[:stages[1][0]]), "./cmd/kobolint") {
		t.Error("Dockerfile does not build ./cmd/kobolint")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
