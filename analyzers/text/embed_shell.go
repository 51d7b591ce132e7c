package text

import (
	"github.com/kobolint/kobolint/analyzers/shell"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

func init() {
	frontEnds["shell"] = frontEnd{
		analyze: shell.Analyze,
		snippet: func(path string, code []byte, m *remap.Map, vars map[string][]ir.Part) (*ir.File, error) {
			return shell.AnalyzeSnippet(path, code, shell.Options{Map: m, Vars: vars})
		},
	}
}
