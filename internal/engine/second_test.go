package engine

import (
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// The token a dropped file must mention to get its second chance is the
// name as code spells it, whatever the definition's name adds.
func TestLeadingName(t *testing.T) {
	for name, want := range map[string]string{
		"SETTINGS.root":               "SETTINGS",
		"Client.forms()":              "Client",
		"api_get#0":                   "api_get",
		ir.ParamDef("form_titles", 0): "form_titles",
		"view/a/b":                    "",
	} {
		if got := leadingName(name); got != want {
			t.Errorf("leadingName(%q) = %q, want %q", name, got, want)
		}
	}
}
