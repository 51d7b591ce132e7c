package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/kobolint/kobolint/internal/finding"
)

// GitHub writes GitHub Actions workflow commands, which the runner turns into
// annotations on the pull request.
func GitHub(w io.Writer, fs []finding.Finding) {
	for _, f := range fs {
		level := "error"
		switch f.Severity {
		case finding.Warning:
			level = "warning"
		case finding.Info:
			level = "notice"
		}
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			level, escapeProp(f.Path), f.Line, f.Column, f.EndLine, f.EndColumn,
			escapeProp("kobolint "+f.Rule), escapeData(f.Message))
	}
}

// escapeData and escapeProp follow the workflow-command escaping rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
