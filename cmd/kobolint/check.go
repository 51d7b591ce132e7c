package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/fatih/color"
	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/kobolint/kobolint/internal/config"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/report"
	"github.com/kobolint/kobolint/rules"
)

type checkFlags struct {
	format        string
	fix           bool
	unsafeFixes   bool
	diff          bool
	selectRules   []string
	ignoreRules   []string
	configPath    string
	baseline      string
	idMap         string
	jobs          int
	noColor       bool
	comments      bool
	exclude       []string
	noGitignore   bool
	history       bool
	exitZero      bool
	forceExclude  bool
	stdinFilename string
	reportUnused  bool
	cpuProfile    string
	memProfile    string
}

func (f *checkFlags) register(c *cobra.Command) {
	fl := c.Flags()
	fl.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.Formats(), ", "))
	fl.BoolVar(&f.fix, "fix", false, "apply safe fixes in place")
	fl.BoolVar(&f.unsafeFixes, "unsafe-fixes", false, "also apply unsafe fixes (with --fix or --diff)")
	fl.BoolVar(&f.diff, "diff", false, "print the fixes as a unified diff and write nothing")
	fl.StringSliceVar(&f.selectRules, "select", nil, "only these rule codes or prefixes (KB2,KB401)")
	fl.StringSliceVar(&f.ignoreRules, "ignore", nil, "skip these rule codes or prefixes")
	fl.StringVar(&f.configPath, "config", "", "config file for every path (default: the nearest "+config.FileName+" or pyproject.toml [tool.kobolint] of each file, up to its repository root)")
	fl.StringVar(&f.baseline, "baseline", "", "JSON report of accepted findings: only new ones count")
	fl.StringVar(&f.idMap, "id-map", "", "CSV of formid,uid pairs used to rewrite integer form ids")
	fl.IntVar(&f.jobs, "jobs", 0, "files analysed in parallel (default: number of CPUs)")
	fl.BoolVar(&f.noColor, "no-color", false, "plain text output (also NO_COLOR=1)")
	fl.BoolVar(&f.comments, "comments", false, "also report URLs in comments and docstrings (at info)")
	fl.StringSliceVar(&f.exclude, "exclude", nil, "glob of paths not to scan, relative to the current folder (repeatable)")
	fl.BoolVar(&f.noGitignore, "no-gitignore", false, "scan files that .gitignore excludes")
	fl.BoolVar(&f.history, "history", false, "scan CHANGELOG/HISTORY/NEWS files too")
	fl.BoolVar(&f.exitZero, "exit-zero", false, "exit 0 even when there are findings")
	fl.BoolVar(&f.forceExclude, "force-exclude", false, "files named as paths obey exclude, .gitignore and the history-file rule too (for pre-commit)")
	fl.StringVar(&f.stdinFilename, "stdin-filename", "", "read the file from stdin (path -) and judge it as this path")
	fl.BoolVar(&f.reportUnused, "report-unused-ignores", false, "report kobolint:ignore comments that suppress nothing (exit 1)")
	fl.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile to this file")
	_ = fl.MarkHidden("cpuprofile")
	fl.StringVar(&f.memProfile, "memprofile", "", "write the heap profile of the largest live heap of the run to this file")
	_ = fl.MarkHidden("memprofile")
}

// holdFindings makes check hold its findings and print them at the end,
// as --fix does, whatever the format (tests compare both ways).
var holdFindings = false

// usageError reports a mistake on the command line: exit 2.
func usageError(format string, args ...any) error {
	fmt.Fprintf(stderr, "kobolint: "+format+"\n", args...)
	return exitError{2}
}

