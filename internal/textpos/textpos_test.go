package textpos

import "testing"

func TestColumns(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
	l := New([]byte("ascii\nx = \"é😀/api/v1/forms\"\r\nlast"))
	if l.Count() != 3 || string(l.Line(3)) != "last" || l.Line(4) != nil {
		t.Fatalf("lines: %d %q", l.Count(), l.Line(3))
	}
	cases := []struct{ line, byteCol, utf16 int }{
		{1, 1, 1}, {1, 6, 6}, // end of an ASCII line
		{2, 5, 5},   // the quote
		{2, 6, 6},   // é
		{2, 8, 7},   // 😀
		{2, 12, 9},  // "/" after the emoji
		{2, 26, 23}, // past the closing quote: "\r"
	}
	for _, c := range cases {
		if got := l.UTF16Col(c.line, c.byteCol); got != c.utf16 {
			t.Errorf("UTF16Col(%d,%d) = %d, want %d", c.line, c.byteCol, got, c.utf16)
		}
		if got := l.ByteCol(c.line, c.utf16); got != c.byteCol {
			t.Errorf("ByteCol(%d,%d) = %d, want %d", c.line, c.utf16, got, c.byteCol)
		}
	}
	if got := l.ByteCol(1, 99); got != 6 {
		t.Errorf("ByteCol past the end = %d, want the line's end 6", got)
	}
	off := l.Offset(2, 12)
	if line, col := l.Position(off); line != 2 || col != 12 || l.src[off] != '/' {
		t.Errorf("Offset/Position round trip: %d -> %d:%d", off, line, col)
	}
	if l.Offset(9, 1) != len(l.src) || l.Offset(0, 5) != 0 {
		t.Error("offsets out of range are not clamped")
	}
}
