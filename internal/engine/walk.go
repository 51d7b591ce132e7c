package engine

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	gitignore "github.com/sabhiram/go-gitignore"

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

// configNames are the files that may hold settings for their folder.
var configNames = []string{".kobolint.yml", "pyproject.toml"}

// ignoreLayer is the .gitignore of one folder.
type ignoreLayer struct {
	dir string // absolute
	gi  *gitignore.GitIgnore
}

// place is what applies in a folder: its settings, the git repository it
// belongs to and the .gitignore files above it.
type place struct {
	set    *Settings
	world  string // absolute root of the git repository, "" for none
	layers []ignoreLayer
}

// fileCtx is what a visited file is judged with; the files of one folder
// share one.
type fileCtx struct {
	set   *Settings
	world string
	// root is the index of the path argument the file was found under.
	root int
	// context: the file is read only for what it tells the others (the
	// rest of a repository of which some files were named): its findings
	// and problems are not reported.
	context bool
	// need, for a context file, are the names that make it worth parsing:
	// those the named files use or define (see nameTokens).
	need [][]byte
	// second: a file the prefilter dropped, read again because it
	// mentions one of need, names that Kobo files define (secondChance)
	second bool
}

// visitFunc receives a candidate file: its path, its reported path, its
// front-end as told by its name (nil when only the file's #! line can
// tell: a name without extension, or a path given explicitly) and what it
// is judged with.
type visitFunc func(path, display string, l *lang.Language, fc *fileCtx)

// walker walks the paths of a run.
type walker struct {
	opts    *Options
	base    *Settings
	wd      string
	visit   visitFunc
	problem func(Problem)
	// configs caches the settings of folders with a config file (nil
	// value: the folder has none); places caches the place of folders
	// asked by upward discovery.
	configs map[string]*Settings
	places  map[string]place
	// seen holds the files visited under path arguments that lie inside a
	// repository without being its root: the context pass skips them.
	seen map[string]bool
	// partial lists those repositories; need are the names worth
	// parsing a context file for, by repository.
	partial map[string]bool
	need    map[string][][]byte
	// forced holds the path arguments that ForceExclude left out.
	forced map[int]bool
	err    error
}

func newWalker(opts *Options, visit visitFunc, problem func(Problem)) *walker {
	wd, _ := os.Getwd()
	return &walker{
		opts: opts, base: opts.baseSettings(), wd: wd, visit: visit, problem: problem,
		configs: map[string]*Settings{}, places: map[string]place{}, seen: map[string]bool{}, partial: map[string]bool{}, forced: map[int]bool{},
	}
}

// walk calls visit for every candidate file under paths (see also
// contextPass). A path given
// explicitly is always visited (unless unreadable, or excluded with
// Options.ForceExclude); a symbolic link given as a path is followed.
// Below it, folders are walked without following symbolic links to
// folders, so link loops are impossible. Files whose name has an
// extension that no front-end claims are skipped here, before anything
// reads them. It returns the first config error, which ends the run.
func (w *walker) walk(paths []string) error {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for i, root := range paths {
		if w.err != nil {
			return w.err
		}
		w.walkRoot(i, root)
	}
	return w.err
}

func (w *walker) walkRoot(i int, root string) {
	abs, err := filepath.Abs(root)
	if err != nil {
		w.problem(Problem{Path: root, Msg: "cannot read: " + errText(err), Kind: ReadError, IO: true})
		return
	}
	disp := display(w.wd, root)
	st, err := os.Stat(root)
	if err != nil {
		if _, ok := w.opts.Overlay[disp]; ok && errors.Is(err, fs.ErrNotExist) {
			// a buffer judged as a file that is not (yet) on disk
			w.walkFile(i, root, abs, disp)
			return
		}
		w.problem(Problem{Path: disp, Msg: "cannot read: " + errText(err), Kind: ReadError, IO: true})
		return
	}
	if !st.IsDir() {
		w.walkFile(i, root, abs, disp)
		return
	}
	parent := w.placeOf(filepath.Dir(abs))
	if w.err != nil {
		return
	}
	if w.opts.ForceExclude && w.skipped(parent, abs, disp, true) {
		w.forced[i] = true
		return
	}
	if ignored(parent.layers, abs, true) {
		// a folder named explicitly is read even if a .gitignore above
		// it ignores it (as a file named explicitly is)
		parent.layers = nil
	}
	// a folder inside a repository, not its root: the rest of the
	// repository is context
	inside := parent.world != "" && !w.isRepo(abs)
	if inside {
		w.partial[parent.world] = true
	}
	w.walkDir(root, abs, disp, ".", parent, i, false, inside && w.opts.RepoContext)
}