func runCheck(cmd *cobra.Command, f *checkFlags, args []string) error {
	stdout := cmd.OutOrStdout()
	if f.cpuProfile != "" {
		pf, err := os.Create(f.cpuProfile)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	var heap *heapWatch
	if f.memProfile != "" {
		heap = watchHeap()
	}
	printer, err := report.Lookup(f.format)
	if err != nil {
		return usageError("%v", err)
	}
	stdin := f.stdinFilename != "" || len(args) == 1 && args[0] == "-"
	if stdin {
		switch {
		case f.stdinFilename == "":
			return usageError("reading the file from stdin (-) needs --stdin-filename PATH: the path tells its language and its settings")
		case len(args) > 1 || len(args) == 1 && args[0] != "-":
			return usageError("--stdin-filename reads one file from stdin: give no other path than -")
		}
	}
	table, err := rules.Load()
	if err != nil {
		return err
	}
	codes := ruleCodes(table)
	if err := checkSelectors(f, codes); err != nil {
		return usageError("%v", err)
	}
	if f.jobs > 0 {
		// --jobs bounds the whole process, as golangci-lint's --concurrency
		// does, not only the analysis pool
		runtime.GOMAXPROCS(f.jobs)
	}
	maker := newSettingsMaker(f, codes)
	opts := engine.Options{
		Table: table, Jobs: f.jobs, NoGitignore: f.noGitignore, History: f.history,
		ForceExclude: f.forceExclude, RepoContext: true, ReportUnused: f.reportUnused,
		// file contents are kept only for the fixers
		NoSources: !f.fix && !f.diff,
	}
	if f.configPath != "" {
		// one config for every path, as ruff's --config
		c, err := config.Read(f.configPath, codes)
		if err != nil {
			return usageError("%v", err)
		}
		if opts.Base, err = maker.make(c); err != nil {
			return usageError("%v", err)
		}
	} else {
		if opts.Base, err = maker.make(nil); err != nil {
			return usageError("%v", err)
		}
		opts.Configs = maker.find
	}
	// Without fixes, findings stream from the engine to the printer file
	// by file and are never all held (SARIF, whose header lists the rules
	// of all results, is printed from a held report).
	var view *streamView
	if !f.fix && !f.diff && !holdFindings {
		if view, err = newStreamView(stdout, f, table); err != nil {
			return usageError("%v", err)
		}
		if view != nil {
			opts.Sink = view.add
		}
	}
	var res *engine.Result
	var stdinSrc []byte
	if stdin {
		if stdinSrc, err = io.ReadAll(cmd.InOrStdin()); err != nil {
			return usageError("reading stdin: %v", err)
		}
		res, err = engine.CheckBuffer(f.stdinFilename, stdinSrc, opts)
		// the fixers judge the fixed buffer again as that path
		args = []string{f.stdinFilename}
		opts.Overlay = map[string][]byte{engine.DisplayPath(f.stdinFilename): stdinSrc}
	} else {
		res, err = engine.Run(args, opts)
	}
	if err != nil {
		return usageError("%v", err)
	}
	if heap != nil {
		if err := heap.write(f.memProfile); err != nil {
			fmt.Fprintln(stderr, "kobolint:", err)
		}
	}
	if view != nil {
		printProblems(res.Problems)
		if err := view.close(res); err != nil {
			return err
		}
		return finish(exitCode(view.failing, res.Problems, f, false))
	}
	fs, known, err := applyView(res.Findings, f, res)
	if err != nil {
		return usageError("%v", err)
	}
	problems := res.Problems
	changed := false
	if f.fix || f.diff {
		out := stdout
		if stdin && f.fix && !f.diff {
			// the fixed buffer is the output; the report goes to stderr
			out = stderr
		}
		var fixProblems []engine.Problem
		fs, changed, fixProblems, err = runFixes(stdout, out, res, fs, f, opts, args, stdinSrc)
		if err != nil {
			return usageError("%v", err)
		}
		problems = append(problems, fixProblems...)
		stdout = out
	}
	printProblems(problems)
	if f.diff {
		return finish(exitCode(false, problems, f, changed))
	}
	sum := report.NewSummary(fs, res.FilesScanned)
	sum.Baselined = known
	sum.Problems = countFailing(problems)
	if err := printReport(stdout, printer, f, newReport(res, fs, problems, sum, table)); err != nil {
		return err
	}
	return finish(exitCode(countsAsFailure(fs), problems, f, false))
}

// exitCode is the exit status of a check (see README, "Exit status"):
// 2 when kobolint could not do what it was asked (a path or file it
// cannot read, a file --fix cannot write, a suppression of an unknown
// rule), else 1 for findings that fail (not info), a file that does not
// parse, an unused suppression with --report-unused-ignores, or a
// non-empty --diff; --exit-zero turns 1 into 0 (but not a --diff's).
// failing: some finding counts as a failure (countsAsFailure).
func exitCode(failing bool, problems []engine.Problem, f *checkFlags, diffChanged bool) int {
	code := 0
	if failing && !f.exitZero {
		code = 1
	}
	for _, p := range problems {
		switch p.Kind {
		case engine.ReadError, engine.UnknownRule, engine.WriteError:
			return 2
		case engine.ParseError, engine.UnusedIgnore:
			if !f.exitZero {
				code = 1
			}
		}
	}
	if diffChanged {
		code = 1
	}
	return code
}

// countFailing counts the problems that make the exit status non-zero.
func countFailing(ps []engine.Problem) int {
	n := 0
	for _, p := range ps {
		switch p.Kind {
		case engine.ReadError, engine.UnknownRule, engine.WriteError, engine.ParseError, engine.UnusedIgnore:
			n++
		}
	}
	return n
}

// printProblems names each problem on stderr, with its weight.
func printProblems(ps []engine.Problem) {
	for _, p := range ps {
		fmt.Fprintf(stderr, "kobolint: %s: %s\n", p.Kind.Level(), p.String())
	}
}

func finish(code int) error {
	if code != 0 {
		return exitError{code}
	}
	return nil
}

// countsAsFailure: info findings are advice and do not fail a CI gate.
func countsAsFailure(fs []finding.Finding) bool {
	for _, f := range fs {
		if f.Severity != finding.Info {
			return true
		}
	}
	return false
}

func printReport(w io.Writer, p report.Printer, f *checkFlags, r *report.Report) error {
	setColor(w, f)
	return p.Print(w, r)
}

// setColor decides whether the text printer colours its output.
func setColor(w io.Writer, f *checkFlags) {
	color.NoColor = f.noColor || os.Getenv("NO_COLOR") != "" || !isTerminal(w)
}

// reportProblems turns the engine's problems into the report's.
func reportProblems(ps []engine.Problem) []report.Problem {
	out := make([]report.Problem, 0, len(ps))
	for _, p := range ps {
		out = append(out, report.Problem{Path: p.Path, Line: p.Line, Kind: string(p.Kind), Level: p.Kind.Level(), Message: p.Msg})
	}
	return out
}

func isTerminal(w io.Writer) bool {
	file, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(file.Fd()) || isatty.IsCygwinTerminal(file.Fd()))
}
