package fixers

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestUnifiedDiffShape(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n"
	new := strings.Replace(strings.Replace(old, "b\n", "B\n", 1), "m\n", "M\nM2\n", 1)
	got := UnifiedDiff("dir/x.py", []byte(old), []byte(new))
	want := `diff --git a/dir/x.py b/dir/x.py
--- a/dir/x.py
+++ b/dir/x.py
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -10,5 +10,6 @@
 j
 k
 l
-m
+M
+M2
 n
`
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestUnifiedDiffMergesCloseHunks(t *testing.T) {
	old := "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
	new := "X\n2\n3\n4\n5\n6\n7\nY\n9\n" // 6 kept lines between the changes: one hunk
	got := UnifiedDiff("f", []byte(old), []byte(new))
	if strings.Count(got, "@@ -") != 1 || !strings.Contains(got, "@@ -1,9 +1,9 @@") {
		t.Fatalf("got\n%s", got)
	}
	new = "X\n2\n3\n4\n5\n6\n7\n8\nY\n10\n"
	old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n" // 7 kept lines: two hunks
	if got = UnifiedDiff("f", []byte(old), []byte(new)); strings.Count(got, "@@ -") != 2 {
		t.Fatalf("got\n%s", got)
	}
}

func TestUnifiedDiffNoNewline(t *testing.T) {
	tests := []struct{ old, new, want string }{
		{"a\nb", "a\nc", "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
		{"a\nb", "a\nb\n", "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"},
		{"a\nb\n", "a\nb", "@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"},
		{"x\na\nb", "y\na\nb", "@@ -1,3 +1,3 @@\n-x\n+y\n a\n b\n\\ No newline at end of file\n"},
		{"", "new\n", "@@ -0,0 +1 @@\n+new\n"},
		{"old\n", "", "@@ -1 +0,0 @@\n-old\n"},
	}
	for _, tc := range tests {
		got := UnifiedDiff("f", []byte(tc.old), []byte(tc.new))
		_, hunks, _ := strings.Cut(got, "+++ b/f\n")
		if hunks != tc.want {
			t.Errorf("diff %q -> %q:\n%s\nwant\n%s", tc.old, tc.new, hunks, tc.want)
		}
	}
}

func TestUnifiedDiffEqual(t *testing.T) {
	if got := UnifiedDiff("f", []byte("same\n"), []byte("same\n")); got != "" {
		t.Fatalf("got %q", got)
	}
}

func TestQuotePath(t *testing.T) {
	tests := map[string]string{
		"a/x.py":       "a/x.py",
		"a/foo bar.py": "a/foo bar.py",
		"a/café.py":    `"a/caf\303\251.py"`,
		`a/q"x`:        `"a/q\"x"`,
		"a/t\tb":       `"a/t\tb"`,
		`a/b\s`:        `"a/b\\s"`,
		"a/\x01":       `"a/\001"`,
	}
	for in, want := range tests {
		if got := quotePath(in); got != want {
			t.Errorf("quotePath(%q) = %s, want %s", in, got, want)
		}
	}
	if got := patchPath(`./sub/x.py`); got != "sub/x.py" {
		t.Errorf("patchPath = %q", got)
	}
}

// applyUnified is a small, strict reader of the hunks UnifiedDiff writes: it
// checks every context and removed line against old and the hunk counts.
func applyUnified(t *testing.T, old []byte, diff string) []byte {
	t.Helper()
	if diff == "" {
		return old
	}
	lines := strings.SplitAfter(diff, "\n")
	src := splitLines(old)
	var out [][]byte
	pos := 0 // next old line to copy
	i := 0
	for i < len(lines) && !strings.HasPrefix(lines[i], "@@ ") {
		i++
	}
	for i < len(lines) && lines[i] != "" {
		var oldStart, ol, ns, nl int
		h := lines[i]
		if _, err := fmt.Sscanf(h, "@@ -%s +%s @@", new(string), new(string)); err != nil {
			t.Fatalf("bad hunk header %q", h)
		}
		f := strings.Fields(h)
		oldStart, ol = parseRange(t, f[1][1:])
		ns, nl = parseRange(t, f[2][1:])
		if ol == 0 {
			oldStart++
		}
		if nl == 0 {
			ns++
		}
		for pos < oldStart-1 {
			out = append(out, src[pos])
			pos++
		}
		if len(out) != ns-1 {
			t.Fatalf("hunk %q starts at new line %d, have %d", h, ns, len(out))
		}
		i++
		gotOld, gotNew := 0, 0
		for i < len(lines) && lines[i] != "" && !strings.HasPrefix(lines[i], "@@ ") {
			l := lines[i]
			i++
			body := l[1:]
			if i < len(lines) && strings.HasPrefix(lines[i], `\ No newline at end of file`) {
				body = strings.TrimSuffix(body, "\n")
				i++
			}
			switch l[0] {
			case ' ', '-':
				if pos >= len(src) || string(src[pos]) != body {
					t.Fatalf("line %d: diff has %q, file has %q", pos+1, body, safeLine(src, pos))
				}
				if l[0] == ' ' {
					out = append(out, src[pos])
					gotNew++
				}
				pos++
				gotOld++
			case '+':
				out = append(out, []byte(body))
				gotNew++
			default:
				t.Fatalf("bad diff line %q", l)
			}
		}
		if gotOld != ol || gotNew != nl {
			t.Fatalf("hunk %q has %d old and %d new lines", h, gotOld, gotNew)
		}
	}
	out = append(out, src[pos:]...)
	return joinLines(out)
}

func parseRange(t *testing.T, s string) (int, int) {
	a, b, ok := strings.Cut(s, ",")
	start, err := strconv.Atoi(a)
	if err != nil {
		t.Fatalf("bad range %q", s)
	}
	if !ok {
		return start, 1
	}
	n, err := strconv.Atoi(b)
	if err != nil {
		t.Fatalf("bad range %q", s)
	}
	return start, n
}

func joinLines(ls [][]byte) []byte { return bytes.Join(ls, nil) }
func safeLine(src [][]byte, i int) string {
	if i < len(src) {
		return string(src[i])
	}
	return "<EOF>"
}

// randomText makes files from a tiny alphabet of lines so that diffs have
// many equal lines, repeated lines, CRLF lines and missing final newlines.
func randomText(r *rand.Rand) []byte {
	pool := []string{"a\n", "b\n", "c\n", "url = 'x'\n", "\n", "d\r\n", "é\n", "\xff\xfe\n", " \n", "-\n", "+\n", "\\ x\n"}
	var b []byte
	for n := r.Intn(30); n > 0; n-- {
		b = append(b, pool[r.Intn(len(pool))]...)
	}
	if r.Intn(3) == 0 && len(b) > 0 {
		b = b[:len(b)-1] // no final newline
	}
	return b
}

func mutate(r *rand.Rand, old []byte) []byte {
	lines := splitLines(old)
	for k := r.Intn(4); k >= 0; k-- {
		switch op := r.Intn(3); {
		case op == 0 && len(lines) > 0:
			i := r.Intn(len(lines))
			lines = append(lines[:i:i], lines[i+1:]...)
		case op == 1:
			i := r.Intn(len(lines) + 1)
			lines = append(lines[:i:i], append([][]byte{[]byte("new " + strconv.Itoa(r.Intn(9)) + "\n")}, lines[i:]...)...)
		case len(lines) > 0:
			i := r.Intn(len(lines))
			lines[i] = []byte("changed\n")
		}
	}
	b := joinLines(lines)
	if r.Intn(4) == 0 && len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return b
}

func TestUnifiedDiffRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		old := randomText(r)
		new := mutate(r, old)
		d := UnifiedDiff("f", old, new)
		if got := applyUnified(t, old, d); !bytes.Equal(got, new) {
			t.Fatalf("round trip failed\nold %q\nnew %q\ngot %q\ndiff:\n%s", old, new, got, d)
		}
	}
}

