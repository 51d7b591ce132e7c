package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIDMap(t *testing.T) {
	m, err := LoadIDMap(write(t, "\ufeffformid,uid\n474, a4etXeWtqcoodSxLV8a6Uq\n\n271,afoeCcF3AcGNpWUoM6bvKj9\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m["474"] != "a4etXeWtqcoodSxLV8a6Uq" || m["271"] != "afoeCcF3AcGNpWUoM6bvKj9" || len(m) != 2 {
		t.Errorf("got %v", m)
	}
	for _, bad := range []string{"474\n", "474,a\nabc,b\n", "1,\"unterminated\n"} {
		if _, err := LoadIDMap(write(t, bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if _, err := LoadIDMap(filepath.Join(t.TempDir(), "missing.csv")); err == nil || !strings.Contains(err.Error(), "missing.csv") {
		t.Errorf("missing file: %v", err)
	}
}

func TestLoad(t *testing.T) {
	c, err := Load(write(t, "exclude: [legacy/**]\nhosts:\n  kobocat: {kc.myngo.org: kf.myngo.org}\nid_map: ids.csv\n"), true)
	if err != nil {
		t.Fatal(err)
	}
	if c.Exclude[0] != "legacy/**" || c.Hosts.KoboCAT["kc.myngo.org"] != "kf.myngo.org" || !filepath.IsAbs(c.IDMap) {
		t.Errorf("got %+v", c)
	}
	if _, err := Load(write(t, ""), true); err != nil {
		t.Errorf("empty config: %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.yml"), false); err != nil {
		t.Errorf("absent default config: %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.yml"), true); err == nil {
		t.Error("absent explicit config accepted")
	}
	for _, bad := range []string{"hosts:\n  kobocat: {\"https://kc.x.org\": kf.x.org}\n", "bogus: 1\n", "exclude: [a\n"} {
		if _, err := Load(write(t, bad), true); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
