// Package r is the R front-end: a pure-Go lexer (no R grammar is available
// as a Go module), a small Pratt parser and an analysis that emits the IR.
//
// Covered:
//   - the whole lexical grammar: strings with every escape, raw strings
//     (r"(...)", R"[...]", r"{...}", r"--(...)--"), backtick names, numbers
//     (hex, hex floats, L, i, exponents), %op%, |>, \(x), all arrows;
//     tokens cover the input exactly and invalid input gives Error tokens.
//   - URL expressions: literals, paste0/paste(sep=)/str_c, sprintf/gettextf,
//     glue/str_glue holes, file.path, modify_url(path=), httr2 request
//     chains (req_url_path_append, emitted at req_perform), URLencode and
//     other pass-through calls, Sys.getenv/getOption defaults (and the
//     file's own options(name = ...)), switch() lookup tables (RoleAssign,
//     Var = case name), parameter defaults, c() elements; variables (<-, =,
//     <<-, ->, ->>, assign()) are inlined with Via, and globals a function
//     reads are found even when assigned later in the file. Elements of
//     lists and named vectors the code builds (cfg$base after
//     cfg <- list(base = ...)) and R6 fields and methods (self$x,
//     client$get()) are values too.
//   - Roles: RoleRequest for httr/httr2/curl/RCurl/readers and for calls of
//     local wrappers whose parameter reaches a request (the wrapper's URL
//     template is completed with the call's arguments, so
//     kobo_get("/api/v1/forms") yields base + path).
//   - Field reads: x$f, x@f, x[["f"]], x["f"], x[, "f"], x[, c(..)],
//     map(x, "f"), sapply(x, "[[", "f"), lambdas of lapply/map/Filter, dplyr
//     verbs (select/rename/pull: names and strings; filter/mutate/transmute/
//     arrange/...: bare names, .data$f), through %>% and |>. Reads of values
//     the file builds itself (list(), tibble(), transmute results) are
//     dropped; verb columns are emitted only when the data has an origin.
//   - Origins through assignments, calls, content()/fromJSON(), $ and [[,
//     pipes, for loops, lapply/map, conversions, returns of local functions,
//     parameter defaults (kb_df = list_forms()) and what the file's calls
//     hand a parameter. Columns of local files (read_excel, read.csv of a
//     path) have ir.OriginLocal; x$name of a data frame is a column.
//   - Methods (ir.URL.Method): httr verbs, VERB/RETRY, curl handles, RCurl
//     options, httr2 req_method() and bodies, crul clients, and the
//     requests wrappers make (methods.go).
//   - Decodes (decodes.go): content(), fromJSON(), resp_body_json(), with
//     AsList when the value is iterated, counted, indexed by position,
//     mapped or bound into rows; a helper that returns the decoded body of
//     its parameters' request is a decode at each of its calls.
//   - Wrappers: templates completed at each call, `...` forwarded with the
//     separator of the call that takes it, conditions on parameters
//     (guards.go), R6 objects made with constructor arguments, crul
//     clients, httr2 requests a function returns; path segments (file.path,
//     req_url_path_append) are marked Segment.
//   - Names other files define are holes the repository pass fills: free
//     globals, environment variables, configuration read by key
//     (config.go: cfg$kobo$root is kobo.root), lists selected by constant
//     keys (endpoints$data[["v1"]] is endpoints.data.v1, and a file offers
//     its lists' elements under such names). Constant sub/gsub/str_replace
//     calls are folded (transforms.go); credentials in URLs are dropped.
//   - Wrappers of other files (crossfile.go): a top-level function or an R6
//     class's method offers what its request puts before the parameter it
//     uses (Def "kobo_get#0", "KoboClient$get#0"), and for `...` the
//     separator it joins them with ("kobo_req#0*"); a call of a function
//     no code of the file defines (or a method of an object made by
//     Name$new() of a class defined elsewhere) with a relative path is the
//     URL [hole "f#i"] + that path (words handed one by one are joined by
//     [hole "f#i*"]), whose response the call returns.
//   - Responses handed to other files' functions (paramacross.go): a call
//     of a function no code of the file defines with a response as its
//     i-th positional argument offers that response's URL as
//     ir.ParamDef(f, i) ("titles@0"); a public top-level function that no
//     code of its file calls or names reads its parameters (those before
//     `...`, and not handed to a request) through an ir.ParamIn URL of
//     that name, added only to reads whose value holds no response of the
//     file itself and that are not a verb's bare column.
//   - Command lines (shellcmd.go): system("curl ... URL ...") requests the
//     URL word of its curl or wget; options that take a value, redirects
//     and quotes are skipped, so a helper building the command is a
//     wrapper. rvest sessions (navigate.go): session(url) requests and
//     keeps its page, session_jump_to(s, path) resolves path against it.
//     purrr adverbs (quietly(f)(...)) call f.
//   - Column vectors: cols <- c("formid", "title") (or a parameter's
//     default) used in x[cols], x[, cols], select(x, all_of(cols)) reads
//     each name where it is written, for data that has a request origin.
//   - Call sites of wrappers mark the body's pieces Via the wrapper, so
//     the engine reports the endpoint at the argument that completes it.
//     options()/Sys.setenv() values with URL text are offered as Defs.
//   - Comments and stand-alone strings (used as block comments): URLs with
//     Comment=true; kobolint:ignore[...] suppressions; KoboHint from names.
//
// Regex/fixed-string arguments (sub, gsub, grepl, str_replace, ...) are
// not URLs the code uses and are not emitted.
//
// Control flow: both clauses of an if are walked, each from the state
// before it, and a name either assigns holds after it the merge of what
// the paths leave (branches.go); a request made in a branch keeps the
// branch's condition on a parameter.
//
// Not covered: loops are walked once, in order; environments (assign(envir=), local envs);
// NSE beyond dplyr/tidyr/data.table; sprintf over vectors; glue's
// .open/.close; commands other than curl/wget inside system() strings,
// system2()'s argument vectors; sourcing
// another file (the engine's repository pass resolves holes with the Defs
// of other files); what calls in other files hand a parameter by name or
// through `...`; the HTTP
// method and the decodes of another file's wrapper.
package r
