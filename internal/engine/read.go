package engine

import (
	"errors"
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

// freeBufs holds the buffers between files. Not a sync.Pool: the pool is
// emptied at every garbage collection, and with the small heap of a scan
// (a few MB live) collections come often, so that nearly every file
// allocated a new buffer, which in turn made more collections.
var freeBufs = make(chan *[]byte, 8)

// getBuf returns a reused buffer of at least n bytes.
func getBuf(n int) *[]byte {
	select {
	case b := <-freeBufs:
		if cap(*b) >= n {
			*b = (*b)[:cap(*b)]
			return b
		}
	default:
	}
	nb := make([]byte, max(n, 64<<10))
	return &nb
}

// putBuf gives a buffer back once nothing refers to its content.
func putBuf(b *[]byte) {
	if b == nil || cap(*b) > maxPooled {
		return
	}
	select {
	case freeBufs <- b:
	default:
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
