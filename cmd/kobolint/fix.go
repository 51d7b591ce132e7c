package main

import (
	"fmt"
	"io"

	"github.com/kobolint/kobolint/fixers"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/fixrun"
)

// runFixes computes the fixes to a fixpoint in memory, then prints them as a
// patch (--diff) or writes them atomically (--fix). It returns the findings
// that remain and whether any file changed.
func runFixes(w io.Writer, res *engine.Result, f *checkFlags, opts engine.Options, args []string) ([]finding.Finding, bool, error) {
	out, err := fixrun.Run(res, args, opts, f.unsafeFixes, func(fs []finding.Finding) []finding.Finding {
		return filterLike(fs, f)
	})
	if err != nil {
		return nil, false, err
	}
	if !out.Converged {
		fmt.Fprintf(stderr, "kobolint: fixes still changed files after %d rounds; run again and check the result\n", fixrun.MaxRounds)
	}
	if f.diff {
		changes := make([]fixers.FileChange, 0, len(out.Changes))
		for _, c := range out.Changes {
			changes = append(changes, fixers.FileChange{Path: c.Path, Old: c.Old, New: c.New})
		}
		if err := fixers.WritePatch(w, changes); err != nil {
			return nil, false, err
		}
		return out.Remaining, len(out.Changes) > 0, nil
	}
	fixed, files := 0, 0
	for _, c := range out.Changes {
		if err := fixers.WriteAtomic(c.Path, c.New, c.Old); err != nil {
			fmt.Fprintf(stderr, "kobolint: %s: not fixed: %v\n", c.Path, err)
			continue
		}
		fixed += c.Applied
		files++
	}
	if f.format == "text" {
		fmt.Fprintf(w, "Fixed %d finding(s) in %d file(s); %d remain.\n", fixed, files, len(out.Remaining))
	}
	return out.Remaining, len(out.Changes) > 0, nil
}

// filterLike applies the --select/--ignore/--baseline view to a re-run;
// the baseline was read without error for the first run.
func filterLike(next []finding.Finding, f *checkFlags) []finding.Finding {
	out, _, err := applyView(next, f)
	if err != nil {
		return filterRules(next, f.selectRules, f.ignoreRules)
	}
	return out
}

// applyView keeps the findings the user asked to see: --select and
// --ignore, then the ones not in the --baseline (known counts those).
func applyView(fs []finding.Finding, f *checkFlags) (out []finding.Finding, known int, err error) {
	out = filterRules(fs, f.selectRules, f.ignoreRules)
	if f.baseline == "" {
		return out, 0, nil
	}
	before := len(out)
	out, err = applyBaseline(out, f.baseline)
	return out, before - len(out), err
}
