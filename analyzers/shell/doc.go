/*
Package shell is the front-end for shell scripts (sh, bash, zsh, ksh, dash)
and crontabs. It parses with tree-sitter's bash grammar and emits the IR of
internal/ir; it knows shell syntax and HTTP command lines, nothing of Kobo.

# What it covers

URL expressions. Every word (bare, '...', "...", $'...', concatenations,
${...} expansions) whose literal text holds '/' or '.' is one ir.URL, with
one Lit part per run of source bytes (an escape such as \" is its own
non-raw part, so the runs around it stay editable) and a Hole per unknown
value. Roles:
  - RoleRequest, Call = the tool: URL arguments of curl, wget, httpie/xh
    (positional, or curl --url). A local wrapper function (one whose body
    requests a URL built from $1, $2, $@) is a request too: each URL its
    body builds is a template, and a call `get "forms?x=1"` yields the
    template with the arguments put in ("$API_ROOT/$1" becomes
    https://.../api/v1/forms?x=1), the template's literals marked Via the
    function so that findings land on the call's own text (an id-like
    argument, `fetch_form 474`, is marked Via the function too: the path
    is the function's).
    Method: the HTTP method the command line sends: -X/--request (wget
    --method, an httpie method word), else what its options imply (a body,
    -d, --data-binary and kin, --json, -F/--form or wget --post-data: POST;
    -T: PUT; -G:
    GET; -I: HEAD; httpie data items: POST), else GET; "" when the method
    is a variable. A wrapper whose curl takes -X "$1" takes the method from
    each call.
  - RoleArg: option values and bodies of those tools (-H, -d source=...,
    -F, -o FILE), arguments of any other command, herestrings, URL-looking
    tokens of heredocs.
  - RoleAssign, Var = the name: NAME=..., export/readonly/local/declare,
    arrays, printf -v, ${NAME:=default}.
  - RoleUnknown: words in tests, case patterns, for-loop lists.

A word holding whitespace cannot be a URL as a whole (a JSON body, python
-c code, a header): its URL-looking tokens are emitted instead (a scheme,
or an /api path). In messages (echo, printf, logger, functions of the file
that make no request) only tokens with a scheme count, and file operands
(cp, mkdir, tar, cat, [ -f ... ], jq input files, curl -o) are emitted only
when they spell a scheme: "fetched /api/v1/data/42 into out.json" and
"$KOBO_DIR/exports/x.csv" are not requests.

Variables are inlined in document order (Via = name): "$BASE/api",
"${BASE}/x", ${BASE%/} and ${BASE#x} with a literal pattern, and
${X:-default} / ${X:=default} give the default's parts when X is not
assigned earlier in the file (when it is, the default is still emitted,
RoleAssign under X, where it is written). An unknown variable, $1, $(cmd) and $((...))
are holes named as spelled. $(echo ...) and $(printf FMT ...) are the
printed string; printf formats substitute their arguments. Top-level
assignments with literal text go to File.Defs. ${X/pat/repl},
${X//pat/repl}, ${X/#pat/repl} and ${X/%pat/repl} with a literal pattern
are folded on a known value (KC="${KPI/kf./kc.}"): the replacement's parts
are the expansion's own.

Heredocs: fed to sh/bash/ssh (or `cat <<EOF | sh`) they are parsed as
shell; otherwise (curl configs, python <<EOF, JSON bodies) their
URL-looking tokens are emitted (a scheme, an /api path, or "$VAR/path").
`sh -c '...'` strings are parsed as shell too.

Documentation prompts (`$ curl ...`, `% curl ...`) are read as the
command after the prompt.

Crontabs (file name crontab, *.cron, /etc/cron.d/*): the schedule fields
(and the user of a system crontab) are blanked, keeping offsets, and the
command parsed as shell; text after an unescaped % (stdin) is ignored.

jq. The filter of jq/gojq/jaq (first positional argument; options such as
-r, -c, --arg, --argjson, --slurpfile, -f are understood) is lexed: each
`.name`, `."name"`, `.["name"]`, `x["name"]` and `{name}` shorthand is a
FieldRead (FieldJQ, Span on the name, Receiver = the path before it).
Builtins, keywords, $variables, @formats, object keys and string contents
are not fields; \( ) interpolations are lexed. Origins follow the data:
  - `curl URL | jq` and `jq ... < file`: the curl's URL IDs;
  - `x=$(curl ...)`, `for id in $(curl ...)`, `curl ... | while read x`
    give x the origin; `jq <<<"$x"` and `echo "$x" | jq` read it;
  - `curl -o F`, `curl ... > F`, `tee F` then `jq ... F` / `cat F`: files
    are matched by their spelled name;
  - otherwise ir.OriginFile. A curl whose URL is only a variable gives
    OriginFile too.

Decodes. Every jq filter that reads a response as the server sent it
(piped from a request, or through a file or a variable; not the output of
an earlier jq, and not the answer of a write) is an ir.Decode of those
requests. AsList when the filter walks its input as a list (.[] or .[n]
first, or a list function: map, length, first, sort_by ...). Results: a
filter starting with .[ gets "results" after its dot (.results[]); one
that reads a field of an object (.token) gets none; any other one gets
`.results | ` in front (quoted when the filter is a bare word), which
keeps what it computes: `length` counts the page's items, not its keys.
A jq inside a wrapper function gets the requests of the wrapper's calls
as origin, and no edit once two calls share it. jq -s (slurp) decodes
with no edit.

Python run by the script (`python3 -c CODE` after a pipe, a heredoc fed
to python) is searched for constant-key reads, x['name'] and
x.get('name'): FieldSubscript/FieldGet reads of stdin's response (-c) or
of OriginFile (heredoc). A -c snippet's json.load(sys.stdin) (or
json.loads(sys.stdin.read())) is a decode of stdin's response, whose
Results is ['results'] (["results"] inside a single-quoted snippet).

Comments: URL-looking tokens (a scheme or /api) become Comment URLs;
`kobolint:ignore[...]` becomes a Suppression.

KoboHint: a command, function or variable name containing "kobo".

# Embedding

AnalyzeSnippet analyses shell code taken from another file (Markdown
fences, R Markdown bash chunks, Makefile recipes, Dockerfile RUN lines,
notebook %%bash cells and !curl lines) with Options.Map carrying spans back
(analyzers/text/remap.Map fits) and Options.Vars holding variables known
before the snippet. Suppression lines are lines of the snippet unless
Options.Outer is given.

# Robustness

Two tree-sitter-bash misparses are worked around: a line with || or &&
after a pipeline of 3+ stages glued to the pipeline's last command
(tree-sitter-bash issue 347; the stray newline is re-parsed as ';'), and
words after a redirect taken as more redirect destinations. A BOM and the
CR of CRLF are blanked before parsing (offsets kept). Values are capped
(maxParts) and recursion bounded (maxDepth); a panic becomes an error.

# Not covered

Variables flow in document order only (no branches, no loops feeding
earlier lines, no values across `source`d files except through Defs and
the engine's repository pass); functions' positional parameters are holes;
word splitting and globbing are not simulated beyond spliced arrays
("${OPTS[@]}") and option words carried in one variable ("--user a:b");
awk/sed/python programs in arguments are not parsed (their text is one
RoleArg URL); a jq program read from a file (-f) is not read.
*/
package shell
