// Package config reads kobolint's settings: .kobolint.yml, or the
// [tool.kobolint] table of a pyproject.toml when a folder has no
// .kobolint.yml. Mistakes are reported in the config's own words: file,
// line, key, the allowed keys or values, and the nearest one.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/dustin/go-humanize"
	"gopkg.in/yaml.v3"

	"github.com/kobolint/kobolint/internal/suggest"
)

// FileName is the documented config file.
const FileName = ".kobolint.yml"

// PyProject is read when a folder has no FileName and it has a
// [tool.kobolint] table.
const PyProject = "pyproject.toml"

// Config is one config file.
type Config struct {
	// Path is the file the settings come from; Dir its folder (absolute),
	// which exclude globs and id_map are relative to.
	Path, Dir string
	// Exclude lists globs of paths not to scan.
	Exclude []string
	// Select and Ignore list rule codes or prefixes (KB2, KB401).
	Select, Ignore []string
	// Comments reports URLs in comments and docstrings (at info).
	Comments bool
	// Hosts adds the KoboCAT and KPI hosts of self-hosted servers (lower
	// case).
	Hosts struct {
		// KoboCAT maps a KoboCAT host to its KPI host ("" if unknown).
		KoboCAT map[string]string
		KPI     []string
	}
	// IDMap is a CSV file of formid,uid pairs (absolute path).
	IDMap string
	// MaxFileSize is the size in bytes above which a file is not parsed
	// but scanned in pieces for hosts and endpoints (0: the default).
	MaxFileSize int64
	// Lines are the lines of the top-level keys, for messages about their
	// values found later (an unknown rule code in select).
	Lines map[string]int
}

// Error is a mistake in a config file.
type Error struct {
	Path string
	Line int    // 0 when unknown
	Key  string // dotted key, "" for the file as a whole
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Find returns the config of the folder dir: its .kobolint.yml, else its
// pyproject.toml when that has a [tool.kobolint] table, else nil. codes
// are the known rule codes, to check select and ignore (nil: unchecked).
func Find(dir string, codes []string) (*Config, error) {
	p := filepath.Join(dir, FileName)
	if _, err := os.Stat(p); err == nil {
		return Read(p, codes)
	}
	p = filepath.Join(dir, PyProject)
	data, err := os.ReadFile(p)
	if err != nil || !bytes.Contains(data, []byte("kobolint")) {
		return nil, nil //nolint:nilerr // no pyproject, or one without kobolint: not a config
	}
	return parse(p, data, codes)
}

// Load reads a config file; a missing file that was not named explicitly
// is an empty config. Rule codes are not checked (see Read).
func Load(path string, explicit bool) (*Config, error) {
	if _, err := os.Stat(path); !explicit && errors.Is(err, os.ErrNotExist) {
		abs, _ := filepath.Abs(path)
		return &Config{Path: path, Dir: filepath.Dir(abs), Lines: map[string]int{}}, nil
	}
	return Read(path, nil)
}

// Read reads a config file given by its path (.kobolint.yml, any YAML
// file, or a pyproject.toml). codes are the known rule codes, to check
// select and ignore (nil: unchecked).
func Read(path string, codes []string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: "cannot read: " + errText(err)}
	}
	c, err := parse(path, data, codes)
	if err == nil && c == nil {
		return nil, &Error{Path: path, Msg: "no [tool.kobolint] table"}
	}
	return c, err
}

func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func parse(path string, data []byte, codes []string) (*Config, error) {
	var root *node
	var err error
	if filepath.Base(path) == PyProject || strings.HasSuffix(path, ".toml") {
		root, err = fromPyproject(data)
		if root == nil && err == nil {
			return nil, nil
		}
	} else {
		var y yaml.Node
		if e := yaml.Unmarshal(data, &y); e != nil {
			err = yamlError(e)
		} else {
			root, err = fromYAML(&y)
		}
	}
	var ce *Error
	if errors.As(err, &ce) {
		ce.Path = path
		return nil, ce
	}
	if err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	c := &Config{Path: path, Dir: filepath.Dir(abs), Lines: map[string]int{}}
	v := &validator{path: path, codes: codes}
	v.top(c, root)
	if v.err != nil {
		return nil, v.err
	}
	return c, nil
}

