package r

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

var analyze = irtest.For(Analyze, "test.R")

var roleNames = map[ir.Role]string{ir.RoleUnknown: "unknown", ir.RoleRequest: "request", ir.RoleAssign: "assign",
	ir.RoleSetting: "setting", ir.RoleDoc: "doc", ir.RoleArg: "arg"}

// urls lists "role call/var: url" for the code URLs of f.
func urls(f *ir.File) []string {
	var out []string
	for _, u := range f.URLs {
		if u.Comment {
			out = append(out, "comment: "+irtest.Flat(u.Parts))
			continue
		}
		who := u.Call
		if u.Var != "" {
			who = u.Var
		}
		out = append(out, fmt.Sprintf("%s %s: %s", roleNames[u.Role], who, irtest.Flat(u.Parts)))
	}
	return out
}

// hasURL wants each of wants among the URLs of f (see urls).
func hasURL(t *testing.T, f *ir.File, wants ...string) {
	t.Helper()
	have := urls(f)
	for _, want := range wants {
		if !slices.Contains(have, want) {
			t.Errorf("no URL %q in\n  %s", want, strings.Join(have, "\n  "))
		}
	}
}

// noURL wants no URL of f to contain any of subs.
func noURL(t *testing.T, f *ir.File, subs ...string) {
	t.Helper()
	for _, u := range urls(f) {
		for _, sub := range subs {
			if strings.Contains(u, sub) {
				t.Errorf("unexpected URL %q", u)
			}
		}
	}
}

// fieldReads returns the reads of name (list keys left out).
func fieldReads(f *ir.File, name string) []ir.FieldRead {
	var out []ir.FieldRead
	for _, fr := range f.Fields {
		if fr.Name == name && fr.Kind != ir.FieldKey {
			out = append(out, fr)
		}
	}
	return out
}

func TestBuilders(t *testing.T) {
	src := `
base <- "https://kc.example.org"
a <- paste0(base, "/api/v1/data/", 12)
b <- paste(base, "api", sep = "/")
c <- sprintf("%s/api/v1/forms/%d?x=%%s", base, id)
d <- sprintf(fmt = "%2$s/%1$s", "forms", base)
e <- glue::glue("{base}/api/v1/{kind}", kind = "metadata")
g <- file.path(base, "api", "v1")
h <- httr::modify_url(base, path = "api/v1/user")
i <- URLencode(paste0(base, "/a b"))
j <- stringr::str_c(base, "/x", sep = "")
k <- str_glue("{{literal}}/{base}")
l <- Sys.getenv("KOBO_URL", unset = "https://kc.env.org")
m <- paste0(Sys.getenv("NO_DEFAULT"), "/api/v1/forms")
n <- gettextf("%s/api/v1/user", base)
`
	f := analyze(t, src)
	hasURL(t, f,
		"assign base: https://kc.example.org",
		"assign a: https://kc.example.org/api/v1/data/12",
		"assign b: https://kc.example.org/api",
		"assign c: https://kc.example.org/api/v1/forms/{id}?x=%s",
		"assign d: https://kc.example.org/forms",
		"assign e: https://kc.example.org/api/v1/metadata",
		"assign g: https://kc.example.org/api/v1",
		"assign h: https://kc.example.org/api/v1/user",
		"assign i: https://kc.example.org/a b",
		"assign j: https://kc.example.org/x",
		"assign k: {literal}/https://kc.example.org",
		"assign l: https://kc.env.org",
		"assign m: {NO_DEFAULT}/api/v1/forms",
		"assign n: https://kc.example.org/api/v1/user",
	)
	// Inlined parts keep their definition's span and name the variable.
	for _, u := range f.URLs {
		if u.Var != "a" {
			continue
		}
		p := u.Parts[0]
		if p.Via != "base" || !p.Raw || p.Span.Start != strings.Index(src, "https://kc.example.org") {
			t.Errorf("inlined part %+v", p)
		}
	}
}

