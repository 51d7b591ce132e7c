package text

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kobolint/kobolint/analyzers/text/remap"
)

// Shell embedded in CI configuration: GitHub Actions `run:` blocks and
// GitLab CI `script:` lists are shell scripts. Their variables come from
// the `env:`/`variables:` mappings around them, their `${{ expr }}`
// templates are filled in before the shell runs, and the lines of one
// GitLab script run in one shell, so a variable set on one line is read
// on the next.

// scriptKeys hold a list of shell lines run as one script (GitLab CI).
var scriptKeys = map[string]bool{"script": true, "before_script": true, "after_script": true}

// envFirst returns the key indexes of a mapping, environment mappings
// first: a step's `env:` applies to its `run:` whichever is written first.
func envFirst(n *yaml.Node) []int {
	var first, rest []int
	for i := 0; i+1 < len(n.Content); i += 2 {
		if envKeys[strings.ToLower(n.Content[i].Value)] {
			first = append(first, i)
		} else {
			rest = append(rest, i)
		}
	}
	return append(first, rest...)
}

// defineEnv makes an environment value known to the shell code that
// follows ($KOBO_API in a later `run:` block).
func (w *yamlWalker) defineEnv(name string, v *yaml.Node) {
	text, m, ok := w.scalarText(v)
	if !ok {
		return
	}
	text, m = ciExprs(text, m)
	w.c.defineIn(name, text, m, 0, len(text))
}

// script analyses the scalar items of a GitLab script list as one shell
// script, one item a line. It reports false when an item is not a scalar.
func (w *yamlWalker) script(n *yaml.Node) bool {
	var b remap.Builder
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode {
			return false
		}
	}
	for _, item := range n.Content {
		text, m, ok := w.scalarText(item)
		if !ok {
			continue
		}
		text, m = ciExprs(text, m)
		b.Append(text, m, 0, len(text))
		b.Virtual(m.Offset(len(text)), []byte("\n"))
	}
	text := b.Text()
	if len(text) > 0 {
		w.c.shellText(text, b.Map(), 0, len(text))
	}
	return true
}

// ciExprs replaces the GitHub Actions templates `${{ env.NAME }}`,
// `${{ secrets.NAME }}` (any `${{ a.b.NAME }}`) by the shell expansion
// ${NAME}, and other expressions by ${CI_EXPR}, so that the code parses
// as shell and a value the workflow's env gives is inlined. The new
// bytes map to the template they replace (never raw).
func ciExprs(text []byte, m *remap.Map) ([]byte, *remap.Map) {
	if !bytes.Contains(text, []byte("${{")) {
		return text, m
	}
	var b remap.Builder
	last := 0
	for i := 0; i+3 <= len(text); {
		if !bytes.HasPrefix(text[i:], []byte("${{")) {
			i++
			continue
		}
		end := bytes.Index(text[i+3:], []byte("}}"))
		if end < 0 {
			break
		}
		end += i + 3 + 2
		b.Append(text, m, last, i)
		s, e, _ := m.Span(i, end)
		b.Decoded(s, e-s, []byte("${"+exprName(string(text[i+3:end-2]))+"}"))
		last, i = end, end
	}
	b.Append(text, m, last, len(text))
	return b.Text(), b.Map()
}

// exprName names a GitHub Actions expression as a shell variable: the
// last element of a property path (secrets.KOBO_TOKEN gives KOBO_TOKEN),
// CI_EXPR for anything else.
func exprName(expr string) string {
	expr = strings.TrimSpace(expr)
	if expr == "" {
		return "CI_EXPR"
	}
	if strings.IndexFunc(expr, func(c rune) bool { return !isExprChar(c) }) >= 0 {
		return "CI_EXPR"
	}
	name := expr[strings.LastIndexByte(expr, '.')+1:]
	if name == "" || name[0] >= '0' && name[0] <= '9' || strings.Contains(name, "-") {
		return "CI_EXPR"
	}
	return name
}

// isExprChar: a character of a property path (secrets.KOBO_TOKEN).
func isExprChar(c rune) bool {
	return c == '_' || c == '.' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