// topKeys are the settings, each with what it takes.
var topKeys = map[string]string{
	"exclude":       "a list of globs",
	"select":        "a list of rule codes or prefixes",
	"ignore":        "a list of rule codes or prefixes",
	"comments":      "true or false",
	"hosts":         "kobocat: {KoboCAT host: KPI host} and kpi: [KPI hosts]",
	"id_map":        "the path of a CSV file of formid,uid pairs",
	"max_file_size": "a size in bytes, or with a unit (20MB, 64MiB)",
}

var hostKeys = map[string]string{
	"kobocat": "a table of KoboCAT host: KPI host",
	"kpi":     "a list of KPI host names",
}

// validator checks a tree against the settings and fills a Config; it
// keeps the first error.
type validator struct {
	path  string
	codes []string
	err   *Error
}

func (v *validator) fail(line int, key, format string, args ...any) {
	if v.err == nil {
		v.err = &Error{Path: v.path, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)}
	}
}

func (v *validator) top(c *Config, root *node) {
	if root.kind == scalarNode && root.typ == "null" {
		return // an empty file
	}
	if root.kind != mapNode {
		v.fail(root.line, "", "the settings must be keys (exclude:, select:, ...), not %s", root.what())
		return
	}
	v.checkKeys(root, "", topKeys)
	for i, k := range root.keys {
		val := root.vals[i]
		c.Lines[k.text] = k.line
		switch k.text {
		case "exclude":
			for _, it := range v.items(val, k.text) {
				if err := CheckGlob(it.text); err != nil {
					v.fail(it.line, k.text, "%v", err)
				}
				c.Exclude = append(c.Exclude, it.text)
			}
		case "select", "ignore":
			var list []string
			for _, it := range v.items(val, k.text) {
				if err := CheckSelector(it.text, v.codes); err != nil {
					v.fail(it.line, k.text, "%v", err)
				}
				list = append(list, it.text)
			}
			if k.text == "select" {
				c.Select = list
			} else {
				c.Ignore = list
			}
		case "comments":
			c.Comments = v.bool(val, k.text)
		case "id_map":
			if s := v.string(val, k.text); s != "" {
				if !filepath.IsAbs(s) {
					s = filepath.Join(c.Dir, s)
				}
				c.IDMap = s
			}
		case "max_file_size":
			c.MaxFileSize = v.size(val, k.text)
		case "hosts":
			v.hosts(c, val)
		}
	}
}

// checkKeys reports the first key of m that allowed does not list.
func (v *validator) checkKeys(m *node, prefix string, allowed map[string]string) {
	names := make([]string, 0, len(allowed))
	for k := range allowed {
		names = append(names, k)
	}
	slices.Sort(names)
	seen := map[string]bool{}
	for _, k := range m.keys {
		if seen[k.text] {
			v.fail(k.line, prefix+k.text, "is set twice")
		}
		seen[k.text] = true
		if _, ok := allowed[k.text]; ok {
			continue
		}
		v.fail(k.line, prefix+k.text, "unknown key%s (allowed keys: %s)", suggest.Hint(k.text, names), strings.Join(names, ", "))
	}
}