func TestSpansOfParts(t *testing.T) {
	src := `x <- paste0("https://kc.example.org", "/api/v1/forms/", id, ".json")`
	f := analyze(t, src)
	u := f.URLs[0]
	want := []string{"https://kc.example.org", "/api/v1/forms/", "{id}", ".json"}
	if len(u.Parts) != len(want) {
		t.Fatalf("parts %+v", u.Parts)
	}
	for i, p := range u.Parts {
		if p.Kind == ir.Hole {
			if "{"+p.Name+"}" != want[i] {
				t.Errorf("part %d = hole %q", i, p.Name)
			}
			continue
		}
		if p.Text != want[i] || src[p.Span.Start:p.Span.End] != want[i] || !p.Raw {
			t.Errorf("part %d = %+v", i, p)
		}
	}
	// sprintf splits its format literal with exact sub-spans.
	src = `y <- sprintf("https://kc.example.org/api/v1/data/%s.csv", formid)`
	f = analyze(t, src)
	for _, p := range f.URLs[0].Parts {
		if p.Kind == ir.Lit && src[p.Span.Start:p.Span.End] != p.Text {
			t.Errorf("sprintf part %+v", p)
		}
	}
	// An escaped literal is not raw.
	f = analyze(t, `z <- "https://kc.example.org/\u0061pi/v1"`)
	if p := f.URLs[0].Parts[0]; p.Raw || p.Text != "https://kc.example.org/api/v1" {
		t.Errorf("escaped part %+v", p)
	}
}

// TestURLsOfSources: the URLs of small sources, as urls renders them.
func TestURLsOfSources(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"assignment forms", `
a = "https://kc.one.org"
"https://kc.two.org" -> b
g <- function() { c <<- "https://kc.three.org" }
"https://kc.four.org" ->> d
assign("e", "https://kc.five.org")
GET(paste0(e, "/api/v1/forms"))
`, []string{
			"assign a: https://kc.one.org", "assign b: https://kc.two.org", "assign c: https://kc.three.org",
			"assign d: https://kc.four.org", "assign e: https://kc.five.org",
			"request GET: https://kc.five.org/api/v1/forms",
		}},
		{"switch arms and defaults", `
host <- function(instring) {
  switch(instring,
         kobo = "https://kc.kobotoolbox.org/api/v1/",
         ona = "https://api.ona.io/api/v1/")
}
kobotools <- function(url = "https://kc.example.org", uname = "") {
  GET(paste0(url, "/api/v1/data"))
}
`, []string{
			"assign kobo: https://kc.kobotoolbox.org/api/v1/",
			"assign ona: https://api.ona.io/api/v1/",
			"assign url: https://kc.example.org",
			"request GET: https://kc.example.org/api/v1/data",
		}},
		{"request roles", `
a <- httr::VERB("GET", url = "https://kc.example.org/api/v1/a")
b <- RCurl::getURL("https://kc.example.org/api/v1/b")
c <- curl::curl_fetch_memory("https://kc.example.org/api/v1/c")
d <- jsonlite::fromJSON("https://kc.example.org/api/v1/d")
download.file("https://kc.example.org/api/v1/e", destfile = "e.csv")
f <- read.csv("https://kc.example.org/api/v1/f.csv")
write.csv(f, "out/f.csv")
`, []string{
			"request httr::VERB: https://kc.example.org/api/v1/a",
			"request RCurl::getURL: https://kc.example.org/api/v1/b",
			"request curl::curl_fetch_memory: https://kc.example.org/api/v1/c",
			"request jsonlite::fromJSON: https://kc.example.org/api/v1/d",
			"request download.file: https://kc.example.org/api/v1/e",
			"arg destfile: e.csv",
			"request read.csv: https://kc.example.org/api/v1/f.csv",
			"arg write.csv: out/f.csv",
		}},
		{"credentials in URLs", `
a <- paste0("https://", u, ":", p, "@kc.example.org/api/v1/data")
b <- sprintf("https://%s:%s@kc.example.org/api/v1/forms/%s", u, p, id)
c <- "https://me:secret@kc.example.org/api/v1/user"
d <- "https://kc.example.org/api/v1/data?email=a@b.org"
`, []string{
			"assign a: https://kc.example.org/api/v1/data",
			"assign b: https://kc.example.org/api/v1/forms/{id}",
			"assign c: https://kc.example.org/api/v1/user",
			"assign d: https://kc.example.org/api/v1/data?email=a@b.org",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hasURL(t, analyze(t, tc.src), tc.want...)
		})
	}
}

