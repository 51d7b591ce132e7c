package fixers

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path, data string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil { // umask may have narrowed it
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// noStrays fails when anything but the given names is in dir (a temp file left behind).
func noStrays(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	for _, e := range ents {
		if !want[e.Name()] {
			t.Errorf("stray file %s in %s", e.Name(), dir)
		}
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.py")
	writeFile(t, p, "old\n", 0o644)
	if err := WriteAtomic(p, []byte("new\n"), []byte("old\n")); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, p); got != "new\n" {
		t.Fatalf("content %q", got)
	}
	noStrays(t, dir, "a.py")
}

func TestWriteAtomicKeepsMode(t *testing.T) {
	for _, mode := range []os.FileMode{0o755, 0o640, 0o600, 0o664, os.ModeSetuid | 0o755} {
		dir := t.TempDir()
		p := filepath.Join(dir, "run.sh")
		writeFile(t, p, "#!/bin/sh\ncurl $KC/api/v1/data\n", mode)
		if err := WriteAtomic(p, []byte("#!/bin/sh\ncurl $KF/api/v2/assets/\n"), []byte("#!/bin/sh\ncurl $KC/api/v1/data\n")); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode() & (os.ModePerm | os.ModeSetuid); got != mode {
			t.Errorf("mode %v became %v", mode, got)
		}
	}
}

func TestWriteAtomicRefusesReadOnlyFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "gen.py")
	writeFile(t, p, "old\n", 0o444)
	if err := WriteAtomic(p, []byte("new\n"), []byte("old\n")); err == nil || !strings.Contains(err.Error(), "read-only") || !strings.Contains(err.Error(), p) {
		t.Fatalf("err = %v", err)
	}
	if got := readFile(t, p); got != "old\n" {
		t.Fatalf("file touched: %q", got)
	}
	noStrays(t, dir, "gen.py")
}

func TestWriteAtomicRefusesChangedFile(t *testing.T) {
	for name, onDisk := range map[string]string{"same size": "OLD\n", "other size": "old plus\n"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.py")
			writeFile(t, p, onDisk, 0o644)
			err := WriteAtomic(p, []byte("new\n"), []byte("old\n"))
			if !errors.Is(err, ErrChanged) || !strings.Contains(err.Error(), p) {
				t.Fatalf("err = %v, want ErrChanged naming %s", err, p)
			}
			if got := readFile(t, p); got != onDisk {
				t.Fatalf("file touched: %q", got)
			}
			noStrays(t, dir, "a.py")
		})
	}
}

// A change made while the new content is being written is caught by the
// second check just before the rename.
func TestWriteAtomicRefusesChangeDuringWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.py")
	writeFile(t, p, "old\n", 0o644)
	defer func(f func(*os.File) error) { syncFile = f }(syncFile)
	syncFile = func(f *os.File) error {
		writeFile(t, p, "ed!\n", 0o644)
		return f.Sync()
	}
	if err := WriteAtomic(p, []byte("new\n"), []byte("old\n")); !errors.Is(err, ErrChanged) {
		t.Fatalf("err = %v", err)
	}
	if got := readFile(t, p); got != "ed!\n" {
		t.Fatalf("concurrent edit lost: %q", got)
	}
	noStrays(t, dir, "a.py")
}

func TestWriteAtomicFailuresCleanUp(t *testing.T) {
	boom := errors.New("boom")
	cases := map[string]func(){
		"create": func() {
			createTemp = func(string, string) (*os.File, error) { return nil, boom }
		},
		"write": func() {
			createTemp = func(dir, pattern string) (*os.File, error) {
				f, err := os.CreateTemp(dir, pattern)
				if err != nil {
					return nil, err
				}
				name := f.Name()
				f.Close()
				return os.Open(name) // read-only: Write fails
			}
		},
		"sync":   func() { syncFile = func(*os.File) error { return boom } },
		"rename": func() { renameFile = func(string, string) error { return boom } },
	}
	for name, inject := range cases {
		t.Run(name, func(t *testing.T) {
			ct, sf, rf := createTemp, syncFile, renameFile
			defer func() { createTemp, syncFile, renameFile = ct, sf, rf }()
			inject()
			dir := t.TempDir()
			p := filepath.Join(dir, "a.py")
			writeFile(t, p, "old\n", 0o644)
			err := WriteAtomic(p, []byte("new\n"), []byte("old\n"))
			if err == nil || !strings.Contains(err.Error(), p) {
				t.Fatalf("err = %v, want an error naming %s", err, p)
			}
			if got := readFile(t, p); got != "old\n" {
				t.Fatalf("original changed: %q", got)
			}
			noStrays(t, dir, "a.py")
		})
	}
}

