package r

import (
	"slices"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// paramInsOf maps each field read (name on receiver) to the ir.ParamDef
// names of the ParamIn URLs among its origins.
func paramInsOf(f *ir.File) map[string][]string {
	out := map[string][]string{}
	for _, fr := range f.Fields {
		k := fr.Receiver + "$" + fr.Name
		out[k] = append(out[k], []string{}...)
		for _, o := range fr.Origin {
			if ps := f.URLs[o].Parts; f.URLs[o].Role == ir.RoleResult && len(ps) == 1 && ir.IsParamDef(ps[0].Name) {
				out[k] = append(out[k], ps[0].Name)
			}
		}
	}
	return out
}

func TestCallerOffersResponsesItPasses(t *testing.T) {
	f := analyze(t, `
forms <- httr::content(httr::GET("https://kc.example.org/api/v1/forms"))
form_titles(forms, "x")
summarise_forms(n = 2, form_list())
stop_for_status(forms)
helper <- function(x) x
helper(forms)
`)
	defs := defsOf(f)
	if got := defs[ir.ParamDef("form_titles", 0)]; got != "https://kc.example.org/api/v1/forms" {
		t.Errorf("form_titles@0 = %q (defs %v)", got, defs)
	}
	if got := defs[ir.ParamDef("summarise_forms", 0)]; got != "{form_list()}" {
		t.Errorf("summarise_forms@0 = %q (defs %v)", got, defs)
	}
	for _, name := range []string{"form_titles@1", "stop_for_status@0", "helper@0"} {
		if _, ok := defs[name]; ok {
			t.Errorf("unexpected %s = %q", name, defs[name])
		}
	}
}

func TestUncalledFunctionReadsWhatOtherFilesPass(t *testing.T) {
	f := analyze(t, `
form_titles <- function(forms) sapply(forms, function(f) f$title)
first_title <- function(forms) forms[[1]]$title
demo <- function() first_title(list(list(title = "demo")))
.hidden <- function(forms) forms$owner
plot_forms <- function(df) dplyr::filter(df, status != "")
pull_forms <- function(url, user) {
  r <- httr::GET(url, httr::authenticate(user, "pw"))
  d <- httr::content(r)
  d$url
}
by_name <- function(forms) forms$uuid
lapply(list(), by_name)
`)
	got := paramInsOf(f)
	if want := []string{"form_titles@0"}; !slices.Equal(got["f$title"], want) {
		t.Errorf("f$title reads %v, want %v (fields %v)", got["f$title"], want, got)
	}
	// called in the file, hidden, a verb's column, a value holding
	// parameters through a call, a function handed to lapply: nothing
	// from other files
	for _, k := range []string{"forms[[1]]$title", "forms$owner", "df$status", "d$url", "forms$uuid"} {
		if len(got[k]) != 0 {
			t.Errorf("%s reads %v, want nothing from other files", k, got[k])
		}
	}
}
