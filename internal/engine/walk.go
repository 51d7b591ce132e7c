package engine

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"

	gitignore "github.com/sabhiram/go-gitignore"

	"github.com/kobolint/kobolint/analyzers/text"
	"github.com/kobolint/kobolint/internal/lang"
)

func defaultJobs() int { return runtime.NumCPU() }

// skipDirs are never descended into: tool caches and third-party code that
// the user does not own.
var skipDirs = map[string]bool{
	".git": true, ".hg": true, ".svn": true, "node_modules": true, ".venv": true,
	"venv": true, "__pycache__": true, ".tox": true, ".mypy_cache": true,
	".pytest_cache": true, ".ipynb_checkpoints": true, "renv": true, "packrat": true,
	".Rproj.user": true, "vendor": true, "site-packages": true,
}

// ignoreLayer is the .gitignore of one directory.
type ignoreLayer struct {
	dir string // slash path relative to the walk root
	gi  *gitignore.GitIgnore
}

// visitFunc receives a candidate file: its path, its reported path and its
// front-end as told by its name, or nil when only the file's #! line can
// tell (a name without extension, or a path given explicitly).
type visitFunc func(path, display string, l *lang.Language)

// walk calls visit for every candidate file under paths. A path given
// explicitly is always visited (unless unreadable); directories are walked
// without following symbolic links to directories, so link loops are
// impossible. Files whose name has an extension that no front-end claims
// are skipped here, before anything reads them.
func walk(paths []string, opts Options, visit visitFunc, problem func(Problem)) error {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	wd, _ := os.Getwd()
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			problem(Problem{Path: root, Msg: "cannot read: " + errText(err), IO: true})
			continue
		}
		if !st.IsDir() {
			visit(root, display(wd, root), lang.Detect(root, nil))
			continue
		}
		walkDir(root, wd, opts, visit, problem)
	}
	return nil
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func display(wd, p string) string {
	if abs, err := filepath.Abs(p); err == nil && wd != "" {
		if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			p = rel
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// extensionless reports whether a base name has no extension (a leading
// dot does not start one): only such files are read to look for a #! line.
func extensionless(name string) bool { return strings.LastIndexByte(name, '.') <= 0 }

func walkDir(root, wd string, opts Options, visit visitFunc, problem func(Problem)) {
	var layers []ignoreLayer
	// Reported paths are the root's reported path joined with the slash
	// path below it: computing them per file (Abs, Rel, Clean) cost more
	// than the rest of the walk. A root outside the working directory (.., /)
	// may hold it, and then each file's path is worked out in full.
	rootDisp := display(wd, root)
	fast := rootDisp == "." || (!filepath.IsAbs(rootDisp) && rootDisp != ".." && !strings.HasPrefix(rootDisp, "../"))
	under := func(p, rel string) string {
		switch {
		case !fast:
			return display(wd, p)
		case rootDisp == ".":
			return rel
		}
		return rootDisp + "/" + rel
	}
	// WalkDir joins names to the cleaned root: the path below the root is
	// what follows it (filepath.Rel per file was a tenth of the walk).
	clean := filepath.Clean(root)
	relTo := func(p string) string {
		switch {
		case p == root || p == clean:
			return "."
		case clean == ".":
			return filepath.ToSlash(p)
		case len(p) > len(clean) && strings.HasPrefix(p, clean) && os.IsPathSeparator(p[len(clean)]):
			return filepath.ToSlash(p[len(clean)+1:])
		}
		rel, _ := filepath.Rel(root, p)
		return filepath.ToSlash(rel)
	}
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel := relTo(p)
		if err != nil {
			problem(Problem{Path: display(wd, p), Msg: "cannot read: " + errText(err), IO: true})
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		// leave the ignore layers of directories we are no longer in
		for len(layers) > 0 {
			top := layers[len(layers)-1].dir
			if top == "." || rel == top || strings.HasPrefix(rel, top+"/") {
				break
			}
			layers = layers[:len(layers)-1]
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (skipDirs[name] || ignored(layers, rel, true) || excluded(opts.Excludes, rel, name)) {
				return filepath.SkipDir
			}
			if !opts.NoGitignore {
				if gi, err := gitignore.CompileIgnoreFile(filepath.Join(p, ".gitignore")); err == nil {
					layers = append(layers, ignoreLayer{dir: rel, gi: gi})
				}
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// a link to a file is read; a link to a directory is not followed
			st, err := os.Stat(p)
			if err != nil || !st.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if ignored(layers, rel, false) || excluded(opts.Excludes, rel, name) {
			return nil
		}
		if !opts.History && text.IsHistory(rel) {
			return nil
		}
		if knittedOutput(p, name) {
			return nil
		}
		l := lang.Detect(name, nil)
		if l == nil && !extensionless(name) {
			return nil
		}
		visit(p, under(p, rel), l)
		return nil
	})
}

func ignored(layers []ignoreLayer, rel string, dir bool) bool {
	for _, l := range layers {
		sub := rel
		if l.dir != "." {
			sub = strings.TrimPrefix(rel, l.dir+"/")
		}
		if dir {
			if l.gi.MatchesPath(sub + "/") {
				return true
			}
		} else if l.gi.MatchesPath(sub) {
			return true
		}
	}
	return false
}

// excluded matches --exclude globs against the relative path, every
// suffix of it, and the base name ("testdata", "*.min.js", "docs/old/**").
func excluded(globs []string, rel, name string) bool {
	for _, g := range globs {
		g = strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(g), "./"), "/")
		if strings.HasSuffix(g, "/**") {
			prefix := strings.TrimSuffix(g, "/**")
			if rel == prefix || strings.HasPrefix(rel, prefix+"/") {
				return true
			}
		}
		if ok, _ := path.Match(g, name); ok {
			return true
		}
		if ok, _ := path.Match(g, rel); ok {
			return true
		}
	}
	return false
}

// knittedOutput reports whether a Markdown or HTML file is the rendered
// output of a notebook or R Markdown/Quarto document beside it
// (report.md next to report.Rmd): the source is scanned, and reporting the
// same calls twice, in a file nobody edits, would only add noise.
func knittedOutput(p, name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".md" && ext != ".html" && ext != ".htm" {
		return false
	}
	stem := strings.TrimSuffix(p, filepath.Ext(p))
	for _, src := range []string{".Rmd", ".rmd", ".qmd", ".ipynb", ".Rmarkdown"} {
		if st, err := os.Stat(stem + src); err == nil && st.Mode().IsRegular() {
			return true
		}
	}
	return false
}
