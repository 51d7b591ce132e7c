// Package fixrun computes the fixes of a whole run to a fixpoint, in memory:
// apply the selected edits, re-analyse the fixed content (through the
// engine's overlay, so definitions still cross files), and repeat until
// nothing changes. The CLI writes or diffs the result; tests compare it with
// golden files.
package fixrun

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/kobolint/kobolint/fixers"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
)

// MaxRounds bounds the loop; fixes rejected for overlapping an applied one
// are found again on the new text in the next round.
const MaxRounds = 5

// Change is one file the fixes changed.
type Change struct {
	Path     string
	Old, New []byte
	Applied  int
}

// Result is the outcome of fixing a run.
type Result struct {
	Changes []Change
	// Remaining are the findings of the last analysis (after the fixes).
	Remaining []finding.Finding
	// Converged is false when MaxRounds were used and fixes still applied.
	Converged bool
}

// Filter narrows a run's findings (--select, --ignore, --baseline).
type Filter func([]finding.Finding) []finding.Finding

// Run fixes the findings of first (a finished engine run over paths).
func Run(first *engine.Result, paths []string, opts engine.Options, unsafe bool, filter Filter) (*Result, error) {
	if filter == nil {
		filter = func(f []finding.Finding) []finding.Finding { return f }
	}
	overlay := map[string][]byte{}
	originals := map[string][]byte{}
	applied := map[string]int{}
	cur := first
	current := filter(first.Findings)
	res := &Result{Converged: true}
	for round := 0; ; round++ {
		changed := false
		for path, fixes := range byFile(current, unsafe) {
			src, ok := overlay[path]
			if !ok {
				src = cur.Sources[path]
				if src == nil {
					continue
				}
				originals[path] = src
			}
			out, done, _ := fixers.Apply(src, fixes)
			if bytes.Equal(out, src) {
				continue
			}
			overlay[path] = out
			applied[path] += len(done)
			changed = true
		}
		if !changed {
			break
		}
		if round == MaxRounds {
			res.Converged = false
			break
		}
		o := opts
		// the caller's overlay (a buffer read from stdin) under the fixes
		o.Overlay = make(map[string][]byte, len(opts.Overlay)+len(overlay))
		for p, src := range opts.Overlay {
			o.Overlay[p] = src
		}
		for p, src := range overlay {
			o.Overlay[p] = src
		}
		next, err := engine.Run(paths, o)
		if err != nil {
			return nil, err
		}
		cur = next
		current = filter(next.Findings)
	}
	for path, out := range overlay {
		if !bytes.Equal(out, originals[path]) {
			res.Changes = append(res.Changes, Change{Path: path, Old: originals[path], New: out, Applied: applied[path]})
		}
	}
	sort.Slice(res.Changes, func(i, j int) bool { return res.Changes[i].Path < res.Changes[j].Path })
	res.Remaining = current
	return res, nil
}

// byFile groups the fixes the user allows by file.
func byFile(fs []finding.Finding, unsafe bool) map[string][]fixers.Fix {
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
