package text

import (
	"fmt"

	"github.com/kobolint/kobolint/internal/ir"
)

// Scan reads any text as code of an unknown language: every URL token,
// quoted or not, with `#` and `//` comments marked. The engine uses it for
// a file whose own front-end failed, or that is too large or too odd to
// parse, where URLs stand unquoted (shell words, config values, JSON-escaped
// notebook cells). It never fails.
func Scan(path string, src []byte) (f *ir.File) {
	c := newCtx(path, src)
	defer func() {
		if r := recover(); r != nil {
			f = &ir.File{Path: path, Lang: Name, Warnings: []string{fmt.Sprintf("text: internal error: %v", r)}}
		}
	}()
	c.codeScan(src, c.whole, ir.RoleUnknown)
	c.f.Suppressions = dedupeSuppressions(append(c.f.Suppressions, suppressions(src)...))
	return c.f
}
