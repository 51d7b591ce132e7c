package sarifschema

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	good := `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
		{"message": {"text": "m"}, "level": "error", "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a%20b.py"}}}]}]}]}`
	if err := Validate([]byte(good)); err != nil {
		t.Errorf("valid log refused: %v", err)
	}
	for name, bad := range map[string]string{
		"no runs":       `{"version": "2.1.0"}`,
		"bad level":     strings.Replace(good, `"error"`, `"fatal"`, 1),
		"unknown key":   strings.Replace(good, `"level"`, `"severity"`, 1),
		"wrong version": strings.Replace(good, `2.1.0`, `2.0.0`, 1),
	} {
		if err := Validate([]byte(bad)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
