//go:build !unix

package engine

import (
	"io"
	"os"
)

// readFileOS is the portable version of the unix reader in read_unix.go.
func readFileOS(path string, max int64, want func(head []byte) bool) ([]byte, *[]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, errNotRegular
	}
	size := st.Size()
	if size > max {
		return nil, nil, errTooLarge{size}
	}
	buf := getBuf(int(size))
	b := (*buf)[:size]
	n := 0
	if want != nil {
		h := int(min(size, headSize))
		if n, err = io.ReadFull(f, b[:h]); err != nil && err != io.ErrUnexpectedEOF {
			putBuf(buf)
			return nil, nil, err
		}
		if !want(b[:n]) {
			putBuf(buf)
			return nil, nil, nil
		}
	}
	m, err := io.ReadFull(f, b[n:])
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		putBuf(buf)
		return nil, nil, err
	}
	return b[:n+m], buf, nil
}
