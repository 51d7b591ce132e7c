package comments

import (
	"bytes"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Directive is the word that opens a suppression.
const Directive = "kobolint:ignore"

// Suppressions finds every `kobolint:ignore` and `kobolint:ignore[R1,R2]`
// in text, a comment starting at byte base of its file; line numbers a
// file offset.
func Suppressions(text []byte, base int, line func(int) int) []ir.Suppression {
	var out []ir.Suppression
	for off := 0; ; {
		i := bytes.Index(text[off:], []byte(Directive))
		if i < 0 {
			return out
		}
		i += off
		off = i + len(Directive)
		out = append(out, ir.Suppression{Line: line(base + i), Rules: RuleList(text[off:])})
	}
}

// RuleList parses the optional `[A, B]` right after a directive: the
// rule codes, trimmed, without empty ones (nil when there is no list).
func RuleList(rest []byte) []string {
	if len(rest) == 0 || rest[0] != '[' {
		return nil
	}
	end := bytes.IndexByte(rest, ']')
	if end < 0 {
		return nil
	}
	var rules []string
	for _, r := range strings.Split(string(rest[1:end]), ",") {
		if r = strings.TrimSpace(r); r != "" {
			rules = append(rules, r)
		}
	}
	return rules
}

// SortByLine orders suppressions by line, keeping the order of those on
// one line.
func SortByLine(s []ir.Suppression) {
	sort.SliceStable(s, func(i, j int) bool { return s[i].Line < s[j].Line })
}
