// Package redact masks credentials in text that kobolint writes to reports,
// logs and commit messages: the userinfo of URLs (https://user:token@host)
// and the values of secret-looking query parameters (?token=...). Code keeps
// its credentials; only what kobolint says about it is masked.
package redact

import (
	"net/url"
	"strings"

	"github.com/kobolint/kobolint/internal/lazyre"
)

// Mask is what replaces a secret.
const Mask = "***"

var (
	// scheme://userinfo@ ; userinfo stops at the first character that
	// cannot be in it, so "a@b" in a path is left alone.
	userinfo = lazyre.New(`(?i)\b([a-z][a-z0-9+.\-]*://)([^/?#@\s"'<>\x60]+)@`)
	// name=value where the name says secret; the value runs to the next
	// separator of a query, a header or a quoted string.
	secretParam = lazyre.New(`(?i)([?&;]|\b)((?:access_|api_?|auth_?|private_|refresh_|session_)?(?:token|key|secret|password|passwd|pwd|signature|sig)=)([^&#;,\s"'<>\x60]+)`)
)

// Text masks every credential it recognises in s.
func Text(s string) string {
	if !strings.ContainsAny(s, "@=") {
		return s
	}
	s = userinfo().ReplaceAllString(s, "${1}"+Mask+"@")
	return secretParam().ReplaceAllString(s, "${1}${2}"+Mask)
}

// Secrets returns the literal secrets of a URL's userinfo (as written and
// percent-decoded), for masking text that quotes the URL in a form Text does
// not recognise (a tool's message that drops the scheme). A short user name
// alone ("git" in ssh://git@host/...) is no secret and would mask common
// words; a password, or a long user part (a token given as the user), is.
func Secrets(rawURL string) []string {
	m := userinfo().FindStringSubmatch(rawURL)
	if m == nil {
		return nil
	}
	info := m[2]
	var out []string
	if _, pass, ok := strings.Cut(info, ":"); ok {
		out = append(out, info)
		if pass != "" {
			out = append(out, pass)
		}
	} else if len(info) >= 8 {
		out = append(out, info)
	}
	for _, s := range out {
		if d, err := url.PathUnescape(s); err == nil && d != s {
			out = append(out, d)
		}
	}
	return out
}

// Literal replaces each of the given secrets in s by Mask, then masks
// what Text recognises.
func Literal(s string, secrets []string) string {
	for _, sec := range secrets {
		if len(sec) >= 3 {
			s = strings.ReplaceAll(s, sec, Mask)
		}
	}
	return Text(s)
}
