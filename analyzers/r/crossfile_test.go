package r

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// defsOf maps the Defs of f to their text.
func defsOf(f *ir.File) map[string]string {
	out := map[string]string{}
	for _, d := range f.Defs {
		out[d.Name] = irtest.Flat(d.Parts)
	}
	return out
}

func TestOffersWrapperPrefixes(t *testing.T) {
	f := analyze(t, `
base_url <- "https://kc.example.org/api/v1/"
kobo_get <- function(path, ...) httr::GET(paste0(base_url, path), ...)
kobo_req <- function(...) httr2::request("https://kc.example.org") |> httr2::req_url_path_append(...)
Client <- R6::R6Class("Client", public = list(
  base = "https://kc.example.org/api/v1",
  get = function(path) httr::GET(paste0(self$base, "/", path)),
  fetch = function(path, version = "v2") {
    if (version == "v1") httr::GET(paste0(self$base, "/", path)) else httr::GET(paste0("https://kf.example.org/api/v2/", path))
  }
))
local_only <- function(path) httr::GET(path)
`)
	defs := defsOf(f)
	for name, want := range map[string]string{
		"kobo_get#0":   "https://kc.example.org/api/v1/",
		"kobo_req#0":   "https://kc.example.org/",
		"kobo_req#0*":  "/",
		"Client$get#0": "https://kc.example.org/api/v1/",
	} {
		if defs[name] != want {
			t.Errorf("%s = %q, want %q (defs %v)", name, defs[name], want, defs)
		}
	}
	// a prefix chosen by an argument, and a request of the whole
	// parameter, offer none
	for _, name := range []string{"Client$fetch#0", "local_only#0"} {
		if _, ok := defs[name]; ok {
			t.Errorf("unexpected %s = %q", name, defs[name])
		}
	}
}

func TestCallsOtherFilesWrappers(t *testing.T) {
	f := analyze(t, `
forms <- httr::content(kobo_get("forms"))
rows <- kobo_get(paste0("data/", id), query = list(limit = 10))
d <- kobo_req("api", "v1", "data", id) |> httr2::req_perform()
cl <- Client$new(token)
m <- cl$get("metadata")
x <- my_fun(df)
get_rows <- function(path) kobo_get(path)
`)
	hasURL(t, f,
		"request kobo_get: {kobo_get#0}forms",
		"request kobo_get: {kobo_get#0}data/{id}",
		"request kobo_req: {kobo_req#0}api{kobo_req#0*}v1{kobo_req#0*}data{kobo_req#0*}{id}",
		"request Client$get: {Client$get#0}metadata",
	)
	// the response of the request is what the call returns
	u := irtest.URLWith(f, "{kobo_get#0}forms", int(ir.RoleRequest))
	if u == nil || len(f.Decodes) == 0 || !hasInt(f.Decodes[0].Origin, u.ID) {
		t.Errorf("decode of the wrapper's response: %+v", f.Decodes)
	}
	// a wrapper of this file handing its parameter on offers the other
	// file's prefix in turn
	if d := defsOf(f)["get_rows#0"]; d != "{kobo_get#0}" {
		t.Errorf("get_rows#0 = %q", d)
	}
	noURL(t, f, "my_fun#") // a data frame is no path
}

func hasInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
