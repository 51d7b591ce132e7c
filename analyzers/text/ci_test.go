package text

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

func TestGitHubActionsRun(t *testing.T) {
	src := `env:
  API: https://kc.example.org/api/v1
jobs:
  x:
    steps:
      - run: |
          curl -s -H "Authorization: Token ${{ secrets.TOKEN }}" "$API/forms" | jq -r '.[] | .title'
      - run: curl -s "${{ env.API }}/data/${{ matrix.form }}" -o d.json
        env:
          IGNORED: x
      - run: curl "$LOCAL/user"
        env:
          LOCAL: https://kc.example.org/api/v1
`
	f, got := analyze(t, ".github/workflows/x.yml", src)
	var reqs []string
	for i, u := range f.URLs {
		if u.Role == ir.RoleRequest {
			reqs = append(reqs, got[i]+" "+u.Method)
		}
	}
	want := []string{
		"L7 request : https://kc.example.org/api/v1/forms GET",
		"L8 request : https://kc.example.org/api/v1/data/{form} GET",
		"L11 request : https://kc.example.org/api/v1/user GET",
	}
	if strings.Join(reqs, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n  %s\nwant:\n  %s", strings.Join(reqs, "\n  "), strings.Join(want, "\n  "))
	}
	if len(f.Decodes) != 1 || src[f.Decodes[0].Span.Start:f.Decodes[0].Span.End] != "." || f.Decodes[0].Results != "results" {
		t.Errorf("the jq of a run block decodes the curl's response: %+v", f.Decodes)
	}
	if len(f.Fields) != 1 || f.Fields[0].Name != "title" || !f.Fields[0].Raw {
		t.Errorf("a field read inside a line keeps its place: %+v", f.Fields)
	}
}

func TestGitLabScript(t *testing.T) {
	src := `variables:
  KC: "https://kc.example.org"
job:
  script:
    - 'F=$(curl -s "$KC/api/v1/forms")'
    - echo "$F" | jq -r '.[].title'
`
	f, _ := analyze(t, ".gitlab-ci.yml", src)
	if len(f.Fields) != 1 || len(f.Fields[0].Origin) != 1 || f.Fields[0].Origin[0] < 0 {
		t.Fatalf("a variable set on one script line is read on the next: %+v", f.Fields)
	}
	if u := f.URLs[f.Fields[0].Origin[0]]; u.Role != ir.RoleRequest || !strings.HasSuffix(u.Parts[len(u.Parts)-1].Text, "/api/v1/forms") {
		t.Errorf("origin %+v", u)
	}
}

func TestExprName(t *testing.T) {
	for in, want := range map[string]string{
		" secrets.KOBO_TOKEN ": "KOBO_TOKEN", "env.API": "API", "matrix.form": "form",
		"github.event_name == 'push'": "CI_EXPR", "steps.x.outputs.1": "CI_EXPR", "": "CI_EXPR", "inputs.my-url": "CI_EXPR",
	} {
		if got := exprName(in); got != want {
			t.Errorf("exprName(%q) = %q, want %q", in, got, want)
		}
	}
}
