package engine

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
)

// filesWithFindings is the set of files below dir with a finding in res,
// by their slash-separated paths relative to dir.
func filesWithFindings(res *Result, dir string) map[string]bool {
	seen := map[string]bool{}
	for _, f := range res.Findings {
		rel, _ := filepath.Rel(dir, f.Path)
		seen[filepath.ToSlash(rel)] = true
	}
	return seen
}

// A file over the size limit is scanned in pieces: findings land on the
// file's own lines and columns whatever piece they were found in, also in
// a line longer than a piece.
func TestLargeFileInPieces(t *testing.T) {
	defer func(n int) { largeChunk = n }(largeChunk)
	largeChunk = 64
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("x = 1\n")
	for i := 0; i < 20; i++ {
		b.WriteString("y = 'padding padding'\n")
	}
	b.WriteString("u = 'https://kc.kobotoolbox.org/api/v1/forms'\n")
	long := strings.Repeat("ab ", 50) + "'https://kc.kobotoolbox.org/api/v1/data'\n"
	b.WriteString(long)
	testenv.WriteFiles(t, dir, "big.py", b.String())
	res, err := Run([]string{dir}, Options{Jobs: 1, MaxFileSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%d:%d:%s:%s", f.Line, f.Column, f.Rule, f.Fix.Safety))
		if len(f.Fix.Edits) != 0 {
			t.Errorf("a finding of a file over the limit has edits: %+v", f)
		}
	}
	want := []string{"22:14:KB101:none", "22:32:KB210:none", "23:160:KB101:none", "23:178:KB201:none"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("findings %v, want %v", got, want)
	}
	if len(res.Problems) != 1 || res.Problems[0].Kind != TooLarge || res.FilesScanned != 1 {
		t.Errorf("problems %+v, %d scanned", res.Problems, res.FilesScanned)
	}
}

// Config files apply below their folder; a .git starts a repository with
// its own settings and definitions.
func TestWalkSettingsAndWorlds(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir,
		"top.sh", "curl \"$BASE_A/api/v1/forms\"\n",
		"defs.env", "BASE_A=https://kc.kobotoolbox.org\n",
		"sub/.cfg", "",
		"sub/skipme.sh", "curl \"https://kc.kobotoolbox.org/api/v1/forms\"\n",
		"repo/.git/HEAD", "",
		"repo/use.sh", "curl \"$BASE_A/api/v1/forms\"\n")
	subSettings := &Settings{Excludes: []Exclude{{Glob: "skipme.sh", Dir: filepath.Join(dir, "sub")}}}
	opts := Options{Jobs: 1, Configs: func(d string) (*Settings, error) {
		if filepath.Base(d) == "sub" {
			return subSettings, nil
		}
		return nil, nil
	}}
	// the settings are asked only for folders with a config file's name
	testenv.WriteFiles(t, dir, "sub/.kobolint.yml", "")
	res, err := Run([]string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	seen := filesWithFindings(res, dir)
	if !seen["top.sh"] || seen["sub/skipme.sh"] || seen["repo/use.sh"] {
		t.Errorf("files with findings: %v (want top.sh with the definition of defs.env; not sub/skipme.sh, excluded by sub's config; not repo/use.sh, in another repository)", seen)
	}
	if root := res.Repos[filepath.ToSlash(filepath.Join(dir, "top.sh"))]; root != "" {
		t.Errorf("top.sh is in no repository, got %q", root)
	}
}

// A named file obeys the excludes with ForceExclude only.
func TestForceExclude(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, ".git/HEAD", "", ".gitignore", "gen/\n", "gen/a.sh", "curl \"https://kc.kobotoolbox.org/api/v1/forms\"\n",
		"NEWS.md", "see https://kc.kobotoolbox.org/api/v1/forms\n", "keep.sh", "curl \"https://kc.kobotoolbox.org/api/v1/forms\"\n")
	t.Chdir(dir)
	named := []string{"gen/a.sh", "NEWS.md", "keep.sh", "gen"}
	for _, force := range []bool{false, true} {
		res, err := Run(named, Options{Jobs: 1, ForceExclude: force})
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]bool{}
		for _, f := range res.Findings {
			files[f.Path] = true
		}
		if !files["keep.sh"] || files["gen/a.sh"] == force || files["NEWS.md"] == force {
			t.Errorf("ForceExclude %v: files with findings %v", force, files)
		}
	}
}

// A UTF-16 script (PowerShell 5's default) is read as text; a file named
// like source code that holds NUL bytes has its bytes scanned. Neither
// gets fixes.
func TestUTF16AndBinary(t *testing.T) {
	dir := t.TempDir()
	text := "# export\r\n$r = Invoke-RestMethod \"https://kc.kobotoolbox.org/api/v1/data\"\r\n"
	le := []byte{0xFF, 0xFE}
	for _, r := range text {
		le = append(le, byte(r), 0)
	}
	testenv.WriteFiles(t, dir, "export.ps1", string(le), "blob.py", "\x00\x01kobo https://kc.kobotoolbox.org/api/v1/forms \x02")
	res, err := Run([]string{dir}, Options{Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%s:%d:%s:%s", filepath.Base(f.Path), f.Line, f.Rule, f.Fix.Safety))
	}
	want := []string{"blob.py:1:KB101:none", "blob.py:1:KB210:none", "export.ps1:2:KB101:none", "export.ps1:2:KB201:none"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("findings %v, want %v", got, want)
	}
	kinds := map[ProblemKind]bool{}
	for _, p := range res.Problems {
		kinds[p.Kind] = true
	}
	if !kinds[Encoding] || !kinds[Binary] || len(res.Problems) != 2 {
		t.Errorf("problems %+v", res.Problems)
	}
}
