package js

import (
	"bytes"
)

// LooksLikeJS reports whether an extension-less file is probably JavaScript,
// typically Google Apps Script pasted into a repository without its .gs
// ending. The engine calls it for files that have no extension and no
// shebang; it only searches bytes (no parse) so it costs almost nothing.
//
// It wants a function (`function name(` or an arrow `=>`) plus one more
// JavaScript-only sign: an Apps Script service (UrlFetchApp, SpreadsheetApp,
// ...), a `var`/`const`/`let` declaration, require(), console.log. R
// (`<-`), Python (`def `), shell (`fi`/`done` lines), and HTML, XML or
// JSON (first byte `<`, `{`, `[`) are ruled out.
func LooksLikeJS(src []byte) bool {
	head := src
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return false // binary
	}
	if t := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf"); len(t) > 0 && (t[0] == '<' || t[0] == '{' || t[0] == '[') {
		return false // HTML/XML or JSON: the text front-end reads those
	}
	fn := hasFunctionDecl(head) || bytes.Contains(head, []byte("=>"))
	if !fn {
		return false
	}
	for _, s := range appsScriptServices {
		if bytes.Contains(head, []byte(s)) {
			return true
		}
	}
	if bytes.Contains(head, []byte("<-")) || bytes.Contains(head, []byte("\ndef ")) ||
		bytes.Contains(head, []byte("\nfi\n")) || bytes.Contains(head, []byte("\ndone\n")) {
		return false
	}
	signs := 0
	for _, s := range jsSigns {
		if bytes.Contains(head, []byte(s)) {
			signs++
		}
	}
	return signs >= 1 && (hasFunctionDecl(head) || signs >= 2)
}

// hasFunctionDecl looks for `function name(` or `function (`.
func hasFunctionDecl(b []byte) bool {
	for off := 0; off < len(b); {
		i := bytes.Index(b[off:], []byte("function"))
		if i < 0 {
			return false
		}
		i += off
		j := i + len("function")
		if i > 0 && isIdentByte(b[i-1]) {
			off = j
			continue
		}
		k := j
		for k < len(b) && (b[k] == ' ' || b[k] == '\t' || b[k] == '*') {
			k++
		}
		for k < len(b) && isIdentByte(b[k]) {
			k++
		}
		for k < len(b) && (b[k] == ' ' || b[k] == '\t') {
			k++
		}
		if k < len(b) && b[k] == '(' {
			return true
		}
		off = j
	}
	return false
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

var appsScriptServices = []string{
	"UrlFetchApp", "SpreadsheetApp", "PropertiesService", "ScriptProperties", "HtmlService",
	"DriveApp", "GmailApp", "MailApp", "DocumentApp", "UiApp", "Logger.log", "ScriptApp",
}

var jsSigns = []string{
	"var ", "const ", "let ", "require(", "console.log", "JSON.parse", "JSON.stringify",
	"module.exports", "document.", "window.", "===", "!==",
}
