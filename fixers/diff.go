package fixers

import (
	"bytes"
	"slices"
	"strconv"
	"time"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// contextLines is the context git and GNU diff use by default.
const contextLines = 3

// diffTimeout bounds the line diff on huge rewrites; past it the library gives
// a valid but less minimal diff, which is still correct to apply.
const diffTimeout = 5 * time.Second

// lineOp is one line of an edit script: ' ' kept, '-' removed, '+' added.
type lineOp struct {
	kind byte
	line []byte // with its line ending, if it has one
}

// splitLines cuts b after each "\n"; the last line may lack one.
func splitLines(b []byte) [][]byte { return slices.Collect(bytes.Lines(b)) }

// maxLineIDs is how many distinct lines fit in valid Unicode scalar values
// (all code points but the surrogates), the alphabet the diff library works on.
const maxLineIDs = 0x110000 - 0x800

func idRune(id int) rune {
	if id < 0xD800 {
		return rune(id)
	}
	return rune(id + 0x800)
}

func runeID(r rune) int {
	if r < 0xD800 {
		return int(r)
	}
	return int(r) - 0x800
}

// diffLines computes a line edit script from a to b. Each distinct line
// (with its ending, so "x" at EOF differs from "x\n") becomes one rune and
// the library's Myers diff runs on those runes.
func diffLines(a, b [][]byte) []lineOp {
	ids := map[string]int{}
	var table [][]byte
	encode := func(lines [][]byte) []rune {
		rs := make([]rune, len(lines))
		for i, l := range lines {
			id, ok := ids[string(l)]
			if !ok {
				id = len(table)
				ids[string(l)] = id
				table = append(table, l)
			}
			rs[i] = idRune(id)
		}
		return rs
	}
	if countDistinct(a, b) > maxLineIDs {
		return replaceMiddle(a, b)
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = diffTimeout
	var ops []lineOp
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		kind := byte(' ')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = '-'
		case diffmatchpatch.DiffInsert:
			kind = '+'
		}
		for _, r := range d.Text {
			ops = append(ops, lineOp{kind, table[runeID(r)]})
		}
	}
	return groupChanges(ops)
}

func countDistinct(a, b [][]byte) int {
	if len(a)+len(b) <= maxLineIDs {
		return len(a) + len(b)
	}
	seen := map[string]struct{}{}
	for _, l := range a {
		seen[string(l)] = struct{}{}
	}
	for _, l := range b {
		seen[string(l)] = struct{}{}
	}
	return len(seen)
}

// replaceMiddle is the fallback for files with more distinct lines than the
// library can encode: keep the common head and tail, replace the rest.
func replaceMiddle(a, b [][]byte) []lineOp {
	p := 0
	for p < len(a) && p < len(b) && bytes.Equal(a[p], b[p]) {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && bytes.Equal(a[len(a)-1-s], b[len(b)-1-s]) {
		s++
	}
	var ops []lineOp
	for _, l := range a[:p] {
		ops = append(ops, lineOp{' ', l})
	}
	for _, l := range a[p : len(a)-s] {
		ops = append(ops, lineOp{'-', l})
	}
	for _, l := range b[p : len(b)-s] {
		ops = append(ops, lineOp{'+', l})
	}
	for _, l := range a[len(a)-s:] {
		ops = append(ops, lineOp{' ', l})
	}
	return ops
}

// groupChanges puts, between two kept lines, all removals before all
// additions, the shape diff(1) and git print.
func groupChanges(ops []lineOp) []lineOp {
	out := make([]lineOp, 0, len(ops))
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			out = append(out, ops[i])
			i++
			continue
		}
		j := i
		for j < len(ops) && ops[j].kind != ' ' {
			j++
		}
		for _, o := range ops[i:j] {
			if o.kind == '-' {
				out = append(out, o)
			}
		}
		for _, o := range ops[i:j] {
			if o.kind == '+' {
				out = append(out, o)
			}
		}
		i = j
	}
	return out
}

// writeHunks appends the @@ hunks of the edit script to buf.
func writeHunks(buf *bytes.Buffer, ops []lineOp) {
	// Line numbers (0-based) in old and new before each op.
	oldAt := make([]int, len(ops)+1)
	newAt := make([]int, len(ops)+1)
	for i, o := range ops {
		oldAt[i+1], newAt[i+1] = oldAt[i], newAt[i]
		if o.kind != '+' {
			oldAt[i+1]++
		}
		if o.kind != '-' {
			newAt[i+1]++
		}
	}
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// A hunk starts contextLines before the change and runs until a run of
		// more than 2*contextLines kept lines (or the end) follows its last change.
		start := max(0, i-contextLines)
		end := i // one past the last change in the hunk
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j + 1
				continue
			}
			if j-end >= 2*contextLines {
				break
			}
		}
		stop := min(len(ops), end+contextLines)
		writeHunk(buf, ops[start:stop], oldAt[start], newAt[start])
		i = stop
	}
}

func writeHunk(buf *bytes.Buffer, ops []lineOp, oldStart, newStart int) {
	oldLen, newLen := 0, 0
	for _, o := range ops {
		if o.kind != '+' {
			oldLen++
		}
		if o.kind != '-' {
			newLen++
		}
	}
	buf.WriteString("@@ -")
	buf.WriteString(hunkRange(oldStart, oldLen))
	buf.WriteString(" +")
	buf.WriteString(hunkRange(newStart, newLen))
	buf.WriteString(" @@\n")
	for _, o := range ops {
		buf.WriteByte(o.kind)
		buf.Write(o.line)
		if len(o.line) == 0 || o.line[len(o.line)-1] != '\n' {
			// Only a file's last line can lack its ending.
			buf.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange formats "start,len" the way diff(1) does: 1-based start, ",len"
// omitted when len is 1, and for an empty range the line before it.
func hunkRange(start0, n int) string {
	switch n {
	case 0:
		return strconv.Itoa(start0) + ",0"
	case 1:
		return strconv.Itoa(start0 + 1)
	}
	return strconv.Itoa(start0+1) + "," + strconv.Itoa(n)
}
