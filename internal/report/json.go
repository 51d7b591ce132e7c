package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ruledoc"
)

// printJSON writes the machine-readable report (docs/json.md). Findings
// are encoded one at a time, so a large report never exists twice in
// memory.
func printJSON(w io.Writer, r *Report) error {
	// Write errors stick in the bufio.Writer and come back from Flush.
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	vb, err := json.Marshal(r.Version)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "{\n  \"version\": %s,\n  \"findings\": [", vb)
	for i := range r.Findings {
		if i > 0 {
			_, _ = bw.WriteString(",")
		}
		_, _ = bw.WriteString("\n    ")
		f := contractFinding(r.Findings[i])
		if err := enc.Encode(&f); err != nil {
			return err
		}
	}
	if len(r.Findings) > 0 {
		_, _ = bw.WriteString("  ")
	}
	sb, err := json.Marshal(r.Summary)
	if err != nil {
		return err
	}
	_, _ = bw.WriteString("],\n  \"summary\": ")
	_, _ = bw.Write(sb)
	_, _ = bw.WriteString(",\n  \"problems\": [")
	for i := range r.Problems {
		if i > 0 {
			_, _ = bw.WriteString(",")
		}
		_, _ = bw.WriteString("\n    ")
		if err := enc.Encode(&r.Problems[i]); err != nil {
			return err
		}
	}
	if len(r.Problems) > 0 {
		_, _ = bw.WriteString("  ")
	}
	_, _ = bw.WriteString("]\n}\n")
	return bw.Flush()
}

// contractFinding fills what the contract promises and the engine leaves
// to the printers: the rule's page and an empty list for no edits.
func contractFinding(f finding.Finding) finding.Finding {
	f.URL = ruledoc.URL(f.Rule)
	if f.Fix.Edits == nil {
		f.Fix.Edits = []finding.Edit{}
	}
	return f
}
