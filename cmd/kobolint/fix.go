package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/kobolint/kobolint/fixers"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
)

// maxFixRounds bounds the fix loop: each round re-analyses the fixed content
// (fixes that overlapped an applied one are found again on the new text),
// until nothing changes.
const maxFixRounds = 5

// fixOutcome is what the fix loop did to one file.
type fixOutcome struct {
	path     string
	old, new []byte
	applied  int
}

// runFixes computes the fixes of a run to a fixpoint, in memory, then prints
// them as a diff (--diff) or writes them (--fix). It returns the findings
// left after fixing, and whether any file changed.
func runFixes(w io.Writer, res *engine.Result, fs []finding.Finding, f *checkFlags, opts engine.Options, args []string) ([]finding.Finding, bool, error) {
	overlay := map[string][]byte{}
	originals := map[string][]byte{}
	appliedCount := map[string]int{}
	current, cur := fs, res
	for round := 0; round < maxFixRounds; round++ {
		changed := false
		for path, fixes := range fixesByFile(current, f.unsafeFixes) {
			src, ok := overlay[path]
			if !ok {
				src = cur.Sources[path]
				if src == nil {
					continue
				}
				originals[path] = src
			}
			out, applied, _ := fixers.Apply(src, fixes)
			if len(applied) == 0 || string(out) == string(src) {
				continue
			}
			overlay[path] = out
			appliedCount[path] += len(applied)
			changed = true
		}
		if !changed {
			break
		}
		o := opts
		o.Overlay = overlay
		next, err := engine.Run(args, o)
		if err != nil {
			return nil, false, err
		}
		cur = next
		current = filterLike(next.Findings, f)
	}
	var outcomes []fixOutcome
	for path, out := range overlay {
		if string(out) != string(originals[path]) {
			outcomes = append(outcomes, fixOutcome{path: path, old: originals[path], new: out, applied: appliedCount[path]})
		}
	}
	sort.Slice(outcomes, func(i, j int) bool { return outcomes[i].path < outcomes[j].path })
	if f.diff {
		var changes []fixers.FileChange
		for _, o := range outcomes {
			changes = append(changes, fixers.FileChange{Path: o.path, Old: o.old, New: o.new})
		}
		if err := fixers.WritePatch(w, changes); err != nil {
			return nil, false, err
		}
		return current, len(outcomes) > 0, nil
	}
	fixed := 0
	for _, o := range outcomes {
		if err := fixers.WriteAtomic(o.path, o.new, o.old); err != nil {
			fmt.Fprintf(stderr, "kobolint: %s: not fixed: %v\n", o.path, err)
			continue
		}
		fixed += o.applied
	}
	if f.format == "text" {
		fmt.Fprintf(w, "Fixed %d finding(s) in %d file(s); %d remain.\n", fixed, len(outcomes), len(current))
	}
	return current, len(outcomes) > 0, nil
}

// filterLike applies the same --select/--ignore/--baseline view to a re-run.
func filterLike(next []finding.Finding, f *checkFlags) []finding.Finding {
	out := filterRules(next, f.selectRules, f.ignoreRules)
	if f.baseline != "" {
		if b, err := applyBaseline(out, f.baseline); err == nil {
			out = b
		}
	}
	return out
}

// fixesByFile groups the selected fixes of findings by file.
func fixesByFile(fs []finding.Finding, unsafe bool) map[string][]fixers.Fix {
	by := map[string][]fixers.Fix{}
	for i, fd := range fs {
		if len(fd.Fix.Edits) == 0 {
			continue
		}
		if fd.Fix.Safety != fixers.SafetySafe && (fd.Fix.Safety != fixers.SafetyUnsafe || !unsafe) {
			continue
		}
		fx := fixers.Fix{ID: fmt.Sprintf("%s@%s:%d:%d#%d", fd.Rule, fd.Path, fd.Line, fd.Column, i), Safety: fd.Fix.Safety}
		for _, e := range fd.Fix.Edits {
			fx.Edits = append(fx.Edits, fixers.Edit{Start: e.Start, End: e.End, NewText: e.NewText})
		}
		by[fd.Path] = append(by[fd.Path], fx)
	}
	return by
}
