package notebook

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// cellTexts decodes a notebook and joins each cell's source.
func cellTexts(t testing.TB, src []byte) []string {
	t.Helper()
	var doc struct {
		Cells []struct {
			Source json.RawMessage `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatalf("not valid JSON after the edit: %v\n%s", err, src)
	}
	var out []string
	for _, c := range doc.Cells {
		var lines []string
		if err := json.Unmarshal(c.Source, &lines); err != nil {
			var s string
			if err := json.Unmarshal(c.Source, &s); err != nil {
				t.Fatal(err)
			}
			lines = []string{s}
		}
		out = append(out, strings.Join(lines, ""))
	}
	return out
}

func spanOf(t testing.TB, src []byte, s string) ir.Span {
	t.Helper()
	i := strings.Index(string(src), s)
	if i < 0 {
		t.Fatalf("%q not in file", s)
	}
	return ir.Span{Start: i, End: i + len(s)}
}

func TestApplyEdits(t *testing.T) {
	src := nb(t, "python", code("u = \"https://kc.x.org/api/v1/forms\"\nprint(d[\"title\"])\n"))
	out, err := ApplyEdits(src, []Edit{
		{Span: spanOf(t, src, "kc.x.org"), NewText: "kf.x.org"},
		{Span: spanOf(t, src, "/api/v1/forms"), NewText: "/api/v2/assets/?q=\"x\"\n"},
		{Span: spanOf(t, src, "title"), NewText: "name"},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "u = \"https://kf.x.org/api/v2/assets/?q=\"x\"\n\"\nprint(d[\"name\"])\n"
	if got := cellTexts(t, out); len(got) != 1 || got[0] != want {
		t.Errorf("cell text %q, want %q", got, want)
	}
	// The edited notebook still analyses.
	if _, err := Analyze("e.ipynb", out); err != nil {
		t.Error(err)
	}
}

func TestApplyEditRefusals(t *testing.T) {
	src := []byte(`{"cells": [{"cell_type": "code", "source": ["a = \"x\u00e9\"\n"]}], "nbformat": 4}`)
	esc := strings.Index(string(src), `\u00e9`)
	quote := strings.Index(string(src), `\"x`)
	for name, e := range map[string]ir.Span{
		"cuts \\u escape":   {Start: esc + 2, End: esc + 6},
		"cuts \\\" escape":  {Start: quote + 1, End: quote + 3},
		"crosses a quote":   {Start: strings.Index(string(src), `"cells"`), End: strings.Index(string(src), `"cells"`) + 3},
		"outside strings":   {Start: 0, End: 1},
		"past the end":      {Start: len(src) - 1, End: len(src) + 5},
		"covers the string": spanOf(t, src, `"code"`),
	} {
		if _, err := ApplyEdit(src, e, "x"); err == nil {
			t.Errorf("%s: edit accepted", name)
		}
	}
	if _, err := ApplyEdits(src, []Edit{{Span: ir.Span{Start: esc - 1, End: esc}}, {Span: ir.Span{Start: esc - 1, End: esc + 6}}}); err == nil {
		t.Error("overlapping edits accepted")
	}
	// A whole escape may be replaced.
	out, err := ApplyEdit(src, ir.Span{Start: esc, End: esc + 6}, "e")
	if err != nil {
		t.Fatal(err)
	}
	if got := cellTexts(t, out); got[0] != "a = \"xe\"\n" {
		t.Errorf("got %q", got)
	}
}
