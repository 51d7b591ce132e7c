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
	return printStream(newJSONStream(w, r.Version), r)
}

// jsonStream writes the JSON report as its findings come. Write errors
// stick in the bufio.Writer and come back from Flush.
type jsonStream struct {
	bw  *bufio.Writer
	enc *json.Encoder
	n   int // findings written
	err error
}

func newJSONStream(w io.Writer, version string) *jsonStream {
	s := &jsonStream{bw: bufio.NewWriterSize(w, 64<<10)}
	s.enc = json.NewEncoder(s.bw)
	s.enc.SetEscapeHTML(false)
	vb, err := json.Marshal(version)
	s.err = err
	fmt.Fprintf(s.bw, "{\n  \"version\": %s,\n  \"findings\": [", vb)
	return s
}

func (s *jsonStream) Add(fs []finding.Finding) error {
	if s.err != nil {
		return s.err
	}
	for i := range fs {
		if s.n > 0 {
			_, _ = s.bw.WriteString(",")
		}
		s.n++
		_, _ = s.bw.WriteString("\n    ")
		f := contractFinding(fs[i])
		if err := s.enc.Encode(&f); err != nil {
			s.err = err
			return err
		}
	}
	return nil
}

func (s *jsonStream) Close(sum Summary, problems []Problem) error {
	if s.err != nil {
		return s.err
	}
	bw := s.bw
	if s.n > 0 {
		_, _ = bw.WriteString("  ")
	}
	sb, err := json.Marshal(sum)
	if err != nil {
		return err
	}
	_, _ = bw.WriteString("],\n  \"summary\": ")
	_, _ = bw.Write(sb)
	_, _ = bw.WriteString(",\n  \"problems\": [")
	for i := range problems {
		if i > 0 {
			_, _ = bw.WriteString(",")
		}
		_, _ = bw.WriteString("\n    ")
		if err := s.enc.Encode(&problems[i]); err != nil {
			return err
		}
	}
	if len(problems) > 0 {
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
