package text

import "github.com/kobolint/kobolint/analyzers/text/remap"

func newBuilderFromJSON(src []byte, a, e int) *remap.Builder {
	var b remap.Builder
	remap.Unescape(&b, src, a, e)
	return &b
}

func linesOf(src []byte) *remap.Lines { return remap.NewLines(src) }
