package text

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/analyzers/jinja"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeHTML reads an HTML page: <script> bodies are JavaScript (handed
// to that front-end when there is one, scanned otherwise), <!-- -->
// comments are comments, and text and attributes are documentation.
func analyzeHTML(c *ctx) {
	// A Django or Jinja template: its reads of the view's variables. An
	// attribute read of a variable no view is seen offering is an object
	// of the program (a Django model), as in Python code.
	// (Vue and Svelte components have {{ }} of their own: their
	// expressions are the component's script's.)
	if !componentFile(c.path) && jinja.Reads(&c.b, c.path, c.src) {
		c.f.ObjectAttrs = true
	}
	// Character references are decoded first (&quot; ends a URL the way
	// the quote it stands for does); offsets map back through them.
	var b remap.Builder
	decodeEntities(&b, c.src)
	src := b.Text()
	m := b.Map()
	lower := asciiLower(src)
	for i := bomLen(src); i < len(src); {
		cm := indexFrom(lower, i, "<!--")
		sc := indexFrom(lower, i, "<script")
		next := min(cm, sc)
		c.proseIn(src, m, i, next, false)
		if next >= len(src) {
			return
		}
		if next == cm {
			e := indexFrom(lower, cm+4, "-->")
			c.tokensIn(src, m, cm, e, ir.RoleDoc, "", true)
			i = min(len(src), e+3)
			continue
		}
		open := indexFrom(lower, sc, ">")
		c.proseIn(src, m, sc, open, false)
		body := min(len(src), open+1)
		e := indexFrom(lower, body, "</script")
		c.embed(scriptLang(lower[sc:min(open, len(src))]), src, m, body, e, ir.RoleUnknown)
		i = e
		if i < len(src) {
			i = min(len(src), indexFrom(lower, e, ">")+1)
		}
	}
}

// scriptLang is the language of a <script> tag (lowered): TypeScript for
// lang="ts" (Vue and Svelte components), JavaScript otherwise.
func scriptLang(tag []byte) string {
	for _, ts := range []string{`lang="ts"`, `lang='ts'`, `lang="typescript"`, `lang='typescript'`, `type="text/typescript"`} {
		if bytes.Contains(tag, []byte(ts)) {
			return "ts"
		}
	}
	return "js"
}

// indexFrom finds s in b at or after i; len(b) when absent.
func indexFrom(b []byte, i int, s string) int {
	if i >= len(b) {
		return len(b)
	}
	k := bytes.Index(b[i:], []byte(s))
	if k < 0 {
		return len(b)
	}
	return i + k
}

// asciiLower lowers ASCII letters only, so offsets stay those of b.
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// entities are the named character references worth decoding.
var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'", "#34": "\"", "#x27": "'", "#x2F": "/", "#47": "/"}

// decodeEntities appends src to b with &name; references decoded.
func decodeEntities(b *remap.Builder, src []byte) {
	run := 0
	for i := 0; i < len(src); i++ {
		if src[i] != '&' {
			continue
		}
		k := i + 1
		for k < len(src) && k-i < 8 && (isAlnum(src[k]) || src[k] == '#') {
			k++
		}
		if k >= len(src) || src[k] != ';' {
			continue
		}
		rep, ok := entities[string(src[i+1:k])]
		if !ok {
			continue
		}
		if i > run {
			b.Copy(run, src[run:i])
		}
		b.Decoded(i, k+1-i, []byte(rep))
		run = k + 1
		i = k
	}
	if run < len(src) {
		b.Copy(run, src[run:])
	}
}

// componentFile: a Vue or Svelte single-file component.
func componentFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".vue" || ext == ".svelte"
}