func FuzzUnifiedDiff(f *testing.F) {
	f.Add([]byte("a\nb\nc"), []byte("a\nc\n"))
	f.Add([]byte("x\r\ny\r\n"), []byte("x\r\nz\r\n"))
	f.Add([]byte(""), []byte("\n"))
	f.Fuzz(func(t *testing.T, old, new []byte) {
		d := UnifiedDiff("f", old, new)
		if got := applyUnified(t, old, d); !bytes.Equal(got, new) {
			t.Fatalf("round trip failed\nold %q\nnew %q\ngot %q\ndiff:\n%s", old, new, got, d)
		}
	})
}

// gitRepo makes a repository holding files, committed, for git apply checks.
func gitRepo(t *testing.T, files map[string][]byte) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git(t, dir, nil, "init", "-q")
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git(t, dir, nil, "add", "-A")
	git(t, dir, nil, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "base")
	return dir
}

func git(t *testing.T, dir string, stdin []byte, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "core.autocrlf=false", "-c", "core.quotePath=true"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir, "GIT_CONFIG_GLOBAL=/dev/null")
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func TestWritePatchGitApply(t *testing.T) {
	crlfOld := []byte("import requests\r\nr = requests.get(URL + '/api/v1/data')\r\nprint(r)\r\n")
	bomOld := []byte("\xef\xbb\xbfline1\nline2\nline3")
	long := []byte(strings.Repeat("filler\n", 40) + "x = '/api/v1/forms'\n" + strings.Repeat("more\n", 40) + "y = 'formid'\n" + strings.Repeat("end\n", 5))
	files := []FileChange{
		{Path: "app/client.py", Old: crlfOld, New: bytes.Replace(crlfOld, []byte("/api/v1/data"), []byte("/api/v2/assets/UID/data/"), 1)},
		{Path: "bom.txt", Old: bomOld, New: []byte("\xef\xbb\xbfline1\nLINE2\nline3")},
		{Path: "dir with space/caf\u00e9.R", Old: long, New: bytes.Replace(bytes.Replace(long, []byte("/api/v1/forms"), []byte("/api/v2/assets/"), 1), []byte("formid"), []byte("uid"), 1)},
		{Path: "sub dir/sp ace.txt", Old: []byte("a\nb\n"), New: []byte("a\nB\n")},
		{Path: "same.txt", Old: []byte("same\n"), New: []byte("same\n")},
		{Path: "gone.txt", Old: []byte("bye\n"), New: nil},
		{Path: "created.txt", Old: nil, New: []byte("hello\n")},
		{Path: "empty-new.txt", Old: nil, New: []byte{}},
		{Path: "emptied.txt", Old: []byte("all of it\n"), New: []byte{}},
	}
	repo := map[string][]byte{}
	for _, f := range files {
		if f.Old != nil {
			repo[f.Path] = f.Old
		}
	}
	dir := gitRepo(t, repo)
	var patch bytes.Buffer
	if err := WritePatch(&patch, files); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(patch.String(), "same.txt") {
		t.Error("unchanged file in patch")
	}
	git(t, dir, patch.Bytes(), "apply", "--check", "-")
	git(t, dir, patch.Bytes(), "apply", "-")
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if f.New == nil {
			if !os.IsNotExist(err) {
				t.Errorf("%s: still there after deletion (%v)", f.Path, err)
			}
			continue
		}
		if err != nil || !bytes.Equal(got, f.New) {
			t.Errorf("%s after git apply = %q (%v), want %q", f.Path, got, err, f.New)
		}
	}
}

// TestUnifiedDiffGitApplyRandom has git apply a multi-file patch of random
// changes (CRLF lines, missing final newlines, invalid UTF-8, lines that look
// like diff syntax) and checks the files it leaves.
func TestUnifiedDiffGitApplyRandom(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	files := map[string][]byte{}
	var changes []FileChange
	for n := 0; n < 60; n++ {
		old := randomText(r)
		name := fmt.Sprintf("f%02d.txt", n)
		files[name] = old
		changes = append(changes, FileChange{Path: name, Old: old, New: mutate(r, old)})
	}
	dir := gitRepo(t, files)
	var patch bytes.Buffer
	if err := WritePatch(&patch, changes); err != nil {
		t.Fatal(err)
	}
	git(t, dir, patch.Bytes(), "apply", "-")
	for _, c := range changes {
		got, err := os.ReadFile(filepath.Join(dir, c.Path))
		if err != nil || !bytes.Equal(got, c.New) {
			t.Errorf("%s = %q, want %q", c.Path, got, c.New)
		}
	}
}
