package text

import (
	"bytes"

	"github.com/kobolint/kobolint/internal/ir"
)

// lineAt returns the line starting at off: its content end (before any
// "\r\n" or "\n") and the offset of the next line.
func lineAt(src []byte, off int) (end, next int) {
	i := bytes.IndexByte(src[off:], '\n')
	if i < 0 {
		end, next = len(src), len(src)
	} else {
		end, next = off+i, off+i+1
	}
	if end > off && src[end-1] == '\r' {
		end--
	}
	return end, next
}

// skipBlanks returns the first offset at or after i (before e) that is not
// a space or tab.
func skipBlanks(src []byte, i, e int) int {
	for i < e && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// identEnd returns the end of an environment-variable-like name at i.
func identEnd(src []byte, i, e int, extra string) int {
	j := i
	for j < e && (isIdent(src[j]) || bytes.IndexByte([]byte(extra), src[j]) >= 0) {
		j++
	}
	if j > i && src[i] >= '0' && src[i] <= '9' {
		return i
	}
	return j
}

// commentStart returns where an inline comment starts in src[a:e]: a mark
// (such as '#') at the start or after a blank, or e.
func commentStart(src []byte, a, e int, marks string) int {
	for i := a; i < e; i++ {
		if bytes.IndexByte([]byte(marks), src[i]) >= 0 && (i == a || src[i-1] == ' ' || src[i-1] == '\t') {
			return i
		}
	}
	return e
}

// closingQuote finds the quote closing the one at src[i], honouring
// backslash escapes when escapes is set; -1 when there is none.
func closingQuote(src []byte, i int, escapes bool) int {
	q := src[i]
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			if escapes {
				j++
			}
		case q:
			return j
		}
	}
	return -1
}

// eachLine walks the file line by line, after any byte-order mark: blank
// lines are skipped, a line that starts (after blanks) with one of
// comments is read as a comment, and line gets every other line: its
// first non-blank offset i, its end and the start of the next line. line
// returns where the walk goes on (next, or later when the line continues).
func (c *ctx) eachLine(comments []string, line func(i, end, next int) int) {
	src := c.src
	for off := bomLen(src); off < len(src); {
		end, next := lineAt(src, off)
		i := skipBlanks(src, off, end)
		switch {
		case i >= end:
			off = next
		case hasAnyPrefix(src[i:end], comments):
			c.tokensAt(i, end, ir.RoleUnknown, "", true)
			off = next
		default:
			off = line(i, end, next)
		}
	}
}

// hasAnyPrefix reports whether b starts with one of prefixes.
func hasAnyPrefix(b []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(b, []byte(p)) {
			return true
		}
	}
	return false
}
