package rmd

import (
	"slices"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/analyzers/text"
	"github.com/kobolint/kobolint/internal/ir"
)

const doc = "---\n" +
	"title: \"Forms\"\n" +
	"params:\n" +
	"  server: \"https://kc.example.org\"\n" +
	"  region:\n" +
	"    label: Region\n" +
	"    value: east\n" +
	"---\n" +
	"\n" +
	"```{r setup, include=FALSE}\n" +
	"base <- paste0(params$server, \"/api/v1\")\n" +
	"```\n" +
	"\n" +
	"Prose with a link <https://support.example.org/article> and `r nrow(forms)` rows.\n" +
	"\n" +
	"```{python}\n" +
	"import requests\n" +
	"r = requests.get(\"https://py.example.org/api/v1/data\")\n" +
	"```\n" +
	"\n" +
	"   ```{r}\n" +
	"   forms <- httr::content(httr::GET(paste0(base, \"/forms\")))\n" +
	"   forms$title\n" +
	"   ```\n" +
	"\n" +
	"```r\n" +
	"httr::GET(\"https://shown.example.org/api/v1/user\")\n" +
	"```\n" +
	"\n" +
	"````{bash}\n" +
	"curl https://sh.example.org/api/v1/forms\n" +
	"````\n"

func TestFindChunks(t *testing.T) {
	src := []byte(doc)
	_, _, next := frontMatterEnd(src)
	chunks, inl := findChunks(src, next)
	var got []string
	for _, c := range chunks {
		got = append(got, c.engine+":"+strings.TrimSpace(string(src[c.bodyStart:c.bodyEnd])))
	}
	want := []string{
		`r:base <- paste0(params$server, "/api/v1")`,
		"python:import requests\nr = requests.get(\"https://py.example.org/api/v1/data\")",
		"r:forms <- httr::content(httr::GET(paste0(base, \"/forms\")))\n   forms$title",
		"shell:curl https://sh.example.org/api/v1/forms",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("chunks\n got %q\nwant %q", got, want)
	}
	if len(inl) != 1 || string(src[inl[0].codeStart:inl[0].codeEnd]) != "nrow(forms)" {
		t.Errorf("inline %+v", inl)
	}
}

func TestAnalyzeSpansAndParams(t *testing.T) {
	src := []byte(doc)
	f := irtest.Analyze(t, Analyze, "doc.Rmd", string(src))
	if f.Lang != "rmd" || f.Path != "doc.Rmd" {
		t.Errorf("lang %q path %q", f.Lang, f.Path)
	}
	var full []string
	for _, u := range f.URLs {
		full = append(full, irtest.Flat(u.Parts))
	}
	all := strings.Join(full, "\n")
	for _, w := range []string{
		"https://kc.example.org/api/v1",         // params$server resolved across the front matter
		"https://kc.example.org/api/v1/forms",   // a variable of chunk 1 used in chunk 3
		"https://py.example.org/api/v1/data",    // python chunk
		"https://sh.example.org/api/v1/forms",   // bash chunk
		"https://shown.example.org/api/v1/user", // displayed fence
		"https://support.example.org/article",   // prose
	} {
		if !strings.Contains(all, w) {
			t.Errorf("missing %s in\n%s", w, all)
		}
	}
	// The host part of the chunk-3 request points into the front matter.
	for _, u := range f.URLs {
		if u.Role != ir.RoleRequest || len(u.Parts) == 0 || u.Parts[0].Text != "https://kc.example.org" {
			continue
		}
		p := u.Parts[0]
		if string(src[p.Span.Start:p.Span.End]) != "https://kc.example.org" || !p.Raw || p.Via == "" {
			t.Errorf("host part %+v", p)
		}
	}
	var title *ir.FieldRead
	for i := range f.Fields {
		if f.Fields[i].Name == "title" {
			title = &f.Fields[i]
		}
	}
	if title == nil || len(title.Origin) == 0 {
		t.Fatalf("forms$title: %+v", title)
	}
	if line := strings.Count(string(src[:title.Span.Start]), "\n") + 1; line != 23 {
		t.Errorf("forms$title on line %d", line)
	}
}

