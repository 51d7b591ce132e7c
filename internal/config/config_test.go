package config

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/testenv"
)

func TestIDMap(t *testing.T) {
	m, err := LoadIDMap(testenv.WriteTemp(t, "ids.csv", "\ufeffformid,uid\n474, a4etXeWtqcoodSxLV8a6Uq\n\n271,afoeCcF3AcGNpWUoM6bvKj9\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m["474"] != "a4etXeWtqcoodSxLV8a6Uq" || m["271"] != "afoeCcF3AcGNpWUoM6bvKj9" || len(m) != 2 {
		t.Errorf("got %v", m)
	}
	for _, bad := range []string{"474\n", "474,a\nabc,b\n", "1,\"unterminated\n"} {
		if _, err := LoadIDMap(testenv.WriteTemp(t, "ids.csv", bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if _, err := LoadIDMap(filepath.Join(t.TempDir(), "missing.csv")); err == nil || !strings.Contains(err.Error(), "missing.csv") {
		t.Errorf("missing file: %v", err)
	}
}

var codes = []string{"KB101", "KB201", "KB210", "KB299", "KB401"}

func TestLoad(t *testing.T) {
	c, err := Read(testenv.WriteTemp(t, ".kobolint.yml", "exclude: [legacy/**]\nhosts:\n  kobocat: {kc.myngo.org: kf.myngo.org}\nid_map: ids.csv\nmax_file_size: 2MiB\nselect: [KB2]\n"), codes)
	if err != nil {
		t.Fatal(err)
	}
	if c.Exclude[0] != "legacy/**" || c.Hosts.KoboCAT["kc.myngo.org"] != "kf.myngo.org" || !filepath.IsAbs(c.IDMap) || c.MaxFileSize != 2<<20 || c.Select[0] != "KB2" {
		t.Errorf("got %+v", c)
	}
	if _, err := Read(testenv.WriteTemp(t, ".kobolint.yml", ""), codes); err != nil {
		t.Errorf("empty config: %v", err)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.yml"), codes); err == nil || !strings.Contains(err.Error(), "none.yml") {
		t.Errorf("absent config: %v", err)
	}
	if c, err := Load(filepath.Join(t.TempDir(), "none.yml"), false); err != nil || len(c.Exclude) != 0 {
		t.Errorf("absent default config: %v %v", c, err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.yml"), true); err == nil {
		t.Error("absent explicit config accepted")
	}
}

// Mistakes are named by file, line and key, with the allowed keys or
// values and the nearest one; no Go type names, no YAML tags.
func TestErrorsSpeakTheConfig(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"exclude: [a]\nexlude: [b]\n", ":2: exlude: unknown key; did you mean exclude? (allowed keys: comments, exclude, hosts, id_map, ignore, max_file_size, select)"},
		{"hosts:\n  kobocat: {\"https://kc.x.org\": kf.x.org}\n", ":2: hosts.kobocat: want a host name such as kc.example.org, not \"https://kc.x.org\""},
		{"hosts:\n  kpii: [kf.x.org]\n", ":2: hosts.kpii: unknown key; did you mean kpi? (allowed keys: kobocat, kpi)"},
		{"comments: yes please\n", ":1: comments: want true or false, got \"yes please\""},
		{"exclude: {a: b}\n", ":1: exclude: want a list of globs, got a table of keys"},
		{"exclude: [\"legacy/[a\"]\n", ":1: exclude: \"legacy/[a\" is not a valid glob"},
		{"select: [KB999]\n", ":1: select: unknown rule code KB999; did you mean KB299?"},
		{"ignore: [ZZ]\n", ":1: ignore: unknown rule code ZZ (see"},
		{"max_file_size: lots\n", ":1: max_file_size: want a size in bytes, or with a unit (20MB, 64MiB), got \"lots\""},
		{"exclude: [a\n", ": not valid YAML"},
		{"- a\n- b\n", ":1: the settings must be keys"},
		{"select: [KB2]\nselect: [KB4]\n", "select: is set twice"},
	} {
		p := testenv.WriteTemp(t, ".kobolint.yml", tc.src)
		_, err := Read(p, codes)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), p) {
			t.Errorf("%q: got %v, want %q", tc.src, err, tc.want)
			continue
		}
		for _, bad := range []string{"config.Config", "!!", "[]string", "unmarshal"} {
			if strings.Contains(err.Error(), bad) {
				t.Errorf("%q: message speaks Go or YAML: %v", tc.src, err)
			}
		}
	}
}

func TestPyproject(t *testing.T) {
	dir := t.TempDir()
	testenv.WriteFiles(t, dir, PyProject, "[project]\nname = \"x\"\n\n[tool.kobolint]\nexclude = [\"legacy/**\"]\ncomments = true\n\n[tool.kobolint.hosts.kobocat]\n\"data.myngo.org\" = \"kobo.myngo.org\"\n")
	c, err := Find(dir, codes)
	if err != nil || c == nil {
		t.Fatalf("Find: %v %v", c, err)
	}
	if c.Exclude[0] != "legacy/**" || !c.Comments || c.Hosts.KoboCAT["data.myngo.org"] != "kobo.myngo.org" || c.Dir != dir {
		t.Errorf("got %+v", c)
	}
	// a .kobolint.yml wins over pyproject.toml
	testenv.WriteFiles(t, dir, FileName, "comments: false\n")
	if c, err := Find(dir, codes); err != nil || c.Comments || filepath.Base(c.Path) != FileName {
		t.Errorf(".kobolint.yml beside pyproject.toml: %+v %v", c, err)
	}
	// a pyproject without the table is no config
	other := t.TempDir()
	testenv.WriteFiles(t, other, PyProject, "[tool.ruff]\nline-length = 100\n")
	if c, err := Find(other, codes); c != nil || err != nil {
		t.Errorf("pyproject without [tool.kobolint]: %+v %v", c, err)
	}
	for _, tc := range []struct{ src, want string }{
		{"[tool.kobolint]\nexlude = [\"a\"]\n", ":2: exlude: unknown key; did you mean exclude?"},
		{"[tool.kobolint]\ncomments = \"no\"\n", ":2: comments: want true or false, got \"no\""},
		{"tool.kobolint.select = [\"KB9999\"]\n", ":1: select: unknown rule code KB9999"},
		{"[tool.kobolint]\nexclude = [\n  \"a\",\n  \"b[\",\n]\n", ":4: exclude: \"b[\" is not a valid glob"},
		{"[tool.kobolint]\nexclude = [\"a\"\n", "not valid TOML"},
	} {
		d := t.TempDir()
		p := testenv.WriteFiles(t, d, PyProject, tc.src)
		_, err := Find(d, codes)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), p) {
			t.Errorf("%q: got %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestCheckSelector(t *testing.T) {
	for _, ok := range []string{"KB", "kb2", "KB201", " KB4 "} {
		if err := CheckSelector(ok, codes); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"KB9", "E501", ""} {
		if err := CheckSelector(bad, codes); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
