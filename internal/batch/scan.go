package batch

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/fixers"
	"github.com/kobolint/kobolint/internal/config"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/fixrun"
	"github.com/kobolint/kobolint/internal/lang"
	"github.com/kobolint/kobolint/rules"
)

// scanned is a repository's scan and fixes, paths relative to its root.
type scanned struct {
	FilesScanned int
	Before       []finding.Finding // what the scan found
	Remaining    []finding.Finding // what is left after the fixes
	Changes      []fixrun.Change   // Path relative to the root
	Problems     []engine.Problem  // files that could not be read or parsed, paths relative to the root
	Converged    bool
}

// scanRepo scans the folder root (absolute) with the repository's own
// config files (.kobolint.yml or pyproject.toml's [tool.kobolint], per
// folder, as check finds them) and computes the fixes in memory, as
// `kobolint check --fix` would there. The campaign's --id-map wins over a
// config's id_map.
func scanRepo(root string, s *Settings, jobs int) (*scanned, error) {
	table, err := rules.Load()
	if err != nil {
		return nil, err
	}
	var codes []string
	for _, r := range table.Rules() {
		codes = append(codes, strings.ToUpper(r.Code))
	}
	opts := engine.Options{
		Table: table, Jobs: jobs,
		Base: &engine.Settings{Table: table, IDMap: s.IDMap},
		Configs: func(dir string) (*engine.Settings, error) {
			c, err := config.Find(dir, codes)
			if err != nil || c == nil {
				return nil, err
			}
			return repoSettings(c, root, s)
		},
	}
	res, err := engine.Run([]string{root}, opts)
	if err != nil {
		return nil, err
	}
	// each file's config selects its rules; findings come back unfiltered
	// so that fixes linked to one out of view are not applied halfway
	filter := func(fs []finding.Finding) []finding.Finding {
		out := fs[:0:0]
		for i := range fs {
			if res.Selected(&fs[i]) {
				out = append(out, fs[i])
			}
		}
		return out
	}
	out, err := fixrun.Run(res, []string{root}, opts, s.UnsafeFixes, filter)
	if err != nil {
		return nil, err
	}
	wd, _ := os.Getwd()
	rel := func(p string) string { return relTo(root, wd, p) }
	sc := &scanned{FilesScanned: res.FilesScanned, Converged: out.Converged}
	prefixes := rootPrefixes(root, wd)
	sc.Before = relPaths(filter(res.Findings), rel, prefixes)
	sc.Remaining = relPaths(out.Remaining, rel, prefixes)
	for _, c := range out.Changes {
		c.Path = rel(c.Path)
		sc.Changes = append(sc.Changes, c)
	}
	for _, p := range res.Problems {
		p.Path = rel(p.Path)
		sc.Problems = append(sc.Problems, p)
	}
	return sc, nil
}

// repoSettings are the engine's settings of one config file of a
// repository. Its id_map must be a file of the repository: a config naming
// a file elsewhere would quote that file's lines in error messages.
func repoSettings(c *config.Config, root string, s *Settings) (*engine.Settings, error) {
	table, err := rules.Load()
	if err != nil {
		return nil, err
	}
	es := &engine.Settings{
		Source: c.Path, Table: table, Comments: c.Comments,
		Select: c.Select, Ignore: c.Ignore, MaxFileSize: c.MaxFileSize, IDMap: s.IDMap,
	}
	es.AddServers(c.Hosts.KoboCAT, c.Hosts.KPI)
	es.AddExcludes(c.Exclude, c.Dir)
	if es.IDMap == nil && c.IDMap != "" {
		if r, err := filepath.Rel(root, c.IDMap); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return nil, fmt.Errorf("%s: id_map %s is outside the repository", c.Path, c.IDMap)
		}
		if es.IDMap, err = config.LoadIDMap(c.IDMap); err != nil {
			return nil, err
		}
	}
	return es, nil
}

// relTo turns a path the engine reported (relative to the working
// directory wd when under it, else absolute) into a slash path relative to
// the repository's root.
func relTo(root, wd, p string) string {
	abs := filepath.FromSlash(p)
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(wd, abs)
	}
	if r, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(p)
}

// rootPrefixes are the forms in which the engine's texts name a file of
// the repository: the root's absolute path, and its path from the working
// directory when it is below it.
func rootPrefixes(root, wd string) []string {
	out := []string{filepath.ToSlash(root) + "/"}
	if r, err := filepath.Rel(wd, root); err == nil && r != "." && !strings.HasPrefix(r, "..") {
		out = append(out, filepath.ToSlash(r)+"/")
	}
	return out
}

