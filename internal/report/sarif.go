package report

import (
	"io"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/rules"
)

// SARIF writes a SARIF 2.1.0 log (code scanning upload). Rule metadata comes
// from the mapping table, like `kobolint rules`, so the two never disagree.
func SARIF(w io.Writer, version string, fs []finding.Finding, t *rules.Table) error {
	rep, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	run := sarif.NewRunWithInformationURI("kobolint", t.Docs)
	run.Tool.Driver.Version = &version
	used := map[string]bool{}
	for _, f := range fs {
		used[f.Rule] = true
	}
	for _, r := range t.Rules() {
		if !used[r.Code] {
			continue
		}
		help := r.Why
		if r.V2 != "" {
			help = "Use " + r.V2 + ". " + help
		}
		run.AddRule(r.Code).
			WithName(r.Title).
			WithShortDescription(sarif.NewMultiformatMessageString(r.Title)).
			WithFullDescription(sarif.NewMultiformatMessageString(r.Why)).
			WithHelpURI(t.Docs).
			WithTextHelp(help).
			WithProperties(sarif.Properties{"category": r.Category, "fix": r.Fix})
	}
	for _, f := range fs {
		region := sarif.NewRegion().WithStartLine(f.Line).WithStartColumn(f.Column).
			WithEndLine(f.EndLine).WithEndColumn(f.EndColumn)
		loc := sarif.NewPhysicalLocation().
			WithArtifactLocation(sarif.NewSimpleArtifactLocation(f.Path)).
			WithRegion(region)
		res := run.CreateResultForRule(f.Rule).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(loc)})
		pb := sarif.NewPropertyBag()
		pb.AddString("category", f.Category)
		pb.AddString("fixSafety", f.Fix.Safety)
		res.AttachPropertyBag(pb)
	}
	rep.AddRun(run)
	return rep.PrettyWrite(w)
}

func sarifLevel(sev string) string {
	switch sev {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	}
	return "note"
}
