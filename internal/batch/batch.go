// Package batch runs kobolint over many repositories: a campaign. Each
// repository of a list is cloned shallowly with the real git (or read in
// place if it is a local folder), scanned and fixed with its own
// .kobolint.yml, and gets a git format-patch mail with its fixes and a JSON
// report of its findings; the campaign gets report.json, report.md and a
// self-contained report.html. Repositories run in parallel, each within a
// timeout; one that fails is recorded and the others go on. A rerun skips
// repositories whose results are current, and a list can be split into
// shards (by a stable hash of each URL) whose outputs Merge joins.
package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/sourcegraph/conc/panics"
	"github.com/sourcegraph/conc/pool"

	"github.com/kobolint/kobolint/internal/config"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/redact"
	"github.com/kobolint/kobolint/internal/report"
)

// Settings are what a repository's results depend on besides its commit.
type Settings struct {
	Version     string
	UnsafeFixes bool
	// IDMap maps integer form ids to asset uids for every repository
	// (--id-map); IDMapDigest identifies its content.
	IDMap       map[string]string
	IDMapDigest string
	// Branch, if set, is created in each repository with the fix commit.
	Branch string
}

// NewSettings reads the campaign's id map, if any.
func NewSettings(version string, unsafe bool, idMapPath, branch string) (*Settings, error) {
	s := &Settings{Version: version, UnsafeFixes: unsafe, Branch: branch}
	if idMapPath != "" {
		m, err := config.LoadIDMap(idMapPath)
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(idMapPath)
		if err != nil {
			return nil, fmt.Errorf("id map: %w", err)
		}
		sum := sha256.Sum256(data)
		s.IDMap, s.IDMapDigest = m, "sha256:"+hex.EncodeToString(sum[:])
	}
	return s, nil
}

// Fingerprint identifies the settings: results made with others are not
// current.
func (s *Settings) Fingerprint() string {
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%t\x00%s\x00%s", s.Version, s.UnsafeFixes, s.IDMapDigest, s.Branch)))
	return hex.EncodeToString(sum[:8])
}

// Options configure a campaign.
type Options struct {
	// List is the repository list; Out the folder of the results.
	List, Out string
	Settings  *Settings
	// Jobs is the number of repositories handled at once.
	Jobs int
	// Timeout bounds each repository (clone, scan and patch).
	Timeout time.Duration
	// Force redoes repositories whose results are current.
	Force bool
	Shard Shard
	// Clones keeps the clones in this folder ("": a temporary folder,
	// removed as each repository is done).
	Clones string
	// Log receives the warnings, progress and a line per repository;
	// Terminal says it is a terminal, where a progress bar replaces the
	// lines of repositories that went well.
	Log      io.Writer
	Terminal bool
}

// Run runs a campaign and writes its reports in o.Out.
func Run(ctx context.Context, o Options) (*Report, error) {
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Jobs <= 0 {
		o.Jobs = 4
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Minute
	}
	repos, warnings, err := ReadList(o.List)
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		fmt.Fprintln(o.Log, "kobolint:", w)
	}
	listed := len(repos)
	var mine []Repo
	for _, r := range repos {
		if o.Shard.Has(r.Key) {
			mine = append(mine, r)
		}
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, fmt.Errorf("--out: %w", err)
	}
	st, err := openState(o.Out)
	if err != nil {
		return nil, err
	}
	defer st.close()
	c := &campaign{opts: o, state: st, wd: mustWd()}
	if o.Clones != "" {
		if c.clones, err = filepath.Abs(o.Clones); err == nil {
			err = os.MkdirAll(c.clones, 0o755)
		}
		if err != nil {
			return nil, fmt.Errorf("clones folder: %w", err)
		}
		c.keep = true
	} else {
		if c.clones, err = os.MkdirTemp("", "kobolint-batch-*"); err != nil {
			return nil, err
		}
		defer func() { _ = os.RemoveAll(c.clones) }()
	}
	// the files of one repository are analysed by the CPUs the other
	// repositories leave
	c.scanJobs = max(1, (runtime.NumCPU()+o.Jobs-1)/o.Jobs)
	c.progress = newProgress(o.Log, o.Terminal, len(mine), filepath.Join(o.Out, "batch.log"))
	if sh := o.Shard.String(); sh != "" {
		c.progress.note(fmt.Sprintf("shard %s: %d of %d repositories", sh, len(mine), listed))
	}

	records := make([]Record, len(mine))
	p := pool.New().WithMaxGoroutines(o.Jobs)
	for i, r := range mine {
		p.Go(func() {
			if ctx.Err() != nil {
				// interrupted: an earlier run's results stay as they are
				records[i] = failed(r, "not done: the campaign was interrupted")
				return
			}
			start := time.Now()
			var rec Record
			var reused bool
			// an engine or git bug in one repository is that
			// repository's failure, not the campaign's end
			var pc panics.Catcher
			pc.Try(func() { rec, reused = c.repository(ctx, r) })
			if rv := pc.Recovered(); rv != nil {
				rec = failed(r, fmt.Sprintf("internal error: %v", rv.Value))
			}
			records[i] = rec
			if ctx.Err() != nil && rec.Status == statusFailed {
				c.progress.done(rec, false, time.Since(start))
				return
			}
			if rec.Status == statusFailed {
				// an earlier run's files would tell of another commit
				_ = removeFile(o.Out, r.Name+".json")
				_ = removeFile(o.Out, r.Name+".patch")
			}
			c.finish(rec, reused, time.Since(start))
		})
	}
	p.Wait()
	c.progress.close()
	if err := st.compact(); err != nil {
		fmt.Fprintln(o.Log, "kobolint: results.jsonl:", err)
	}
	rep := newReport(o.Settings, records)
	if o.Shard.Count > 1 {
		rep.Shard = &ShardInfo{Index: o.Shard.Index, Count: o.Shard.Count, Listed: listed}
	}
	if err := rep.Write(o.Out); err != nil {
		return rep, err
	}
	return rep, ctx.Err()
}