func TestParams(t *testing.T) {
	src := []byte("---\nparams:\n  a: 'https://x.org/é'\n  b: plain/value\n  c: 12\n  d: \"esc\\u0061ped\"\n---\n")
	s, end, _ := frontMatterEnd(src)
	ps := params(src, s, end)
	if len(ps) != 4 {
		t.Fatalf("params %+v", ps)
	}
	for k, want := range map[string]string{"params$a": "https://x.org/é", "params$b": "plain/value", "params$c": "12"} {
		p := ps[k][0]
		if p.Text != want || !p.Raw || string(src[p.Span.Start:p.Span.End]) != want {
			t.Errorf("%s: %+v", k, p)
		}
	}
	if p := ps["params$d"][0]; p.Text != "escaped" || p.Raw {
		t.Errorf("escaped: %+v", p)
	}
}

func TestChunkEngine(t *testing.T) {
	for info, want := range map[string]string{
		"{r}": "r", "{r setup, include=FALSE}": "r", "{R}": "r", "{python}": "python",
		"{bash, eval = FALSE}": "shell", "{sh}": "shell", "{r,echo=FALSE}": "r",
		"r": "", "{.r}": "", "{sql}": "", "{=html}": "", "": "",
	} {
		if got := chunkEngine(info); got != want {
			t.Errorf("chunkEngine(%q) = %q, want %q", info, got, want)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add(doc)
	f.Add("```{r}\nx <- 1\n")
	f.Add("---\nparams: [1\n---\n`r x` `r y`")
	f.Add("````{bash}\n```\n````\n`r`")
	f.Add("\ufeff---\ntitle: x\n...\n")
	f.Fuzz(func(t *testing.T, s string) {
		file, err := Analyze("fuzz.Rmd", []byte(s))
		if err != nil {
			t.Fatalf("error on %q: %v", s, err)
		}
		irtest.CheckSpans(t, file, []byte(s))
	})
}

// TestChunksReachTheirFrontEnd: python and bash chunks go to those
// front-ends, seen in what only a front-end finds (a field read; a request
// with an inlined variable), not the fallback URL scan.
func TestChunksReachTheirFrontEnd(t *testing.T) {
	for _, tc := range []struct {
		lang, path, src string
		found           func(f *ir.File, src string) bool
	}{
		{"python", "doc.qmd", "```{python}\nimport requests\nforms = requests.get(\"https://kc.example.org/api/v1/forms\").json()\nprint(forms[0][\"title\"])\n```\n",
			func(f *ir.File, src string) bool {
				return slices.ContainsFunc(f.Fields, func(fr ir.FieldRead) bool {
					return fr.Name == "title" && src[fr.Span.Start:fr.Span.End] == "title"
				})
			}},
		{"shell", "doc.Rmd", "Text.\n\n```{bash}\nBASE=https://kc.example.org\ncurl \"$BASE/api/v1/forms\"\n```\n",
			func(f *ir.File, _ string) bool {
				return slices.ContainsFunc(f.URLs, func(u ir.URL) bool {
					return u.Role == ir.RoleRequest && len(u.Parts) >= 2 && u.Parts[0].Text == "https://kc.example.org"
				})
			}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			if !text.HasFrontEnd(tc.lang) {
				t.Skip("the text package has no " + tc.lang + " front-end linked in")
			}
			if f := irtest.Analyze(t, Analyze, tc.path, tc.src); !tc.found(f, tc.src) {
				t.Errorf("not analysed by the %s front-end: %+v %+v", tc.lang, f.URLs, f.Fields)
			}
		})
	}
}

// TestBOMAndCRLF: the engine blanks a BOM to spaces; CRLF line ends.
func TestBOMAndCRLF(t *testing.T) {
	for _, head := range []string{"\ufeff", "   ", ""} {
		src := []byte(head + "---\r\nparams:\r\n  s: \"https://kc.example.org\"\r\n---\r\n\r\n```{r}\r\nx <- httr::GET(paste0(params$s, \"/api/v1/forms\"))\r\n```\r\n")
		f := irtest.Analyze(t, Analyze, "doc.Rmd", string(src))
		if !slices.ContainsFunc(f.URLs, func(u ir.URL) bool {
			return u.Role == ir.RoleRequest && len(u.Parts) == 2 && u.Parts[0].Text == "https://kc.example.org" && u.Parts[1].Text == "/api/v1/forms"
		}) {
			t.Errorf("head %q: params not resolved: %+v", head, f.URLs)
		}
	}
}
