package engine

// A streamed run (Options.Sink) does not hold the findings of the files it
// has checked: each file's findings and uses are encoded into a block of
// bytes as soon as the file is checked, kept in memory up to spillBudget,
// and beyond that appended to a temporary file. The blocks are read back
// once every file is checked, a set of files at a time, to be settled and
// handed over in order (stream.go). Encoded bytes hold no pointers, so the
// garbage collector never scans them, and they take a third of the memory
// of the findings they encode.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"

	"github.com/kobolint/kobolint/internal/finding"
)

// spillBudget is how many encoded bytes stay in memory before they go to
// the temporary file (a variable for tests): about 5,000 findings, more
// than most repositories have; a denser run writes 1 MB at a time, which
// costs less than the memory it saves (the buffer is live for the whole
// run, and the collector's target is a multiple of the live heap).
var spillBudget = 1 << 20

// spill is an append-only log of encoded blocks: the first part in a
// temporary file (once the budget was passed), the rest in memory.
type spill struct {
	file     *os.File
	fileSize int64
	mem      []byte
	// memErr: the temporary file could not be made; blocks then stay in
	// memory (the run is right, only not bounded).
	memErr error
}

// spillRef names one block of a spill.
type spillRef struct {
	off int64
	n   int
}

// put appends a block.
func (s *spill) put(b []byte) spillRef {
	r := spillRef{off: s.fileSize + int64(len(s.mem)), n: len(b)}
	s.mem = append(s.mem, b...)
	if len(s.mem) >= spillBudget && s.memErr == nil {
		s.flush()
	}
	return r
}

// flush moves the blocks held in memory to the temporary file.
func (s *spill) flush() {
	if s.file == nil {
		f, err := os.CreateTemp("", "kobolint-findings-*")
		if err != nil {
			s.memErr = err
			return
		}
		// removed at once where an open file can be (unix): it stays
		// readable, and nothing is left behind if the process dies;
		// elsewhere close removes it
		_ = os.Remove(f.Name())
		s.file = f
	}
	if _, err := s.file.WriteAt(s.mem, s.fileSize); err != nil {
		s.memErr = err
		return
	}
	s.fileSize += int64(len(s.mem))
	s.mem = s.mem[:0]
}

// get returns a block; buf is reused when large enough.
func (s *spill) get(r spillRef, buf []byte) ([]byte, error) {
	if r.off >= s.fileSize {
		start := r.off - s.fileSize
		return s.mem[start : start+int64(r.n)], nil
	}
	if cap(buf) < r.n {
		buf = make([]byte, r.n)
	}
	buf = buf[:r.n]
	if _, err := s.file.ReadAt(buf, r.off); err != nil {
		return nil, fmt.Errorf("reading back findings from %s: %w", s.file.Name(), err)
	}
	return buf, nil
}

// close drops the temporary file.
func (s *spill) close() {
	if s.file != nil {
		name := s.file.Name()
		_ = s.file.Close()
		_ = os.Remove(name) // already gone where an open file can be removed
		s.file, s.fileSize = nil, 0
	}
	s.mem = nil
}

// block is what a checked file leaves for the end of a streamed run.
type block struct {
	fs   []finding.Finding
	uses []use
}

// encodeBlock encodes findings and uses, keeping every field of each
// (TestBlockRoundTrip fails when finding.Finding gains one the codec does
// not know), nil and empty slices and pointers apart.
func encodeBlock(dst []byte, b block) []byte {
	e := encoder{b: dst}
	e.uint(uint64(len(b.fs)))
	for i := range b.fs {
		e.finding(&b.fs[i])
	}
	e.uint(uint64(len(b.uses)))
	for _, u := range b.uses {
		e.str(u.key)
		e.uint(uint64(u.kind))
		e.str(u.where)
	}
	return e.b
}

func decodeBlock(src []byte) (block, error) {
	d := decoder{b: src}
	var b block
	if n := d.count(); n > 0 {
		b.fs = make([]finding.Finding, n)
		for i := range b.fs {
			d.finding(&b.fs[i])
		}
	}
	if n := d.count(); n > 0 {
		b.uses = make([]use, n)
		for i := range b.uses {
			b.uses[i] = use{key: d.str(), kind: useKind(d.uint()), where: d.str()}
		}
	}
	if d.err != nil {
		return block{}, d.err
	}
	return b, nil
}

