package fixers

import "strings"

// newlineStyle tells which line ending dominates src: "\r\n", "\n", or ""
// when the file has no line ending at all or as many of each (then nothing
// can be inferred and replacement text is left alone).
func newlineStyle(src []byte) string {
	crlf, lf := 0, 0
	for i, b := range src {
		if b != '\n' {
			continue
		}
		if i > 0 && src[i-1] == '\r' {
			crlf++
		} else {
			lf++
		}
	}
	switch {
	case crlf > lf:
		return "\r\n"
	case lf > crlf:
		return "\n"
	}
	return ""
}

// NormalizeNewlines rewrites the line endings inside text to the style of src.
// Rules write replacement text with "\n"; in a CRLF file that would create
// mixed line endings, so each lone "\n" becomes "\r\n" there (and "\r\n"
// becomes "\n" in an LF file). Text is unchanged when src has no clear style.
func NormalizeNewlines(src []byte, text string) string {
	return normalizeTo(newlineStyle(src), text)
}

func normalizeTo(style, text string) string {
	if style == "" || !strings.Contains(text, "\n") {
		return text
	}
	lf := strings.ReplaceAll(text, "\r\n", "\n")
	if style == "\n" {
		return lf
	}
	return strings.ReplaceAll(lf, "\n", "\r\n")
}
