package fixers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrChanged is wrapped by WriteAtomic's error when the file on disk is no
// longer the content the fixes were computed on.
var ErrChanged = errors.New("file changed on disk since it was read")

// Hooks for tests to fail each step of the write; production uses the os calls.
var (
	createTemp = os.CreateTemp
	syncFile   = (*os.File).Sync
	renameFile = os.Rename
)

// WriteAtomic replaces the content of path with data, or leaves the file as it
// was. It refuses when the file no longer holds expectOld (someone edited it
// since it was read, so the edits' byte offsets mean nothing). The data goes to
// a temporary file in the same directory (rename is atomic only within one file
// system), is flushed to disk, gets the original file's mode (and owner, where
// allowed), and is renamed over the original. A symlink is written through:
// its target gets the new content and the link stays a link. On any error the
// temporary file is removed and the original is untouched.
func WriteAtomic(path string, data []byte, expectOld []byte) (err error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("kobolint: cannot write %s: %w", path, err)
	}
	name := path
	if target != path {
		name = path + " (-> " + target + ")"
	}
	fail := func(step string, err error) error {
		return fmt.Errorf("kobolint: cannot write %s: %s: %w", name, step, err)
	}
	info, err := os.Stat(target)
	if err != nil {
		return fail("stat", err)
	}
	if !info.Mode().IsRegular() {
		return fail("check", fmt.Errorf("not a regular file (%s)", info.Mode().Type()))
	}
	// A rename would replace a read-only file as easily as any other, but
	// read-only usually means generated or vendored code that a fix must not
	// touch; an editor would refuse too.
	if info.Mode().Perm()&0o222 == 0 {
		return fail("check", fmt.Errorf("file is read-only (%v)", info.Mode().Perm()))
	}
	if err := unchanged(target, info, expectOld); err != nil {
		return fail("check", err)
	}

	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, err := createTemp(dir, "."+base+".kobolint-*.tmp")
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fail("create temporary file (is the directory "+dir+" writable?)", err)
		}
		return fail("create temporary file", err)
	}
	tmpName := tmp.Name()
	closed := false
	defer func() {
		if err != nil {
			if !closed {
				_ = tmp.Close()
			}
			_ = os.Remove(tmpName)
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fail("write temporary file", err)
	}
	// Owner first: chown clears setuid/setgid bits, the chmod below restores them.
	keepOwner(tmp, info)
	// The mode is set on the open file: CreateTemp made it 0600 and the rename
	// must not publish a file with other permissions than the original's.
	if err = tmp.Chmod(info.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); err != nil {
		return fail("set mode", err)
	}
	if err = syncFile(tmp); err != nil {
		return fail("sync", err)
	}
	closed = true
	if err = tmp.Close(); err != nil {
		return fail("close temporary file", err)
	}
	// Check again right before the rename: the window for a concurrent edit to
	// be lost is now the rename itself, not the time it took to write.
	if err = unchanged(target, nil, expectOld); err != nil {
		return fail("check", err)
	}
	if err = renameFile(tmpName, target); err != nil {
		return fail("rename", err)
	}
	syncDir(dir)
	return nil
}

// unchanged reports ErrChanged unless the file holds exactly expectOld. The
// size is compared first since it needs no read. The modification time is not
// used: equal content keeps the edits valid whatever the clock says, and a
// coarse mtime cannot prove that nothing changed.
func unchanged(path string, info fs.FileInfo, expectOld []byte) error {
	if info == nil {
		var err error
		if info, err = os.Stat(path); err != nil {
			return err
		}
	}
	if info.Size() != int64(len(expectOld)) {
		return fmt.Errorf("%w (size %d, expected %d)", ErrChanged, info.Size(), len(expectOld))
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	// Read one byte more than expected to notice growth since the stat.
	cur, err := io.ReadAll(io.LimitReader(f, int64(len(expectOld))+1))
	if err != nil {
		return err
	}
	if !bytes.Equal(cur, expectOld) {
		return ErrChanged
	}
	return nil
}

// syncDir flushes the directory entry of the rename; best effort, since some
// file systems do not support syncing a directory and the data is already safe.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
