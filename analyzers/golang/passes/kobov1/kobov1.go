// Package kobov1 is the go/analysis Analyzer of kobolint: it reports uses
// of the removed KoboToolbox v1 API in Go code, with suggested fixes where
// the rewrite is safe. It runs under go vet (cmd/kobolint-vet), gopls,
// golangci-lint (the plugin package) and analysistest.
//
// It lives apart from the Go front-end because it needs the rule engine,
// and the engine imports every front-end through internal/lang: putting
// the Analyzer in package golang would be an import cycle.
package kobov1

import (
	"flag"
	"fmt"
	"go/token"
	"os"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/kobolint/kobolint/analyzers/golang"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ruledoc"
	"github.com/kobolint/kobolint/rules"
)

const doc = `report uses of the removed KoboToolbox v1 API

kobov1 finds KoboCAT /api/v1/... endpoints, KPI paths outside /api/v2/,
kc.* hosts and v1 response field names (json struct tags such as
"num_of_submissions", "formid", "id_string", and map reads of decoded
responses) in Go code, and suggests the KPI v2 replacement. Safe rewrites
come as suggested fixes. Suppress a finding with a comment
"kobolint:ignore[RULE]" on its line or the line before.`

// Analyzer reports v1 API uses; diagnostics carry the rule code as Category.
var Analyzer = &analysis.Analyzer{
	Name:  "kobov1",
	Doc:   doc,
	URL:   rules.MustLoad().Docs,
	Run:   run,
	Flags: flags(),
}

var (
	reportInfo     bool
	reportComments bool
	unsafeFixes    bool
)

func flags() flag.FlagSet {
	fs := flag.NewFlagSet("kobov1", flag.ContinueOnError)
	fs.BoolVar(&reportInfo, "info", false, "also report advice (severity info), such as a bare KoboCAT host with no API path")
	fs.BoolVar(&reportComments, "comments", false, "also report v1 URLs in comments (as advice; needs -info)")
	fs.BoolVar(&unsafeFixes, "unsafe-fixes", false, "also suggest fixes that change meaning or types (rule fix: unsafe)")
	return *fs
}

// table is loaded once per process: go vet runs the Analyzer on many
// packages, and the engine only reads it.
var table = sync.OnceValue(rules.MustLoad)

func run(pass *analysis.Pass) (any, error) {
	var srcs []engine.Source
	files := map[string]*token.File{}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			continue
		}
		name := tf.Name()
		src, err := readFile(pass, name)
		if err != nil || len(src) != tf.Size() {
			// cgo-generated or unreadable: positions would not match
			continue
		}
		irf := golang.FromAST(name, pass.Fset, f, src)
		srcs = append(srcs, engine.Source{File: irf, Src: src})
		files[name] = tf
	}
	if len(srcs) == 0 {
		return nil, nil
	}
	opts := engine.Options{Table: table(), Comments: reportComments}
	for _, fd := range engine.CheckFiles(srcs, opts) {
		if fd.Severity == finding.Info && !reportInfo {
			continue
		}
		tf := files[fd.Path]
		if tf == nil {
			continue
		}
		pass.Report(diagnostic(tf, fd))
	}
	return nil, nil
}

func readFile(pass *analysis.Pass, name string) ([]byte, error) {
	if pass.ReadFile != nil {
		return pass.ReadFile(name)
	}
	return os.ReadFile(name)
}

// diagnostic turns a finding into a Diagnostic at its byte span, with the
// rule code as Category and the edits as a suggested fix when it is safe.
func diagnostic(tf *token.File, fd finding.Finding) analysis.Diagnostic {
	d := analysis.Diagnostic{
		Pos:      tf.Pos(fd.Start),
		End:      tf.Pos(fd.End),
		Category: fd.Rule,
		Message:  fmt.Sprintf("%s: %s", fd.Rule, fd.Message),
		URL:      ruledoc.URL(fd.Rule),
	}
	if len(fd.Fix.Edits) > 0 && (fd.Fix.Safety == rules.Safe || unsafeFixes && fd.Fix.Safety == rules.Unsafe) {
		fix := analysis.SuggestedFix{Message: fixMessage(fd)}
		for _, e := range fd.Fix.Edits {
			if e.Start < 0 || e.End > tf.Size() || e.Start > e.End {
				return d
			}
			fix.TextEdits = append(fix.TextEdits, analysis.TextEdit{Pos: tf.Pos(e.Start), End: tf.Pos(e.End), NewText: []byte(e.NewText)})
		}
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	return d
}

func fixMessage(fd finding.Finding) string {
	if fd.V2 != nil {
		return fmt.Sprintf("Replace %s with %s", fd.V1, *fd.V2)
	}
	return "Rewrite for the v2 API"
}
