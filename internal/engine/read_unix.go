//go:build unix

package engine

import (
	"errors"
	"io/fs"
	"syscall"
)

// readFileOS uses the system calls directly: os.Open also registers every
// file with the network poller (one more system call that fails for a
// regular file), and os.ReadFile reads twice to see the end of the file.
func readFileOS(path string, max int64, want func(head []byte) bool) ([]byte, *[]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer func() { _ = syscall.Close(fd) }() // read-only: nothing to lose on close
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, nil, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, nil, errNotRegular
	}
	size := st.Size
	if size > max {
		return nil, nil, errTooLarge{size}
	}
	// A file that grows while it is read is read up to its size at fstat.
	buf := getBuf(int(size))
	b := *buf
	n := 0
	if want != nil {
		h := int(min(size, headSize))
		if n, err = readFull(fd, b[:h]); err != nil {
			putBuf(buf)
			return nil, nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if !want(b[:n]) {
			putBuf(buf)
			return nil, nil, nil
		}
		if n < h { // shrank meanwhile
			return b[:n], buf, nil
		}
	}
	m, err := readFull(fd, b[n:size])
	if err != nil {
		putBuf(buf)
		return nil, nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	return b[:n+m], buf, nil
}

// readFull reads until b is full or the file ends; a regular file usually
// fills b in one call.
func readFull(fd int, b []byte) (int, error) {
	n := 0
	for n < len(b) {
		m, err := syscall.Read(fd, b[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return n, err
		}
		if m == 0 {
			break
		}
		n += m
	}
	return n, nil
}
