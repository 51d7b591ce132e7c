package notebook

import (
	"fmt"

	"github.com/kobolint/kobolint/analyzers/text/jsonx"
)

// CellSpans returns the byte span [start, end) of every cell of a notebook
// in order, so that a position in the .ipynb file can name its cell (the
// JSON report's "cell"): the index is the cell's place in the notebook,
// counting Markdown cells too, as Jupyter numbers them.
func CellSpans(src []byte) ([][2]int, error) {
	doc, err := jsonx.Parse(src, false)
	if err != nil {
		return nil, err
	}
	root := doc.Root
	if root.Kind != jsonx.Object {
		return nil, fmt.Errorf("not a notebook: the top-level JSON value is not an object")
	}
	var list []*jsonx.Value
	if cs := root.Get("cells"); cs != nil && cs.Kind == jsonx.Array {
		list = cs.Elems
	} else if ws := root.Get("worksheets"); ws != nil && ws.Kind == jsonx.Array {
		for _, w := range ws.Elems {
			if cs := w.Get("cells"); cs != nil && cs.Kind == jsonx.Array {
				list = append(list, cs.Elems...)
			}
		}
	}
	out := make([][2]int, len(list))
	for i, c := range list {
		out[i] = [2]int{c.Start, c.End}
	}
	return out, nil
}

// CellAt is the index of the cell holding byte offset off, or -1.
func CellAt(spans [][2]int, off int) int {
	for i, s := range spans {
		if off >= s[0] && off < s[1] {
			return i
		}
	}
	return -1
}
