package text

import (
	"bytes"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

var directive = []byte("kobolint:ignore")

// suppressions finds `kobolint:ignore` and `kobolint:ignore[R1,R2]` after a
// comment marker (#, ;, //, <!--, .. ) on any line of src.
func suppressions(src []byte) []ir.Suppression {
	var out []ir.Suppression
	if !bytes.Contains(src, directive) {
		return nil
	}
	line := 1
	for start := 0; start <= len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		l := src[start:end]
		if i := bytes.Index(l, directive); i >= 0 && hasCommentMarker(l[:i]) {
			out = append(out, ir.Suppression{Line: line, Rules: ruleList(l[i+len(directive):])})
		}
		line++
		start = end + 1
	}
	return out
}

func hasCommentMarker(b []byte) bool {
	for _, m := range []string{"#", ";", "//", "<!--", ".. ", "%", "--"} {
		if bytes.Contains(b, []byte(m)) {
			return true
		}
	}
	return false
}

// ruleList parses an optional `[A,B]` right after the directive.
func ruleList(b []byte) []string {
	if len(b) == 0 || b[0] != '[' {
		return nil
	}
	end := bytes.IndexByte(b, ']')
	if end < 0 {
		return nil
	}
	var rules []string
	for _, r := range strings.Split(string(b[1:end]), ",") {
		if r = strings.TrimSpace(r); r != "" {
			rules = append(rules, r)
		}
	}
	return rules
}