type campaign struct {
	opts     Options
	state    *state
	clones   string
	keep     bool
	wd       string
	scanJobs int
	progress *progress
}

func mustWd() string {
	wd, _ := os.Getwd()
	return wd
}

// finish records a repository's outcome: in results.jsonl (for reruns),
// in the log and in the progress shown.
func (c *campaign) finish(rec Record, reused bool, took time.Duration) {
	if !reused {
		if err := c.state.add(c.opts.Settings.Fingerprint(), rec); err != nil {
			c.progress.note("kobolint: results.jsonl: " + err.Error())
		}
	}
	c.progress.done(rec, reused, took)
}

func failed(r Repo, msg string) Record {
	return Record{Name: r.Name, Key: r.Key, URL: r.Display(), Ref: r.Ref, Status: statusFailed, Error: clean(msg)}
}

// repository handles one repository; reused is true when an earlier run's
// results are current and were kept.
func (c *campaign) repository(ctx context.Context, r Repo) (Record, bool) {
	if r.Refused != "" {
		return failed(r, "refused: "+r.Refused), false
	}
	g := git{secrets: redact.Secrets(r.Source)}
	if prev, ok := c.current(ctx, g, r); ok {
		return prev, true
	}
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	rec := Record{Name: r.Name, Key: r.Key, URL: r.Display(), Ref: r.Ref, Status: statusOK}
	root, cleanup, err := c.open(ctx, g, r)
	if err != nil {
		return failed(r, err.Error()), false
	}
	defer cleanup()
	if rec.Commit, err = g.line(ctx, root, "rev-parse", "HEAD"); err != nil {
		return failed(r, err.Error()), false
	}
	if r.Local {
		if st, err := g.line(ctx, root, "status", "--porcelain"); err == nil && st != "" {
			rec.Dirty = true
			rec.Warnings = append(rec.Warnings, "the work tree has changes that are not committed: they were scanned, and files holding them are left out of the patch")
		}
	}
	sc, err := c.scan(ctx, root)
	if err != nil {
		return failed(r, err.Error()), false
	}
	if err := c.results(ctx, g, r, root, sc, &rec); err != nil {
		return failed(r, err.Error()), false
	}
	return rec, false
}

// current returns the earlier record of a repository when it is still
// right: same settings, same commit, its files still there.
func (c *campaign) current(ctx context.Context, g git, r Repo) (Record, bool) {
	prev, ok := c.state.prev[r.Key]
	if c.opts.Force || !ok || prev.Fingerprint != c.opts.Settings.Fingerprint() {
		return Record{}, false
	}
	rec := prev.Record
	if rec.Status != statusOK || rec.Dirty || rec.Name != r.Name {
		return Record{}, false
	}
	for _, f := range []string{rec.JSON, rec.Patch} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(c.opts.Out, f)); err != nil {
			return Record{}, false
		}
	}
	ctx, cancel := context.WithTimeout(ctx, min(c.opts.Timeout, time.Minute))
	defer cancel()
	var head string
	var err error
	if r.Local {
		head, err = g.line(ctx, r.Source, "rev-parse", "HEAD")
		if err == nil {
			if st, _ := g.line(ctx, r.Source, "status", "--porcelain"); st != "" {
				return Record{}, false
			}
		}
	} else {
		head, err = g.remoteHead(ctx, r.Source, r.Ref)
	}
	if err != nil || head != rec.Commit {
		return Record{}, false
	}
	rec.URL = r.Display()
	return rec, true
}

