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
	format      string
	fix         bool
	unsafeFixes bool
	diff        bool
	selectRules []string
	ignoreRules []string
	configPath  string
	baseline    string
	idMap       string
	jobs        int
	noColor     bool
	comments    bool
	exclude     []string
	noGitignore bool
	history     bool
	exitZero    bool
	cpuProfile  string
	memProfile  string
}

func (f *checkFlags) register(c *cobra.Command) {
	fl := c.Flags()
	fl.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.Formats(), ", "))
	fl.BoolVar(&f.fix, "fix", false, "apply safe fixes in place")
	fl.BoolVar(&f.unsafeFixes, "unsafe-fixes", false, "also apply unsafe fixes (with --fix or --diff)")
	fl.BoolVar(&f.diff, "diff", false, "print the fixes as a unified diff and write nothing")
	fl.StringSliceVar(&f.selectRules, "select", nil, "only these rule codes or prefixes (KB2,KB401)")
	fl.StringSliceVar(&f.ignoreRules, "ignore", nil, "skip these rule codes or prefixes")
	fl.StringVar(&f.configPath, "config", "", "config file (default: ./"+config.FileName+" if present)")
	fl.StringVar(&f.baseline, "baseline", "", "JSON report of accepted findings: only new ones count")
	fl.StringVar(&f.idMap, "id-map", "", "CSV of formid,uid pairs used to rewrite integer form ids")
	fl.IntVar(&f.jobs, "jobs", 0, "files analysed in parallel (default: number of CPUs)")
	fl.BoolVar(&f.noColor, "no-color", false, "plain text output (also NO_COLOR=1)")
	fl.BoolVar(&f.comments, "comments", false, "also report URLs in comments and docstrings (at info)")
	fl.StringSliceVar(&f.exclude, "exclude", nil, "glob of paths not to scan (repeatable)")
	fl.BoolVar(&f.noGitignore, "no-gitignore", false, "scan files that .gitignore excludes")
	fl.BoolVar(&f.history, "history", false, "scan CHANGELOG/HISTORY/NEWS files too")
	fl.BoolVar(&f.exitZero, "exit-zero", false, "exit 0 even when there are findings")
	fl.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile to this file")
	_ = fl.MarkHidden("cpuprofile")
	fl.StringVar(&f.memProfile, "memprofile", "", "write a heap profile to this file after the run")
	_ = fl.MarkHidden("memprofile")
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
	if f.memProfile != "" {
		runtime.MemProfileRate = 4096 // finer than the default, for a readable profile
	}
	printer, err := report.Lookup(f.format)
	if err != nil {
		fmt.Fprintln(stderr, "kobolint:", err)
		return exitError{2}
	}
	cfgPath, explicit := f.configPath, f.configPath != ""
	if !explicit {
		cfgPath = config.FileName
	}
	cfg, err := config.Load(cfgPath, explicit)
	if err != nil {
		fmt.Fprintln(stderr, "kobolint:", err)
		return exitError{2}
	}
	table, err := rules.Load()
	if err != nil {
		return err
	}
	table.ExtraKoboCAT = map[string]string{}
	table.ExtraKPI = map[string]bool{}
	var markers []string
	for h, v := range cfg.Hosts.KoboCAT {
		table.ExtraKoboCAT[strings.ToLower(h)] = strings.ToLower(v)
		markers = append(markers, strings.ToLower(h))
	}
	for _, h := range cfg.Hosts.KPI {
		table.ExtraKPI[strings.ToLower(h)] = true
		markers = append(markers, strings.ToLower(h))
	}
	opts := engine.Options{
		Table: table, Jobs: f.jobs, Comments: f.comments || cfg.Comments,
		Excludes:    append(append([]string{}, cfg.Exclude...), f.exclude...),
		NoGitignore: f.noGitignore, History: f.history, ExtraMarkers: markers,
		// file contents are kept only for the fixers
		NoSources: !f.fix && !f.diff,
	}
	if f.jobs > 0 {
		// --jobs bounds the whole process, as golangci-lint's --concurrency
		// does, not only the analysis pool
		runtime.GOMAXPROCS(f.jobs)
	}
	idPath := f.idMap
	if idPath == "" {
		idPath = cfg.IDMap
	}
	if idPath != "" {
		m, err := config.LoadIDMap(idPath)
		if err != nil {
			fmt.Fprintln(stderr, "kobolint:", err)
			return exitError{2}
		}
		opts.IDMap = m
	}
	res, err := engine.Run(args, opts)
	if err != nil {
		fmt.Fprintln(stderr, "kobolint:", err)
		return exitError{2}
	}
	if f.memProfile != "" {
		if err := writeHeapProfile(f.memProfile); err != nil {
			fmt.Fprintln(stderr, "kobolint:", err)
		}
	}
	ioErr := false
	for _, p := range res.Problems {
		fmt.Fprintln(stderr, "kobolint:", p.String())
		if p.IO {
			ioErr = true
		}
	}
	f.selectRules = append(f.selectRules, cfg.Select...)
	f.ignoreRules = append(f.ignoreRules, cfg.Ignore...)
	fs, known, err := applyView(res.Findings, f)
	if err != nil {
		fmt.Fprintln(stderr, "kobolint:", err)
		return exitError{2}
	}
	code := 0
	if f.fix || f.diff {
		remaining, changed, err := runFixes(stdout, res, f, opts, args)
		if err != nil {
			fmt.Fprintln(stderr, "kobolint:", err)
			return exitError{2}
		}
		fs = remaining
		if f.diff && changed {
			code = 1
		}
		if f.diff {
			return finish(code, ioErr)
		}
	}
	sum := report.NewSummary(fs, res.FilesScanned)
	sum.Baselined = known
	if err := printReport(stdout, printer, f, newReport(res, fs, sum, table)); err != nil {
		return err
	}
	if countsAsFailure(fs) && !f.exitZero {
		code = 1
	}
	return finish(code, ioErr)
}

func finish(code int, ioErr bool) error {
	if ioErr {
		return exitError{2}
	}
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
	color.NoColor = f.noColor || os.Getenv("NO_COLOR") != "" || !isTerminal(w)
	return p.Print(w, r)
}

func isTerminal(w io.Writer) bool {
	file, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(file.Fd()) || isatty.IsCygwinTerminal(file.Fd()))
}

// filterRules applies --select and --ignore (codes or prefixes).
func filterRules(fs []finding.Finding, sel, ign []string) []finding.Finding {
	match := func(code string, list []string) bool {
		for _, p := range list {
			p = strings.ToUpper(strings.TrimSpace(p))
			if p != "" && strings.HasPrefix(code, p) {
				return true
			}
		}
		return false
	}
	out := fs[:0:0]
	for _, f := range fs {
		if len(sel) > 0 && !match(f.Rule, sel) {
			continue
		}
		if match(f.Rule, ign) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// writeHeapProfile writes what is live once the scan is done (the
// findings and whatever else is still held), for memory work.
func writeHeapProfile(path string) error {
	pf, err := os.Create(path)
	if err != nil {
		return err
	}
	defer pf.Close()
	runtime.GC()
	return pprof.WriteHeapProfile(pf)
}
