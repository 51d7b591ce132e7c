package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestLookupDefPrefersNearest(t *testing.T) {
	defs := map[string][]defSite{
		"API_ROOT": {
			{path: "a/pkg/conf.py", parts: lit("https://kc.kobotoolbox.org/api/v1/")},
			{path: "b/conf.py", parts: lit("https://example.org/api/")},
		},
		"BASE": {
			{path: "x/one.py", parts: lit("https://one.example/")},
			{path: "y/two.py", parts: lit("https://two.example/")},
		},
	}
	prepareDefs(defs)
	if d := lookupDef("API_ROOT", "a/pkg/pull.py", defs); d == nil || d.path != "a/pkg/conf.py" {
		t.Errorf("API_ROOT: got %+v, want the definition of the same package", d)
	}
	if d := lookupDef("settings.API_ROOT", "b/run.py", defs); d == nil || d.path != "b/conf.py" {
		t.Errorf("settings.API_ROOT: got %+v", d)
	}
	if d := lookupDef("BASE", "z/use.py", defs); d != nil {
		t.Errorf("BASE is defined differently at the same distance: got %+v, want none", d)
	}
	parts := resolveForeign([]ir.Part{{Kind: ir.Hole, Name: "API_ROOT"}, {Kind: ir.Lit, Text: "forms"}}, "a/pkg/pull.py", defs, 0)
	if got := flatten(parts).s; got != "https://kc.kobotoolbox.org/api/v1/forms" {
		t.Errorf("resolved %q", got)
	}
	if parts[0].Foreign != "a/pkg/conf.py" || parts[0].Via != "API_ROOT" {
		t.Errorf("inlined part not marked foreign: %+v", parts[0])
	}
}

func TestSubscriptKey(t *testing.T) {
	for in, want := range map[string]string{`config['forms_url']`: "forms_url", `cfg[["base"]]`: "base", `x[0]`: "", `plain`: "", `a["b"]["c"]`: "c"} {
		if got := subscriptKey(in); got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
}

func TestKnittedOutputIsSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"report.Rmd", "report.md", "report.html", "notes.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for n, want := range map[string]bool{"report.md": true, "report.html": true, "notes.md": false, "report.Rmd": false} {
		if got := knittedOutput(filepath.Join(dir, n), n, nil); got != want {
			t.Errorf("%s: %v, want %v", n, got, want)
		}
		if got := knittedOutput(filepath.Join(dir, n), n, map[string]bool{"report.Rmd": true}); got != want {
			t.Errorf("%s (folder listed): %v, want %v", n, got, want)
		}
	}
}

// nearestDef looks only at the run of definitions around the using file,
// and must agree with a plain scan of them all.
func TestNearestDefMatchesAFullScan(t *testing.T) {
	paths := []string{"a/x.py", "a/b/y.py", "a/b/c/z.py", "a/b/d/w.py", "b/v.py", "b/c/u.py", "c.py", "d/e/f/g.py"}
	values := []string{"https://kc.one/", "https://kc.two/"}
	for mask := 0; mask < 1<<len(paths); mask += 7 {
		var ds []defSite
		for i, p := range paths {
			if mask&(1<<i) != 0 {
				ds = append(ds, defSite{path: p, parts: lit(values[(mask>>i)&1&(i%2)])})
			}
		}
		defs := map[string][]defSite{"BASE": ds}
		prepareDefs(defs)
		for _, self := range append(paths, "a/b/c/new.py", "z.py", "a/new.py") {
			got := lookupDef("BASE", self, defs)
			want := fullScan(defs["BASE"], self)
			if (got == nil) != (want == nil) || got != nil && got.path != want.path {
				t.Fatalf("mask %b, %s: got %+v, want %+v", mask, self, got, want)
			}
		}
	}
}