// open makes the repository's folder: a shallow clone, or the local
// repository itself. cleanup removes a clone that is not kept.
func (c *campaign) open(ctx context.Context, g git, r Repo) (root string, cleanup func(), err error) {
	if r.Local {
		st, err := os.Stat(r.Source)
		if err != nil {
			return "", nil, fmt.Errorf("local repository: %w", err)
		}
		if !st.IsDir() {
			return "", nil, fmt.Errorf("local repository %s: not a folder", r.Source)
		}
		if inside, err := g.line(ctx, r.Source, "rev-parse", "--is-inside-work-tree"); err != nil || inside != "true" {
			return "", nil, fmt.Errorf("local repository %s: not a git work tree (a patch needs one)", r.Source)
		}
		return r.Source, func() {}, nil
	}
	dir := filepath.Join(c.clones, r.Name)
	if _, err := os.Stat(dir); err == nil {
		// a clone of an earlier run; anything else is not ours to remove
		if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
			return "", nil, fmt.Errorf("clone folder %s exists and is not a clone", dir)
		}
		if err := os.RemoveAll(dir); err != nil {
			return "", nil, err
		}
	}
	cleanup = func() {
		if !c.keep {
			_ = os.RemoveAll(dir)
		}
	}
	if err := g.clone(ctx, r.Source, r.Ref, dir); err != nil {
		cleanup()
		return "", nil, err
	}
	return dir, cleanup, nil
}

// errTimeout is a scan that outlived the repository's timeout.
var errTimeout = errors.New("timed out")

// scan runs the engine and the fixes on root. The engine cannot be
// stopped halfway, so a scan past the timeout is abandoned: the
// repository is recorded as failed, and the scan's result, when it comes,
// is dropped.
func (c *campaign) scan(ctx context.Context, root string) (*scanned, error) {
	type result struct {
		sc  *scanned
		err error
	}
	done := make(chan result, 1)
	go func() {
		var pc panics.Catcher
		var res result
		pc.Try(func() { res.sc, res.err = scanRepo(root, c.opts.Settings, c.scanJobs) })
		if rv := pc.Recovered(); rv != nil {
			res.err = fmt.Errorf("internal error: %v", rv.Value)
		}
		done <- res
	}()
	select {
	case res := <-done:
		if res.err != nil {
			return nil, fmt.Errorf("scan: %s", redact.Text(res.err.Error()))
		}
		return res.sc, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("scan: %w after %s", errTimeout, c.opts.Timeout)
	}
}

// results fills the record from a scan and writes the repository's JSON
// report and patch.
func (c *campaign) results(ctx context.Context, g git, r Repo, root string, sc *scanned, rec *Record) error {
	o := compare(sc, root)
	rec.FilesScanned = sc.FilesScanned
	rec.Findings = len(sc.Before)
	var problems []report.Problem
	for _, p := range sc.Problems {
		rec.Warnings = append(rec.Warnings, clean(p.String()))
		problems = append(problems, report.Problem{Path: p.Path, Line: p.Line, Kind: string(p.Kind), Level: p.Kind.Level(), Message: clean(p.Msg)})
	}
	if !sc.Converged {
		rec.Warnings = append(rec.Warnings, "fixes still changed files after the last round: run the campaign again on the patched code")
	}
	if len(o.Languages) > 0 {
		rec.Languages = o.Languages
	}
	jsonName := r.Name + ".json"
	var buf strings.Builder
	before := masked(sc.Before)
	err := report.Print(&buf, "json", &report.Report{
		Version: c.opts.Settings.Version, Findings: before,
		Summary: report.NewSummary(before, sc.FilesScanned), Problems: problems,
	})
	if err != nil {
		return err
	}
	if err := writeFile(c.opts.Out, jsonName, []byte(buf.String())); err != nil {
		return err
	}
	rec.JSON = jsonName

	patchName := r.Name + ".patch"
	patched := false
	if len(sc.Changes) > 0 {
		var err error
		patched, err = c.patch(ctx, g, r, root, sc, &o, rec)
		if err != nil {
			return err
		}
	}
	if !patched {
		if err := removeFile(c.opts.Out, patchName); err != nil {
			return err
		}
	}
	fill(rec, sc, o, c.opts.Settings.UnsafeFixes)
	return nil
}

