// Package engine runs kobolint over files and directories: it walks them,
// skips what cannot matter (prefilter), hands each file to its front-end,
// carries definitions between files of a repository, applies the mapping
// table and returns findings in a deterministic order.
package engine

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode/utf16"
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
	// MaxFileSize: larger files are scanned in pieces for hosts and
	// endpoints instead of parsed (0: DefaultMaxFileSize).
	MaxFileSize int64
	// ExtraMarkers are lower-case strings (configured hosts) that make a
	// file worth parsing.
	ExtraMarkers []string
	// Base are the settings where no config file applies; nil: built from
	// Table, Comments, Excludes, IDMap, MaxFileSize and ExtraMarkers.
	Base *Settings
	// Configs, when set, returns the settings of the config file in the
	// folder dir (absolute), or nil when it has none. It is asked for
	// every folder from each path argument up to its repository root and
	// for the folders walked; an error ends the run. nil: Base applies
	// everywhere.
	Configs func(dir string) (*Settings, error)
	// ForceExclude makes files named as paths obey the excludes,
	// .gitignore and the history-file rule, as the walk of a folder does.
	ForceExclude bool
	// RepoContext: when paths name some files or folders of a git
	// repository but not the whole, the rest of the repository is read too
	// (through the prefilter) for the definitions it gives them, and not
	// reported, so that a file is judged as a scan of the whole
	// repository judges it.
	RepoContext bool
	// ReportUnused reports kobolint:ignore comments that suppress nothing.
	ReportUnused bool
	// shared carries what checks of different files learn about each
	// other (set by Run and CheckFiles).
	shared *crossUse
	// Overlay replaces the content of files (keyed by reported path) without
	// touching the disk: the fixers re-analyse fixed content through it,
	// and a buffer read from stdin is judged through it (the file need not
	// exist).
	Overlay map[string][]byte
	// NoSources leaves Result.Sources empty: a caller that never fixes
	// (check) then holds no file content, whatever the number of files.
	NoSources bool
	// Sink, when set, receives the findings file by file, in the order of
	// Result.Findings, once every file is checked, and Result.Findings,
	// Repos and Selected stay empty: the run does not hold its findings
	// (stream.go). An error from Sink ends the run with that error.
	Sink func(*FileFindings) error
}

// Result is the outcome of a run.
type Result struct {
	Findings     []finding.Finding
	FilesScanned int
	Problems     []Problem
	// Sources holds the content of files with findings that have edits, for
	// the fixers (unless Options.NoSources).
	Sources map[string][]byte
	// Repos maps the reported path of each file with findings to the
	// reported path of the root of its git repository ("" when it is in
	// none): patches and baselines use paths relative to it.
	Repos map[string]string
	// uses are what the checked files do with the literals that fixes
	// change, for settle.
	uses []use
	// settings of each file with findings, for Selected.
	settings map[string]*Settings
}

// Selected reports whether the settings of a finding's file (its
// config's select and ignore, and the command line's) keep its rule.
// Findings come back from Run unfiltered, so that fixes linked to a
// finding out of view are not applied halfway (see fixrun).
func (r *Result) Selected(f *finding.Finding) bool {
	s := r.settings[f.Path]
	return s == nil || s.selects(f.Rule)
}

// analysed is one file after its front-end ran.
type analysed struct {
	file  *ir.File
	lines *lineIndex
	src   []byte
	// noFix, when set, is why the file's findings get no fix: the
	// front-end did not read it (it does not parse, or holds binary bytes)
	// and the text scan did, or src is not the file's bytes (UTF-16).
	noFix string
}

// fallbackReason is the fix reason of findings made by a fallback scan.
const fallbackReason = "the file could not be parsed: fix it by hand"