// relPaths makes findings speak of their repository alone: paths relative
// to its root, in the finding and in its texts (a reason that names
// another file: "it goes with ... at dir/file.py:3"), so that no clone's
// temporary folder gets into a report.
func relPaths(fs []finding.Finding, rel func(string) string, prefixes []string) []finding.Finding {
	strip := func(s string) string {
		for _, p := range prefixes {
			s = strings.ReplaceAll(s, p, "")
		}
		return s
	}
	out := make([]finding.Finding, len(fs))
	for i, f := range fs {
		f.Path = rel(f.Path)
		f.Message, f.Fix.Reason = strip(f.Message), strip(f.Fix.Reason)
		out[i] = f
	}
	finding.Sort(out)
	return out
}

// outcome compares the findings before and after the fixes. A finding is
// fixed when no finding of the same file, rule and v1 text is left (with
// counts, so that one of two equal findings can be fixed).
type outcome struct {
	Fixed     []finding.Finding
	Open      []finding.Finding // errors and warnings left
	Notes     []finding.Finding // info left
	Languages map[string]int
}

func compare(sc *scanned, root string) outcome {
	// a finding left on its own line is the same finding; the others are
	// matched by file, rule and text (fixes that add lines move them)
	type key struct {
		path, rule, v1 string
		line           int
	}
	left := map[key]int{}
	for _, f := range sc.Remaining {
		left[key{f.Path, f.Rule, f.V1, f.Line}]++
	}
	matched := make([]bool, len(sc.Before))
	for i, f := range sc.Before {
		k := key{f.Path, f.Rule, f.V1, f.Line}
		if left[k] > 0 {
			left[k]--
			matched[i] = true
		}
	}
	loose := map[key]int{}
	for k, n := range left {
		loose[key{k.path, k.rule, k.v1, 0}] += n
	}
	var o outcome
	for i, f := range sc.Before {
		if matched[i] {
			continue
		}
		k := key{f.Path, f.Rule, f.V1, 0}
		if loose[k] > 0 {
			loose[k]--
			continue
		}
		o.Fixed = append(o.Fixed, f)
	}
	for _, f := range sc.Remaining {
		if f.Severity == finding.Info {
			o.Notes = append(o.Notes, f)
		} else {
			o.Open = append(o.Open, f)
		}
	}
	o.Languages = map[string]int{}
	seen := map[string]bool{}
	for _, f := range sc.Before {
		if !seen[f.Path] {
			seen[f.Path] = true
			o.Languages[languageOf(root, f.Path)]++
		}
	}
	return o
}

// languageOf names the front-end that reads a file (by name, else by its
// first bytes), as the scan picked it.
func languageOf(root, rel string) string {
	var head []byte
	if f, err := os.Open(filepath.Join(root, filepath.FromSlash(rel))); err == nil {
		buf := make([]byte, 512)
		n, _ := f.Read(buf)
		head = buf[:n]
		f.Close()
	}
	if l := lang.Detect(rel, head); l != nil {
		return l.Name
	}
	return "other"
}

// unsafeLeft begins the reason of a finding whose unsafe fix was not
// applied.
const unsafeLeft = "unsafe fix, not applied (review it; --unsafe-fixes applies it)"

// openReason says why a finding left after the fixes still needs a person.
func openReason(f finding.Finding, unsafe bool) string {
	switch {
	case len(f.Fix.Edits) > 0 && f.Fix.Safety == fixers.SafetyUnsafe && !unsafe:
		if f.Fix.Reason != "" {
			return unsafeLeft + ": " + f.Fix.Reason
		}
		return unsafeLeft
	case f.Fix.Reason != "":
		return f.Fix.Reason
	case len(f.Fix.Edits) > 0:
		return "its fix overlapped another one; run the campaign again on the patched code"
	}
	return "no automatic fix"
}

// leaveOut takes back the fixes of files that are not in the patch: their
// findings are as the scan found them, and those the fixes would have
// removed say why they are still there.
func (o *outcome) leaveOut(sc *scanned, left []leftOut) {
	if len(left) == 0 {
		return
	}
	why := map[string]string{}
	for _, l := range left {
		why[l.Path] = l.Why
	}
	keep := func(fs []finding.Finding) []finding.Finding {
		var out []finding.Finding
		for _, f := range fs {
			if _, ok := why[f.Path]; !ok {
				out = append(out, f)
			}
		}
		return out
	}
	o.Fixed, o.Open, o.Notes = keep(o.Fixed), keep(o.Open), keep(o.Notes)
	for _, f := range sc.Before {
		w, ok := why[f.Path]
		if !ok {
			continue
		}
		if len(f.Fix.Edits) > 0 {
			f.Fix.Reason = "its fix is not in the patch: the file " + w
		}
		if f.Severity == finding.Info {
			o.Notes = append(o.Notes, f)
		} else {
			o.Open = append(o.Open, f)
		}
	}
	finding.Sort(o.Open)
	finding.Sort(o.Notes)
}