func (v *validator) hosts(c *Config, n *node) {
	if n.kind != mapNode {
		v.fail(n.line, "hosts", "want %s, got %s", topKeys["hosts"], n.what())
		return
	}
	v.checkKeys(n, "hosts.", hostKeys)
	for i, k := range n.keys {
		val := n.vals[i]
		switch k.text {
		case "kobocat":
			if val.kind == scalarNode && val.typ == "null" {
				continue
			}
			if val.kind != mapNode {
				v.fail(val.line, "hosts.kobocat", "want %s, got %s", hostKeys["kobocat"], val.what())
				continue
			}
			c.Hosts.KoboCAT = map[string]string{}
			for j, hk := range val.keys {
				kpi := ""
				if hv := val.vals[j]; hv.kind != scalarNode || hv.typ != "null" {
					kpi = v.string(hv, "hosts.kobocat."+hk.text)
				}
				v.hostName(hk.line, "hosts.kobocat", hk.text)
				if kpi != "" {
					v.hostName(val.vals[j].line, "hosts.kobocat."+hk.text, kpi)
				}
				c.Hosts.KoboCAT[strings.ToLower(hk.text)] = strings.ToLower(kpi)
			}
		case "kpi":
			for _, h := range v.strings(val, "hosts.kpi") {
				v.hostName(val.line, "hosts.kpi", h)
				c.Hosts.KPI = append(c.Hosts.KPI, strings.ToLower(h))
			}
		}
	}
}

// hostName checks that a host is a name, not a URL.
func (v *validator) hostName(line int, key, h string) {
	if strings.Contains(h, "/") || strings.Contains(h, " ") || h == "" {
		v.fail(line, key, "want a host name such as kc.example.org, not %q", h)
	}
}

// strings reads a list of strings; a single string is a list of one.
func (v *validator) strings(n *node, key string) []string {
	var out []string
	for _, it := range v.items(n, key) {
		out = append(out, it.text)
	}
	return out
}

// items returns the scalar items of a list of strings, each with its
// line; a single string is a list of one.
func (v *validator) items(n *node, key string) []*node {
	if n.kind == scalarNode && n.typ == "string" {
		return []*node{n}
	}
	if n.kind == scalarNode && n.typ == "null" {
		return nil
	}
	if n.kind != listNode {
		v.fail(n.line, key, "want %s, got %s", topKeys[key], n.what())
		return nil
	}
	out := make([]*node, 0, len(n.items))
	for _, it := range n.items {
		if it.kind != scalarNode || it.typ != "string" && it.typ != "integer" {
			v.fail(it.line, key, "want %s; an item is %s", topKeys[key], it.what())
			continue
		}
		out = append(out, it)
	}
	return out
}

func (v *validator) string(n *node, key string) string {
	if n.kind != scalarNode || n.typ != "string" {
		want := topKeys[key]
		if want == "" {
			want = "a host name"
		}
		v.fail(n.line, key, "want %s, got %s", want, n.what())
		return ""
	}
	return n.text
}

func (v *validator) bool(n *node, key string) bool {
	if n.kind != scalarNode || n.typ != "bool" {
		v.fail(n.line, key, "want true or false, got %s", n.what())
		return false
	}
	b, _ := strconv.ParseBool(strings.ToLower(n.text))
	return b
}

func (v *validator) size(n *node, key string) int64 {
	if n.kind == scalarNode && (n.typ == "integer" || n.typ == "string") {
		if s, err := humanize.ParseBytes(n.text); err == nil && s > 0 && s < 1<<50 {
			return int64(s)
		}
	}
	v.fail(n.line, key, "want %s, got %s", topKeys[key], n.what())
	return 0
}

// CheckGlob reports a malformed exclude glob ("[a", "a{b").
func CheckGlob(g string) error {
	if g == "" {
		return errors.New("an empty glob excludes nothing")
	}
	if !doublestar.ValidatePattern(filepath.ToSlash(g)) {
		return fmt.Errorf("%q is not a valid glob (unclosed [ or {, or a trailing \\)", g)
	}
	return nil
}

// CheckSelector reports a rule selector (--select, --ignore, select:,
// ignore:) that names no rule: it must be a code or the prefix of one
// (KB2 selects KB201, KB210, ...). codes nil checks nothing.
func CheckSelector(sel string, codes []string) error {
	if codes == nil {
		return nil
	}
	s := strings.ToUpper(strings.TrimSpace(sel))
	if s == "" {
		return errors.New("an empty rule code")
	}
	for _, c := range codes {
		if strings.HasPrefix(c, s) {
			return nil
		}
	}
	return fmt.Errorf("unknown rule code %s%s (see `kobolint rules`)", sel, suggest.Hint(s, codes))
}
