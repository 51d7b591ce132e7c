package js

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// paramInURLs lists the ParamDef names of a file's ParamIn URLs.
func paramInURLs(f *ir.File) []string {
	var out []string
	for _, u := range f.URLs {
		if u.Role == ir.RoleResult && len(u.Parts) == 1 && ir.IsParamDef(u.Parts[0].Name) {
			out = append(out, u.Parts[0].Name)
		}
	}
	return out
}

func TestParamInOnlyWhereRead(t *testing.T) {
	src := `export function titles(forms, opts) { return forms.map((f) => f.title).slice(0, opts); }
export function count(forms) { return forms.length > 0 ? 1 : 0; }
export function twice(forms) { return forms.map((f) => f.title); }
function own(forms) { return forms.map((f) => f.title); }
export const again = (x) => twice(x).concat(own(x));
`
	f := irtest.Analyze(t, Analyze, "report.js", src)
	// titles reads its first parameter (opts is only passed on); count
	// reads forms.length, a read too; twice is called in its own file,
	// own is not exported, again reads nothing of x
	got := paramInURLs(f)
	if len(got) != 2 || got[0] != "titles@0" || got[1] != "count@0" {
		t.Fatalf("ParamIn URLs: %v", got)
	}
	for _, fr := range f.Fields {
		if fr.Name != "title" {
			continue
		}
		line := strings.Count(src[:fr.Span.Start], "\n") + 1
		if line == 1 && (len(fr.Origin) != 1 || f.URLs[fr.Origin[0]].Parts[0].Name != "titles@0") {
			t.Errorf("titles' read: %+v", fr)
		}
		if line == 3 || line == 4 {
			t.Errorf("read of a parameter this file passes: %+v", fr)
		}
	}
}

func TestParamClientUnchanged(t *testing.T) {
	src := `export async function save(http, forms) {
  const res = await http.post("https://example.org/api/store", forms);
  const r = await fetch("https://example.org/x", { body: JSON.stringify(forms) });
  return [res.data.title, (await r.json()).title];
}
`
	f := irtest.Analyze(t, Analyze, "store.js", src)
	for _, fr := range f.Fields {
		for _, o := range fr.Origin {
			if u := f.URLs[o]; u.Role == ir.RoleResult {
				t.Errorf("%s read as what callers pass: %+v", fr.Name, fr)
			}
		}
	}
	if len(f.Decodes) != 1 || len(f.Decodes[0].Origin) != 1 || f.URLs[f.Decodes[0].Origin[0]].Role != ir.RoleRequest {
		t.Errorf("decodes: %+v", f.Decodes)
	}
}

func TestOfferArguments(t *testing.T) {
	src := `import { formList } from "./kc.js";
import { titles, save } from "./report.js";
const forms = await formList("t");
const r = await fetch("https://kc.kobotoolbox.org/api/v1/data");
titles(forms, 3);
titles(await r.json());
save(fetch, (await r.json()).results);
`
	f := irtest.Analyze(t, Analyze, "main.js", src)
	defs := irtest.Defs(f)
	if defs["titles@0"] != "{formList()}" || defs["save@1"] != "https://kc.kobotoolbox.org/api/v1/data" {
		t.Errorf("defs: %v", defs)
	}
	if _, ok := defs["titles@1"]; ok {
		t.Errorf("a number offered as a response: %v", defs)
	}
	if _, ok := defs["save@0"]; ok {
		t.Errorf("fetch offered as a response: %v", defs)
	}
}