// Run scans the given paths (files or directories, relative or absolute;
// reported paths are relative to the working directory when possible).
//
// Memory stays flat in the number of files: a file's content lives in a
// pooled buffer only while its worker reads, filters, analyses and checks
// it, and its IR is dropped as soon as it is checked. The repository pass
// needs every file's definitions before a file whose URLs name variables
// (holes with a name) can be checked for good: such a file is checked at
// once without them, keeping only its findings and the names; at the end,
// a file one of whose names another file of its repository defines (a few
// in a real repository) is analysed again and checked with the
// definitions. (Keeping those files' IR instead saved little CPU and cost
// far more memory than their size: front-ends hang closures on the IR,
// see ir.File.EditText.) Each git repository is its own world: the
// definitions of one never resolve names in another.
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
	if len(paths) == 0 {
		paths = []string{"."}
	}
	defer tuneGC()()
	res := &Result{}
	var mu sync.Mutex
	var waiting []*pending
	// definitions by repository root ("" for files in none), then by name
	worlds := map[string]map[string][]defSite{}
	// does each repository talk to Kobo, or to another /api/v1 service
	// (see checker.repoKobo)
	worldTalks := map[string]*repoFacts{}
	counts := make([]int, len(paths)+1) // files scanned per path argument
	// the names the named files use or define, by repository (for the
	// context pass)
	tokens := map[string][][]byte{}
	tokenSeen := map[string]bool{}
	wantsRepo := map[string]bool{}
	// files of a repository that the prefilter dropped, for the second
	// chance (see secondChance), and the files whose definitions are
	// Kobo's (they talk to Kobo, or were read for using such a name)
	var dropped []droppedFile
	droppedIn := map[string]int{}
	koboPaths := map[string]bool{}
	problem := func(p Problem) {
		mu.Lock()
		res.Problems = append(res.Problems, p)
		mu.Unlock()
	}
	var st *streamer
	if opts.Sink != nil {
		st = &streamer{}
		defer st.spill.close()
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
	// report adds a file's final findings and problems (under mu).
	repos := map[string]string{}
	wd, _ := os.Getwd()
	repoRoot := func(fc *fileCtx) string {
		root, ok := repos[fc.world]
		if !ok && fc.world != "" {
			root = display(wd, fc.world)
			repos[fc.world] = root
		}
		return root
	}
	// reportBlock is report for a streamed run, with the findings and
	// uses already in the spill (b nil: there were none).
	reportBlock := func(b *streamBlock, fc *fileCtx, probs []Problem) {
		if b != nil {
			b.repo = repoRoot(fc)
			st.add(b)
		}
		if !fc.context {
			res.Problems = append(res.Problems, probs...)
		}
	}
	report := func(path string, fc *fileCtx, fs []finding.Finding, uses []use, probs []Problem) {
		if st != nil {
			reportBlock(st.prepare(path, fc, fs, uses), fc, probs)
			return
		}
		// the uses of context files settle the fixes of the named ones as
		// a scan of the whole repository would
		res.uses = append(res.uses, uses...)
		if fc.context {
			return
		}
		res.Findings = append(res.Findings, fs...)
		res.Problems = append(res.Problems, probs...)
		if len(fs) > 0 {
			root := repoRoot(fc)
			if res.Repos == nil {
				res.Repos = map[string]string{}
				res.settings = map[string]*Settings{}
			}
			res.Repos[path] = root
			res.settings[path] = fc.set
		}
	}

	// the options of each settings for this run (walker goroutine only)
	runOpts := map[*Settings]*Options{}
	p := pool.New().WithMaxGoroutines(opts.Jobs)
	visits := 0
	w := newWalker(&opts, func(path, display string, l *lang.Language, fc *fileCtx) {
		visits++
		visit := visits
		fc.set.prepare(opts.Table)
		so := runOpts[fc.set]
		if so == nil {
			so = fc.set.options(&opts)
			runOpts[fc.set] = so
		}
		p.Go(func() {
			var pieces func([]finding.Finding)
			if st != nil && !fc.context {
				// a file over the size limit goes to the spill piece by
				// piece, final
				pieces = func(fs []finding.Finding) {
					mu.Lock()
					reportBlock(st.prepareFinal(display, fc, fs, visit), fc, nil)
					mu.Unlock()
				}
			}
			a, scanned, probs, buf, direct := analyseFile(path, display, l, fc.set, so, fc.need, fc.second, pieces)
			var fs []finding.Finding
			var uses []use
			var names []string
			var first checked
			if a != nil {
				first = check(a, nil, so, nil)
				fs, uses = first.fs, first.uses
				if a.noFix != "" {
					fs = withoutFixes(fs, a.noFix)
				}
				names = holeNames(a.file)
				if opts.ReportUnused && !fc.context {
					probs = append(probs, unusedIgnores(a, nil, so, nil)...)
				}
			}
			fs = append(fs, direct...)
			mu.Lock()
			if scanned && !fc.context && !fc.second {
				res.FilesScanned++
				counts[fc.root]++
			}
			if a == nil && len(probs) == 0 && direct == nil && (fc.second || scanned && !fc.context && fc.need == nil) {
				// dropped by the prefilter: it may still use a name that
				// a Kobo file of its repository defines
				if droppedIn[fc.world] < maxSecondChance {
					dropped = append(dropped, droppedFile{path: path, display: display, l: l, fc: fc})
				}
				if !fc.second {
					// the repository's size: a file dropped again in a
					// later round is not counted twice
					droppedIn[fc.world]++
				}
			}
			if a != nil && (first.kobo || fc.second) {
				koboPaths[a.file.Path] = true
			}
			if a != nil {
				defs := worlds[fc.world]
				if defs == nil {
					defs = map[string][]defSite{}
					worlds[fc.world] = defs
				}
				talks := worldTalks[fc.world]
				if talks == nil {
					talks = &repoFacts{}
					worldTalks[fc.world] = talks
				}
				talks.add(first)
				fileDefs := collectDefs([]*analysed{a})
				for name, ds := range fileDefs {
					defs[name] = append(defs[name], ds...)
				}
				if opts.RepoContext && !fc.context && fc.world != "" {
					wantsRepo[fc.world] = wantsRepo[fc.world] || first.wantsRepo
					for _, n := range names {
						addToken(tokens, tokenSeen, fc.world, n)
					}
					for n := range fileDefs {
						addToken(tokens, tokenSeen, fc.world, n)
					}
				}
				if !fc.context {
					keep(display, a.src, fs)
				}
			}
			if a == nil || (names == nil && !first.wantsRepo) || a.noFix != "" {
				report(display, fc, fs, uses, probs)
			} else {
				pw := &pending{path: path, display: display, l: l, names: names, fs: fs, uses: uses, wantsRepo: first.wantsRepo, probs: probs, fc: fc, opts: so, irPath: a.file.Path}
				if st != nil {
					// until the repository pass, in the spill
					pw.block = st.prepare(display, fc, fs, uses)
					pw.fs, pw.uses = nil, nil
				}
				waiting = append(waiting, pw)
			}
			mu.Unlock()
			putBuf(buf)
		})
	}, func(pr Problem) { problem(pr) })
	err := w.walk(paths)
	p.Wait()
	if err != nil {
		return nil, err
	}
	if opts.RepoContext && len(w.partial) > 0 {
		// the rest of the repositories of which only some files were
		// named: read after those, so that only the files that mention a
		// name they use or define are parsed
		p = pool.New().WithMaxGoroutines(opts.Jobs)
		err = w.contextPass(len(paths), tokens, wantsRepo)
		p.Wait()
		if err != nil {
			return nil, err
		}
	}
	// second chance: a file that mentions no Kobo marker but a name a
	// Kobo file of its repository defines (a client module joining
	// SETTINGS.root with "forms"; a report calling that client) is read
	// too, in rounds, as long as the files read add such names
	known := map[string]int{}
	for round := 0; round < secondChanceRounds && len(dropped) > 0; round++ {
		promoteUsers(waiting, worlds, koboPaths)
		cands := dropped
		dropped = nil
		toks := map[string][][]byte{}
		grew := false
		for _, d := range cands {
			if _, ok := toks[d.fc.world]; ok {
				continue
			}
			t := koboTokens(worlds[d.fc.world], koboPaths)
			if droppedIn[d.fc.world] > maxSecondChance {
				// a repository too large to read twice
				t = nil
			}
			toks[d.fc.world] = t
			grew = grew || len(t) > known[d.fc.world]
			known[d.fc.world] = len(t)
		}
		if !grew {
			break
		}
		p = pool.New().WithMaxGoroutines(opts.Jobs)
		for _, d := range cands {
			if t := toks[d.fc.world]; len(t) > 0 {
				fc := *d.fc
				fc.need, fc.second = t, true
				w.visit(d.path, d.display, d.l, &fc)
			}
		}
		p.Wait()
	}
	for _, defs := range worlds {
		prepareDefs(defs)
	}

	cp := pool.New().WithMaxGoroutines(opts.Jobs)
	for _, pw := range waiting {
		defs := worlds[pw.fc.world]
		repo := worldTalks[pw.fc.world]
		if repo == nil {
			repo = &repoFacts{}
		}
		if !pw.resolvable(defs) && !pw.wantsRepo && !holeTypes(pw.names, repo.shapes) {
			// no name of the file is defined elsewhere, and the
			// repository adds no context: the first findings are the
			// findings
			mu.Lock()
			if st != nil {
				reportBlock(pw.block, pw.fc, pw.probs)
			} else {
				report(pw.display, pw.fc, pw.fs, pw.uses, pw.probs)
			}
			mu.Unlock()
			continue
		}
		cp.Go(func() {
			fs, uses, probs := pw.fs, pw.uses, pw.probs
			so := pw.opts
			a, _, _, buf, _ := analyseFile(pw.path, pw.display, pw.l, pw.fc.set, so, nil, pw.fc.second, nil)
			if a != nil {
				r := check(a, defs, so, repo)
				fs, uses = r.fs, r.uses
				if opts.ReportUnused && !pw.fc.context {
					probs = append(withoutKind(probs, UnusedIgnore), unusedIgnores(a, defs, so, repo)...)
				}
			}
			mu.Lock()
			if a == nil && st != nil {
				// the file could not be read again: its first findings
				reportBlock(pw.block, pw.fc, probs)
				mu.Unlock()
				return
			}
			report(pw.display, pw.fc, fs, uses, probs)
			if a != nil && !pw.fc.context {
				keep(pw.display, a.src, fs)
			}
			mu.Unlock()
			putBuf(buf)
		})
	}
	cp.Wait()
	for i, root := range paths {
		if counts[i] > 0 || w.forced[i] {
			continue
		}
		st, err := os.Stat(root)
		switch {
		case err != nil:
		case st.IsDir():
			res.Problems = append(res.Problems, Problem{Path: display(wd, root), Kind: NoFiles,
				Msg: "no file to scan here: every file is excluded, ignored by .gitignore, or of a kind kobolint does not read"})
		case res.FilesScanned == 0:
			// a file named alone that is not read: said when it leaves
			// the run with nothing scanned, not for every data file a
			// commit also touches
			res.Problems = append(res.Problems, Problem{Path: display(wd, root), Kind: NoFiles,
				Msg: "not a kind of file kobolint reads: nothing was scanned"})
		}
	}
	sort.SliceStable(res.Problems, func(i, j int) bool {
		a, b := res.Problems[i], res.Problems[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	if st != nil {
		if err := st.emit(opts.shared, opts.Sink); err != nil {
			return nil, err
		}
		return res, nil
	}
	opts.shared.raise(res.Findings)
	finding.Sort(res.Findings)
	settle(res.Findings, res.uses)
	res.uses = nil
	return res, nil
}

// addToken records the name a context file must mention to be worth
// parsing for a use or a definition of name: its last part, as lookupDef
// and crossUse match names (settings.BASE is found as BASE, host() as
// host, cfg["url"] as url).
func addToken(tokens map[string][][]byte, seen map[string]bool, world, name string) {
	n := strings.TrimSuffix(name, "()")
	if k := subscriptKey(n); k != "" {
		n = k
	}
	if f := calledName(n); f != "" {
		n = f
	}
	if i := strings.LastIndexAny(n, ".$:"); i >= 0 && i+1 < len(n) {
		n = n[i+1:]
	}
	if len(n) < 3 || seen[world+"\x00"+n] { // shorter names are never definitions (collectDefs)
		return
	}
	seen[world+"\x00"+n] = true
	tokens[world] = append(tokens[world], []byte(n))
}

// CheckBuffer judges src as the content of the file at path, which need
// not exist on disk: its language, settings, excludes (with
// ForceExclude) and repository are those of path. It is how a buffer read
// from stdin, or an editor's unsaved buffer, is checked.
func CheckBuffer(path string, src []byte, opts Options) (*Result, error) {
	ov := make(map[string][]byte, len(opts.Overlay)+1)
	for k, v := range opts.Overlay {
		ov[k] = v
	}
	ov[DisplayPath(path)] = src
	opts.Overlay = ov
	return Run([]string{path}, opts)
}

// DisplayPath is the path under which a file is reported: relative to the
// working directory when below it, with "/".
func DisplayPath(p string) string {
	wd, _ := os.Getwd()
	return display(wd, p)
}

// pending is a file checked without the other files' definitions, kept
// small: its findings and the names its URLs leave open.
type pending struct {
	path, display string
	// irPath is the file's path as its definitions give it
	irPath    string
	l         *lang.Language
	names     []string
	fs        []finding.Finding
	uses      []use
	wantsRepo bool
	probs     []Problem
	fc        *fileCtx
	opts      *Options
	// block holds fs and uses in a streamed run
	block *streamBlock
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
// scanned is true when the file was a candidate (a known language). buf,
// when not nil, holds the content (a.src) and goes back to the pool with
// putBuf once the file is done with. A file over the size limit is not
// held: it is scanned in pieces, and its findings go to pieces, a piece's
// worth at a time (final, see scanLarge), or come back as direct when
// pieces is nil. need, when not nil, are names one of which the file must
// mention to be analysed (a context file).
func analyseFile(path, display string, l *lang.Language, s *Settings, opts *Options, need [][]byte, force bool, pieces func([]finding.Finding)) (a *analysed, scanned bool, probs []Problem, buf *[]byte, direct []finding.Finding) {
	if src, ok := opts.Overlay[display]; ok {
		if need != nil && !mentionsAny(src, need) {
			return nil, false, nil, nil, nil
		}
		a, scanned, probs = analyseContent(display, src, l, s, force)
		return a, scanned, probs, nil, nil
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
			return nil, false, nil, nil, nil
		case errors.As(err, &big) && need != nil:
			return nil, false, nil, nil, nil // gives no definitions
		case errors.As(err, &big):
			if l == nil {
				l = lang.Detect(display, nil)
			}
			if pieces == nil {
				pieces = func(fs []finding.Finding) { direct = append(direct, fs...) }
			}
			marked, err := scanLarge(path, display, l, s, opts, pieces)
			switch {
			case err != nil:
				probs = []Problem{{Path: display, Msg: "cannot read: " + errText(err), Kind: ReadError, IO: true}}
			case marked:
				// a file that mentions nothing kobolint reports was judged
				// whole by the scan: no warning for it
				probs = []Problem{{Path: display, Kind: TooLarge,
					Msg: fmt.Sprintf("%d bytes, over the %d-byte limit (max_file_size): not parsed; scanned in pieces for hosts and endpoints only", big.size, opts.MaxFileSize)}}
			}
			return nil, true, probs, nil, direct
		}
		return nil, false, []Problem{{Path: display, Msg: "cannot read: " + errText(err), Kind: ReadError, IO: true}}, nil, nil
	}
	if buf == nil || l == nil || need != nil && !mentionsAny(src, need) {
		putBuf(buf)
		return nil, false, nil, nil, nil
	}
	a, scanned, probs = analyseContent(display, src, l, s, force)
	if a == nil {
		putBuf(buf)
		buf = nil
	}
	return a, scanned, probs, buf, nil
}

// fromUTF16 converts text with a UTF-16 byte order mark to UTF-8.
func fromUTF16(src []byte) ([]byte, bool) {
	if len(src) < 2 || len(src)%2 != 0 {
		return nil, false
	}
	var order binary.ByteOrder
	switch {
	case src[0] == 0xFF && src[1] == 0xFE:
		order = binary.LittleEndian
	case src[0] == 0xFE && src[1] == 0xFF:
		order = binary.BigEndian
	default:
		return nil, false
	}
	units := make([]uint16, 0, len(src)/2-1)
	for i := 2; i+1 < len(src); i += 2 {
		units = append(units, order.Uint16(src[i:]))
	}
	return []byte(string(utf16.Decode(units))), true
}

// mentionsAny reports whether src holds one of names.
func mentionsAny(src []byte, names [][]byte) bool {
	for _, n := range names {
		if bytes.Contains(src, n) {
			return true
		}
	}
	return false
}

// analyseContent runs the front-end of a file on its content; l nil means
// detect it from the name and the head. A file whose front-end fails, or
// that holds binary bytes, is scanned for hosts and endpoints instead
// (analysed.noFix).
func analyseContent(display string, src []byte, l *lang.Language, s *Settings, force bool) (*analysed, bool, []Problem) {
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
	if text, ok := fromUTF16(src); ok {
		// Windows tools (PowerShell 5, Notepad) save UTF-16: read as
		// UTF-8, the lines stay the file's, the offsets do not
		a, scanned, probs := analyseContent(display, text, l, s, force)
		if a != nil {
			a.noFix = "the file is UTF-16 text: fix it by hand"
		}
		return a, scanned, append(probs, Problem{Path: display, Kind: Encoding, Msg: "UTF-16 text: read as UTF-8 (columns count UTF-8 bytes); no fix is written"})
	}
	if looksBinary(src) {
		if !s.filter.interesting(src) {
			return nil, true, nil
		}
		// named like source code but holding NUL bytes: data, not code;
		// its bytes are scanned for URL tokens, quoted or not
		f := fallbackFile(display, nil, src)
		return &analysed{file: f, lines: newLineIndex(src), src: src, noFix: fallbackReason}, true,
			[]Problem{{Path: display, Kind: Binary, Msg: "binary content (NUL bytes) in a source file: not parsed; its bytes were scanned for hosts and endpoints"}}
	}
	if !force && !s.filter.interesting(src) {
		return nil, true, nil
	}
	var probs []Problem
	if !utf8.Valid(src) {
		probs = append(probs, Problem{Path: display, Kind: Encoding, Msg: "not valid UTF-8; scanned as raw bytes"})
	}
	work := blankBOM(src)
	f, err := safeAnalyze(l, display, work)
	noFix := ""
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), display+": ")
		probs = append(probs, Problem{Path: display, Kind: ParseError,
			Msg: "does not parse (" + msg + "): its text was scanned for hosts and endpoints only"})
		f = fallbackFile(display, l, work)
		noFix = fallbackReason
	}
	f.Path = display
	if f.Lang == "" {
		f.Lang = l.Name
	}
	if len(f.Warnings) > 0 && noFix == "" {
		probs = append(probs, Problem{Path: display, Kind: PartialParse, Msg: strings.Join(f.Warnings, "; ")})
	}
	probs = append(probs, checkSuppressions(f, s)...)
	return &analysed{file: f, lines: newLineIndex(src), src: src, noFix: noFix}, true, probs
}

