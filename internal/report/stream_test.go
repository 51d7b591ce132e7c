package report

import (
	"bytes"
	"testing"

	"github.com/fatih/color"

	"github.com/kobolint/kobolint/internal/finding"
)

// TestStreamMatchesPrint feeds findings to each streaming format a file at
// a time and wants the bytes of the held printer, and a Counter that
// agrees with NewSummary.
func TestStreamMatchesPrint(t *testing.T) {
	defer func(nc bool) { color.NoColor = nc }(color.NoColor)
	color.NoColor = true
	v2 := "/api/v2/assets/"
	var fs []finding.Finding
	for _, p := range []string{"a.py", "b/c.R", "b/d.sh"} {
		for line := 1; line <= 3; line++ {
			f := sample()[0]
			f.Path, f.Line, f.V2 = p, line, &v2
			if line == 2 {
				f.Severity, f.Fix = finding.Info, finding.Fix{Safety: "none", Reason: "no fix"}
			}
			fs = append(fs, f)
		}
	}
	probs := []Problem{{Path: "x.py", Kind: "parse-error", Level: "error", Message: "does not parse"}}
	for _, fsx := range [][]finding.Finding{fs, nil} {
		var c Counter
		for i := 0; i < len(fsx); i += 3 {
			c.Add(fsx[i : i+3])
		}
		sum := NewSummary(fsx, 7)
		if got := c.Summary(7); got != sum {
			t.Errorf("Counter %+v, NewSummary %+v", got, sum)
		}
		for _, format := range []string{"text", "json", "github"} {
			r := &Report{Version: "v", Findings: fsx, Summary: sum, Problems: probs}
			var held, streamed bytes.Buffer
			if err := Print(&held, format, r); err != nil {
				t.Fatal(err)
			}
			s, ok := NewStream(&streamed, format, &Report{Version: "v"})
			if !ok {
				t.Fatalf("%s does not stream", format)
			}
			for i := 0; i < len(fsx); i += 3 {
				if err := s.Add(fsx[i : i+3]); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(sum, probs); err != nil {
				t.Fatal(err)
			}
			if held.String() != streamed.String() || held.Len() == 0 {
				t.Errorf("%s: streamed\n%s\nheld\n%s", format, streamed.String(), held.String())
			}
		}
	}
	if _, ok := NewStream(&bytes.Buffer{}, "sarif", &Report{}); ok {
		t.Error("SARIF streams")
	}
	var b bytes.Buffer
	if _, ok := NewStream(&b, "json", &Report{}); !ok || b.Len() != 0 {
		t.Error("a stream wrote before its first finding")
	}
}
