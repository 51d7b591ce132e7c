package text

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// envKeys are mapping keys whose children are environment variables
// (docker compose, GitHub Actions, GitLab CI, Kubernetes): a child is
// named by its own key, not by its path, since code reads it by that name.
var envKeys = map[string]bool{"environment": true, "env": true, "variables": true, "args": true, "build_args": true, "build-args": true}

// shellKeys hold shell commands: GitHub Actions `run`, GitLab CI `script`,
// compose and Kubernetes `command`/`entrypoint`/`args`-less commands.
var shellKeys = map[string]bool{"run": true, "script": true, "before_script": true, "after_script": true,
	"command": true, "entrypoint": true, "cmd": true}

// cassetteKey is the top-level key of a recorded HTTP exchange file: R
// vcr and Ruby VCR write http_interactions, Python's vcrpy interactions.
// The requests there are what the code called; the responses are data.
func cassetteKey(k string) bool { return k == "http_interactions" || k == "interactions" }

// markRecorded marks the URLs added since index from as recorded.
func (c *ctx) markRecorded(from int) {
	for j := from; j < len(c.f.URLs); j++ {
		c.f.URLs[j].Recorded = true
	}
}

// yamlWalker walks parsed YAML documents.
type yamlWalker struct {
	c *ctx
	// lineStarts are byte offsets of YAML lines (YAML also breaks lines
	// at a lone \r, NEL, LS and PS).
	lineStarts []int
	// covered are the file ranges of scalars already read, so that a `#`
	// inside one is not taken for a comment.
	covered [][2]int
}

// analyzeYAML reads YAML with gopkg.in/yaml.v3 and reports scalars that
// hold URLs under their key path (kobo.base_url). Comments are scanned
// separately. A file that does not parse is read line by line.
func analyzeYAML(c *ctx) {
	docs, err := parseYAML(c.src)
	if err != nil {
		c.warn(fmt.Sprintf("YAML does not parse (%v); scanned line by line", err))
		analyzeKVLines(c)
		return
	}
	w := &yamlWalker{c: c, lineStarts: yamlLines(c.src)}
	for _, d := range docs {
		w.node(d, nil, false)
	}
	w.comments()
}

func parseYAML(src []byte) (docs []*yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("parser failure: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var n yaml.Node
		if err := dec.Decode(&n); err != nil {
			if errors.Is(err, io.EOF) {
				return docs, nil
			}
			return nil, err
		}
		docs = append(docs, &n)
	}
}

func yamlLines(src []byte) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		case 0xc2:
			if i+1 < len(src) && src[i+1] == 0x85 {
				i++
				starts = append(starts, i+1)
			}
		case 0xe2:
			if i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xa8 || src[i+2] == 0xa9) {
				i += 2
				starts = append(starts, i+1)
			}
		}
	}
	return starts
}

// offset turns a yaml.v3 position (1-based line, 1-based column counted
// in characters) into a byte offset, or -1.
func (w *yamlWalker) offset(line, col int) int {
	if line < 1 || line > len(w.lineStarts) || col < 1 {
		return -1
	}
	off := w.lineStarts[line-1]
	if line == 1 {
		off += bomLen(w.c.src)
	}
	src := w.c.src
	for k := 1; k < col; k++ {
		if off >= len(src) {
			return -1
		}
		_, n := utf8.DecodeRune(src[off:])
		off += n
	}
	return off
}

func (w *yamlWalker) node(n *yaml.Node, path []string, env bool) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, k := range n.Content {
			w.node(k, path, false)
		}
	case yaml.MappingNode:
		for _, i := range envFirst(n) {
			k, v := n.Content[i], n.Content[i+1]
			key := k.Value
			cassette := len(path) == 0 && cassetteKey(key)
			if key == "response" && len(path) == 1 && cassetteKey(path[0]) {
				// a recorded HTTP exchange (vcr, vcrpy cassettes): the
				// request is what the code called, the response is data
				continue
			}
			w.c.noteName(key)
			p := append(path[:len(path):len(path)], key)
			if env {
				// An environment variable: named by its key alone.
				p = []string{key}
			}
			before := len(w.c.f.URLs)
			w.node(v, p, envKeys[strings.ToLower(key)])
			if cassette {
				w.c.markRecorded(before)
			}
			if env && v.Kind == yaml.ScalarNode {
				w.defineEnv(key, v)
			}
		}
	case yaml.SequenceNode:
		if scriptKeys[lastKey(strings.Join(path, "."))] && w.script(n) {
			return
		}
		for _, item := range n.Content {
			if item.Kind == yaml.MappingNode && env {
				if w.nameValue(item) {
					continue
				}
			}
			w.node(item, path, false)
		}
	case yaml.ScalarNode:
		w.scalar(n, strings.Join(path, "."))
	}
}

