package text

import "bytes"

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