// checkSuppressions reports the rule codes of kobolint:ignore comments
// that name no rule: such a comment suppresses nothing, silently.
func checkSuppressions(f *ir.File, s *Settings) []Problem {
	var out []Problem
	for _, sp := range f.Suppressions {
		for _, r := range sp.Rules {
			if msg := s.unknownCode(r); msg != "" {
				out = append(out, Problem{Path: f.Path, Line: sp.Line, Kind: UnknownRule, Msg: "kobolint:ignore[" + strings.Join(sp.Rules, ",") + "]: " + msg})
			}
		}
	}
	return out
}

// unusedIgnores reports the kobolint:ignore comments of a file that
// suppress no finding: the file is checked again without them, and each
// comment is matched with the findings it would have hidden (its line or
// the next, its rules).
func unusedIgnores(a *analysed, defs map[string][]defSite, opts *Options, repo *repoFacts) []Problem {
	sups := a.file.Suppressions
	if len(sups) == 0 {
		return nil
	}
	a.file.Suppressions = nil
	all := check(a, defs, opts, repo).fs
	a.file.Suppressions = sups
	var out []Problem
	for _, sp := range sups {
		hits := func(rule string) bool {
			for _, f := range all {
				if (f.Line == sp.Line || f.Line == sp.Line+1) && (rule == "" || strings.EqualFold(rule, f.Rule)) {
					return true
				}
			}
			return false
		}
		if len(sp.Rules) == 0 {
			if !hits("") {
				out = append(out, Problem{Path: a.file.Path, Line: sp.Line, Kind: UnusedIgnore, Msg: "kobolint:ignore suppresses nothing on this line or the next"})
			}
			continue
		}
		var unused []string
		for _, r := range sp.Rules {
			if !hits(r) {
				unused = append(unused, r)
			}
		}
		if len(unused) > 0 {
			out = append(out, Problem{Path: a.file.Path, Line: sp.Line, Kind: UnusedIgnore,
				Msg: "kobolint:ignore[" + strings.Join(sp.Rules, ",") + "]: " + strings.Join(unused, ", ") + " suppresses nothing on this line or the next"})
		}
	}
	return out
}

