// Package engine runs kobolint over files and directories: it walks them,
// skips what cannot matter (prefilter), hands each file to its front-end,
// carries definitions between files of a repository, applies the mapping
// table and returns findings in a deterministic order.
package engine

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sourcegraph/conc/pool"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/internal/lang"
	"github.com/kobolint/kobolint/rules"
)

// Options configure a run.
type Options struct {
	Table *rules.Table
	// Jobs is the number of files analysed at once (default: CPUs).
	Jobs int
	// Comments reports URLs in comments and docstrings (at info).
	Comments bool
	// Excludes are glob patterns (matched against the slash path relative
	// to the walked root and against the base name).
	Excludes []string
	// NoGitignore scans files that .gitignore excludes.
	NoGitignore bool
	// History scans CHANGELOG/HISTORY/NEWS files too.
	History bool
	// IDMap maps integer form ids to asset uids (for fixes).
	IDMap map[string]string
	// MaxFileSize skips larger files with a notice (0: 16 MiB).
	MaxFileSize int64
	// ExtraMarkers are lower-case strings (configured hosts) that make a
	// file worth parsing.
	ExtraMarkers []string
	// shared carries what checks of different files learn about each
	// other (set by Run and CheckFiles).
	shared *crossUse
	// Overlay replaces the content of files (keyed by reported path) without
	// touching the disk: the fixers re-analyse fixed content through it.
	Overlay map[string][]byte
	// NoSources leaves Result.Sources empty: a caller that never fixes
	// (check) then holds no file content, whatever the number of files.
	NoSources bool
}

// Problem is a file kobolint could not (fully) read or analyse.
type Problem struct {
	Path string
	Msg  string
	// IO is true for read errors (they make the exit code 2).
	IO bool
}

func (p Problem) String() string { return fmt.Sprintf("%s: %s", p.Path, p.Msg) }

// Result is the outcome of a run.
type Result struct {
	Findings     []finding.Finding
	FilesScanned int
	Problems     []Problem
	// Sources holds the content of files with findings that have edits, for
	// the fixers (unless Options.NoSources).
	Sources map[string][]byte
	// uses are what the checked files do with the literals that fixes
	// change, for settle.
	uses []use
}

// analysed is one file after its front-end ran.
type analysed struct {
	file  *ir.File
	lines *lineIndex
	src   []byte
}

// Run scans the given paths (files or directories, relative or absolute;
// reported paths are relative to the working directory when possible).
//
// Memory stays flat in the number of files: a file's content lives in a
// pooled buffer only while its worker reads, filters, analyses and checks
// it, and its IR is dropped as soon as it is checked. The repository pass
// needs every file's definitions before a file whose URLs name variables
// (holes with a name) can be checked for good: such a file is checked at
// once without them, keeping only its findings and the names; at the end,
// a file one of whose names another file defines (a few in a real
// repository) is analysed again and checked with the definitions. (Keeping
// those files' IR instead saved little CPU and cost far more memory than
// their size: front-ends hang closures on the IR, see ir.File.EditText.)
func Run(paths []string, opts Options) (*Result, error) {
	if opts.Table == nil {
		t, err := rules.Load()
		if err != nil {
			return nil, err
		}
		opts.Table = t
	}
	if opts.Jobs <= 0 {
		opts.Jobs = defaultJobs()
	}
	if opts.shared == nil {
		opts.shared = newCrossUse()
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = 16 << 20
	}
	defer tuneGC()()
	res := &Result{}
	var mu sync.Mutex
	var waiting []*pending
	// what the run's files tell of the repository (see checker.repoKobo)
	var repo repoFacts
	defs := map[string][]defSite{}
	problem := func(p Problem) {
		mu.Lock()
		res.Problems = append(res.Problems, p)
		mu.Unlock()
	}
	extra := make([][]byte, 0, len(opts.ExtraMarkers))
	for _, m := range opts.ExtraMarkers {
		extra = append(extra, []byte(m))
	}
	// keep records a checked file's content for the fixers (under mu),
	// copied out of the pooled buffer it may live in.
	keep := func(path string, src []byte, fs []finding.Finding) {
		if opts.NoSources || !hasEdits(fs) {
			return
		}
		if res.Sources == nil {
			res.Sources = map[string][]byte{}
		}
		res.Sources[path] = append([]byte(nil), src...)
	}

	p := pool.New().WithMaxGoroutines(opts.Jobs)
	err := walk(paths, opts, func(path, display string, l *lang.Language) {
		p.Go(func() {
			a, scanned, prob, buf := analyseFile(path, display, l, opts, extra)
			var r checked
			var names []string
			if a != nil {
				r = check(a, nil, &opts, nil)
				names = holeNames(a.file)
			}
			mu.Lock()
			if scanned {
				res.FilesScanned++
			}
			if a != nil {
				for name, ds := range collectDefs([]*analysed{a}) {
					defs[name] = append(defs[name], ds...)
				}
				keep(display, a.src, r.fs)
				repo.add(r)
				if names == nil && !r.wantsRepo {
					res.Findings = append(res.Findings, r.fs...)
					res.uses = append(res.uses, r.uses...)
				} else {
					waiting = append(waiting, &pending{path: path, display: display, l: l, names: names, first: r})
				}
			}
			mu.Unlock()
			putBuf(buf)
			if prob != nil {
				problem(*prob)
			}
		})
	}, problem)
	p.Wait()
	if err != nil {
		return nil, err
	}
	prepareDefs(defs)

	cp := pool.New().WithMaxGoroutines(opts.Jobs)
	for _, w := range waiting {
		if !w.resolvable(defs) && !w.first.wantsRepo {
			// no name of the file is defined elsewhere, and the
			// repository adds no context: the first findings are the
			// findings
			mu.Lock()
			res.Findings = append(res.Findings, w.first.fs...)
			res.uses = append(res.uses, w.first.uses...)
			mu.Unlock()
			continue
		}
		cp.Go(func() {
			r := w.first
			a, _, _, buf := analyseFile(w.path, w.display, w.l, opts, extra)
			if a != nil {
				r = check(a, defs, &opts, &repo)
			}
			mu.Lock()
			res.Findings = append(res.Findings, r.fs...)
			res.uses = append(res.uses, r.uses...)
			if a != nil {
				keep(w.display, a.src, r.fs)
			}
			mu.Unlock()
			putBuf(buf)
		})
	}
	cp.Wait()
	opts.shared.raise(res.Findings)
	finding.Sort(res.Findings)
	settle(res.Findings, res.uses)
	res.uses = nil
	sort.SliceStable(res.Problems, func(i, j int) bool { return res.Problems[i].Path < res.Problems[j].Path })
	return res, nil
}

