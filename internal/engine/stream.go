package engine

// Streaming. A run with Options.Sink hands its findings over file by file,
// in the order Run's Result.Findings would hold them, instead of holding
// them all: the memory of a run then does not grow with its findings.
//
// Two things keep a file's findings from being final when it is checked:
// the repository pass (a file whose URLs name another file's definitions
// is checked again at the end) and settle (linked fixes are decided
// together, across files). Both only ever tie files through keys: a
// finding's or a use's key names a literal by its file ("path#offset"),
// and a key of another file enters a file's findings only when the
// repository pass inlines that file's definition. So each checked file
// leaves a block (its findings and uses, encoded, see spill.go) and the
// names of the other files its keys name; at the end, the files tied by
// keys form sets that settle exactly as a settle of the whole run does
// (see TestStreamMatchesHeld), and are settled one set at a time, in path
// order, each file handed over as soon as its set is settled. Only the
// reads of unknown origin depend on the whole run (settleLoose): when a
// run has any, every set is settled once beforehand to find the endpoints
// that stay v1.

import (
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/finding"
)

// FileFindings are the findings of one file, as a streamed run hands them
// to Options.Sink.
type FileFindings struct {
	// Path is the file's reported path.
	Path string
	// Repo is the reported path of the root of the file's git repository
	// ("" when it is in none), as Result.Repos.
	Repo string
	// Findings are sorted, final, and unfiltered (see Selected).
	Findings []finding.Finding
	set      *Settings
}

// Selected reports whether the settings of the file (its config's select
// and ignore, and the command line's) keep a finding's rule, as
// Result.Selected.
func (ff *FileFindings) Selected(f *finding.Finding) bool {
	return ff.set == nil || ff.set.selects(f.Rule)
}

// streamBlock is what a streamed run keeps of one checked file.
type streamBlock struct {
	path    string
	ref     spillRef
	fc      *fileCtx
	repo    string // reported path of the repository root
	n       int    // findings
	touches []string
	// final: findings that settle changes nothing of, sorted (the pieces
	// of a file over the size limit), from the visit of the file numbered
	// visit
	final bool
	visit int
}

// streamer collects the blocks of a streamed run (under Run's lock).
type streamer struct {
	spill    spill
	blocks   []*streamBlock
	anyLoose bool
	buf      []byte
}

// prepare encodes a file's findings and uses into the spill (nil when there
// is nothing to keep).
func (st *streamer) prepare(path string, fc *fileCtx, fs []finding.Finding, uses []use) *streamBlock {
	if len(fs) == 0 && len(uses) == 0 {
		return nil
	}
	st.buf = encodeBlock(st.buf[:0], block{fs: fs, uses: uses})
	b := &streamBlock{path: path, ref: st.spill.put(st.buf), fc: fc, n: len(fs)}
	if fc.context {
		b.n = 0 // only its uses count
	}
	seen := map[string]bool{path: true}
	touch := func(key string) {
		if i := strings.LastIndexByte(key, '#'); i >= 0 && !seen[key[:i]] {
			seen[key[:i]] = true
			b.touches = append(b.touches, key[:i])
		}
	}
	for i := range fs {
		if l := fs[i].Link; l != nil {
			st.anyLoose = st.anyLoose || l.Loose
			for _, k := range l.Keys {
				touch(k)
			}
			for _, k := range l.Hosts {
				touch(k)
			}
		}
	}
	for _, u := range uses {
		touch(u.key)
	}
	return b
}

// prepareFinal is prepare for findings that are final and sorted.
func (st *streamer) prepareFinal(path string, fc *fileCtx, fs []finding.Finding, visit int) *streamBlock {
	st.buf = encodeBlock(st.buf[:0], block{fs: fs})
	return &streamBlock{path: path, ref: st.spill.put(st.buf), fc: fc, n: len(fs), final: true, visit: visit}
}

func (st *streamer) add(b *streamBlock) {
	if b != nil {
		st.blocks = append(st.blocks, b)
	}
}

// read decodes a block.
func (st *streamer) read(b *streamBlock) (block, error) {
	src, err := st.spill.get(b.ref, nil)
	if err != nil {
		return block{}, err
	}
	return decodeBlock(src)
}

// fileSet is a set of files whose findings settle together.
type fileSet struct {
	blocks []*streamBlock // by path, then in the order they were checked
	// settled findings by path, until handed over
	done map[string][]finding.Finding
}

