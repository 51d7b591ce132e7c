package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/kobolint/kobolint/fixers"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/fixrun"
)

// runFixes computes the fixes to a fixpoint in memory, then prints them as a
// patch (--diff), prints the fixed buffer (--fix on stdin), or writes them
// atomically (--fix). It returns the findings that remain (with those of
// the files that could not be written, which stay unfixed), whether any
// file changed, and a problem for each file that could not be written.
// stdout gets patches and fixed buffers, w the summary line.
func runFixes(stdout, w io.Writer, res *engine.Result, first []finding.Finding, f *checkFlags, opts engine.Options, args []string, stdinSrc []byte) ([]finding.Finding, bool, []engine.Problem, error) {
	out, err := fixrun.Run(res, args, opts, f.unsafeFixes, func(fs []finding.Finding) []finding.Finding {
		return filterLike(fs, f, res)
	})
	if err != nil {
		return nil, false, nil, err
	}
	if !out.Converged {
		fmt.Fprintf(stderr, "kobolint: fixes still changed files after %d rounds; run again and check the result\n", fixrun.MaxRounds)
	}
	changed := len(out.Changes) > 0
	if f.diff {
		if err := writePatches(stdout, out.Changes, res.Repos); err != nil {
			return nil, false, nil, err
		}
		return out.Remaining, changed, nil, nil
	}
	if stdinSrc != nil {
		// the buffer, fixed or not, is the output, as ruff does
		buf := stdinSrc
		for _, c := range out.Changes {
			buf = c.New
		}
		_, err := stdout.Write(buf)
		return out.Remaining, changed, nil, err
	}
	fixed, files := 0, 0
	var problems []engine.Problem
	failed := map[string]bool{}
	for _, c := range out.Changes {
		if err := fixers.WriteAtomic(c.Path, c.New, c.Old); err != nil {
			failed[c.Path] = true
			problems = append(problems, engine.Problem{Path: c.Path, Kind: engine.WriteError, Msg: "not fixed: " + err.Error()})
			continue
		}
		fixed += c.Applied
		files++
	}
	remaining := out.Remaining
	if len(failed) > 0 {
		// what is on disk is still the first run's text: its findings stand
		remaining = remaining[:0:0]
		for _, fd := range out.Remaining {
			if !failed[fd.Path] {
				remaining = append(remaining, fd)
			}
		}
		for _, fd := range first {
			if failed[fd.Path] {
				remaining = append(remaining, fd)
			}
		}
		finding.Sort(remaining)
	}
	if f.format == "text" {
		fmt.Fprintf(w, "Fixed %d finding(s) in %d file(s); %d remain.\n", fixed, files, len(remaining))
	}
	return remaining, files > 0, problems, nil
}

// writePatches prints the changes as patches with paths relative to each
// file's repository root, so that `git -C REPO apply` takes them. When the
// root is not the working directory, or the run spans several
// repositories, each repository's part starts with a comment line naming
// it (git apply skips such lines).
func writePatches(w io.Writer, changes []fixrun.Change, repos map[string]string) error {
	groups := map[string][]fixers.FileChange{}
	for _, c := range changes {
		root := repos[c.Path]
		groups[root] = append(groups[root], fixers.FileChange{Path: repoRel(c.Path, root), Old: c.Old, New: c.New})
	}
	roots := make([]string, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		if r != "" && (r != "." || len(roots) > 1) {
			fmt.Fprintf(w, "# kobolint: repository %s (apply with: git -C %s apply)\n", r, r)
		}
		if err := fixers.WritePatch(w, groups[r]); err != nil {
			return err
		}
	}
	return nil
}

// filterLike applies the view of the first run to a re-run (its files
// and their settings are the first run's); the baseline was read without
// error for the first run.
func filterLike(next []finding.Finding, f *checkFlags, first *engine.Result) []finding.Finding {
	out, _, err := applyView(next, f, first)
	if err != nil {
		return selected(next, first)
	}
	return out
}

// applyView keeps the findings the user asked to see: those whose rule
// the settings of their file select (each config's select and ignore,
// with --select and --ignore), then those not in the --baseline (known
// counts these).
func applyView(fs []finding.Finding, f *checkFlags, res *engine.Result) (out []finding.Finding, known int, err error) {
	out = selected(fs, res)
	if f.baseline == "" {
		return out, 0, nil
	}
	before := len(out)
	out, err = applyBaseline(out, f.baseline, res.Repos)
	return out, before - len(out), err
}

func selected(fs []finding.Finding, res *engine.Result) []finding.Finding {
	out := fs[:0:0]
	for i := range fs {
		if res.Selected(&fs[i]) {
			out = append(out, fs[i])
		}
	}
	return out
}
