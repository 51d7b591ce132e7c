package js

import (
	"strings"
	"testing"
)

func TestMinifiedFilesAreReadAsText(t *testing.T) {
	body := strings.Repeat("var a=function(b){return b+1};", 400)
	src := []byte(body + `fetch("https://kc.kobotoolbox.org/api/v1/forms").then(function(r){return r.json()}).then(function(f){f.title})` + "\n")
	f, err := Analyze("bundle.min.js", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Fields) != 0 || len(f.Warnings) == 0 {
		t.Errorf("minified file parsed as code: %d fields, warnings %v", len(f.Fields), f.Warnings)
	}
	found := false
	for _, u := range f.URLs {
		if len(u.Parts) == 1 && u.Parts[0].Text == "https://kc.kobotoolbox.org/api/v1/forms" {
			p := u.Parts[0]
			if string(src[p.Span.Start:p.Span.End]) != p.Text {
				t.Errorf("span %v does not hold the literal", p.Span)
			}
			found = true
		}
	}
	if !found {
		t.Errorf("URL literal not reported: %+v", f.URLs)
	}
	if looksMinified([]byte("short\nlines\n")) {
		t.Error("ordinary file taken for minified")
	}
}

func TestQtTranslationIsNotTypeScript(t *testing.T) {
	f, err := Analyze("app_es.ts", []byte("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\"><context><name>A</name></context></TS>\n"))
	if err != nil || len(f.Warnings) != 0 || len(f.URLs) != 0 {
		t.Errorf("Qt translation: %v %+v", err, f)
	}
}

func TestLargeFilesAreReadAsText(t *testing.T) {
	src := []byte(strings.Repeat("function f(a) {\n  return a + 1;\n}\n", largeFile/30) + "var u = \"https://kc.kobotoolbox.org/api/v1/data\";\n")
	f, err := Analyze("lib.js", src)
	if err != nil || len(f.Warnings) == 0 || len(f.URLs) != 1 {
		t.Errorf("large file: %v warnings=%v urls=%d", err, f.Warnings, len(f.URLs))
	}
}
