package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kobolint/kobolint/internal/batch"
)

type batchFlags struct {
	repos       string
	out         string
	unsafeFixes bool
	idMap       string
	jobs        int
	timeout     time.Duration
	force       bool
	shard       string
	branch      string
	clones      string
	exitZero    bool
	noProgress  bool
}

// newBatchCmd is `kobolint batch` (a campaign over many repositories) and
// `kobolint batch merge` (join the outputs of its shards). The work is in
// internal/batch; this file only reads flags and maps outcomes to exit
// codes.
func newBatchCmd() *cobra.Command {
	f := &batchFlags{}
	cmd := &cobra.Command{
		Use:   "batch --repos FILE --out DIR",
		Short: "Scan and fix many repositories: a patch per repository and a campaign report",
		Long: `kobolint batch clones each repository of a list shallowly (or opens a local one in
place), scans and fixes it with its own .kobolint.yml, and writes in DIR:
  NAME.patch   the fixes as a git format-patch mail (apply with git am)
  NAME.json    the repository's findings (the JSON report of kobolint check)
  report.json, report.md, report.html   the campaign's report
  batch.log    a line per repository; results.jsonl: what reruns need

The list has one git URL or local path a line (optional @branch, # comments),
or is the JSON of "gh repo list ORG --json url,name" or of GitLab's project list.
A rerun skips repositories whose results are current (same commit, same
settings) unless --force. --shard K/N takes a stable share of the list, so that
N jobs (a CI matrix, a Kubernetes Indexed Job) split it; "kobolint batch merge"
joins their folders.

Exit status: 0 no v1 API use, 1 v1 API uses found (patches written), 2 usage
error or a repository that could not be cloned or scanned (the others are done).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBatch(cmd, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.repos, "repos", "", "file listing the repositories (text, or gh/GitLab JSON)")
	fl.StringVar(&f.out, "out", "", "folder for patches, JSON reports and the campaign report")
	fl.BoolVar(&f.unsafeFixes, "unsafe-fixes", false, "also apply unsafe fixes")
	fl.StringVar(&f.idMap, "id-map", "", "CSV of formid,uid pairs for every repository")
	fl.IntVar(&f.jobs, "jobs", 4, "repositories handled at once")
	fl.DurationVar(&f.timeout, "timeout", 10*time.Minute, "time allowed to each repository (clone, scan, patch)")
	fl.BoolVar(&f.force, "force", false, "redo repositories whose results are current")
	fl.StringVar(&f.shard, "shard", "", "do shard K of N (K/N, 1-based); N alone takes K from JOB_COMPLETION_INDEX")
	fl.StringVar(&f.branch, "branch", "", "commit the fixes on this new branch in each repository (clones are kept)")
	fl.StringVar(&f.clones, "clones", "", "keep the clones in this folder (default with --branch: DIR/clones)")
	fl.BoolVar(&f.exitZero, "exit-zero", false, "exit 0 even when v1 API uses were found")
	fl.BoolVar(&f.noProgress, "no-progress", false, "plain lines instead of a progress bar on a terminal")
	cmd.AddCommand(newBatchMergeCmd())
	return cmd
}

func runBatch(cmd *cobra.Command, f *batchFlags) error {
	usage := func(format string, a ...any) error {
		fmt.Fprintf(stderr, "kobolint batch: "+format+"\n", a...)
		return exitError{2}
	}
	if f.repos == "" || f.out == "" {
		return usage("--repos FILE and --out DIR are required")
	}
	if f.jobs < 1 {
		return usage("--jobs %d: want at least 1", f.jobs)
	}
	if f.timeout <= 0 {
		return usage("--timeout %s: want a positive duration", f.timeout)
	}
	shard, err := batch.ParseShard(f.shard, os.Getenv)
	if err != nil {
		return usage("%v", err)
	}
	if f.branch != "" {
		if err := checkBranchName(f.branch); err != nil {
			return usage("%v", err)
		}
		if f.clones == "" {
			f.clones = f.out + string(os.PathSeparator) + "clones"
		}
	}
	if _, err := exec.LookPath("git"); err != nil {
		return usage("git is needed to clone repositories and make patches: %v", err)
	}
	settings, err := batch.NewSettings(version, f.unsafeFixes, f.idMap, f.branch)
	if err != nil {
		return usage("%v", err)
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
	defer stop()
	rep, err := batch.Run(ctx, batch.Options{
		List: f.repos, Out: f.out, Settings: settings, Jobs: f.jobs, Timeout: f.timeout,
		Force: f.force, Shard: shard, Clones: f.clones,
		Log: stderr, Terminal: !f.noProgress && isTerminal(stderr),
	})
	if err != nil {
		fmt.Fprintln(stderr, "kobolint batch:", err)
		return exitError{2}
	}
	fmt.Fprintln(cmd.OutOrStdout(), rep.Summary())
	fmt.Fprintf(cmd.OutOrStdout(), "Report: %s\n", f.out+string(os.PathSeparator)+"report.html")
	return finishCode(rep.ExitCode(f.exitZero))
}

// checkBranchName asks git whether NAME can be a branch (and refuses what
// it would read as an option).
func checkBranchName(name string) error {
	if strings.HasPrefix(name, "-") {
		return fmt.Errorf("--branch %q: a branch name cannot start with '-'", name)
	}
	out, err := exec.Command("git", "check-ref-format", "--branch", name).CombinedOutput()
	if err != nil {
		return fmt.Errorf("--branch %q is not a valid branch name (%s)", name, strings.TrimSpace(string(out)))
	}
	return nil
}

func finishCode(code int) error {
	if code != 0 {
		return exitError{code}
	}
	return nil
}

func newBatchMergeCmd() *cobra.Command {
	var out string
	var exitZero bool
	cmd := &cobra.Command{
		Use:   "merge --out DIR SHARD_DIR...",
		Short: "Join the outputs of a campaign's shards into one report",
		Long: `kobolint batch merge reads the report.json of each folder (the --out of each
"kobolint batch --shard K/N" job), copies their patches and JSON reports into DIR
and writes one report.json, report.md and report.html there: the report one
unsharded run would have written. Reports made with other settings, a repository
or a shard given twice are errors; a missing shard makes the report say so and
the exit status 2.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, dirs []string) error {
			if out == "" {
				fmt.Fprintln(stderr, "kobolint batch merge: --out DIR is required")
				return exitError{2}
			}
			rep, err := batch.Merge(dirs, out)
			if err != nil {
				fmt.Fprintln(stderr, "kobolint batch", err)
				return exitError{2}
			}
			if rep.Incomplete != "" {
				fmt.Fprintln(stderr, "kobolint batch merge: incomplete:", rep.Incomplete)
			}
			fmt.Fprintln(cmd.OutOrStdout(), rep.Summary())
			fmt.Fprintf(cmd.OutOrStdout(), "Report: %s\n", out+string(os.PathSeparator)+"report.html")
			return finishCode(rep.ExitCode(exitZero))
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "folder for the merged report")
	cmd.Flags().BoolVar(&exitZero, "exit-zero", false, "exit 0 even when v1 API uses were found")
	return cmd
}