// fullScan is the definition of "nearest": every definition looked at.
func fullScan(ds []defSite, self string) *defSite {
	var best []*defSite
	bestLen := -1
	for i := range ds {
		d := &ds[i]
		if d.path == self {
			continue
		}
		switch l := sharedDirLen(d.path, self); {
		case l > bestLen:
			best, bestLen = []*defSite{d}, l
		case l == bestLen:
			best = append(best, d)
		}
	}
	if len(best) == 0 {
		return nil
	}
	for _, d := range best[1:] {
		if d.flat != best[0].flat {
			return nil
		}
	}
	return best[0]
}

func TestKeySegments(t *testing.T) {
	for in, want := range map[string]string{
		`cfg["kobo"]["root"]`:        "cfg kobo root",
		`cfg[["kobo"]][["root"]]`:    "cfg kobo root",
		`cfg$kobo$root`:              "cfg kobo root",
		`settings.kobo.root`:         "settings kobo root",
		`config['a']`:                "config a",
		`x[i]`:                       "x *",
		`conf.ENVS[conf.ENV]["url"]`: "conf ENVS * url",
		`x[f(i)]`:                    "",
		`f(x)`:                       "",
	} {
		if got := strings.Join(keySegments(in), " "); got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
}

// A value of a config file is read by code through its nested keys, from
// the object holding the file or part of it.
func TestLookupDefByKeyPath(t *testing.T) {
	defs := map[string][]defSite{
		"kobo.server.root": {{path: "conf/app.yaml", parts: lit("https://kc.kobotoolbox.org/api/v1/")}},
		"server.root":      {{path: "conf/app.yaml", parts: lit("https://kc.kobotoolbox.org/api/v1/")}},
		"ona.root":         {{path: "conf/app.yaml", parts: lit("https://api.ona.io/api/v1/")}},
	}
	prepareDefs(defs)
	for _, name := range []string{`cfg["kobo"]["server"]["root"]`, `cfg$kobo$server$root`, `conf.server.root`} {
		if d := lookupDef(name, "app/pull.py", defs); d == nil || flatten(d.parts).s != "https://kc.kobotoolbox.org/api/v1/" {
			t.Errorf("%s: got %+v", name, d)
		}
	}
	if d := lookupDef(`cfg["ona"]["root"]`, "app/pull.py", defs); d == nil || !strings.Contains(flatten(d.parts).s, "ona.io") {
		t.Errorf("ona root: got %+v", d)
	}
	if d := lookupDef("root", "app/pull.py", defs); d != nil {
		t.Errorf("a bare local name must not take a nested config key: got %+v", d)
	}
}

func TestUnresolvedPrefixesLoseTheirNames(t *testing.T) {
	defs := map[string][]defSite{
		"kobo_get#0": {{path: "R/client.R", parts: lit("https://kc.kobotoolbox.org/api/v1/")}},
	}
	prepareDefs(defs)
	call := func(name string) []ir.Part {
		return []ir.Part{{Kind: ir.Hole, Name: name}, {Kind: ir.Lit, Text: "assets/"}}
	}
	// offered: the wrapper's base takes the hole's place
	got := flatten(unnamePrefixes(resolveForeign(call("kobo_get#0"), "R/forms.R", defs, 0))).s
	if got != "https://kc.kobotoolbox.org/api/v1/assets/" {
		t.Errorf("offered prefix: %q", got)
	}
	// not offered: a base nobody knows, which the function's name
	// (saying kobo) does not describe
	for _, n := range []string{"Kobo$get#0", "pkg.Client.get#1", "kobo_req#0*"} {
		ps := unnamePrefixes(resolveForeign(call(n), "R/forms.R", defs, 0))
		if ps[0].Kind != ir.Hole || ps[0].Name != "" {
			t.Errorf("%s: %+v", n, ps[0])
		}
	}
	// other names keep theirs
	for _, n := range []string{"KOBO_URL", "settings.root", "list_forms()", "a#b"} {
		if ps := unnamePrefixes(call(n)); ps[0].Name != n {
			t.Errorf("%s renamed to %q", n, ps[0].Name)
		}
	}
}
