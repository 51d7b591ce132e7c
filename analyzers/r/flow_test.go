package r

import (
	"strings"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// urlOf returns the first URL whose text (as render shows it) is want.
func urlOf(t *testing.T, f *ir.File, want string) ir.URL {
	t.Helper()
	for _, u := range f.URLs {
		if !u.Comment && irtest.Flat(u.Parts) == want {
			return u
		}
	}
	t.Fatalf("no URL %q in\n  %s", want, strings.Join(urls(f), "\n  "))
	return ir.URL{}
}

func TestMethods(t *testing.T) {
	f := analyze(t, `
base <- "https://kc.example.org"
httr::POST(paste0(base, "/api/v1/a"), body = list(x = 1))
httr::VERB("PATCH", paste0(base, "/api/v1/b"))
h <- curl::new_handle()
curl::handle_setopt(h, customrequest = "DELETE")
curl::curl_fetch_memory(paste0(base, "/api/v1/c"), handle = h)
h2 <- curl::new_handle(post = TRUE, postfields = "x=1")
curl::curl_fetch_memory(paste0(base, "/api/v1/d"), handle = h2)
RCurl::getURL(paste0(base, "/api/v1/e"), customrequest = "PUT")
RCurl::getURL(paste0(base, "/api/v1/f"))
httr2::request(base) |> httr2::req_url_path_append("api/v1/g") |> httr2::req_body_json(list(a = 1)) |> httr2::req_perform()
httr2::request(base) |> httr2::req_url_path_append("api/v1/h") |> httr2::req_method("DELETE") |> httr2::req_body_json(list()) |> httr2::req_perform()
httr2::request(base) |> httr2::req_url_path_append("api/v1/i") |> httr2::req_perform()
kverb <- function(verb, path) httr::VERB(verb, paste0(base, path))
kverb("PUT", "/api/v1/j")
kpost <- function(path) httr::POST(paste0(base, path))
kpost("/api/v1/k")
cli <- crul::HttpClient$new(url = base)
cli$post(path = "api/v1/l")
cli$get("api/v1/m")
jsonlite::fromJSON(paste0(base, "/api/v1/n"))
`)
	want := map[string]string{
		"a": "POST", "b": "PATCH", "c": "DELETE", "d": "POST", "e": "PUT", "f": "GET", "g": "POST",
		"h": "DELETE", "i": "GET", "j": "PUT", "k": "POST", "l": "POST", "m": "GET", "n": "GET",
	}
	for _, u := range f.URLs {
		s := irtest.Flat(u.Parts)
		i := strings.LastIndex(s, "/api/v1/")
		if u.Role != ir.RoleRequest || i < 0 {
			continue
		}
		k := s[i+len("/api/v1/"):]
		if m, ok := want[k]; ok {
			if u.Method != m {
				t.Errorf("%s: method %q, want %q", s, u.Method, m)
			}
			delete(want, k)
		}
	}
	for k := range want {
		t.Errorf("no request for %s", k)
	}
}

func TestCallSiteDecodes(t *testing.T) {
	src := `
kobo_get <- function(path) {
  r <- httr::GET(paste0("https://kc.example.org", path))
  httr::content(r)
}
forms <- kobo_get("/api/v1/forms")
for (f in forms) print(f$title)
one <- kobo_get("/api/v1/forms/1")
fixed <- function() httr::content(httr::GET("https://kc.example.org/api/v1/data"))
d <- fixed()
n <- length(d)
never <- function(p) jsonlite::fromJSON(httr::content(httr::GET(paste0("https://kc.example.org", p)), "text"))
piped <- httr::GET("https://kc.example.org/api/v1/user") %>% httr::content()
native <- httr::GET("https://kc.example.org/api/v1/user") |> httr::content()
page <- httr::content(httr::GET("https://kf.example.org/api/v2/assets/"))
for (a in page$results) print(a$name)
`
	f := analyze(t, src)
	byText := map[string]ir.Decode{}
	for _, d := range f.Decodes {
		byText[src[d.Span.Start:d.Span.End]] = d
	}
	check := func(text string, origin string, results string, asList bool) {
		t.Helper()
		d, ok := byText[text]
		if !ok {
			var have []string
			for k := range byText {
				have = append(have, k)
			}
			t.Fatalf("no decode at %q (have %q)", text, have)
		}
		var os []string
		for _, o := range d.Origin {
			os = append(os, irtest.Flat(f.URLs[o].Parts))
		}
		if !strings.Contains(strings.Join(os, " "), origin) || d.Results != results || d.AsList != asList {
			t.Errorf("decode %q: origin %v results %q list %v", text, os, d.Results, d.AsList)
		}
	}
	// the helper's decode is reported at each call, with that call's URL
	check(`kobo_get("/api/v1/forms")`, "https://kc.example.org/api/v1/forms", "$results", true)
	check(`kobo_get("/api/v1/forms/1")`, "https://kc.example.org/api/v1/forms/1", "$results", false)
	if _, ok := byText["httr::content(r)"]; ok {
		t.Error("the helper's own decode is reported where its calls are")
	}
	// a helper whose request does not depend on its parameters decodes in it
	check(`httr::content(httr::GET("https://kc.example.org/api/v1/data"))`, "/api/v1/data", "$results", true)
	// a helper nobody calls keeps its decode
	check(`jsonlite::fromJSON(httr::content(httr::GET(paste0("https://kc.example.org", p)), "text"))`, "https://kc.example.org{p}", "$results", false)
	// a page read through its results: the decode is where they are read
	check(`page`, "/api/v2/assets/", "$results", false)
	// the last stage of a pipe takes the results as another stage
	var native, magrittr int
	for _, d := range f.Decodes {
		switch d.Results {
		case ` |> getElement("results")`:
			native++
		case ` %>% getElement("results")`:
			magrittr++
		}
	}
	if native != 1 || magrittr != 1 {
		t.Errorf("pipe decodes: %d |>, %d %%>%%", native, magrittr)
	}
}

func TestAsList(t *testing.T) {
	cases := map[string]bool{
		`x <- httr::content(r); for (i in x) print(i)`:               true,
		`x <- httr::content(r); nrow(x)`:                             true,
		`x <- httr::content(r); x[[1]]$title`:                        true,
		`x <- httr::content(r); purrr::map_chr(x, "title")`:          true,
		`x <- httr::content(r); dplyr::bind_rows(x)`:                 true,
		`x <- httr::content(r); do.call(rbind, x)`:                   true,
		`x <- httr::content(r); x %>% dplyr::filter(title == "a")`:   true,
		`x <- httr::content(r); x$count`:                             false,
		`x <- httr::content(r); for (i in x$results) print(i)`:       false,
		`x <- httr::content(r); x[["next"]]`:                         false,
		`x <- httr2::resp_body_json(r); length(x)`:                   true,
		`x <- jsonlite::fromJSON(httr::content(r, "text")); x$title`: false,
	}
	for code, want := range cases {
		f := analyze(t, `r <- httr::GET("https://kc.example.org/api/v1/forms")`+"\n"+code)
		if len(f.Decodes) != 1 || f.Decodes[0].AsList != want {
			t.Errorf("%s: decodes %+v, want AsList %v", code, f.Decodes, want)
		}
	}
}

func TestSegments(t *testing.T) {
	f := analyze(t, `
a <- file.path("https://kc.example.org", "api/v1/forms")
b <- httr2::request("https://kc.example.org") |> httr2::req_url_path_append("api/v1/data") |> httr2::req_perform()
c <- paste0("https://kc.example.org", "/api/v1/user")
`)
	seg := func(u ir.URL, text string) bool {
		for _, p := range u.Parts {
			if p.Kind == ir.Lit && p.Text == text {
				return p.Segment
			}
		}
		t.Fatalf("no part %q in %s", text, irtest.Flat(u.Parts))
		return false
	}
	if !seg(urlOf(t, f, "https://kc.example.org/api/v1/forms"), "api/v1/forms") {
		t.Error("file.path part is a segment")
	}
	if !seg(urlOf(t, f, "https://kc.example.org/api/v1/data"), "api/v1/data") {
		t.Error("req_url_path_append part is a segment")
	}
	if seg(urlOf(t, f, "https://kc.example.org/api/v1/user"), "/api/v1/user") {
		t.Error("paste0 part is no segment")
	}
}

func TestTypedReads(t *testing.T) {
	f := analyze(t, `
forms <- httr::content(httr::GET("https://kc.example.org/api/v1/forms"))
a <- purrr::map_int(forms, "formid")
b <- as.integer(forms[[1]]$id)
c <- vapply(forms, "[[", integer(1), "num_of_submissions")
d <- vapply(forms, function(x) x$title, FUN.VALUE = character(1))
e <- as.numeric(forms$owner[1])
g <- forms[[1]]$uuid
h <- as.character(forms[[2]]$id_string)
`)
	want := map[string]string{"formid": "int", "id": "int", "num_of_submissions": "int", "owner": "float", "uuid": "", "id_string": "string"}
	for name, typ := range want {
		fr := fieldReads(f, name)
		if len(fr) != 1 || fr[0].Type != typ {
			t.Errorf("%s: %+v, want type %q", name, fr, typ)
		}
	}
}

func TestLocalFilesAndFrames(t *testing.T) {
	f := analyze(t, `
sheet <- readxl::read_excel("forms.xlsx")
sheet$title
csv <- read.csv("data/forms.csv")
csv$id_string
remote <- read.csv("https://kc.example.org/api/v1/data/1.csv")
remote$title2
df <- as.data.frame(httr::content(httr::GET("https://kc.example.org/api/v1/forms")))
df$description
lst <- httr::content(httr::GET("https://kc.example.org/api/v1/forms/1"))
lst$owner
`)
	for _, name := range []string{"title", "id_string"} {
		fr := fieldReads(f, name)
		if len(fr) != 1 || len(fr[0].Origin) != 1 || fr[0].Origin[0] != ir.OriginLocal {
			t.Errorf("%s: %+v (a local file's column)", name, fr)
		}
	}
	if fr := fieldReads(f, "title2"); len(fr) != 1 || len(fr[0].Origin) == 0 || fr[0].Origin[0] == ir.OriginLocal {
		t.Errorf("a CSV from a URL is a response: %+v", fr)
	}
	if fr := fieldReads(f, "description"); len(fr) != 1 || fr[0].Kind != ir.FieldColumn {
		t.Errorf("a data frame's column: %+v", fr)
	}
	if fr := fieldReads(f, "owner"); len(fr) != 1 || fr[0].Kind != ir.FieldAttr {
		t.Errorf("a list's element: %+v", fr)
	}
}

func TestParameterOrigins(t *testing.T) {
	f := analyze(t, `
list_forms <- function(url = "https://kc.example.org/api/v1/forms") httr::content(httr::GET(url))
form_name <- function(i = 1, forms = list_forms()) forms$title[i]
filtered <- function(df, s) dplyr::filter(df, grepl(s, description))
x <- filtered(list_forms(), "a")
unused <- function(df) dplyr::select(df, id_string)
external <- function(kb = kobo_list_data()) kb$owner
`)
	forms := -1
	for _, u := range f.URLs {
		if u.Role == ir.RoleRequest && irtest.Flat(u.Parts) == "https://kc.example.org/api/v1/forms" {
			forms = u.ID
		}
	}
	has := func(name string, o int) {
		t.Helper()
		fr := fieldReads(f, name)
		if len(fr) != 1 {
			t.Fatalf("%s: %+v", name, fr)
		}
		for _, x := range fr[0].Origin {
			if x == o {
				return
			}
		}
		t.Errorf("%s: origin %v lacks %d", name, fr[0].Origin, o)
	}
	has("title", forms)       // the default's response
	has("description", forms) // a call of this file hands it
	if fr := fieldReads(f, "id_string"); len(fr) != 0 {
		t.Errorf("a column of data nothing is known of: %+v", fr)
	}
	fr := fieldReads(f, "owner")
	if len(fr) != 1 || len(fr[0].Origin) != 1 || f.URLs[fr[0].Origin[0]].Role != ir.RoleResult {
		t.Errorf("another file's function as a default: %+v", fr)
	}
}

func TestNamesOtherFilesDefine(t *testing.T) {
	f := analyze(t, `
r <- httr::GET(KOBO_DATA_URL)
q <- make_request(KOBO_FORMS_URL)
stopifnot(is.character(KOBO_FORMS_URL))
cfg <- yaml::read_yaml("config.yml")
s <- httr::GET(paste0(cfg$kobo$root, "data"))
t2 <- httr::GET(paste0(cfg[["ona"]][["root"]], "forms"))
k <- httr::GET(paste0(config::get("kobo_url"), "/api/v1/forms"))
prod <- config::get(config = "production")
kp <- httr::GET(paste0(prod$kobo$url, "/api/v1/forms"))
e <- httr::GET(paste0(endpoints$data["v1"], 12, ".csv"))
cfg$title
mine <- list(base = "https://kc.example.org/", versions = list(v1 = "api/v1/"))
`)
	hasURL(t, f,
		"request httr::GET: {KOBO_DATA_URL}",
		"arg make_request: {KOBO_FORMS_URL}",
	)
	noURL(t, f, "stopifnot")
	hasURL(t, f,
		"request httr::GET: {kobo.root}data",
		"request httr::GET: {ona.root}forms",
		"request httr::GET: {default.kobo_url}/api/v1/forms",
		"request httr::GET: {endpoints.data.v1}12.csv",
		"request httr::GET: {production.kobo.url}/api/v1/forms",
	)
	if fr := fieldReads(f, "title"); len(fr) != 0 {
		t.Errorf("a configuration key is no response field: %+v", fr)
	}
	defs := irtest.Defs(f)
	if defs["mine.base"] != "https://kc.example.org/" || defs["mine.versions.v1"] != "api/v1/" {
		t.Errorf("list defs %v", defs)
	}
}

func TestReplacements(t *testing.T) {
	src := `
f <- function(api = "https://kobo.example.org") {
  api <- gsub("kobo", "kc", api)
  httr::GET(paste0(api, "/api/v1/data"))
}
a <- sub("kc.", "kf.", "https://kc.example.org/x", fixed = TRUE)
b <- stringr::str_replace("https://kc.example.org/api/v1/forms", "/api/v1/forms", "/api/v2/assets/")
c <- gsub("^(https://)kc\\.", "\\1kf.", "https://kc.example.org/y")
d <- gsub("kobo", "kc", unknown)
`
	f := analyze(t, src)
	u := urlOf(t, f, "https://kc.example.org/api/v1/data")
	if p := u.Parts[0]; p.Raw || src[p.Span.Start:p.Span.End] != "kc" {
		t.Errorf("the replaced host is reported at the replacement: %+v", p)
	}
	hasURL(t, f,
		"assign a: https://kf.example.org/x",
		"assign b: https://kc.example.org/api/v2/assets/",
		"assign c: https://kf.example.org/y",
	)
	noURL(t, f, "kc.example.org/x")
}

func TestDotsWrappers(t *testing.T) {
	f := analyze(t, `
base <- "https://kc.example.org"
kobo_req <- function(...) httr2::request(base) |> httr2::req_url_path_append(...)
r <- kobo_req("api", "v1", "forms") |> httr2::req_perform()
get <- function(..., sep = "/") httr::GET(paste(base, ..., sep = sep))
get("api", "v1", "data")
`)
	hasURL(t, f,
		"request httr2::req_perform: https://kc.example.org/api/v1/forms",
		"request get: https://kc.example.org/api/v1/data",
	)
	u := urlOf(t, f, "https://kc.example.org/api/v1/forms")
	for _, p := range u.Parts {
		if p.Kind == ir.Lit && p.Span.Valid() && p.Text != "https://kc.example.org" && !p.Segment {
			t.Errorf("forwarded path segment %+v", p)
		}
	}
}

func TestR6InstancesAndGuards(t *testing.T) {
	f := analyze(t, `
Client <- R6::R6Class("Client", public = list(
  base = NULL,
  initialize = function(base = "https://kobo.example.org") self$base <- base,
  get = function(path, version = "v2") {
    if (version == "v1") {
      httr::GET(paste0(self$base, "/api/v1/", path))
    } else {
      httr::GET(paste0(self$base, "/api/v2/", path))
    }
  },
  post = function(path, body) {
    if (path %in% c("imports/")) {
      httr::POST(paste0(self$base, "/", path), body = body)
    } else {
      httr::POST(paste0(self$base, "/api/v2/", path), body = body)
    }
  }
))
a <- Client$new("https://kc.example.org")
a$get("assets/")
a$get("data", version = "v1")
a$post("imports/", list())
b <- Client$new()
b$post("assets/", list())
`)
	hasURL(t, f,
		"request a$get: https://kc.example.org/api/v2/assets/",
		"request a$get: https://kc.example.org/api/v1/data",
		"request a$post: https://kc.example.org/imports/",
		"request b$post: https://kobo.example.org/api/v2/assets/",
	)
	for _, bad := range []string{"a$get: https://kc.example.org/api/v1/assets/", "a$get: https://kc.example.org/api/v2/data",
		"a$post: https://kc.example.org/api/v2/imports/", "b$post: https://kobo.example.org/assets/"} {
		noURL(t, f, bad)
	}
}

func TestHttr2BodyKeys(t *testing.T) {
	f := analyze(t, `
body <- list(formid = 12)
httr2::request("https://kc.example.org/api/v1/projects/1/forms") |> httr2::req_body_json(body) |> httr2::req_perform()
kept <- list(title = "mine")
`)
	req := urlOf(t, f, "https://kc.example.org/api/v1/projects/1/forms")
	for _, fr := range f.Fields {
		switch fr.Name {
		case "formid":
			if len(fr.Origin) != 1 || fr.Origin[0] != req.ID {
				t.Errorf("the body's key goes with the request: %+v", fr)
			}
		case "title":
			if len(fr.Origin) != 0 {
				t.Errorf("a list the code keeps: %+v", fr)
			}
		}
	}
}

func TestDataTableColumns(t *testing.T) {
	f := analyze(t, `
dt <- data.table::as.data.table(jsonlite::fromJSON(httr::content(httr::GET("https://kc.example.org/api/v1/forms"), "text")))
a <- dt[, .(formid, title)]
b <- dt[num_of_submissions > 0]
i <- 2
c <- dt[i]
d <- dt[, id_string]
local <- data.table::data.table(owner = "me")
local[, .(owner)]
`)
	for _, name := range []string{"formid", "title", "num_of_submissions", "id_string"} {
		if fr := fieldReads(f, name); len(fr) != 1 || fr[0].Kind != ir.FieldColumn || len(fr[0].Origin) == 0 {
			t.Errorf("%s: %+v", name, fr)
		}
	}
	for _, name := range []string{"i", "owner"} {
		if fr := fieldReads(f, name); len(fr) != 0 {
			t.Errorf("%s is no column of a response: %+v", name, fr)
		}
	}
}

func TestHelperWithDefaultURL(t *testing.T) {
	src := `
list_data <- function(url = "https://kc.example.org/api/v1/data") {
  jsonlite::fromJSON(httr::content(httr::GET(url), "text"))
}
pick <- function(i = 1, df = list_data()) df$title[i]
mine <- list_data("https://kc.example.org/api/v1/forms")
`
	f := analyze(t, src)
	got := map[string]string{}
	for _, d := range f.Decodes {
		var os []string
		for _, o := range d.Origin {
			if f.URLs[o].Role == ir.RoleRequest {
				os = append(os, irtest.Flat(f.URLs[o].Parts))
			}
		}
		got[src[d.Span.Start:d.Span.End]] = strings.Join(os, " ")
	}
	if got["list_data()"] != "https://kc.example.org/api/v1/data" ||
		got[`list_data("https://kc.example.org/api/v1/forms")`] != "https://kc.example.org/api/v1/forms" || len(got) != 2 {
		t.Errorf("decodes %v", got)
	}
}

func TestParseURLAndSetenv(t *testing.T) {
	f := analyze(t, `
Sys.setenv(KOBO_URL = "https://kc.example.org")
u <- httr::parse_url(Sys.getenv("KOBO_URL"))
u$path <- paste0("api/v1/data/", 12)
r <- httr::GET(httr::build_url(u))
v <- httr::parse_url("https://kc.example.org/api/v2/")
v$path <- "api/v1/forms"
s <- httr::GET(httr::build_url(v))
`)
	hasURL(t, f,
		"request httr::GET: https://kc.example.org/api/v1/data/12",
		"request httr::GET: https://kc.example.org/api/v1/forms",
	)
	for _, d := range f.Defs {
		if strings.Contains(d.Name, " ") {
			t.Errorf("def %q", d.Name)
		}
	}
}
