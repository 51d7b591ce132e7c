// Package ruledoc renders the documentation of each rule from the mapping
// table: the pages under docs/rules (kept in step by a test and written by
// `go generate ./internal/ruledoc`), the text of `kobolint explain`, the
// help of SARIF rules and the language server's hover. One renderer, so
// that every place says the same thing.
package ruledoc

//go:generate go run ./gen ../../docs/rules

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/rules"
)

// BaseURL is where the rule pages are published: docs/rules of the
// repository's main branch.
const BaseURL = "https://github.com/kobolint/kobolint/blob/main/docs/rules/"

// URL is the page of one rule.
func URL(code string) string { return BaseURL + code + ".md" }

// Lookup finds a rule by code (case-insensitive).
func Lookup(t *rules.Table, code string) (rules.Rule, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	for _, r := range t.Rules() {
		if r.Code == code {
			return r, true
		}
	}
	return rules.Rule{}, false
}

// Name is the rule's short name for SARIF (reportingDescriptor.name): its
// title in PascalCase, letters and digits only.
func Name(r rules.Rule) string {
	var b strings.Builder
	up := true
	for _, c := range r.Title {
		switch {
		case c >= 'a' && c <= 'z':
			if up {
				c -= 'a' - 'A'
			}
			b.WriteRune(c)
			up = false
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			b.WriteRune(c)
			up = false
		default:
			up = true
		}
	}
	if b.Len() == 0 {
		return r.Code
	}
	return b.String()
}

// Sources turns a rule's source line ("ART \"Form endpoints\"; KPI-HEAD
// filters") into readable references, one per entry. An entry whose key
// the table's sources do not spell out is an error: no page may show an
// internal key.
func Sources(t *rules.Table, line string) ([]string, error) {
	var out []string
	for _, entry := range strings.FieldsFunc(line, func(r rune) bool { return r == ';' || r == ',' }) {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		head, detail, _ := strings.Cut(entry, " ")
		var names []string
		for _, key := range strings.Split(head, "/") {
			name, ok := t.Sources[key]
			if !ok {
				return nil, fmt.Errorf("source %q: no entry %q under sources in the table", line, key)
			}
			names = append(names, name)
		}
		ref := strings.Join(names, "; ")
		if detail != "" {
			ref += ": " + detail
		}
		out = append(out, ref)
	}
	return out, nil
}

// Page renders the Markdown page of one rule. `kobolint explain` prints it
// as it is.
func Page(t *rules.Table, r rules.Rule) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s\n\n", r.Code, r.Title)
	v2 := "none"
	if r.V2 != "" {
		v2 = "`" + r.V2 + "`"
	}
	b.WriteString("| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| kind | %s |\n", r.Category)
	fmt.Fprintf(&b, "| v1 | %s |\n", cell(r.V1))
	fmt.Fprintf(&b, "| v2 | %s |\n", strings.ReplaceAll(v2, "|", "\\|"))
	fmt.Fprintf(&b, "| fix | %s |\n\n", r.Fix)
	fmt.Fprintf(&b, "## Why\n\n%s\n\n", r.Why)
	if before, after := rules.ExamplePair(t, r); before != "" {
		fmt.Fprintf(&b, "## Example\n\nv1:\n\n```python\n%s\n```\n\n", before)
		if after != "" {
			fmt.Fprintf(&b, "v2:\n\n```python\n%s\n```\n\n", after)
		}
	}
	fmt.Fprintf(&b, "## Fix\n\n%s\n\n", fixText(r))
	b.WriteString("## Sources\n\n")
	refs, err := Sources(t, r.Source)
	if err != nil {
		return "", fmt.Errorf("%s: %w", r.Code, err)
	}
	for _, ref := range refs {
		fmt.Fprintf(&b, "- %s\n", ref)
	}
	fmt.Fprintf(&b, "- The migration guide: %s\n\n", t.Docs)
	fmt.Fprintf(&b, "## Suppress\n\nA comment `kobolint:ignore[%s]` on the line or the line before, or `ignore: [%s]` in `.kobolint.yml`.\n", r.Code, r.Code)
	return b.String(), nil
}

func cell(v1 []string) string {
	parts := make([]string, len(v1))
	for i, s := range v1 {
		parts[i] = "`" + strings.ReplaceAll(s, "|", "\\|") + "`"
	}
	return strings.Join(parts, ", ")
}

// fixText says what the rule's safety means for the user; a finding may
// still get a weaker fix than its rule where its use needs it, and the
// finding's reason (fix.reason in JSON) then says why.
func fixText(r rules.Rule) string {
	var s string
	switch r.Fix {
	case rules.Safe:
		s = "Safe: `kobolint check --fix` rewrites it. Where a use of the value needs more than the rewrite " +
			"(another file, a type, a page read as a list), the finding's fix is unsafe or none and its reason says why."
	case rules.Unsafe:
		s = "Unsafe: only `kobolint check --fix --unsafe-fixes` rewrites it, because the rewrite can change a type, " +
			"a shape or a value that other code relies on. Review the diff."
	default:
		s = "None: no rewrite keeps the code working, so kobolint reports it and leaves the change to you; " +
			"the finding's message says what to do."
	}
	if strings.Contains(strings.Join(r.V1, " "), "{"+rules.CapFormID+"}") && strings.Contains(r.V2, "{"+rules.CapUID+"}") {
		s += " An integer form id becomes the asset uid only with `--id-map ids.csv` (formid,uid pairs); " +
			"without it the fix is none and the message says where to find the uid."
	}
	return s
}

// Index renders docs/rules/README.md: every rule with its page.
func Index(t *rules.Table) string {
	var b strings.Builder
	b.WriteString("# kobolint rules\n\nOne page per rule, generated from `rules/table.yaml` by `go generate ./internal/ruledoc`" +
		" (a test fails when they drift). `kobolint explain KBnnn` prints the same page.\n\n")
	b.WriteString("| rule | kind | title | fix |\n|---|---|---|---|\n")
	for _, r := range t.Rules() {
		fmt.Fprintf(&b, "| [%s](%s.md) | %s | %s | %s |\n", r.Code, r.Code, r.Category, strings.ReplaceAll(r.Title, "|", "\\|"), r.Fix)
	}
	return b.String()
}

// Files is the whole docs/rules directory: file name -> content.
func Files(t *rules.Table) (map[string]string, error) {
	out := map[string]string{"README.md": Index(t)}
	for _, r := range t.Rules() {
		page, err := Page(t, r)
		if err != nil {
			return nil, err
		}
		out[r.Code+".md"] = page
	}
	return out, nil
}

// Write makes dir hold exactly Files: stale rule pages are removed.
func Write(dir string, t *rules.Table) error {
	files, err := Files(t)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	for _, p := range old {
		if _, keep := files[filepath.Base(p)]; !keep {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(files[n]), 0o644); err != nil {
			return err
		}
	}
	return nil
}
