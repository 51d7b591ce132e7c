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
//     pipes, for loops, lapply/map, conversions, returns of local functions.
//   - Comments and stand-alone strings (used as block comments): URLs with
//     Comment=true; kobolint:ignore[...] suppressions; KoboHint from names.
//
// Regex/fixed-string arguments (sub, gsub, grepl, str_replace, ...) are
// not URLs the code uses and are not emitted.
//
// Not covered: control flow is not followed (both branches are seen, the
// last assignment wins); environments (assign(envir=), local envs); NSE
// beyond dplyr/tidyr; sprintf over vectors; glue's .open/.close; commands
// inside system()/system2() strings; sourcing another file (the engine's
// repository pass resolves holes with the Defs of other files).
package r
