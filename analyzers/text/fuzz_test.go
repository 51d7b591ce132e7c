package text

import (
	"testing"
)

// fuzzNames picks the reader for a fuzzed file.
var fuzzNames = []string{"a.md", ".env", "a.yml", "a.json", "a.toml", "a.ini", "a.properties", "Dockerfile",
	"Makefile", "Procfile", "a.rst", "a.html", "a.txt"}

// FuzzAnalyze: whatever the bytes and whichever reader, no panic, spans
// inside the file, raw parts equal to the file bytes.
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"KOBO_URL=https://kc.kobotoolbox.org/api/v1\nexport B=\"${KOBO_URL}/x\"\n",
		"kobo:\n  base_url: \"https:\\/\\/kc.x.org\"\n  run: |\n    curl $U/api/v1\n",
		"{\"a\": \"https:\\/\\/kc.x.org\\/api\\/v1\", // c\n \"b\": [\"/api/v1/data\",]}",
		"[t]\nk = \"\"\"\nhttps://kc.x.org\\\n  /api\"\"\"\n",
		"FROM a\nENV A=https://kc.x.org \\\n  # c\n  B=${A}/api/v1\nRUN curl $A/api/v1/user\n",
		"K ?= https://kc.x.org\nall:\n\tcurl $(K)/api/v1/data/$$X\n",
		"---\nx: 1\n---\n```bash\n$ curl https://kc.x.org/api/v1 \\\n>  -o y\n```\n<!-- kobolint:ignore -->\n    https://a.org/api/v1\n",
		".. code-block:: python\n\n   u = 'https://kc.x.org/api/v1'\n",
		"<script>fetch('https://kc.x.org/api/v1')</script><!-- x",
		"\xef\xbb\xbf\r\nhttps://kc.x.org/{a}/<b>/$c/${d:-e}/$(f)/{{ g }}\r\n",
		"env:\n  A: https://kc.x.org\njobs:\n  j:\n    steps:\n      - run: curl \"${{ env.A }}/api/v1/forms\" | jq '.[] | .title'\n        env: {B: x}\n",
		"variables:\n  K: \"https://kc.x\"\nj:\n  script:\n    - 'F=$(curl \"$K/api/v1/forms\")'\n    - echo \"$F\" | jq length\n    - ${{ x\n",
	}
	for i, s := range seeds {
		f.Add([]byte(s), uint8(i))
	}
	f.Fuzz(func(t *testing.T, src []byte, which uint8) {
		name := fuzzNames[int(which)%len(fuzzNames)]
		file, err := Analyze(name, src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkSpans(t, src, file)
	})
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
