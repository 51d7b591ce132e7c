package golang

import "testing"

// FuzzAnalyze: no input makes the front-end panic, and every span it emits
// lies inside the input (raw parts matching it byte for byte).
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"package p\nconst b = \"https://kc.kobotoolbox.org\"\nfunc f(id int) { http.Get(fmt.Sprintf(\"%s/api/v1/data/%d\", b, id)) }\n",
		"package p\ntype F struct { T string `json:\"title,omitempty\"` }\n",
		"x := url.JoinPath(os.Getenv(\"K\"), \"api\", \"v1\")\n",
		"package p\nvar s = \"a\\u00e9\\x41/\\n\" + `r\r\naw` + fmt.Sprintf(\"%[2]s/%[1]d%%\", 1, \"x\")\n",
		"package p\nfunc (c *C) get(p string) { c.getAbs(c.B+p) }\nfunc (c *C) getAbs(u string) { http.Get(u) }\nfunc g(c *C) { c.get(\"/api/v1/forms\") }\n",
		"\xef\xbb\xbfpackage p\r\n// kobolint:ignore[KB1\r\nvar u = \"kc.x/api/v1\"\r\n",
		"package p\nfunc (c *C) getJSON(ctx any, u string, out any) error { r, _ := http.NewRequest(http.MethodGet, u, nil); resp, _ := c.h.Do(r); return json.NewDecoder(resp.Body).Decode(out) }\nfunc f(c *C) { var l []F; c.getJSON(nil, c.b+\"/forms\", &l) }\n",
		"package p\ntype Cfg struct { K struct { U string `yaml:\"url\"` } `yaml:\"kobo\"`; L string `env:\"X\" envDefault:\"https://kc.x/api/v1\"` }\nfunc f(c *Cfg, o *Other) { http.Get(c.K.U + c.L + o.A.B); strings.Replace(c.L, \"kc.\", \"kf.\", -1) }\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out, err := Analyze("f.go", src)
		if err != nil {
			return
		}
		checkSpans(t, out, src)
	})
}
