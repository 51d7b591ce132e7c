package engine

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kobolint/kobolint/internal/lang"
)

// TestWalkPaths: the reported paths computed from the root's are the ones
// display() gives for each file, whatever the spelling of the root.
func TestWalkPaths(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.py", "sub/b.js", "sub/deep/c.sh", "sub/noext", "sub/skip.bin"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	wd, _ := os.Getwd()
	for _, root := range []string{".", "./", "sub", "./sub/", "sub/deep", dir, dir + "/sub", "sub/..", "sub/deep/.."} {
		var got, want []string
		_ = walkFiles([]string{root}, Options{}, func(p, disp string, l *lang.Language) {
			got = append(got, disp)
			want = append(want, display(wd, p))
		}, func(p Problem) { t.Errorf("%s: %v", root, p) })
		sort.Strings(got)
		sort.Strings(want)
		if len(got) == 0 || len(got) != len(want) {
			t.Fatalf("root %q: got %v, want %v", root, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("root %q: reported %q, display() says %q", root, got[i], want[i])
			}
		}
		for _, g := range got {
			if filepath.Base(g) == "skip.bin" {
				t.Errorf("root %q: %s has an extension no front-end claims and was visited", root, g)
			}
		}
	}
	t.Chdir(filepath.Join(dir, "sub"))
	wd, _ = os.Getwd()
	var got []string
	_ = walkFiles([]string{".."}, Options{}, func(p, disp string, l *lang.Language) {
		got = append(got, disp)
		if disp != display(wd, p) {
			t.Errorf("root ..: reported %q, display() says %q", disp, display(wd, p))
		}
	}, func(Problem) {})
	if len(got) == 0 {
		t.Fatal("root ..: nothing visited")
	}
}

// walkFiles walks paths and hands each candidate file to visit.
func walkFiles(paths []string, opts Options, visit func(p, disp string, l *lang.Language), problem func(Problem)) error {
	return newWalker(&opts, func(p, d string, l *lang.Language, _ *fileCtx) { visit(p, d, l) }, problem).walk(paths)
}
