/*
Package ir defines what a language front-end hands to the rule engine.

# The front-end contract

Every front-end lives in analyzers/<lang> and exposes

	func Analyze(path string, src []byte) (*ir.File, error)

It returns an error only when the file cannot be analysed at all (the engine
prints it, naming the file, and goes on); a recoverable syntax problem goes to
File.Warnings. It must never panic, whatever the input. It knows nothing about
Kobo: no host names, no endpoint or field names in front-end code. It reports:

URLs. One ir.URL for every maximal string-building expression whose literal
text contains '/' or '.': a string literal, a concatenation (`a + "/x"`), an
f-string / template string / interpolation, a `%` or `.format` or sprintf-style
format (placeholders are replaced by the parts of the arguments), paste0/paste/
file.path/glue/url.JoinPath/urljoin-style joins (with the separator they put
between pieces), a shell word with `$VAR`/`${VAR:-default}` expansions, a curl
or wget URL argument. "Maximal" means `requests.get(BASE + "/data/" + id)`
gives one URL for the whole argument, not one per literal. Parts appear in
order; a literal is one Lit part with its exact span, and Raw=true when the
decoded text equals the source bytes at the span (no escapes in it).

Variables. A name assigned a string expression earlier in the file (module
level, or in the enclosing function, or a shell/R variable) is inlined: its
parts are copied into the use (keeping their spans, Via = the name). A name the
front-end cannot resolve becomes a Hole whose Name is the expression as spelled
(`formid`, `settings.KOBO_URL`, `os.environ["KOBO_URL"]` is spelled as the
environment variable name `KOBO_URL`). An env lookup with a default
(`os.getenv("K", "https://...")`, `${K:-https://...}`, `Sys.getenv("K", "...")`)
yields the default's parts. The definition itself is also emitted as a URL with
Role=RoleAssign (or RoleSetting in config files) and Var = the name, so that it
is reported where it is written. Top-level definitions also go to File.Defs for
the repository pass.

Role and Call. RoleRequest when the expression is the URL of an HTTP call
(requests.get/post/..., httr GET/POST, curl/wget, fetch/axios, HttpClient,
http.NewRequest, UrlFetchApp.fetch) or of a call to a function of the same file
that passes it on to one (a wrapper such as `_get(url)`, `kobo_get(path)`) -
when unsure, RoleArg. Call holds the callee as spelled.

Comments. Comments and docstrings are not code: URL-looking text inside them
(http(s)://..., or a path containing /api/) is emitted as a URL with
Comment=true, one Lit part with its span. `kobolint:ignore` and
`kobolint:ignore[KB201,KB305]` in a comment become Suppressions for that line
(and the next line, the engine decides).

Field reads. One ir.FieldRead for each read of a field by a constant name:
x["name"], x.get("name"), x[["name"]], x$name, x@name, x[, "name"],
`.name` in a jq filter, select()/rename()/json_normalize column names, struct
tags and properties that declare a wire name (FieldDecl), keys of literals the
code builds (FieldKey; the engine mostly ignores them). Span covers the name
only, inside any quotes. Attribute reads (x.name) are emitted only when the
receiver has an origin (see below), to keep noise down.

Origins. A value's origin is the list of URL IDs of the requests it came from.
A variable gets an origin when it is assigned the result of any call that has a
URL expression among its arguments (the IDs of those URLs: this covers
requests.get, httr::GET and every local wrapper), and it inherits the origin of
the value it is derived from: `.json()`, content(), fromJSON(), a subscript or
field of it (`d["results"]`, `d$results`), iteration (`for f in forms`,
lapply/map/purrr over it), pd.json_normalize/DataFrame/as_tibble of it, a pipe
(`forms %>% select(...)`). A call to a function of the same file inherits the
origin of what that function returns, when it can be told. Use OriginFile when
the read is "some response of this file" (a jq filter in a shell script that
curls, with no pipeline link). Over-broad origins are harmless: the engine only
counts origins whose URL is a Kobo URL, so `open("x.csv")` as an origin costs
nothing.

Function results. A top-level function whose result is a URL, or the
response of a request it makes, is offered to other files as a Def named
"f()" with that URL's parts. A call of a function another file defines
(an import, an R helper sourced elsewhere) is an origin: a URL with
Role=RoleResult made of one hole named "f()" (the function's own name,
without module), which the repository pass fills from that Def.

Arguments. The other way round: a call of another file's function with a
response (`import_all(projects())`) offers that response's URL as a Def named
ParamDef(f, i) ("f@i"), and the file defining f, a public top-level function
no code of its own file calls, reads its parameter i with the origin of a
ParamIn(f, i) URL (Role=RoleResult, one hole named "f@i"), which the
repository pass fills from the callers' Defs. Add the ParamIn URL only where a
field read uses it, and keep the parameter an unknown object for everything
else (a session, a client): analyzers/internal/origins.ParamOffers offers the
callers' side.

KoboHint. Set when code (not comments) names Kobo as a library or module
(`import kobo_client`, `library(koboloadeR)`, `KoboClient(...)`): any
identifier or import path containing "kobo", case-insensitive.

Positions. All spans are byte offsets in the file as stored. A front-end that
analyses embedded code (notebook cells, R Markdown chunks, Markdown fences) maps
every span back to the outer file and sets EditText when replacement text must
be escaped there (JSON strings).
*/
package ir