func TestWrapperCalls(t *testing.T) {
	f := analyze(t, `
kobo_url <- Sys.getenv("KOBO_URL", "https://kc.example.org")
kobo_get <- function(path, ...) {
  r <- httr::GET(paste0(kobo_url, path), ...)
  jsonlite::fromJSON(httr::content(r, "text"))
}
kobo_data <- function(formid) kobo_get(paste0("/api/v1/data/", formid))
forms <- kobo_get("/api/v1/forms")
rows <- kobo_data(7)
forms$title
rows$x
`)
	hasURL(t, f,
		"request httr::GET: https://kc.example.org{path}",
		"request kobo_get: https://kc.example.org/api/v1/forms",
		"request kobo_get: https://kc.example.org/api/v1/data/{formid}",
		"request kobo_data: https://kc.example.org/api/v1/data/7",
	)
	for _, name := range []string{"title", "x"} {
		fr := fieldReads(f, name)
		if len(fr) != 1 || len(fr[0].Origin) == 0 {
			t.Errorf("%s: %+v", name, fr)
		}
	}
	// The origin of forms is the request composed at the call site.
	fr := fieldReads(f, "title")[0]
	found := false
	for _, o := range fr.Origin {
		if irtest.Flat(f.URLs[o].Parts) == "https://kc.example.org/api/v1/forms" {
			found = true
		}
	}
	if !found {
		t.Errorf("title origin %v", fr.Origin)
	}
}

func TestForwardGlobal(t *testing.T) {
	// A function reads a global assigned later in the file.
	f := analyze(t, `
create_export <- function(uid) {
  httr::POST(paste0(server_url, "exports/"), body = list(source = paste0(server_url, "assets/", uid, "/")))
}
server_url <- "https://kobo.example.org/"
`)
	hasURL(t, f,
		"request httr::POST: https://kobo.example.org/exports/",
		"arg source: https://kobo.example.org/assets/{uid}/",
	)
}

func TestHttr2(t *testing.T) {
	f := analyze(t, `
resp <- httr2::request("https://kc.example.org") |>
  httr2::req_url_path_append("api/v1/forms") |>
  httr2::req_auth_basic(u, p) |>
  httr2::req_perform()
body <- httr2::resp_body_json(resp)
body$title
unused <- httr2::request("https://kc.example.org/api/v1/user")
`)
	hasURL(t, f, "request httr2::req_perform: https://kc.example.org/api/v1/forms")
	f2 := analyze(t, `u <- "https://kc.example.org/api/v1/forms" |> httr::GET(url = _)`)
	hasURL(t, f2, "request httr::GET: https://kc.example.org/api/v1/forms")
	hasURL(t, f, "arg httr2::request: https://kc.example.org/api/v1/user")
	if fr := fieldReads(f, "title"); len(fr) != 1 || len(fr[0].Origin) != 1 {
		t.Errorf("title %+v", fr)
	}
}

