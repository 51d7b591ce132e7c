package text

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/text/jsonx"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// analyzeJSON reads JSON (comments and trailing commas tolerated) and
// reports string values that hold URLs under their key path
// ("kobo.base_url"; array elements take their array's path). Escapes such
// as \/ are decoded, and the parts that cross them are not raw.
func analyzeJSON(c *ctx) {
	doc, err := jsonx.Parse(c.src, true)
	if err != nil {
		c.warn(err.Error() + "; scanned line by line")
		analyzeKVLines(c)
		return
	}
	for _, cm := range doc.Comments {
		c.tokensAt(cm[0], cm[1], ir.RoleUnknown, "", true)
	}
	c.jsonValue(doc.Root, nil, false)
}

func (c *ctx) jsonValue(v *jsonx.Value, path []string, env bool) {
	switch v.Kind {
	case jsonx.Object:
		for _, m := range v.Members {
			if m.Key == "response" && len(path) == 1 && cassetteKey(path[0]) {
				continue // a recorded exchange's response is data
			}
			c.noteName(m.Key)
			p := append(path[:len(path):len(path)], m.Key)
			if env {
				p = []string{m.Key}
			}
			before := len(c.f.URLs)
			c.jsonValue(m.Value, p, envKeys[strings.ToLower(m.Key)])
			if len(path) == 0 && cassetteKey(m.Key) {
				c.markRecorded(before)
			}
		}
	case jsonx.Array:
		for _, e := range v.Elems {
			c.jsonValue(e, path, false)
		}
	case jsonx.String:
		if v.End-v.Start < 5 {
			return
		}
		var b remap.Builder
		jsonx.Decode(&b, c.src, v)
		text := b.Text()
		if !strings.ContainsAny(string(text), "./") {
			return
		}
		name := strings.Join(path, ".")
		// package.json "scripts" and the like hold shell commands.
		if len(path) >= 2 && path[len(path)-2] == "scripts" {
			c.shellText(text, b.Map(), 0, len(text))
			return
		}
		if k := identEnd(text, 0, len(text), ""); k > 0 && k < len(text) && text[k] == '=' {
			c.valueIn(text, b.Map(), k+1, len(text), string(text[:k]), true, false)
			return
		}
		c.value(text, b.Map(), name, true, false)
	}
}
