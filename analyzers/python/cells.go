package python

import (
	"bytes"

	"github.com/kobolint/kobolint/internal/ir"
)

// JoinCells builds the one program that several notebook cells form: the
// cells in order, each ending with a newline. starts[i] is the offset of
// cell i in the result, so a span [s, e) of the program with starts[i] <=
// s < starts[i]+len(cells[i]) lies in cell i at s-starts[i]. IPython lines
// (`%magic`, `!shell`, `?help`, cell magics `%%...` and their whole cell)
// are blanked with spaces, newlines kept: they are not Python, and the
// parser would otherwise lose the code around them. Offsets are unchanged.
func JoinCells(cells [][]byte) (src []byte, starts []int) {
	n := 0
	for _, c := range cells {
		n += len(c) + 1
	}
	src = make([]byte, 0, n)
	starts = make([]int, len(cells))
	for i, c := range cells {
		starts[i] = len(src)
		src = append(src, c...)
		blankMagics(src[starts[i]:])
		if len(c) == 0 || c[len(c)-1] != '\n' {
			src = append(src, '\n')
		}
	}
	return src, starts
}

// blankMagics replaces IPython-only lines of one cell by spaces.
func blankMagics(cell []byte) {
	trimmed := bytes.TrimLeft(cell, " \t\r\n")
	if bytes.HasPrefix(trimmed, []byte("%%")) {
		// a cell magic (%%bash, %%writefile): the cell is not Python
		blank(cell)
		return
	}
	for line := range bytes.Lines(cell) {
		// the lines share cell's bytes: blanking one blanks it in cell
		line = bytes.TrimSuffix(line, []byte{'\n'})
		if isMagic(bytes.TrimLeft(line, " \t")) {
			blank(line)
		}
	}
}

// isMagic tells an IPython line from a Python continuation line that
// happens to start with an operator (`% args`, `!= x`).
func isMagic(t []byte) bool {
	if len(t) < 2 {
		return len(t) == 1 && (t[0] == '!' || t[0] == '?')
	}
	switch t[0] {
	case '%':
		c := t[1]
		return c == '%' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	case '!':
		return t[1] != '='
	case '?':
		return true
	}
	return false
}

func blank(b []byte) {
	for i, c := range b {
		if c != '\n' && c != '\r' {
			b[i] = ' '
		}
	}
}

// AnalyzeCells analyses notebook code cells as one program (a variable of
// one cell is known in the next). Spans and suppression lines of the result
// refer to the program JoinCells builds; starts locates each cell in it
// (the caller maps spans back to the notebook file).
func AnalyzeCells(cells [][]byte) (*ir.File, []int, error) {
	src, starts := JoinCells(cells)
	f, err := Analyze("", src)
	return f, starts, err
}
