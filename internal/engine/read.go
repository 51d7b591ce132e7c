package engine

import (
	"errors"
	"sync"
)

// Reading is the other half of the cost of a scan (the prefilter is the
// first): nearly every file is read only to be rejected, so a read is one
// open, one fstat, one read into a reused buffer and one close, with no
// allocation for the content.

// headSize is how much of a file whose name names no language is read to
// look for a #! line, or for the signs of a script saved without extension
// (Apps Script).
const headSize = 8 << 10

// maxPooled: larger buffers are dropped after use rather than kept, so that
// one huge file does not pin its size in the pool for the rest of the run.
const maxPooled = 1 << 20

var bufPool = sync.Pool{New: func() any {
	b := make([]byte, 64<<10)
	return &b
}}

// getBuf returns a pooled buffer of at least n bytes.
func getBuf(n int) *[]byte {
	b := bufPool.Get().(*[]byte)
	if cap(*b) < n {
		bufPool.Put(b)
		nb := make([]byte, n)
		return &nb
	}
	*b = (*b)[:cap(*b)]
	return b
}

// putBuf gives a buffer back once nothing refers to its content.
func putBuf(b *[]byte) {
	if b != nil && cap(*b) <= maxPooled {
		bufPool.Put(b)
	}
}

// errNotRegular: the path is a directory, device or pipe: skipped silently.
var errNotRegular = errors.New("not a regular file")

// errTooLarge carries the size of a file over the limit.
type errTooLarge struct{ size int64 }

func (e errTooLarge) Error() string { return "too large" }

// readFile reads a whole regular file of at most max bytes into a pooled
// buffer. With want set and a file longer than headSize, only the head is
// read first: want(head) says whether the rest is worth reading (the head
// has a #! line naming a language). It returns the content (nil when want
// said no) and the buffer to give back with putBuf once nothing refers to
// the content.
func readFile(path string, max int64, want func(head []byte) bool) ([]byte, *[]byte, error) {
	return readFileOS(path, max, want)
}