type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }

func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// strs writes a string slice, nil apart from empty.
func (e *encoder) strs(ss []string) {
	if ss == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(ss)) + 1)
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) finding(f *finding.Finding) {
	e.str(f.Path)
	e.int(f.Line)
	e.int(f.Column)
	e.int(f.EndLine)
	e.int(f.EndColumn)
	e.str(f.Rule)
	e.str(f.Category)
	e.str(f.Severity)
	e.str(f.Message)
	e.str(f.V1)
	e.bool(f.V2 != nil)
	if f.V2 != nil {
		e.str(*f.V2)
	}
	e.str(f.URL)
	e.fix(&f.Fix)
	e.bool(f.Cell != nil)
	if f.Cell != nil {
		e.int(*f.Cell)
	}
	e.int(f.Start)
	e.int(f.End)
	e.strs(f.Names)
	e.bool(f.Held != nil)
	if f.Held != nil {
		e.fix(f.Held)
	}
	e.bool(f.Link != nil)
	if l := f.Link; l != nil {
		e.strs(l.Keys)
		e.str(l.Group)
		e.bool(l.Needed)
		e.bool(l.List)
		e.bool(l.Reshapes)
		e.bool(l.Vanishes)
		e.strs(l.Kinds)
		e.bool(l.Loose)
		e.strs(l.Hosts)
	}
}

func (e *encoder) fix(x *finding.Fix) {
	e.str(x.Safety)
	e.str(x.Reason)
	if x.Edits == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(x.Edits)) + 1)
	for _, ed := range x.Edits {
		e.int(ed.StartLine)
		e.int(ed.StartColumn)
		e.int(ed.EndLine)
		e.int(ed.EndColumn)
		e.str(ed.NewText)
		e.int(ed.Start)
		e.int(ed.End)
	}
}

var errCorrupt = errors.New("findings read back from the temporary file are corrupt")

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uint() uint64 { return readVarint(d, binary.Uvarint) }

func (d *decoder) int() int { return int(readVarint(d, binary.Varint)) }

// readVarint reads one varint with read, failing d when there is none.
func readVarint[T uint64 | int64](d *decoder, read func([]byte) (T, int)) T {
	v, n := read(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.b = nil
}

// count reads a length, bounded by what is left (a corrupt length must not
// allocate without end).
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count()
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) bool() bool {
	if len(d.b) == 0 {
		d.fail()
		return false
	}
	v := d.b[0] == 1
	d.b = d.b[1:]
	return v
}

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n-1)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) finding(f *finding.Finding) {
	f.Path = d.str()
	f.Line = d.int()
	f.Column = d.int()
	f.EndLine = d.int()
	f.EndColumn = d.int()
	f.Rule = d.str()
	f.Category = d.str()
	f.Severity = d.str()
	f.Message = d.str()
	f.V1 = d.str()
	if d.bool() {
		v2 := d.str()
		f.V2 = &v2
	}
	f.URL = d.str()
	d.fix(&f.Fix)
	if d.bool() {
		c := d.int()
		f.Cell = &c
	}
	f.Start = d.int()
	f.End = d.int()
	f.Names = d.strs()
	if d.bool() {
		f.Held = &finding.Fix{}
		d.fix(f.Held)
	}
	if d.bool() {
		l := &finding.Link{}
		l.Keys = d.strs()
		l.Group = d.str()
		l.Needed = d.bool()
		l.List = d.bool()
		l.Reshapes = d.bool()
		l.Vanishes = d.bool()
		l.Kinds = d.strs()
		l.Loose = d.bool()
		l.Hosts = d.strs()
		f.Link = l
	}
}

func (d *decoder) fix(x *finding.Fix) {
	x.Safety = d.str()
	x.Reason = d.str()
	n := d.count()
	if n == 0 {
		return
	}
	x.Edits = make([]finding.Edit, n-1)
	for i := range x.Edits {
		ed := &x.Edits[i]
		ed.StartLine = d.int()
		ed.StartColumn = d.int()
		ed.EndLine = d.int()
		ed.EndColumn = d.int()
		ed.NewText = d.str()
		ed.Start = d.int()
		ed.End = d.int()
	}
}