// pending is a file checked without the other files' definitions, kept
// small: its findings and the names its URLs leave open.
type pending struct {
	path, display string
	l             *lang.Language
	names         []string
	first         checked
}

// resolvable reports whether another file defines one of the names: only
// then can the definitions change the file's findings (resolveForeign
// leaves parts alone when lookupDef finds nothing).
func (w *pending) resolvable(defs map[string][]defSite) bool {
	for _, n := range w.names {
		if lookupDef(n, w.display, defs) != nil {
			return true
		}
	}
	return false
}

// holeNames returns the distinct names of a file's holes, copied so that
// they pin nothing of the IR, or nil when there are none.
func holeNames(f *ir.File) []string {
	var out []string
	seen := map[string]bool{}
	for i := range f.URLs {
		for _, p := range f.URLs[i].Parts {
			if p.Kind == ir.Hole && p.Name != "" && !seen[p.Name] {
				seen[p.Name] = true
				out = append(out, strings.Clone(p.Name))
			}
		}
	}
	return out
}

// hasEdits reports whether a file's findings carry edits, or a host fix
// the repository pass may release (see crossUse.raise).
func hasEdits(fs []finding.Finding) bool {
	for _, f := range fs {
		if len(f.Fix.Edits) > 0 || f.Held != nil {
			return true
		}
	}
	return false
}

// analyseFile reads one file and runs its front-end. l is the file's
// front-end as its name tells, or nil when its head must tell (#! line).
// scanned is true when the file was a candidate (a known language, not
// skipped). buf, when not nil, holds the content (a.src) and goes back to
// the pool with putBuf once the file is done with.
func analyseFile(path, display string, l *lang.Language, opts Options, extra [][]byte) (a *analysed, scanned bool, prob *Problem, buf *[]byte) {
	if src, ok := opts.Overlay[display]; ok {
		a, scanned, prob = analyseContent(display, src, nil, opts, extra)
		return a, scanned, prob, nil
	}
	var want func(head []byte) bool
	if l == nil {
		want = func(head []byte) bool {
			l = lang.Detect(display, head)
			return l != nil
		}
	}
	src, buf, err := readFile(path, opts.MaxFileSize, want)
	if err != nil {
		var big errTooLarge
		switch {
		case errors.Is(err, errNotRegular):
			return nil, false, nil, nil
		case errors.As(err, &big):
			return nil, false, &Problem{Path: display, Msg: fmt.Sprintf("skipped: %d bytes is larger than the %d-byte limit", big.size, opts.MaxFileSize)}, nil
		}
		return nil, false, &Problem{Path: display, Msg: "cannot read: " + err.Error(), IO: true}, nil
	}
	if buf == nil || l == nil {
		putBuf(buf)
		return nil, false, nil, nil
	}
	a, scanned, prob = analyseContent(display, src, l, opts, extra)
	if a == nil {
		putBuf(buf)
		buf = nil
	}
	return a, scanned, prob, buf
}