// nameValue handles a Kubernetes-style {name: X, value: Y} item of an
// env list: Y is configured under X.
func (w *yamlWalker) nameValue(item *yaml.Node) bool {
	var name, value *yaml.Node
	for i := 0; i+1 < len(item.Content); i += 2 {
		switch item.Content[i].Value {
		case "name":
			name = item.Content[i+1]
		case "value":
			value = item.Content[i+1]
		}
	}
	if name == nil || value == nil || name.Kind != yaml.ScalarNode || value.Kind != yaml.ScalarNode {
		return false
	}
	w.c.noteName(name.Value)
	w.scalar(value, name.Value)
	return true
}

// scalar reports the URLs of one scalar configured under name.
func (w *yamlWalker) scalar(n *yaml.Node, name string) {
	if !strings.ContainsAny(n.Value, "./") {
		return
	}
	text, m, ok := w.scalarText(n)
	if !ok {
		return
	}
	// Shell held in CI steps and service commands.
	if shellKeys[lastKey(name)] {
		text, m = ciExprs(text, m)
		w.c.shellText(text, m, 0, len(text))
		return
	}
	// NAME=value items (compose environment lists, build args).
	if k := identEnd(text, 0, len(text), ""); k > 0 && k < len(text) && text[k] == '=' {
		name = string(text[:k])
		w.c.valueIn(text, m, k+1, len(text), name, true, false)
		return
	}
	w.c.value(text, m, name, true, false)
}

// scalarText returns the decoded text of a scalar mapped to the file.
// Double-quoted scalars are decoded from the source (escapes); other
// styles are aligned word by word with the source, which keeps every URL
// token (a token never holds a blank) at its exact place.
func (w *yamlWalker) scalarText(n *yaml.Node) ([]byte, *remap.Map, bool) {
	src := w.c.src
	off := w.offset(n.Line, n.Column)
	if off < 0 || off >= len(src) {
		return nil, nil, false
	}
	var b remap.Builder
	if n.Style&yaml.DoubleQuotedStyle != 0 && src[off] == '"' {
		q := closingQuote(src, off, true)
		if q < 0 {
			return nil, nil, false
		}
		remap.Unescape(&b, src, off+1, q)
		w.covered = append(w.covered, [2]int{off, q + 1})
		return b.Text(), b.Map(), true
	}
	val := []byte(n.Value)
	cur := off
	for i := 0; i < len(val); {
		if isSpace(val[i]) {
			if cur < len(src) && src[cur] == val[i] {
				// the same blank in the file (inside a line): copied,
				// so that a command's words stay one raw stretch
				b.Copy(cur, val[i:i+1])
				cur++
			} else {
				b.Virtual(cur, val[i:i+1])
			}
			i++
			continue
		}
		j := i
		for j < len(val) && !isSpace(val[j]) {
			j++
		}
		word := val[i:j]
		limit := min(len(src), cur+len(word)+1<<16)
		if k := bytes.Index(src[cur:limit], word); k >= 0 {
			b.Copy(cur+k, word)
			cur += k + len(word)
		} else {
			b.Virtual(cur, word)
		}
		i = j
	}
	w.covered = append(w.covered, [2]int{off, cur})
	return b.Text(), b.Map(), true
}

// comments scans `#` comments that are not inside a scalar.
func (w *yamlWalker) comments() {
	src := w.c.src
	sort.Slice(w.covered, func(a, b int) bool { return w.covered[a][0] < w.covered[b][0] })
	for off := 0; off < len(src); {
		end, next := lineAt(src, off)
		for i := off; i < end; i++ {
			if src[i] != '#' || (i > off && src[i-1] != ' ' && src[i-1] != '\t') {
				continue
			}
			if w.inScalar(i) {
				continue
			}
			w.c.tokensAt(i, end, ir.RoleUnknown, "", true)
			break
		}
		off = next
	}
}

func (w *yamlWalker) inScalar(i int) bool {
	k := sort.Search(len(w.covered), func(k int) bool { return w.covered[k][0] > i }) - 1
	return k >= 0 && i < w.covered[k][1]
}
