package text

import (
	"bytes"

	"github.com/kobolint/kobolint/analyzers/internal/comments"
	"github.com/kobolint/kobolint/internal/ir"
)

var directive = []byte(comments.Directive)

// suppressions finds `kobolint:ignore` and `kobolint:ignore[R1,R2]` after a
// comment marker (#, ;, //, <!--, .. ) on any line of src.
func suppressions(src []byte) []ir.Suppression {
	var out []ir.Suppression
	if !bytes.Contains(src, directive) {
		return nil
	}
	line := 0
	for l := range bytes.Lines(src) {
		line++
		l = bytes.TrimSuffix(l, []byte{'\n'})
		if i := bytes.Index(l, directive); i >= 0 && hasCommentMarker(l[:i]) {
			out = append(out, ir.Suppression{Line: line, Rules: comments.RuleList(l[i+len(directive):])})
		}
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
