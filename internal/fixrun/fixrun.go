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
// Fixes the engine linked (finding.Link.Group) are applied together: a
// group is skipped whole when one of its edits cannot be applied or one of
// its members is filtered out of view.
func Run(first *engine.Result, paths []string, opts engine.Options, unsafe bool, filter Filter) (*Result, error) {
	if filter == nil {
		filter = func(f []finding.Finding) []finding.Finding { return f }
	}
	overlay := map[string][]byte{}
	originals := map[string][]byte{}
	applied := map[string]int{}
	cur := first
	current := filter(first.Findings)
	hidden := hiddenGroups(first.Findings, current)
	res := &Result{Converged: true}
	for round := 0; ; round++ {
		changed := false
		plan := planFixes(current, unsafe, hidden)
		outs := map[string][]byte{}
		done := map[string]int{}
		for {
			skip := map[string]bool{}
			for path, fixes := range plan.byFile {
				src, ok := overlay[path]
				if !ok {
					src = cur.Sources[path]
				}
				if src == nil {
					continue
				}
				out, ok2, rejected := fixers.Apply(src, fixes)
				for _, r := range rejected {
					if g := plan.group[r.ID]; g != "" {
						skip[g] = true
					}
				}
				outs[path], done[path] = out, len(ok2)
			}
			if len(skip) == 0 {
				break
			}
			// a group goes whole or not at all: drop it everywhere and
			// apply the rest again
			plan.drop(skip)
		}
		for path, out := range outs {
			src, ok := overlay[path]
			if !ok {
				src = cur.Sources[path]
				if _, seen := originals[path]; !seen {
					originals[path] = src
				}
			}
			if bytes.Equal(out, src) {
				continue
			}
			overlay[path] = out
			applied[path] += done[path]
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
		hidden = hiddenGroups(next.Findings, current)
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

// plan is the fixes of one round by file, and the group of each fix.
type plan struct {
	byFile map[string][]fixers.Fix
	group  map[string]string // fix ID -> group ("" for none)
}

// drop removes the fixes of the given groups from every file.
func (p *plan) drop(groups map[string]bool) {
	for path, fixes := range p.byFile {
		kept := fixes[:0]
		for _, fx := range fixes {
			if !groups[p.group[fx.ID]] {
				kept = append(kept, fx)
			}
		}
		p.byFile[path] = kept
	}
}

// hiddenGroups are the groups with a fixable member that the filter
// (--select, --ignore, --baseline) took out of view: applying the rest of
// such a group would leave half a migration.
func hiddenGroups(all, shown []finding.Finding) map[string]bool {
	type at struct {
		path  string
		start int
		rule  string
	}
	vis := map[at]bool{}
	for _, f := range shown {
		vis[at{f.Path, f.Start, f.Rule}] = true
	}
	var out map[string]bool
	for _, f := range all {
		if f.Link == nil || f.Link.Group == "" || len(f.Fix.Edits) == 0 || vis[at{f.Path, f.Start, f.Rule}] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[f.Link.Group] = true
	}
	return out
}

// planFixes groups the fixes the user allows by file; the edits of one
// group in one file form a single fix, applied whole or not at all.
func planFixes(fs []finding.Finding, unsafe bool, hidden map[string]bool) *plan {
	p := &plan{byFile: map[string][]fixers.Fix{}, group: map[string]string{}}
	at := map[string]int{} // path + group -> index in byFile[path]
	for i, fd := range fs {
		if len(fd.Fix.Edits) == 0 {
			continue
		}
		if fd.Fix.Safety != fixers.SafetySafe && (fd.Fix.Safety != fixers.SafetyUnsafe || !unsafe) {
			continue
		}
		g := ""
		if fd.Link != nil {
			g = fd.Link.Group
		}
		if hidden[g] {
			continue
		}
		edits := make([]fixers.Edit, 0, len(fd.Fix.Edits))
		for _, e := range fd.Fix.Edits {
			edits = append(edits, fixers.Edit{Start: e.Start, End: e.End, NewText: e.NewText})
		}
		if g != "" {
			if k, ok := at[fd.Path+"\x00"+g]; ok {
				fx := &p.byFile[fd.Path][k]
				fx.Edits = append(fx.Edits, edits...)
				continue
			}
			at[fd.Path+"\x00"+g] = len(p.byFile[fd.Path])
		}
		id := fmt.Sprintf("%s@%s:%d:%d#%d", fd.Rule, fd.Path, fd.Line, fd.Column, i)
		p.group[id] = g
		p.byFile[fd.Path] = append(p.byFile[fd.Path], fixers.Fix{ID: id, Safety: fd.Fix.Safety, Edits: edits})
	}
	return p
}
