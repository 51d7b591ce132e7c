// Package engine runs kobolint over files and directories: it walks them,
// skips what cannot matter (prefilter), hands each file to its front-end,
// carries definitions between files of a repository, applies the mapping
// table and returns findings in a deterministic order.
package engine

import (
	"fmt"
	"os"
	"sort"
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
	// Overlay replaces the content of files (keyed by reported path) without
	// touching the disk: the fixers re-analyse fixed content through it.
	Overlay map[string][]byte
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
	// the fixers (only when Options asked for it via KeepSources).
	Sources map[string][]byte
}

// analysed is one file after its front-end ran.
type analysed struct {
	file  *ir.File
	lines *lineIndex
	src   []byte
}

// Run scans the given paths (files or directories, relative or absolute;
// reported paths are relative to the working directory when possible).
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
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = 16 << 20
	}
	res := &Result{}
	var mu sync.Mutex
	var files []*analysed
	problem := func(p Problem) {
		mu.Lock()
		res.Problems = append(res.Problems, p)
		mu.Unlock()
	}
	extra := make([][]byte, 0, len(opts.ExtraMarkers))
	for _, m := range opts.ExtraMarkers {
		extra = append(extra, []byte(m))
	}
	keep := func(path string) bool { return true }
	_ = keep

	p := pool.New().WithMaxGoroutines(opts.Jobs)
	err := walk(paths, opts, func(path, display string) {
		p.Go(func() {
			a, scanned, prob := analyseFile(path, display, opts, extra)
			mu.Lock()
			if scanned {
				res.FilesScanned++
			}
			if a != nil {
				files = append(files, a)
			}
			mu.Unlock()
			if prob != nil {
				problem(*prob)
			}
		})
	}, problem)
	p.Wait()
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].file.Path < files[j].file.Path })
	defs := collectDefs(files)

	findings := make([][]finding.Finding, len(files))
	cp := pool.New().WithMaxGoroutines(opts.Jobs)
	for i, a := range files {
		cp.Go(func() {
			findings[i] = check(a, defs, &opts)
		})
	}
	cp.Wait()
	for i, fs := range findings {
		res.Findings = append(res.Findings, fs...)
		if len(fs) > 0 && hasEdits(fs) {
			if res.Sources == nil {
				res.Sources = map[string][]byte{}
			}
			res.Sources[files[i].file.Path] = files[i].src
		}
	}
	finding.Sort(res.Findings)
	sort.Slice(res.Problems, func(i, j int) bool { return res.Problems[i].Path < res.Problems[j].Path })
	return res, nil
}

func hasEdits(fs []finding.Finding) bool {
	for _, f := range fs {
		if len(f.Fix.Edits) > 0 {
			return true
		}
	}
	return false
}

// analyseFile reads one file and runs its front-end. scanned is true when the
// file was a candidate (a known language, not skipped).
func analyseFile(path, display string, opts Options, extra [][]byte) (*analysed, bool, *Problem) {
	if src, ok := opts.Overlay[display]; ok {
		return analyseContent(display, src, opts, extra)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, false, &Problem{Path: display, Msg: "cannot read: " + err.Error(), IO: true}
	}
	if !st.Mode().IsRegular() {
		return nil, false, nil
	}
	if st.Size() > opts.MaxFileSize {
		return nil, false, &Problem{Path: display, Msg: fmt.Sprintf("skipped: %d bytes is larger than the %d-byte limit", st.Size(), opts.MaxFileSize)}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, false, &Problem{Path: display, Msg: "cannot read: " + err.Error(), IO: true}
	}
	return analyseContent(display, src, opts, extra)
}

// analyseContent runs the front-end of a file on its content.
func analyseContent(display string, src []byte, opts Options, extra [][]byte) (*analysed, bool, *Problem) {
	head := src
	if len(head) > 512 {
		head = head[:512]
	}
	l := detect(display, head)
	if l == nil {
		return nil, false, nil
	}
	if looksBinary(src) {
		return nil, false, nil
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
func check(a *analysed, defs map[string][]defSite, opts *Options) []finding.Finding {
	c := &checker{t: opts.Table, opts: opts, f: a.file, lines: a.lines, src: a.src}
	c.flats = make([]flat, len(a.file.URLs))
	for i := range a.file.URLs {
		parts := resolveForeign(a.file.URLs[i].Parts, a.file.Path, defs, 0)
		c.flats[i] = flatten(parts)
	}
	return c.run()
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
	var out []finding.Finding
	for _, a := range files {
		out = append(out, check(a, defs, &opts)...)
	}
	finding.Sort(out)
	return out
}
