// Package textpos converts kobolint's positions (1-based lines, 1-based
// columns counted in bytes) to and from the columns other tools count:
// UTF-16 code units (LSP, SARIF's default column kind). The two differ on
// every line with a non-ASCII character before the position.
package textpos

import "unicode/utf8"

// Lines indexes the line starts of one text.
type Lines struct {
	src    []byte
	starts []int
}

// New indexes src. A line ends after "\n"; a "\r" before it is part of the
// line's content as far as columns go, which is how the front-ends count.
func New(src []byte) *Lines {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Lines{src: src, starts: starts}
}

// Count is the number of lines (a final line without "\n" counts).
func (l *Lines) Count() int { return len(l.starts) }

// Line returns line n (1-based) without its "\n", or nil out of range.
func (l *Lines) Line(n int) []byte {
	if n < 1 || n > len(l.starts) {
		return nil
	}
	end := len(l.src)
	if n < len(l.starts) {
		end = l.starts[n] - 1
	}
	return l.src[l.starts[n-1]:end]
}

// UTF16Col turns a 1-based byte column of line n into a 1-based UTF-16
// column. A column past the line's end keeps its distance from the end.
func (l *Lines) UTF16Col(n, byteCol int) int {
	line := l.Line(n)
	if byteCol < 1 {
		return byteCol
	}
	stop := min(byteCol-1, len(line))
	units := 0
	for i := 0; i < stop; {
		r, size := utf8.DecodeRune(line[i:])
		if i+size > stop {
			// a column inside a character counts as that character
			break
		}
		units += utf16Len(r)
		i += size
	}
	return units + 1 + (byteCol - 1 - stop)
}

// ByteCol turns a 1-based UTF-16 column of line n into a 1-based byte
// column, clamped to the line's end.
func (l *Lines) ByteCol(n, utf16Col int) int {
	line := l.Line(n)
	units, i := 0, 0
	for i < len(line) && units < utf16Col-1 {
		r, size := utf8.DecodeRune(line[i:])
		units += utf16Len(r)
		i += size
	}
	return i + 1
}

// Offset is the byte offset of a 1-based line and byte column, clamped to
// the text.
func (l *Lines) Offset(n, byteCol int) int {
	if n < 1 {
		return 0
	}
	if n > len(l.starts) {
		return len(l.src)
	}
	return min(l.starts[n-1]+byteCol-1, len(l.src))
}

// Position is the inverse of Offset: the 1-based line and byte column of a
// byte offset.
func (l *Lines) Position(off int) (line, byteCol int) {
	off = max(0, min(off, len(l.src)))
	lo, hi := 0, len(l.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if l.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, off - l.starts[lo] + 1
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