// withoutKind drops the problems of one kind.
func withoutKind(ps []Problem, k ProblemKind) []Problem {
	out := ps[:0:0]
	for _, p := range ps {
		if p.Kind != k {
			out = append(out, p)
		}
	}
	return out
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
	// api: the file requests a removed v1 API path (an endpoint finding
	// that is more than advice)
	api bool
	// domains are those whose KPI or Enketo host the file uses
	domains map[string]string
	// shapes are the v1 response shapes its types declare
	shapes map[string]string
}

// repoFacts is what the first pass learns of the repository as a whole.
type repoFacts struct {
	kobo, other, v2, api bool
	domains              map[string]string
	// shapes of the repository's types (typeshapes.go)
	shapes shapeIndex
}

func (r *repoFacts) add(c checked) {
	r.kobo = r.kobo || c.kobo
	r.other = r.other || c.other
	r.v2 = r.v2 || c.v2
	r.api = r.api || c.api
	if len(c.shapes) > 0 {
		if r.shapes == nil {
			r.shapes = shapeIndex{}
		}
		r.shapes.add(c.shapes)
	}
	for d, kpi := range c.domains {
		if r.domains == nil {
			r.domains = map[string]string{}
		}
		if r.domains[d] == "" {
			r.domains[d] = kpi
		}
	}
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
		c.repo, c.repoKobo, c.repoV2, c.repoDomains = true, repo.kobo && !repo.other, repo.v2, repo.domains
		c.repoAPI = repo.api && !repo.other
	}
	own := typeShapes(opts.Table, a.file, func(n string) bool { return c.nameSays("kobo", n) })
	c.ownShapes = own
	if repo != nil && repo.shapes != nil {
		c.shapes = repo.shapes
	} else if own != nil {
		c.shapes = shapeIndex{}
		c.shapes.add(own)
	}
	c.flats = make([]flat, len(a.file.URLs))
	for i := range a.file.URLs {
		parts := unnamePrefixes(resolveForeign(a.file.URLs[i].Parts, a.file.Path, defs, 0))
		c.flats[i] = flatten(parts)
	}
	fs := c.run()
	if c.otherV1 || c.namesOther() {
		// an Ona or ODK client's form type is that service's
		own = nil
	}
	return checked{fs: fs, uses: c.uses, kobo: c.fileKobo, other: c.otherV1, v2: c.usesV2, wantsRepo: c.wantsRepo, api: requestsV1(fs), domains: c.kpiDomains, shapes: own}
}

// requestsV1 reports whether a file's findings include a removed v1
// endpoint reported as more than advice.
func requestsV1(fs []finding.Finding) bool {
	for i := range fs {
		if fs[i].Category == finding.Endpoint && fs[i].Severity != finding.Info {
			return true
		}
	}
	return false
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
		if r.wantsRepo || holeTypes(holeNames(a.file), repo.shapes) {
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