func TestFieldReads(t *testing.T) {
	src := "res <- httr::GET(\"https://kc.example.org/api/v1/forms\")\n" +
		"forms <- httr::content(res)\n" +
		"forms$title\n" +
		"forms[[\"num_of_submissions\"]]\n" +
		"forms[, \"id_string\"]\n" +
		"forms[, c(\"formid\", \"url\")]\n" +
		"forms[[\"a\"]]$b\n" +
		"forms$`next`\n" +
		"purrr::map_chr(forms, \"owner\")\n" +
		"sapply(forms, \"[[\", \"tags\")\n" +
		"sapply(forms, function(f) f$uuid)\n" +
		"lapply(forms, \\(g) g$public)\n" +
		"purrr::map(forms, ~ .x$encrypted)\n" +
		"for (f in forms) f$description\n" +
		"forms %>% select(xform, `last_submission_time`, \"data_value\")\n" +
		"forms |> rename(new = old_name)\n" +
		"pull(forms, public_data)\n" +
		"dplyr::filter(forms, require_auth == TRUE & x > threshold)\n" +
		"forms %>% mutate(y = .data$file_hash)\n" +
		"jsonlite::fromJSON(\"https://kc.example.org/api/v1/user\")$city\n" +
		"forms %>% transmute(t = title2) %>% select(t)\n"
	f := analyze(t, src)
	want := map[string]ir.FieldKind{
		"title": ir.FieldAttr, "num_of_submissions": ir.FieldSubscript, "id_string": ir.FieldColumn,
		"formid": ir.FieldColumn, "url": ir.FieldColumn, "a": ir.FieldSubscript, "b": ir.FieldAttr,
		"next": ir.FieldAttr, "owner": ir.FieldSubscript, "tags": ir.FieldSubscript, "uuid": ir.FieldAttr,
		"public": ir.FieldAttr, "encrypted": ir.FieldAttr, "description": ir.FieldAttr,
		"xform": ir.FieldColumn, "last_submission_time": ir.FieldColumn, "data_value": ir.FieldColumn,
		"old_name": ir.FieldColumn, "public_data": ir.FieldColumn, "require_auth": ir.FieldColumn,
		"x": ir.FieldColumn, "file_hash": ir.FieldColumn, "city": ir.FieldAttr, "title2": ir.FieldColumn,
	}
	for name, kind := range want {
		fr := fieldReads(f, name)
		if len(fr) != 1 {
			t.Errorf("%s: %d reads", name, len(fr))
			continue
		}
		if fr[0].Kind != kind || len(fr[0].Origin) == 0 || !fr[0].Raw {
			t.Errorf("%s: %+v", name, fr[0])
		}
	}
	for _, name := range []string{"new", "threshold", "TRUE", "t", "y", "select", "desc"} {
		if name == "threshold" {
			continue // an unbound name in a filter may be a column
		}
		if fr := fieldReads(f, name); len(fr) != 0 {
			t.Errorf("unexpected read of %s: %+v", name, fr)
		}
	}
	// Accessor spans of x$title and x[["num_of_submissions"]].
	if fr := fieldReads(f, "title")[0]; src[fr.Access.Start:fr.Access.End] != "$title" || src[fr.Expr.Start:fr.Expr.End] != "forms$title" {
		t.Errorf("title access %q expr %q", src[fr.Access.Start:fr.Access.End], src[fr.Expr.Start:fr.Expr.End])
	}
	if fr := fieldReads(f, "num_of_submissions")[0]; src[fr.Access.Start:fr.Access.End] != `[["num_of_submissions"]]` {
		t.Errorf("subscript access %q", src[fr.Access.Start:fr.Access.End])
	}
}

func TestLocalValuesAreNotResponses(t *testing.T) {
	f := analyze(t, `
resp <- httr::content(httr::GET("https://kc.example.org/api/v1/forms/1"))
info <- list(title = resp$title, owner = resp$owner)
info$title
df <- data.frame(title = c("a", "b"))
df$title
tb <- tibble::tibble(tags = resp$tags)
tb$tags
account <- function() tibble::tibble(city = resp$city)
a <- account()
a$city
conv <- as.data.frame(resp)
conv$description
`)
	if n := len(fieldReads(f, "title")); n != 1 {
		t.Errorf("title reads: %d (only resp$title)", n)
	}
	if n := len(fieldReads(f, "tags")); n != 1 {
		t.Errorf("tags reads: %d", n)
	}
	if n := len(fieldReads(f, "city")); n != 1 {
		t.Errorf("city reads: %d", n)
	}
	if fr := fieldReads(f, "description"); len(fr) != 1 || len(fr[0].Origin) == 0 {
		t.Errorf("as.data.frame keeps the origin: %+v", fr)
	}
	// list() keys are FieldKey declarations.
	var keys []string
	for _, fr := range f.Fields {
		if fr.Kind == ir.FieldKey {
			keys = append(keys, fr.Name)
		}
	}
	if strings.Join(keys, ",") != "title,owner" {
		t.Errorf("keys %v", keys)
	}
}