// walkFile visits a file named on the command line.
func (w *walker) walkFile(i int, root, abs, disp string) {
	pl := w.placeOf(filepath.Dir(abs))
	if w.err != nil {
		return
	}
	if pl.world != "" {
		w.partial[pl.world] = true
		if w.opts.RepoContext {
			w.seen[abs] = true
		}
	}
	if w.opts.ForceExclude && w.skipped(pl, abs, disp, false) {
		w.forced[i] = true
		return
	}
	w.visit(root, disp, lang.Detect(root, nil), &fileCtx{set: pl.set, world: pl.world, root: i})
}

// skipped tells whether a walk of the repository would leave a named file
// or folder (isDir) out: an exclude glob, .gitignore, a folder never
// entered, the history-file rule or a knitted document's output.
func (w *walker) skipped(pl place, abs, disp string, isDir bool) bool {
	name := filepath.Base(abs)
	rel := disp
	if pl.world != "" {
		rel = relUnder(pl.world, abs)
		if rel == "" {
			return false // the repository's root
		}
	}
	for _, dir := range strings.Split(rel, "/") {
		if skipDirs[dir] && (dir != name || isDir) {
			return true
		}
	}
	if ignored(pl.layers, abs, isDir) || excluded(pl.set.Excludes, abs, rel, name) {
		return true
	}
	for d := filepath.Dir(abs); pl.world != "" && d != pl.world && strings.HasPrefix(d, pl.world); d = filepath.Dir(d) {
		if ignored(pl.layers, d, true) || excluded(pl.set.Excludes, d, relUnder(pl.world, d), filepath.Base(d)) {
			return true
		}
	}
	if isDir {
		return false
	}
	if !w.opts.History && lang.IsHistory(rel) {
		return true
	}
	return knittedOutput(abs, name, nil)
}

// isRepo reports whether dir is the root of a git repository.
func (w *walker) isRepo(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, ".git"))
	return err == nil
}

// placeOf finds what applies inside the folder dir (absolute): the
// repository it belongs to (the nearest folder above with a .git), the
// nearest config file from dir up to that root (up to the file system's
// root outside a repository), and the .gitignore files from the root down.
func (w *walker) placeOf(dir string) place {
	if pl, ok := w.places[dir]; ok {
		return pl
	}
	var chain []string // dir, its parent, ... up to the repository root
	world := ""
	for d := dir; ; {
		chain = append(chain, d)
		if w.isRepo(d) {
			world = d
			break
		}
		up := filepath.Dir(d)
		if up == d {
			break
		}
		d = up
	}
	pl := place{set: w.base}
	for i := len(chain) - 1; i >= 0; i-- {
		d := chain[i]
		pl = w.enter(pl, d, d == world, func(name string) bool {
			_, err := os.Lstat(filepath.Join(d, name))
			return err == nil
		}, world != "")
		if w.err != nil {
			return pl
		}
	}
	w.places[dir] = pl
	return pl
}

// enter returns what applies inside the folder dir, given what applies
// in its parent: a .git starts a new repository (its own settings and
// ignore files only), a config file replaces the settings, a .gitignore
// adds a layer (only inside a repository when gitignores is false).
func (w *walker) enter(pl place, dir string, isRepo bool, has func(string) bool, gitignores bool) place {
	if isRepo && pl.world != dir {
		pl = place{set: w.base, world: dir}
		gitignores = true
	}
	if w.opts.Configs != nil {
		for _, n := range configNames {
			if !has(n) {
				continue
			}
			s, err := w.config(dir)
			if err != nil {
				w.err = err
				return pl
			}
			if s != nil {
				pl.set = s
			}
			break
		}
	}
	if gitignores && !w.opts.NoGitignore && has(".gitignore") {
		if gi, err := gitignore.CompileIgnoreFile(filepath.Join(dir, ".gitignore")); err == nil {
			pl.layers = append(pl.layers[:len(pl.layers):len(pl.layers)], ignoreLayer{dir: dir, gi: gi})
		}
	}
	return pl
}

// config returns the settings of the config file in dir, or nil.
func (w *walker) config(dir string) (*Settings, error) {
	if s, ok := w.configs[dir]; ok {
		return s, nil
	}
	s, err := w.opts.Configs(dir)
	if err != nil {
		return nil, err
	}
	w.configs[dir] = s
	return s, nil
}