// patch commits the fixes (without touching the work tree) and writes
// them as a mail; with --branch the commit gets a branch.
func (c *campaign) patch(ctx context.Context, g git, r Repo, root string, sc *scanned, o *outcome, rec *Record) (bool, error) {
	prefix, err := g.line(ctx, root, "rev-parse", "--show-prefix")
	if err != nil {
		return false, err
	}
	top, err := g.line(ctx, root, "rev-parse", "--show-toplevel")
	if err != nil {
		return false, err
	}
	changes := make([]fileChange, 0, len(sc.Changes))
	keepCR := false
	for _, ch := range sc.Changes {
		changes = append(changes, fileChange{GitPath: prefix + ch.Path, Old: ch.Old, New: ch.New})
		keepCR = keepCR || strings.Contains(string(ch.Old), "\r\n") || strings.Contains(string(ch.New), "\r\n")
	}
	trim := func(l []leftOut) {
		for i := range l {
			l[i].Path = strings.TrimPrefix(l[i].Path, prefix)
		}
	}
	commit, left, err := g.commitFixes(ctx, top, changes, func(l []leftOut) string {
		trim(l)
		o.leaveOut(sc, l)
		return commitMessage(r.Name, *o, len(changes)-len(l), c.opts.Settings)
	})
	if err != nil {
		return false, err
	}
	if commit == "" {
		// no file could take its fixes: the message was never made
		trim(left)
		o.leaveOut(sc, left)
	}
	for _, l := range left {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("%s: fix left out of the patch: the file %s", l.Path, l.Why))
	}
	if commit == "" {
		return false, nil
	}
	mail, err := g.formatPatch(ctx, top, commit, "kobolint "+c.opts.Settings.Version)
	if err != nil {
		return false, err
	}
	name := r.Name + ".patch"
	if err := writeFile(c.opts.Out, name, mail); err != nil {
		return false, err
	}
	rec.Patch, rec.FilesChanged = name, len(changes)-len(left)
	rec.Apply = "git am " + name
	if keepCR {
		// git am drops the CR of CRLF lines unless told not to, and the
		// patch no longer applies
		rec.Apply = "git am --keep-cr " + name
	}
	if b := c.opts.Settings.Branch; b != "" {
		if _, err := g.run(ctx, top, nil, "branch", "--no-track", b, commit); err != nil {
			rec.Warnings = append(rec.Warnings, "branch "+b+" not created: "+err.Error())
		} else {
			rec.Branch = b
			if !r.Local {
				// the clone shows the fix, ready to push
				if _, err := g.run(ctx, top, nil, "checkout", "--quiet", b, "--"); err != nil {
					rec.Warnings = append(rec.Warnings, "branch "+b+" not checked out: "+err.Error())
				}
			}
		}
	}
	return true, nil
}

// fill counts a repository's outcome into its record.
func fill(rec *Record, sc *scanned, o outcome, unsafe bool) {
	rec.Fixed, rec.Open, rec.Notes = len(o.Fixed), len(o.Open), len(o.Notes)
	cats := map[string]Counts{}
	for _, f := range sc.Before {
		n := cats[f.Category]
		n.Found++
		cats[f.Category] = n
	}
	for _, f := range o.Fixed {
		n := cats[f.Category]
		n.Fixed++
		cats[f.Category] = n
	}
	reasons := map[string]int{}
	for _, f := range o.Open {
		n := cats[f.Category]
		n.Open++
		cats[f.Category] = n
		why := oneLine(openReason(f, unsafe))
		reasons[reasonKind(why)]++
		rec.OpenFindings = append(rec.OpenFindings, OpenFinding{
			Path: f.Path, Line: f.Line, Rule: f.Rule, Category: f.Category, V1: oneLine(f.V1), Reason: why,
		})
	}
	if len(cats) > 0 {
		rec.Categories = cats
	}
	if len(reasons) > 0 {
		rec.Reasons = reasons
	}
}

// masked copies findings with the credentials in their texts masked: the
// JSON report of a campaign is shared more widely than the code.
func masked(fs []finding.Finding) []finding.Finding {
	out := make([]finding.Finding, len(fs))
	for i, f := range fs {
		f.V1, f.Message, f.Fix.Reason = redact.Text(f.V1), redact.Text(f.Message), redact.Text(f.Fix.Reason)
		if f.V2 != nil {
			v2 := redact.Text(*f.V2)
			f.V2 = &v2
		}
		edits := make([]finding.Edit, len(f.Fix.Edits))
		for j, e := range f.Fix.Edits {
			e.NewText = redact.Text(e.NewText)
			edits[j] = e
		}
		f.Fix.Edits = edits
		out[i] = f
	}
	return out
}

// sortRecords orders records by name, the order of every report.
func sortRecords(rs []Record) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Name < rs[j].Name })
}

// writeFile writes dir/name whole or not at all: a temporary file renamed
// over it, so that a killed run never leaves half a report.
func writeFile(dir, name string, data []byte) error {
	if name != filepath.Base(name) || name == "." || name == ".." {
		return fmt.Errorf("output file name %q is not a plain name", name)
	}
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return err
	}
	defer func() { _ = os.Remove(tmp.Name()) }() // gone after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, name))
}

func removeFile(dir, name string) error {
	err := os.Remove(filepath.Join(dir, name))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}
