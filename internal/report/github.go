package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/kobolint/kobolint/internal/finding"
)

// printGitHub writes GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request. Files that could not be read
// are annotated too, so that a broken run does not look clean.
func printGitHub(w io.Writer, r *Report) error {
	return printStream(&githubStream{w: w}, r)
}

type githubStream struct{ w io.Writer }

func (s *githubStream) Add(fs []finding.Finding) error {
	for _, f := range fs {
		level := "error"
		switch f.Severity {
		case finding.Warning:
			level = "warning"
		case finding.Info:
			level = "notice"
		}
		fmt.Fprintf(s.w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			level, escapeProp(f.Path), f.Line, f.Column, f.EndLine, f.EndColumn,
			escapeProp("kobolint "+f.Rule), escapeData(f.Message))
	}
	return nil
}

func (s *githubStream) Close(_ Summary, problems []Problem) error {
	for _, p := range problems {
		level := "notice"
		switch p.Level {
		case "error":
			level = "error"
		case "warning":
			level = "warning"
		}
		line := ""
		if p.Line > 0 {
			line = fmt.Sprintf(",line=%d", p.Line)
		}
		_, err := fmt.Fprintf(s.w, "::%s file=%s%s,title=%s::%s\n", level, escapeProp(p.Path), line, escapeProp("kobolint "+p.Kind), escapeData(p.Message))
		if err != nil {
			return err
		}
	}
	return nil
}

// escapeData and escapeProp follow the workflow-command escaping rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
