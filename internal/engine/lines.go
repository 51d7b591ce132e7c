package engine

import "github.com/kobolint/kobolint/internal/textpos"

// lineIndex maps byte offsets to 1-based line and byte column.
type lineIndex struct{ lines *textpos.Lines }

func newLineIndex(src []byte) *lineIndex { return &lineIndex{textpos.New(src)} }

func (li *lineIndex) pos(off int) (line, col int) { return li.lines.Position(off) }