// makeReadOnly makes dir refuse new entries: chmod for a normal user, the
// immutable attribute for root (which ignores permission bits).
func makeReadOnly(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })
		return
	}
	if err := exec.Command("chattr", "+i", dir).Run(); err != nil {
		t.Skipf("running as root and chattr +i is not available: %v", err)
	}
	t.Cleanup(func() { _ = exec.Command("chattr", "-i", dir).Run() })
}

func TestWriteAtomicReadOnlyDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "a.py")
	writeFile(t, p, "old\n", 0o644)
	makeReadOnly(t, dir)
	err := WriteAtomic(p, []byte("new\n"), []byte("old\n"))
	if err == nil {
		t.Fatal("write into a read-only directory succeeded")
	}
	t.Log(err)
	if msg := err.Error(); !strings.Contains(msg, p) || !strings.Contains(msg, "temporary file") {
		t.Fatalf("unclear error: %v", err)
	}
	if got := readFile(t, p); got != "old\n" {
		t.Fatalf("original changed: %q", got)
	}
	noStrays(t, dir, "a.py")
}

func TestWriteAtomicSymlink(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "real"), 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(root, "real", "cfg.py")
	writeFile(t, target, "old\n", 0o600)
	link := filepath.Join(root, "link.py")
	if err := os.Symlink(filepath.Join("real", "cfg.py"), link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := WriteAtomic(link, []byte("new\n"), []byte("old\n")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Lstat(link)
	if err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("link replaced: %v %v", st.Mode(), err)
	}
	if got := readFile(t, target); got != "new\n" {
		t.Fatalf("target = %q", got)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o600 {
		t.Fatalf("target mode %v", st.Mode().Perm())
	}
	noStrays(t, root, "real", "link.py")
	noStrays(t, filepath.Join(root, "real"), "cfg.py")
}

func TestWriteAtomicNotAFile(t *testing.T) {
	dir := t.TempDir()
	if err := WriteAtomic(dir, []byte("x"), nil); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("err = %v", err)
	}
	missing := filepath.Join(dir, "missing.py")
	if err := WriteAtomic(missing, []byte("x"), nil); err == nil || !strings.Contains(err.Error(), missing) {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Fatal("missing file was created")
	}
}

// End to end: edits computed on a CRLF file with a BOM, applied and written,
// keep both.
func TestFixAndWriteCRLFWithBOM(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "client.py")
	old := "\xef\xbb\xbfimport requests\r\nr = requests.get('https://kc.example.org/api/v1/forms')\r\n"
	writeFile(t, p, old, 0o644)
	start := strings.Index(old, "r = ")
	end := strings.Index(old[start:], "\r\n") + start
	fixes := []Fix{fx("KB1", Edit{start, end, "# migrated to v2\nr = requests.get('https://kf.example.org/api/v2/assets/')"})}
	out, applied, _ := Apply([]byte(old), fixes)
	if len(applied) != 1 {
		t.Fatal("not applied")
	}
	if err := WriteAtomic(p, out, []byte(old)); err != nil {
		t.Fatal(err)
	}
	want := "\xef\xbb\xbfimport requests\r\n# migrated to v2\r\nr = requests.get('https://kf.example.org/api/v2/assets/')\r\n"
	if got := readFile(t, p); got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}
