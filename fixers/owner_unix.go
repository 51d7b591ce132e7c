//go:build unix

package fixers

import (
	"io/fs"
	"os"
	"syscall"
)

// keepOwner gives the new file the original's owner and group, so that a fix
// run as root (or by a group member) does not take a file away from its owner.
// Best effort: an unprivileged user cannot chown and then keeps the file as
// any editor that saves through a temporary file would.
func keepOwner(f *os.File, info fs.FileInfo) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	if int(st.Uid) == os.Geteuid() && int(st.Gid) == os.Getegid() {
		return
	}
	_ = f.Chown(int(st.Uid), int(st.Gid))
}
