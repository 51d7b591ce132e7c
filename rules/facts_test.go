package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestKoboFactsStayInRules: Go code outside rules/ (tests aside) holds no
// Kobo host and no v1 field marker or distinctive field name as data: a
// string literal that is, or holds as a whole name, one of them. Prose
// (a message or help text with spaces, which may name a field to the
// reader) is allowed; comments are not read. Kobo facts belong in
// table.yaml, where the table's tests check them.
func TestKoboFactsStayInRules(t *testing.T) {
	tb := MustLoad()
	var hosts []string
	for _, h := range tb.Hosts {
		if h.Host != "" {
			hosts = append(hosts, h.Host)
		} else {
			hosts = append(hosts, strings.TrimSuffix(h.Pattern, "*"))
		}
	}
	hosts = append(append(append(hosts, tb.KPIHosts...), tb.KPIHostPrefixes...), tb.EnketoHostPrefixes...)
	hosts = append(append(hosts, tb.OtherServices...), tb.WebHosts...)
	names := map[string]bool{}
	for _, m := range tb.FieldMarkers {
		names[m] = true
	}
	for _, f := range tb.Fields {
		if f.Distinctive {
			names[f.Name] = true
		}
	}
	isName := func(r rune) bool {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	judge := func(lit string) string {
		for _, h := range hosts {
			// a host prefix (kc., kobocat.) where a host starts; a whole
			// host anywhere
			prefix := strings.HasSuffix(h, ".")
			if prefix && (strings.HasPrefix(lit, h) || strings.Contains(lit, "//"+h)) || !prefix && strings.Contains(lit, h) {
				return h
			}
		}
		if strings.ContainsAny(lit, " \n") {
			return ""
		}
		for _, w := range strings.FieldsFunc(lit, func(r rune) bool { return !isName(r) }) {
			if names[w] {
				return w
			}
		}
		return ""
	}
	root := ".."
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			if rel == "rules" || d.Name() == "testdata" || rel != "." && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				if what := judge(s); what != "" {
					t.Errorf("%s: %s spells the Kobo fact %q: read it from the table", fset.Position(lit.Pos()), lit.Value, what)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