// analyseContent runs the front-end of a file on its content; l nil means
// detect it from the name and the head.
func analyseContent(display string, src []byte, l *lang.Language, opts Options, extra [][]byte) (*analysed, bool, *Problem) {
	if l == nil {
		head := src
		if len(head) > headSize {
			head = head[:headSize]
		}
		l = lang.Detect(display, head)
	}
	if l == nil {
		return nil, false, nil
	}
	if looksBinary(src) {
		// named like source code but holding NUL bytes: say so, once
		return nil, false, &Problem{Path: display, Msg: "binary content (NUL bytes) in a source file; skipped"}
	}
	if !interesting(src, extra) {
		return nil, true, nil
	}
	var prob *Problem
	if !utf8.Valid(src) {
		prob = &Problem{Path: display, Msg: "not valid UTF-8; scanned as raw bytes"}
	}
	work := blankBOM(src)
	f, err := safeAnalyze(l, display, work)
	if err != nil {
		return nil, true, &Problem{Path: display, Msg: err.Error()}
	}
	f.Path = display
	if f.Lang == "" {
		f.Lang = l.Name
	}
	for _, w := range f.Warnings {
		if prob == nil {
			prob = &Problem{Path: display, Msg: w}
		}
	}
	return &analysed{file: f, lines: newLineIndex(src), src: src}, true, prob
}

// safeAnalyze runs a front-end and turns a panic into an error naming the
// file: one broken front-end must not stop a scan of thousands of files.
func safeAnalyze(l *lang.Language, path string, src []byte) (f *ir.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("internal error in the %s front-end: %v (please report it)", l.Name, r)
		}
	}()
	f, err = l.Analyze(path, src)
	if err == nil && f == nil {
		f = &ir.File{}
	}
	return f, err
}

// blankBOM replaces a UTF-8 byte order mark by spaces, keeping offsets, so
// that parsers see plain text.
func blankBOM(src []byte) []byte {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		c := make([]byte, len(src))
		copy(c, src)
		c[0], c[1], c[2] = ' ', ' ', ' '
		return c
	}
	return src
}

// check applies the rules to one analysed file.
// checked is what checking one file gives.
type checked struct {
	fs   []finding.Finding
	uses []use
	// kobo: the file itself talks to Kobo; other: to another /api/v1
	// service; v2: it joins /api/v2 somewhere; wantsRepo: it has paths or
	// names that only the repository's context decides (checker.wantsRepo)
	kobo, other, v2, wantsRepo bool
}

// repoFacts is what the first pass learns of the repository as a whole.
type repoFacts struct {
	kobo, other, v2 bool
}

func (r *repoFacts) add(c checked) {
	r.kobo = r.kobo || c.kobo
	r.other = r.other || c.other
	r.v2 = r.v2 || c.v2
}

// check applies the rules to one analysed file; repo, when not nil, is
// the repository's context (see checker.repoKobo).
func check(a *analysed, defs map[string][]defSite, opts *Options, repo *repoFacts) (out checked) {
	defer func() {
		// A bug in the rules must cost one file, not the whole scan.
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "kobolint: %s: internal error while applying the rules: %v (please report it)\n", a.file.Path, r)
			out = checked{}
		}
	}()
	c := &checker{t: opts.Table, opts: opts, f: a.file, lines: a.lines, src: a.src}
	if repo != nil {
		c.repo, c.repoKobo, c.repoV2 = true, repo.kobo && !repo.other, repo.v2
	}
	c.flats = make([]flat, len(a.file.URLs))
	for i := range a.file.URLs {
		parts := resolveForeign(a.file.URLs[i].Parts, a.file.Path, defs, 0)
		c.flats[i] = flatten(parts)
	}
	fs := c.run()
	return checked{fs: fs, uses: c.uses, kobo: c.fileKobo, other: c.otherV1, v2: c.usesV2, wantsRepo: c.wantsRepo}
}

// Source is one file already analysed by a front-end, with its content.
type Source struct {
	File *ir.File
	Src  []byte
}

// CheckFiles applies the table to files analysed elsewhere (the go/analysis
// Analyzer, editors): definitions are shared between them as in a
// repository scan. Findings come back sorted.
func CheckFiles(srcs []Source, opts Options) []finding.Finding {
	if opts.Table == nil {
		opts.Table = rules.MustLoad()
	}
	files := make([]*analysed, 0, len(srcs))
	for _, s := range srcs {
		files = append(files, &analysed{file: s.File, lines: newLineIndex(s.Src), src: s.Src})
	}
	defs := collectDefs(files)
	prepareDefs(defs)
	if opts.shared == nil {
		opts.shared = newCrossUse()
	}
	var out []finding.Finding
	var uses []use
	var repo repoFacts
	first := make([]checked, len(files))
	for i, a := range files {
		first[i] = check(a, defs, &opts, nil)
		repo.add(first[i])
	}
	for i, a := range files {
		r := first[i]
		if r.wantsRepo {
			r = check(a, defs, &opts, &repo)
		}
		out = append(out, r.fs...)
		uses = append(uses, r.uses...)
	}
	opts.shared.raise(out)
	finding.Sort(out)
	settle(out, uses)
	return out
}
