// Package plugin registers kobolint's Go check with golangci-lint's module
// plugin system (github.com/golangci/plugin-module-register). Build a custom
// golangci-lint that contains it with `golangci-lint custom` and a
// .custom-gcl.yml naming this module (docs/golangci-lint.md), then enable the
// linter "kobolint" in .golangci.yml:
//
//	linters:
//	  enable: [kobolint]
//	  settings:
//	    custom:
//	      kobolint:
//	        type: module
//	        settings:
//	          unsafe-fixes: false
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/kobolint/kobolint/analyzers/golang/passes/kobov1"
)

func init() {
	register.Plugin("kobolint", New)
}

// Settings are the plugin's options under linters.settings.custom.kobolint.settings.
type Settings struct {
	// Info also reports advice (a bare KoboCAT host with no API path).
	Info bool `json:"info"`
	// UnsafeFixes also suggests rewrites that change types or meaning.
	UnsafeFixes bool `json:"unsafe-fixes"`
	// Comments reports v1 URLs in comments too (as advice; needs Info).
	Comments bool `json:"comments"`
}

// Plugin is the golangci-lint linter plugin of kobolint.
type Plugin struct {
	settings Settings
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the settings golangci-lint passes and returns the plugin.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("kobolint settings: %w", err)
	}
	return &Plugin{settings: s}, nil
}

// BuildAnalyzers returns the kobov1 Analyzer with the settings applied to
// its flags.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a := kobov1.Analyzer
	for name, on := range map[string]bool{"info": p.settings.Info, "unsafe-fixes": p.settings.UnsafeFixes, "comments": p.settings.Comments} {
		if err := a.Flags.Set(name, fmt.Sprint(on)); err != nil {
			return nil, fmt.Errorf("kobolint: setting %s: %w", name, err)
		}
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode: the check reads syntax only (no type information), so
// golangci-lint can run it in its fastest mode.
func (p *Plugin) GetLoadMode() string { return register.LoadModeSyntax }
