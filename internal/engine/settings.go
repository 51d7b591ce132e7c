package engine

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/kobolint/kobolint/internal/suggest"
	"github.com/kobolint/kobolint/rules"
)

// DefaultMaxFileSize is the size above which a file is not parsed but
// scanned in pieces for hosts and endpoints, when no setting says
// otherwise. Hand-written source is far smaller (semgrep skips files over
// 1 MB by default); what is larger is generated or data, where a parser
// costs memory by the byte (Python's 180 MB per MB of dense Kobo code)
// and some front-ends time by the square of the size (C# and shell: 8 s
// for 1 MB, 48 s for 2 MB), while the scan in pieces stays linear in time
// and bounded in memory.
const DefaultMaxFileSize = 1 << 20

// Settings are what applies to the files under one folder: the choices of
// its config file (.kobolint.yml, or pyproject.toml's [tool.kobolint]),
// merged by the caller with the command line. A run with several
// repositories, or one repository with nested config files, has several.
type Settings struct {
	// Source names the config file ("" when none applies).
	Source string
	// Table is the mapping table, with the config's self-hosted servers
	// (nil: the run's).
	Table *rules.Table
	// Markers are the configured host names (lower case): a file that
	// mentions one is worth parsing.
	Markers []string
	// Excludes are globs of paths not to scan.
	Excludes []Exclude
	// Comments reports URLs in comments and docstrings (at info).
	Comments bool
	// IDMap maps integer form ids to asset uids (for fixes).
	IDMap map[string]string
	// MaxFileSize: larger files are scanned in pieces, not parsed (0:
	// DefaultMaxFileSize).
	MaxFileSize int64
	// Select and Ignore are rule codes or prefixes: a finding is kept when
	// Select is empty or has a prefix of its rule, and Ignore has none.
	Select, Ignore []string

	once   sync.Once
	filter *prefilter
	codes  map[string]bool
}

// Exclude is a glob of paths not to scan, matched against the slash path
// relative to Dir (an absolute folder: the config file's, or the working
// directory for the command line's); "" is the folder being walked. A glob
// without "/" also matches a file or folder by its name anywhere below,
// and "dir/**" matches dir itself too.
type Exclude struct {
	Glob, Dir string
}

// options are the run's options with the table, comments, id map and
// size limit of these settings, for the checker.
func (s *Settings) options(run *Options) *Options {
	o := *run
	o.Table, o.Comments, o.IDMap = s.Table, s.Comments, s.IDMap
	o.MaxFileSize = s.MaxFileSize
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	return &o
}

// prepare fills what Settings derive from their fields, once; a nil
// Table is the run's.
func (s *Settings) prepare(table *rules.Table) {
	s.once.Do(func() {
		if s.Table == nil {
			s.Table = table
		}
		var extra [][]byte
		for _, m := range s.Markers {
			extra = append(extra, []byte(strings.ToLower(m)))
		}
		s.filter = newPrefilter(s.Table, extra)
		s.codes = map[string]bool{}
		for _, c := range s.Table.Codes() {
			s.codes[c] = true
		}
	})
}

// selects applies Select and Ignore to a rule code.
func (s *Settings) selects(rule string) bool {
	return (len(s.Select) == 0 || hasPrefixOf(rule, s.Select)) && !hasPrefixOf(rule, s.Ignore)
}

func hasPrefixOf(code string, list []string) bool {
	for _, p := range list {
		p = strings.ToUpper(strings.TrimSpace(p))
		if p != "" && strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// baseSettings are the settings where no config file applies: Options.Base,
// or the Options' own fields for callers that know no config files.
func (o *Options) baseSettings() *Settings {
	if o.Base != nil {
		if o.Base.Table == nil {
			o.Base.Table = o.Table
		}
		return o.Base
	}
	s := &Settings{Table: o.Table, Comments: o.Comments, IDMap: o.IDMap, MaxFileSize: o.MaxFileSize, Markers: o.ExtraMarkers}
	for _, g := range o.Excludes {
		s.Excludes = append(s.Excludes, Exclude{Glob: g})
	}
	return s
}

// excluded reports whether a file or folder (abs: its absolute path,
// walkRel: its slash path below the walked folder, name: its base name)
// matches one of the excludes.
func excluded(ex []Exclude, abs, walkRel, name string) bool {
	for _, e := range ex {
		g := strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(e.Glob), "./"), "/")
		rel := walkRel
		if e.Dir != "" {
			rel = relUnder(e.Dir, abs)
		}
		if rel != "" && matchGlob(g, rel) {
			return true
		}
		if !strings.Contains(g, "/") {
			if ok, _ := path.Match(g, name); ok {
				return true
			}
		}
	}
	return false
}

// matchGlob matches a slash path against a glob with ** (any number of
// folders); "dir/**" also matches dir.
func matchGlob(g, rel string) bool {
	if prefix, ok := strings.CutSuffix(g, "/**"); ok && rel == prefix {
		return true
	}
	ok, _ := doublestar.Match(g, rel)
	return ok
}

// relUnder is the slash path of abs below dir, or "" when abs is not
// below it.
func relUnder(dir, abs string) string {
	if len(abs) > len(dir) && strings.HasPrefix(abs, dir) && os.IsPathSeparator(abs[len(dir)]) {
		return filepath.ToSlash(abs[len(dir)+1:])
	}
	if strings.HasSuffix(dir, string(filepath.Separator)) && len(abs) > len(dir) && strings.HasPrefix(abs, dir) {
		return filepath.ToSlash(abs[len(dir):]) // dir is the file system's root
	}
	return ""
}

// unknownCode describes a rule code of a suppression that names no rule.
func (s *Settings) unknownCode(code string) string {
	c := strings.ToUpper(strings.TrimSpace(code))
	if s.codes[c] {
		return ""
	}
	var under []string
	for k := range s.codes {
		if strings.HasPrefix(k, c) {
			under = append(under, k)
		}
	}
	if len(under) > 0 && c != "" {
		slices.Sort(under)
		if len(under) > 3 {
			under = append(under[:3], "...")
		}
		return fmt.Sprintf("%s is a prefix: kobolint:ignore takes whole rule codes (%s)", code, strings.Join(under, ", "))
	}
	codes := make([]string, 0, len(s.codes))
	for k := range s.codes {
		codes = append(codes, k)
	}
	slices.Sort(codes)
	return "unknown rule code " + code + suggest.Hint(c, codes)
}

// AddServers makes the self-hosted servers a config file names known:
// each KoboCAT host (mapped to its KPI host, "" when unknown) and each
// KPI host becomes a host of the table and a marker of the prefilter.
func (s *Settings) AddServers(kobocat map[string]string, kpi []string) {
	s.Table.ExtraKoboCAT = map[string]string{}
	s.Table.ExtraKPI = map[string]bool{}
	for h, v := range kobocat {
		s.Table.ExtraKoboCAT[h] = v
		s.Markers = append(s.Markers, h)
	}
	for _, h := range kpi {
		s.Table.ExtraKPI[h] = true
		s.Markers = append(s.Markers, h)
	}
}

// AddExcludes adds globs of paths not to scan, relative to dir.
func (s *Settings) AddExcludes(globs []string, dir string) {
	for _, g := range globs {
		s.Excludes = append(s.Excludes, Exclude{Glob: g, Dir: dir})
	}
}