func TestVerbColumnsNeedOrigin(t *testing.T) {
	f := analyze(t, `
plot_it <- function(df) df %>% filter(title != "") %>% select(num_of_submissions)
local_df <- data.frame(a = 1)
local_df %>% select(title)
unknown %>% select(title)
`)
	if len(f.Fields) != 0 {
		t.Errorf("fields %+v", f.Fields)
	}
}

func TestLookalikes(t *testing.T) {
	f := analyze(t, `
library(ggplot2)
p <- ggplot(df, aes(x, y)) + ggtitle("title") + labs(title = "Forms")
ui <- fluidPage(titlePanel("Forms"), tags$div("x"), tags$h3("y"))
server <- function(input, output) output$x <- renderText(input$username)
`)
	for _, fr := range f.Fields {
		if fr.Name == "title" || fr.Name == "tags" {
			t.Errorf("unexpected read %+v", fr)
		}
	}
	// ggtitle("title") may be a wrapper another file defines: the request
	// it would make is [hole ggtitle#0] + "title", nothing until a file
	// offers that prefix (testdata/r/xfile_wrappers_other has none)
	hasURL(t, f, "request ggtitle: {ggtitle#0}title")
	for _, u := range f.URLs {
		if len(u.Parts) > 0 && u.Parts[0].Kind == ir.Hole && strings.Contains(u.Parts[0].Name, "#") {
			continue
		}
		if s := irtest.Flat(u.Parts); strings.Contains(s, "title") {
			t.Errorf("unexpected URL %q", s)
		}
	}
	// Shiny widgets may be called like v1 fields: input$formid is not one.
	f = analyze(t, `
library(koboloadeR)
shinyServer(function(input, output, session) {
  output$table <- renderTable(load(input$formid, input$id_string))
})
`)
	if len(f.Fields) != 0 {
		t.Errorf("shiny input reads: %+v", f.Fields)
	}
}

func TestComments(t *testing.T) {
	f := analyze(t, `#' @param formid the id, see \url{https://kc.example.org/api/v1/forms}.
x <- 1 # GET /api/v1/data/{formid} was the old call
# kobolint:ignore[KB101, KB210]
y <- 2 # kobolint:ignore
'
Block comment: https://kc.example.org/api/v1/user
'
`)
	hasURL(t, f,
		"comment: https://kc.example.org/api/v1/forms",
		"comment: /api/v1/data/{formid}",
		"comment: https://kc.example.org/api/v1/user",
	)
	if len(f.Suppressions) != 2 || f.Suppressions[0].Line != 3 || strings.Join(f.Suppressions[0].Rules, ",") != "KB101,KB210" ||
		f.Suppressions[1].Line != 4 || len(f.Suppressions[1].Rules) != 0 {
		t.Errorf("suppressions %+v", f.Suppressions)
	}
	for _, fr := range f.Fields {
		t.Errorf("field in a comment: %+v", fr)
	}
}

func TestKoboHint(t *testing.T) {
	if !analyze(t, "library(koboloadeR)\n").KoboHint {
		t.Error("library(koboloadeR)")
	}
	if !analyze(t, "x <- KoboconnectR::kobotools_api()\n").KoboHint {
		t.Error("KoboconnectR::")
	}
	if !analyze(t, `requireNamespace("koboloadeR")`).KoboHint {
		t.Error("string package name")
	}
	if analyze(t, "# kobo in a comment\nx <- 'kobo'\n").KoboHint {
		t.Error("comments and strings give no hint")
	}
}

