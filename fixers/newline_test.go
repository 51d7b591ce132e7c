package fixers

import "testing"

func TestNormalizeNewlines(t *testing.T) {
	tests := []struct{ src, text, want string }{
		{"a\r\nb\r\n", "x\ny\n", "x\r\ny\r\n"},
		{"a\r\nb\r\n", "x\r\ny", "x\r\ny"},         // already CRLF: not doubled
		{"a\r\nb\r\n", "x\r\ny\nz", "x\r\ny\r\nz"}, // mixed text
		{"a\nb\n", "x\ny", "x\ny"},
		{"a\nb\n", "x\r\ny", "x\ny"},
		{"a\r\nb\nc\r\n", "x\ny", "x\r\ny"}, // majority wins
		{"a\r\nb\n", "x\ny", "x\ny"},        // tie: leave alone
		{"no newline", "x\ny", "x\ny"},
		{"", "x\r\ny", "x\r\ny"},
		{"a\r\n", "plain", "plain"},
	}
	for _, tc := range tests {
		if got := NormalizeNewlines([]byte(tc.src), tc.text); got != tc.want {
			t.Errorf("NormalizeNewlines(%q, %q) = %q, want %q", tc.src, tc.text, got, tc.want)
		}
	}
}
