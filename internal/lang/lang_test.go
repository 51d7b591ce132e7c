package lang_test

import (
	"testing"

	_ "github.com/kobolint/kobolint/analyzers/registry"
	. "github.com/kobolint/kobolint/internal/lang"
)

func TestDetect(t *testing.T) {
	for path, want := range map[string]string{
		"pull.py":              "python",
		"config.js.example":    "js",
		"settings.py.dist":     "python",
		"report.R":             "r",
		"client.ts.tmpl":       "ts",
		"settings.json.sample": "text",
		"notes.example":        "",
	} {
		got := ""
		if l := Detect(path, nil); l != nil {
			got = l.Name
		}
		if got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
}
