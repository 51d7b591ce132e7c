package js

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// FuzzAnalyze: no input makes the front-end panic, and every span it
// reports lies inside the input (raw parts spelled exactly); the
// JavaScript sniffer takes any bytes too.
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"const API = 'https://kc.example.org/api/v1/'; fetch(`${API}forms`).then(r => r.json()).then(d => d.map(x => x.title));",
		"var r = UrlFetchApp.fetch(URL + '/data/' + id); var j = JSON.parse(r.getContentText()); j[0]['id_string'];",
		"interface K { 'formid': number } const k = await axios.get<K[]>(u);",
		"const {a: {b}, ...c} = await fetch(x); for (const {d} of c) d;",
		"`\\u{1F600}${a}\\`${b}`",
		"x = \"\\\r\n\";",
	}
	irtest.FuzzTarget{
		Analyze: Analyze,
		Paths:   []string{"a.js", "a.ts", "a.tsx", "Code.gs"},
		Check:   func(t *testing.T, _ *ir.File, src []byte) { _ = LooksLikeJS(src) },
	}.Fuzz(f, seeds...)
}