func TestDefs(t *testing.T) {
	f := analyze(t, `
kc_url <- "https://kc.example.org/"
kc_token <- Sys.getenv("KC_TOKEN")
n <- 5
resp <- httr::GET(kc_url)
parsed <- httr::content(resp)$results
`)
	var names []string
	for _, d := range f.Defs {
		names = append(names, d.Name)
	}
	if strings.Join(names, ",") != "kc_token,kc_url,n" {
		t.Errorf("defs %v", names)
	}
}

func TestRmdGlobals(t *testing.T) {
	src := []byte("x <- glue::glue(\"{params$server}/api/v1/forms\")\ny <- paste0(params$server, \"/api/v1/data\")\n")
	f, err := AnalyzeWith("doc.Rmd", src, Options{Lang: "rmd", Globals: map[string][]ir.Part{
		"params$server": {{Kind: ir.Lit, Text: "https://kc.example.org", Span: ir.Span{Start: 0, End: 1}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	hasURL(t, f,
		"assign x: https://kc.example.org/api/v1/forms",
		"assign y: https://kc.example.org/api/v1/data",
	)
	if f.Lang != "rmd" {
		t.Errorf("lang %q", f.Lang)
	}
}

func TestBrokenInput(t *testing.T) {
	irtest.Degrades(t, Analyze, []string{"test.R"},
		"f <- function(x) {\n  GET(paste0(\"https://kc.x.org\", x)\n",
		"}}}))]]",
		"x <- \"unterminated https://kc.x.org/api/v1",
		strings.Repeat("(", 5000)+"1"+strings.Repeat(")", 5000),
		strings.Repeat("f(", 3000),
		strings.Repeat("{", 3000),
		strings.Repeat("x <- ", 3000)+"1",
		"if (a) b else",
		"function(",
		"x$",
		"a[[b]",
		"\xff\xfe\x00",
	)
}

var analyzeSeeds = []string{
	`x <- paste0("https://kc.x.org", "/api/v1/forms"); GET(x)`,
	"f <- function(p = 'https://kc.x.org') GET(paste0(p, '/x'))\nf('/y')",
	"r <- httr2::request('https://x') |> req_url_path_append('a') |> req_perform()",
	"d %>% select(a, 'b') %>% filter(c == 1)",
	"lapply(x, function(f) f$title); sapply(x, '[[', 'id')",
	"switch(a, k = 'https://kc.x.org/api/v1/')",
	"glue('{a}/{b$c}/{{d}}')",
	"sprintf('%1$s/%*d/%%', a, 3, b)",
	"g <- function() g(); g()",
	"f <- function(x) h(x); h <- function(y) f(y); f('https://x/y')",
	"k <- function(...) httr2::request(b) |> httr2::req_url_path_append(...); k('a', 'b') |> httr2::req_perform()",
	"g <- function(p, v = 'v2') if (v == 'v1') GET(paste0(b, p)) else if (p %in% c('x')) POST(p); g('x')",
	"C <- R6::R6Class('C', public = list(initialize = function(u) self$u <- u, get = function(p) GET(paste0(self$u, p)))); C$new('https://x')$get('/y')",
	"cfg <- config::get('k', config = 'p'); GET(paste0(cfg$a[['b']], gsub('a(b)', '\\1c', 'https://ab/')))",
	"d <- content(GET(u)); for (i in d) i$t; d[[1]]; length(d); d$results; dt[, .(a, b)]",
}

// FuzzAnalyze: any input is analysed without error or panic, and every
// span lies inside it (see irtest.CheckSpans).
func FuzzAnalyze(f *testing.F) {
	seeds := append(append([]string(nil), analyzeSeeds...), lexSeeds...)
	irtest.FuzzTarget{Analyze: Analyze, Paths: []string{"fuzz.R"}, NoErrors: true}.Fuzz(f, seeds...)
}

// TestPathological feeds inputs that made earlier versions slow:
// doubling strings, fanning call chains, very long pipes.
func TestPathological(t *testing.T) {
	var calls strings.Builder
	calls.WriteString("f0 <- function(p) GET(paste0('https://k.org/', p))\n")
	for i := 1; i < 40; i++ {
		fmt.Fprintf(&calls, "f%d <- function(p) { f%d(p); f%d(paste0(p, '/a')) }\n", i, i-1, i-1)
	}
	cases := map[string]string{
		"doubling": "a <- 'x/y'\n" + strings.Repeat("a <- paste0(a, a)\n", 60),
		"calls":    calls.String(),
		"pipes":    "x " + strings.Repeat("%>% f() ", 3000),
		"ifs":      strings.Repeat("x <- if (a) paste0(x, '/a') else paste0(x, '/b')\n", 60),
		"lambdas":  strings.Repeat("lapply(x, function(a) ", 300) + "a" + strings.Repeat(")", 300),
	}
	for name, src := range cases {
		start := time.Now()
		analyze(t, src)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s took %v", name, d)
		}
	}
}

func TestObjects(t *testing.T) {
	f := analyze(t, `
cfg <- list(base = "https://kc.example.org", token = Sys.getenv("T"))
cfg$api <- paste0(cfg$base, "/api/v1")
a <- httr::GET(paste0(cfg$api, "/forms"))
b <- httr::GET(paste0(cfg[["base"]], "/api/v1/user"))
cfg$title
servers <- c(kobo = "https://kc.kobotoolbox.org", ona = "https://api.ona.io")
e <- httr::GET(paste0(servers[["kobo"]], "/api/v1/forms/1"))
KoboClient <- R6::R6Class("KoboClient",
  public = list(
    base_url = NULL,
    initialize = function(base_url = "https://kc.r6.org") {
      self$base_url <- base_url
    },
    get = function(path) {
      httr::content(httr::GET(paste0(self$base_url, path)))
    },
    forms = function() self$get("/api/v1/forms")
  )
)
client <- KoboClient$new()
d <- client$get("/api/v1/data/7")
d$title
`)
	hasURL(t, f,
		"assign cfg$api: https://kc.example.org/api/v1",
		"request httr::GET: https://kc.example.org/api/v1/forms",
		"request httr::GET: https://kc.example.org/api/v1/user",
		"assign base_url: https://kc.r6.org",
		"request httr::GET: https://kc.r6.org{path}",
		"request self$get: https://kc.r6.org/api/v1/forms",
		"request client$get: https://kc.r6.org/api/v1/data/7",
		"assign kobo: https://kc.kobotoolbox.org",
		"request httr::GET: https://kc.kobotoolbox.org/api/v1/forms/1",
	)
	fr := fieldReads(f, "title")
	if len(fr) != 1 || len(fr[0].Origin) == 0 {
		t.Errorf("title reads %+v (cfg$title is a list element, d$title a response)", fr)
	}
}

func TestPatternsOptionsPluckJoins(t *testing.T) {
	f := analyze(t, `
new_url <- sub("kc.kobotoolbox.org", "kf.kobotoolbox.org", old_url, fixed = TRUE)
if (grepl("/api/v1/", u)) stop("v1")
options(kobo.server = "https://kc.opt.org")
s <- paste0(getOption("kobo.server"), "/api/v1/forms")
r <- httr::content(httr::GET("https://kc.example.org/api/v1/forms"))
purrr::pluck(r, "results", "title")
getElement(r, "owner")
lapply(r, `+"`[[`"+`, "id_string")
other <- read.csv("local.csv")
j <- dplyr::left_join(r, other, by = c("formid" = "id"))
m <- merge(r, other, by = "uuid")
get <- function(...) httr::GET(paste0("https://kc.dots.org", ...))
get("/api/v1/user")
`)
	noURL(t, f,
		"sub: kc.kobotoolbox.org",
		"grepl",
	)
	hasURL(t, f,
		"arg sub: kf.kobotoolbox.org",
		"assign s: https://kc.opt.org/api/v1/forms",
		"request get: https://kc.dots.org/api/v1/user",
	)
	for _, name := range []string{"results", "title", "owner", "id_string", "formid", "uuid"} {
		if fr := fieldReads(f, name); len(fr) != 1 || len(fr[0].Origin) == 0 {
			t.Errorf("%s: %+v", name, fr)
		}
	}
}
