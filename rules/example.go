package rules

import (
	"fmt"
	"strings"
)

// Example renders a before/after pair for a rule from its table entry, so
// that `explain` always shows what the table says.
func Example(t *Table, r Rule) string {
	v1 := r.V1[0]
	switch r.Category {
	case "host":
		host := strings.ReplaceAll(v1, "*", "example.org")
		after := strings.ReplaceAll(r.V2, "*", "example.org")
		if after == "" {
			return fmt.Sprintf("  before: https://%s/api/v1/forms", host)
		}
		return fmt.Sprintf("  before: BASE = \"https://%s\"\n  after:  BASE = \"https://%s\"", host, after)
	case "endpoint":
		sample := strings.NewReplacer("{formid}", "474", "{uid}", "a4etXeWtqcoodSxLV8a6Uq", "{id}", "12",
			"{username}", "jane", "{name}", "share", "/**", "/").Replace(v1)
		host := "https://kc.kobotoolbox.org"
		if !strings.HasPrefix(v1, "/api/v1") {
			host = "https://kf.kobotoolbox.org"
		}
		out := fmt.Sprintf("  before: requests.get(\"%s%s\")", host, sample)
		if r.V2 != "" {
			after := strings.NewReplacer("{uid}", "a4etXeWtqcoodSxLV8a6Uq", "{id}", "12", "{username}", "jane", "/**", "/").Replace(r.V2)
			out += fmt.Sprintf("\n  after:  requests.get(\"https://kf.kobotoolbox.org%s\")", after)
		}
		return out
	case "field":
		out := fmt.Sprintf("  before: form[%q]", v1)
		if r.V2 != "" {
			after := ""
			for _, p := range strings.Split(r.V2, ".") {
				after += fmt.Sprintf("[%q]", p)
			}
			out += "\n  after:  form" + after
		}
		return out
	}
	return ""
}
