package redact

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://user:s3cret@kc.kobotoolbox.org/api/v1/data", "https://***@kc.kobotoolbox.org/api/v1/data"},
		{"clone https://ghp_abcdefgh12345678@github.com/org/x.git failed", "clone https://***@github.com/org/x.git failed"},
		{"https://kf.kobotoolbox.org/api/v2/assets/?format=json&token=abc123&x=1", "https://kf.kobotoolbox.org/api/v2/assets/?format=json&token=***&x=1"},
		{"curl -H x 'https://kc.example.org/api/v1/forms?api_key=K3Y'", "curl -H x 'https://kc.example.org/api/v1/forms?api_key=***'"},
		{"access_token=xyz; password=hunter2", "access_token=***; password=***"},
		// no credential: unchanged
		{"https://kf.kobotoolbox.org/api/v2/assets/?q=asset_type:survey", "https://kf.kobotoolbox.org/api/v2/assets/?q=asset_type:survey"},
		{"mail me@example.org", "mail me@example.org"},
		{"git@github.com:org/repo.git", "git@github.com:org/repo.git"},
	} {
		if got := Text(tc.in); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSecretsAndLiteral(t *testing.T) {
	secrets := Secrets("https://bob:p%40ss@host/x")
	msg := Literal("fatal: auth failed for bob:p@ss at host (p%40ss)", secrets)
	if strings.Contains(msg, "p@ss") || strings.Contains(msg, "p%40ss") {
		t.Errorf("a password survived: %q (secrets %q)", msg, secrets)
	}
	// a short user name alone is no secret: "git" must not be masked in messages
	if s := Secrets("ssh://git@github.com/org/x"); len(s) != 0 {
		t.Errorf("ssh user taken for a secret: %q", s)
	}
	if s := Secrets("https://ghp_0123456789abcdef@github.com/org/x"); len(s) != 1 || s[0] != "ghp_0123456789abcdef" {
		t.Errorf("token as user: %q", s)
	}
	if got := Literal("git clone failed", Secrets("ssh://git@github.com/org/x")); got != "git clone failed" {
		t.Errorf("Literal changed a message without secrets: %q", got)
	}
}