// contextPass walks, as context, the repositories in which path arguments
// named some files or folders but not the whole: the other files give
// their definitions, and whether the repository talks to Kobo, so that a
// file is judged as a scan of the whole repository judges it. need holds,
// by repository, the names that make a context file worth parsing; all
// marks the repositories where every file the prefilter lets through is
// parsed (a named file has paths or names that count only in a repository
// that talks to Kobo); a repository with neither is not walked.
func (w *walker) contextPass(nroots int, need map[string][][]byte, all map[string]bool) error {
	w.need = map[string][][]byte{}
	for world := range w.partial {
		if w.err != nil {
			break
		}
		switch {
		case all[world]:
			w.need[world] = nil
		case len(need[world]) > 0:
			w.need[world] = need[world]
		default:
			continue
		}
		w.walkDir(world, world, display(w.wd, world), ".", place{set: w.base}, nroots, true, false)
	}
	return w.err
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

// walkDir walks the folder dir (as given: p, absolute: abs, reported:
// disp, below the path argument: rel) with parent, what applies in the
// folder above. record keeps the visited files for the context pass.
func (w *walker) walkDir(p, abs, disp, rel string, parent place, root int, context, record bool) {
	entries, err := os.ReadDir(p)
	if err != nil {
		if !context {
			w.problem(Problem{Path: disp, Msg: "cannot read: " + errText(err), Kind: ReadError, IO: true})
		}
		return
	}
	names := make(map[string]bool, 8)
	for _, e := range entries {
		switch n := e.Name(); n {
		case ".git", ".gitignore", ".kobolint.yml", "pyproject.toml":
			names[n] = true
		default:
			if strings.HasSuffix(n, ".Rmd") || strings.HasSuffix(n, ".rmd") || strings.HasSuffix(n, ".qmd") || strings.HasSuffix(n, ".ipynb") || strings.HasSuffix(n, ".Rmarkdown") {
				names[n] = true
			}
		}
	}
	if context && names[".git"] && parent.world != "" {
		return // another repository inside the one read as context
	}
	has := func(n string) bool { return names[n] }
	pl := w.enter(parent, abs, names[".git"], has, true)
	if w.err != nil {
		return
	}
	fc := &fileCtx{set: pl.set, world: pl.world, root: root, context: context}
	if context {
		fc.need = w.need[pl.world]
	}
	// Reported paths are the folder's reported path joined with the name:
	// computing them per file (Abs, Rel, Clean) cost more than the rest of
	// the walk. A folder outside the working directory (.., /) gets each
	// file's path worked out in full.
	fast := disp == "." || (!filepath.IsAbs(disp) && disp != ".." && !strings.HasPrefix(disp, "../"))
	for _, e := range entries {
		name := e.Name()
		cp := filepath.Join(p, name)
		cabs := abs + string(filepath.Separator) + name
		crel := name
		if rel != "." {
			crel = rel + "/" + name
		}
		cdisp := name
		switch {
		case !fast:
			cdisp = display(w.wd, cp)
		case disp != ".":
			cdisp = disp + "/" + name
		}
		typ := e.Type()
		if typ.IsDir() {
			if skipDirs[name] || ignored(pl.layers, cabs, true) || excluded(pl.set.Excludes, cabs, crel, name) {
				continue
			}
			w.walkDir(cp, cabs, cdisp, crel, pl, root, context, record)
			if w.err != nil {
				return
			}
			continue
		}
		if typ&fs.ModeSymlink != 0 {
			// a link to a file is read; a link to a folder is not followed
			st, err := os.Stat(cp)
			if err != nil || !st.Mode().IsRegular() {
				continue
			}
		} else if !typ.IsRegular() {
			continue
		}
		if ignored(pl.layers, cabs, false) || excluded(pl.set.Excludes, cabs, crel, name) {
			continue
		}
		if !w.opts.History && lang.IsHistory(crel) {
			continue
		}
		if knittedOutput(cabs, name, names) {
			continue
		}
		l := lang.Detect(name, nil)
		if l == nil && !extensionless(name) {
			continue
		}
		if context && w.seen[cabs] {
			continue
		}
		if record {
			w.seen[cabs] = true
		}
		w.visit(cp, cdisp, l, fc)
	}
}

// ignored matches a file or folder (absolute path) against the .gitignore
// layers above it.
func ignored(layers []ignoreLayer, abs string, dir bool) bool {
	for _, l := range layers {
		sub := relUnder(l.dir, abs)
		if sub == "" {
			continue
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

// knittedOutput reports whether a Markdown or HTML file is the rendered
// output of a notebook or R Markdown/Quarto document beside it
// (report.md next to report.Rmd): the source is scanned, and reporting the
// same calls twice, in a file nobody edits, would only add noise. siblings
// are the names in the file's folder that matter (nil: ask the disk).
func knittedOutput(p, name string, siblings map[string]bool) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".md" && ext != ".html" && ext != ".htm" {
		return false
	}
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	for _, src := range []string{".Rmd", ".rmd", ".qmd", ".ipynb", ".Rmarkdown"} {
		if siblings != nil {
			if siblings[stem+src] {
				return true
			}
			continue
		}
		if st, err := os.Stat(filepath.Join(filepath.Dir(p), stem+src)); err == nil && st.Mode().IsRegular() {
			return true
		}
	}
	return false
}