// emit settles the blocks one set of files at a time and hands each file's
// findings to sink in path order. raise is the repository pass's
// raise of hosts (crossUse), applied before settling as Run does.
func (st *streamer) emit(shared *crossUse, sink func(*FileFindings) error) error {
	defer st.spill.close()
	sets := st.group()
	var stays map[string]*finding.Finding
	if st.anyLoose {
		// the endpoints that stay v1, over the whole run, for the reads
		// of unknown origin: every set is settled once to find them
		stays = map[string]*finding.Finding{}
		for _, s := range sets {
			fs, err := st.settleSet(s, shared, nil)
			if err != nil {
				return err
			}
			for k, f := range looseStays(fs) {
				if e := stays[k]; e == nil || f.Path < e.Path {
					c := *f
					stays[k] = &c
				}
			}
		}
	}
	// the files with findings, in path order
	setOf := map[string]*fileSet{}
	first := map[string]*streamBlock{}
	var paths []string
	for _, s := range sets {
		for _, b := range s.blocks {
			setOf[b.path] = s
			if b.n > 0 && first[b.path] == nil {
				first[b.path] = b
				paths = append(paths, b.path)
			}
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		b := first[p]
		s := setOf[b.path]
		if s.final() {
			// handed over a block at a time: a file over the size limit
			// is never held whole
			for _, b := range s.blocks {
				blk, err := st.read(b)
				if err != nil {
					return err
				}
				if err := sink(&FileFindings{Path: b.path, Repo: b.repo, Findings: blk.fs, set: b.fc.set}); err != nil {
					return err
				}
			}
			continue
		}
		if s.done == nil {
			fs, err := st.settleSet(s, shared, stays)
			if err != nil {
				return err
			}
			s.done = map[string][]finding.Finding{}
			for j := 0; j < len(fs); {
				k := j
				for k < len(fs) && fs[k].Path == fs[j].Path {
					k++
				}
				s.done[fs[j].Path] = fs[j:k:k]
				j = k
			}
		}
		fs := s.done[b.path]
		delete(s.done, b.path)
		if len(fs) == 0 {
			continue
		}
		if err := sink(&FileFindings{Path: b.path, Repo: b.repo, Findings: fs, set: b.fc.set}); err != nil {
			return err
		}
	}
	return nil
}

// final reports whether the set is the pieces of one visit of one file
// over the size limit, which need no settling and are in order.
func (s *fileSet) final() bool {
	for _, b := range s.blocks {
		if !b.final || b.visit != s.blocks[0].visit || b.path != s.blocks[0].path {
			return false
		}
	}
	return true
}

// settleSet reads the blocks of a set of files and settles them as Run
// settles a whole run: hosts raised, findings sorted, linked fixes
// settled, and the reads of unknown origin against stays (nil: the set's
// own endpoints, when the run has no such reads).
func (st *streamer) settleSet(s *fileSet, shared *crossUse, stays map[string]*finding.Finding) ([]finding.Finding, error) {
	var fs []finding.Finding
	var uses []use
	for _, b := range s.blocks {
		blk, err := st.read(b)
		if err != nil {
			return nil, err
		}
		if !b.fc.context {
			fs = append(fs, blk.fs...)
		}
		uses = append(uses, blk.uses...)
	}
	shared.raise(fs)
	finding.Sort(fs)
	settleLinks(fs, uses)
	if stays == nil {
		stays = looseStays(fs)
	}
	settleLoose(fs, stays)
	return fs, nil
}

// group sorts the blocks into sets of files tied by keys (union-find over
// paths), each set's blocks by path.
func (st *streamer) group() []*fileSet {
	parent := map[string]string{}
	var find func(p string) string
	find = func(p string) string {
		q, ok := parent[p]
		if !ok || q == p {
			parent[p] = p
			return p
		}
		r := find(q)
		parent[p] = r
		return r
	}
	for _, b := range st.blocks {
		for _, t := range b.touches {
			ra, rb := find(b.path), find(t)
			if ra != rb {
				if rb < ra {
					ra, rb = rb, ra
				}
				parent[rb] = ra
			}
		}
	}
	blocks := append([]*streamBlock(nil), st.blocks...)
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].path < blocks[j].path })
	byRoot := map[string]*fileSet{}
	var sets []*fileSet
	for _, b := range blocks {
		r := find(b.path)
		s := byRoot[r]
		if s == nil {
			s = &fileSet{}
			byRoot[r] = s
			sets = append(sets, s)
		}
		s.blocks = append(s.blocks, b)
	}
	return sets
}
