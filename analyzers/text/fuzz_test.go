package text

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: whatever the bytes and whichever reader (picked by the
// file name), no panic, no error, spans inside the file, raw parts equal
// to the file bytes.
// The seeds are in testdata/fuzz/FuzzAnalyze.
func FuzzAnalyze(f *testing.F) {
	irtest.FuzzTarget{
		Analyze: Analyze,
		Paths: []string{"a.md", ".env", "a.yml", "a.json", "a.toml", "a.ini", "a.properties", "Dockerfile",
			"Makefile", "Procfile", "a.rst", "a.html", "a.txt", "app/templates/a.j2"},
		NoErrors: true,
	}.Fuzz(f)
}

// FuzzScan: the token scanner alone on arbitrary text.
func FuzzScan(f *testing.F) {
	f.Add([]byte("see https://kc.x.org/api/v1/data/<id>, {a}/api/v1 ${{ x }}/api kc.x.org."))
	f.Add([]byte("$((((( {{{{ <<<< https://(((("))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, tk := range scanTokens(b) {
			if tk.s < 0 || tk.e > len(b) || tk.s >= tk.e {
				t.Fatalf("token [%d,%d) in %d bytes", tk.s, tk.e, len(b))
			}
			for _, p := range tk.pieces {
				if p.s < tk.s || p.e > tk.e || p.s > p.e {
					t.Fatalf("piece [%d,%d) outside token [%d,%d)", p.s, p.e, tk.s, tk.e)
				}
			}
		}
	})
}
