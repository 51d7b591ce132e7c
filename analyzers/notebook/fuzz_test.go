package notebook

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// FuzzAnalyze feeds arbitrary bytes: no panic, and when the input is a
// notebook, every span lies inside it and raw parts equal the file bytes.
func FuzzAnalyze(f *testing.F) {
	f.Add([]byte(`{"cells": [{"cell_type": "code", "source": ["x = \"https:\/\/kc.x.org\/api\/v1\"\n"]}]}`))
	f.Add([]byte("{\"cells\": [{\"cell_type\": \"markdown\", \"source\": \"```bash\\ncurl https://kc.x.org/api/v1\\n```\"}]}"))
	f.Add([]byte(`{"cells": [{"cell_type": "code", "source": "%%bash\ncurl \"$U/api/v1/data\""}], "metadata": {"kernelspec": {"language": "R"}}}`))
	f.Add([]byte("\xef\xbb\xbf{\r\n\"cells\": []\r\n}"))
	f.Add([]byte("not json"))
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Analyze("f.ipynb", src)
		if err != nil {
			return
		}
		check(t, src, file)
	})
}

// FuzzCells builds valid notebooks from fuzzed cell text, so that the
// interesting paths (escapes, magics, fences) are reached, and checks the
// mapping of every span and that edits of raw parts keep the JSON valid.
func FuzzCells(f *testing.F) {
	f.Add("BASE = \"https://kc.x.org\"\nr = get(BASE + \"/api/v1/forms\")", "# T\nhttps://kc.x.org/api/v1 \u00e9", true)
	f.Add("!curl https://kc.x.org/api/v1/user\n%time x = 1\n%env K=https://kc.x.org", "<!-- kobolint:ignore -->", false)
	f.Add("%%bash\ncurl \"https://kc.x.org/api/v1/data\"\t\x01\"", "```python\nu = 'https://kc.x.org/api/v1'\n```", true)
	f.Fuzz(func(t *testing.T, codeText, mdText string, r bool) {
		lang := "python"
		if r {
			lang = "R"
		}
		src := nb(t, lang, md(mdText), code(codeText), code(codeText))
		file, err := Analyze("c.ipynb", src)
		if err != nil {
			t.Fatalf("valid notebook rejected: %v", err)
		}
		check(t, src, file)
		for _, u := range file.URLs {
			for _, p := range u.Parts {
				if p.Kind != ir.Lit || !p.Raw || p.Span.End == p.Span.Start {
					continue
				}
				out, err := ApplyEdit(src, p.Span, strings.ToUpper(p.Text)+"\"\n")
				if err != nil {
					t.Fatalf("edit of raw part %q refused: %v", p.Text, err)
				}
				if !json.Valid(out) {
					t.Fatalf("edit broke the JSON")
				}
				return
			}
		}
	})
}
