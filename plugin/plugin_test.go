package plugin

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("kobolint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"unsafe-fixes": true})
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeSyntax {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != "kobov1" {
		t.Fatalf("analyzers: %v", as)
	}
	if f := as[0].Flags.Lookup("unsafe-fixes"); f == nil || f.Value.String() != "true" {
		t.Errorf("unsafe-fixes flag not set: %v", f)
	}
	if _, err := newPlugin(map[string]any{"no-such-option": 1}); err == nil {
		t.Error("unknown settings must be rejected")
	}
	if _, err := newPlugin(nil); err != nil {
		t.Errorf("no settings: %v", err)
	}
	// reset for other tests in this process
	p2, _ := newPlugin(map[string]any{})
	if _, err := p2.BuildAnalyzers(); err != nil {
		t.Fatal(err)
	}
}
