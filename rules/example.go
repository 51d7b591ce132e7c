package rules

import (
	"fmt"
	"strings"
)

// Example renders a before/after pair for a rule from its table entry, so
// that `explain` always shows what the table says.
func Example(t *Table, r Rule) string {
	before, after := ExamplePair(t, r)
	if before == "" {
		return ""
	}
	out := "  before: " + before
	if after != "" {
		out += "\n  after:  " + after
	}
	return out
}

// ExamplePair is one line of v1 code a rule finds and its v2 rewrite
// ("" when the rule has no v2 replacement).
func ExamplePair(t *Table, r Rule) (before, after string) {
	v1 := r.V1[0]
	switch r.Category {
	case "host":
		host := strings.ReplaceAll(v1, "*", "example.org")
		if r.V2 == "" {
			return fmt.Sprintf("https://%s/api/v1/forms", host), ""
		}
		return fmt.Sprintf("BASE = \"https://%s\"", host), fmt.Sprintf("BASE = \"https://%s\"", strings.ReplaceAll(r.V2, "*", "example.org"))
	case "endpoint":
		sample := strings.NewReplacer("{formid}", "474", "{uid}", "a4etXeWtqcoodSxLV8a6Uq", "{id}", "12",
			"{username}", "jane", "{name}", "share", "/**", "/").Replace(v1)
		host := "https://kc.kobotoolbox.org"
		if !strings.HasPrefix(v1, "/api/v1") {
			host = "https://kf.kobotoolbox.org"
		}
		before = fmt.Sprintf("requests.get(\"%s%s\")", host, sample)
		if r.V2 != "" {
			v2 := strings.NewReplacer("{uid}", "a4etXeWtqcoodSxLV8a6Uq", "{id}", "12", "{username}", "jane", "/**", "/").Replace(r.V2)
			after = fmt.Sprintf("requests.get(\"https://kf.kobotoolbox.org%s\")", v2)
		}
		return before, after
	case "field":
		before = fmt.Sprintf("form[%q]", v1)
		if r.V2 != "" {
			after = "form"
			for _, p := range strings.Split(r.V2, ".") {
				after += fmt.Sprintf("[%q]", p)
			}
		}
		return before, after
	case "shape":
		if r.V2 == "" {
			return "", ""
		}
		return "for form in r.json():", fmt.Sprintf("for form in r.json()[%q]:", r.V2)
	}
	return "", ""
}
