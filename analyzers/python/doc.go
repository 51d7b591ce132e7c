/*
Package python is the Python front-end: it turns a .py file (or notebook
cells) into the IR of internal/ir. It knows Python and its HTTP libraries,
nothing about Kobo.

# How it works

tree-sitter (the C runtime and Python grammar of
github.com/smacker/go-tree-sitter, parsers pooled) parses the file; the tree
is flattened by one C call (cparse.go: the Go binding costs several cgo
calls and a map insertion per node) into Go nodes, and freed at once. The copy is then
walked three times. The first two walks only learn: module variables (a
function may use one defined below it), class attributes (set in __init__,
read in another method), what call sites pass to each function, and a
summary of each function obtained by walking its body with symbolic
parameters (which parameter reaches the URL of a request, and what it
returns). The last walk emits. Origins are kept as the spans of URL
expressions while walking and turned into URL IDs at the end.

# Covered

URLs: string literals (escapes decoded; runs of source text stay Raw with
exact spans, escapes and {{ }} are separate non-raw parts), implicit
concatenation, f-strings (nested format specs, !r), `%` with a tuple, a dict
or one value, str.format with positional and keyword arguments, `+`,
urljoin, "sep".join([...]), os.path.join / posixpath.join (a "/" part
without span), Path(...) / "x", str(), .strip()/.rstrip()/.lower() (the
receiver's parts), str.replace (when the old text is in a known literal the
replacement's own literal takes its place, so KPI.replace("/api/v2",
"/api/v1") reads as a v1 URL at the replacement; otherwise the receiver's
parts and the replacement on its own), `a or "default"`, conditional
expressions. Variables: module level (also used above their definition
inside functions), function level, class attributes (class body, self.x,
cls.X, local base classes), parameters with string defaults,
os.getenv/os.environ.get/setdefault and decouple.config (default's parts,
else a hole named after the variable), os.environ["X"] (hole X),
configparser get(section, key) (hole "section.key", or fallback's parts),
env("X", default=...) / env.str(...) (django-environ, environs), argparse
options (args.server is the default given to add_argument("--server"),
which is emitted with Var "server"), dicts of the file read by a known key
(CONF[STAGE]["url"], d.get("url"): the entry's value, no field read),
settings.KOBO_URL and other unresolved names (hole as spelled; a variable,
attribute, getter function or `x or settings.Y` holding such a name passes
the name on, so the repository pass can resolve it). A use of a
string variable is inlined (Via = name) and emitted only as a call
argument; the definition is emitted with RoleAssign and Var (also
self.base_url, dict values under their key, parameter defaults under the
parameter name, keyword arguments under the keyword for RoleArg).
Module-level string definitions (and Class.ATTR) go to File.Defs.

Instances: a class of the file called with arguments keeps them per
instance (what __init__ stores from its parameters, or the arguments of a
dataclass / NamedTuple for its annotated fields), so KOBO.url and
ONA.url differ; module-level instances offer their string attributes to
other files as "name.attr" (settings = Settings() gives settings.KOBO_URL),
and an instance of a class imported from another module names its
attributes after the class (Settings().base is the hole Settings.base).
Parameters that every call site of the file fills with the same text
(Client("https://...") stored in self.root) hold that text in the body,
unless a URL of the body is built from them (then each call rebuilds it).
Configuration documents (yaml/toml/json5 loaders, json.load of a local
file) are read by key: cfg["kobo"]["api_root"], .get("kpi", {}).get(
"root") and cfg.kobo.url are holes named by the dotted key path
(kobo.api_root), as the configuration files' own front-end names their
settings. Tuples a function returns are unpacked element by element;
dicts of the file passed as **kwargs bind their known entries; a dict of
the file's functions called by a run-time key (commands[name](**kw))
calls each of them. http.client / urllib3 connections: the host given to
the connection is the base of conn.request(method, path).

Roles: RoleRequest for requests/httpx/grequests functions, sessions and
clients (requests.Session(), httpx.Client(base_url=...) whose base is
prepended, aiohttp, urllib3), urllib urlopen/Request/urlretrieve, pandas
read_csv/read_json/..., receivers named like a session or client, and calls
to functions and methods of the file whose parameter flows into such a URL
(wrappers, also through other wrappers): there the wrapper's URL is rebuilt
with the call's arguments (kobo_get("/forms/%d" % pk) gives
API_ROOT + "/forms/" + {pk}); the body's literals are marked Via the
function, holes naming the function's locals are renamed after the call.
A request URL without any literal is still emitted when it names something
outside the function (an import, a settings attribute, an environment
variable), so that the repository pass can resolve it. The other URLs a
body builds from its parameters (a request body's "source":
"{}assets/{}/".format(host, uid)) are rebuilt at each call too. A
wrapper's own URL is a definition (RoleAssign) once every call of the file
rebuilds it: its uses are those calls.

Methods: URL.Method is the verb of requests.post / session.put, the first
argument of request() / conn.request(), POST for urllib with data, GET for
pandas readers, and a wrapper's method at its calls (also when a parameter
gives it: call("POST", "/forms")).

Decodes: r.json(), json.load(s) of a response or of its text/content/read(),
pd.read_json of a URL (no edit: Results ""). A local function that
returns a decoded body has the Decode at each call (Span the call, Origin
the call's URL); a decode used inside such a function is reported where
it is, with every call's URL as origin; the body itself reports neither
once the file calls the function. Results is "" after a bare await (it
would subscript the coroutine; a parenthesised await takes it) and for
responses handed to a template or to the program's own HTTP response
(render, render_template, jsonify, JsonResponse): the template reads their
fields where no edit here follows. A render call of a named template
(render, render_to_response, render_to_string, TemplateResponse,
render_template, stream_template, get_template(name).render) offers each
context value that holds a response (also a list filled by append in a
loop over one) as ir.Def views.Def(template, key): the request's URL, so
that the template's reads (analyzers/jinja) are judged by that response. AsList is set when the decoded value is
iterated (for, comprehensions, yield from, list.extend), counted (len),
indexed by a number or sliced, passed to list/sorted/enumerate/map/
filter/zip or to pd.DataFrame/json_normalize, also through parameters of
local functions that do so. Decodes of writes (a POST's answer) are not
emitted: the answer is the object written, not the endpoint's list.

Local files: open(), pd.read_csv/read_excel of a path, csv readers,
json.load of a file: what is read from them has ir.OriginLocal. Data
frames (pd.DataFrame, json_normalize, read_*, their methods that return
frames) read columns: df["f"], df[["a"]], df.f, df.get("f"), df.loc[:, "f"]
are FieldColumn. Conversions type reads: int(x["id"]), float(), bool(),
str(), pd.to_numeric(), x["id"].astype(int) set FieldRead.Type.
Segments: the literal parts of os.path.join, posixpath.join and Path
joins are Segment. `"name" in x` on a value with an origin is a read of
name.

Fields: x["f"], x.get("f"[, d]), x["a"]["f"], df[["a", "b"]],
df.loc[:, "f"] / df.loc[rows, ["a"]], df.rename(columns={"old": ...})
(FieldColumn), df.get("f"), attribute reads on values with an origin (not
method calls, not on response objects: r.url is not a JSON field). Access
and Expr spans are set for subscripts, .get and attributes. Keys of dict
literals the code builds are FieldKey, reported only where the dict is sent
(a request's json=/data=/params=, a wrapper's argument, json.dumps), so a
pyxform survey dict or Airflow op_kwargs says nothing. Subscript writes are
not reads.

Origins: the result of a call with URL arguments (any call: the emitted
URLs among its arguments), response.json(), .text/.content of a response,
json.load(s), subscripts and fields of a value, iteration (for, all
comprehensions, lambdas given to map/sorted/apply, which see the items of
the call's other arguments), tuple unpacking, list.append, pandas
constructors and methods (any method keeps its receiver's origin),
returns and yields of local functions and @property methods (symbolic:
"the URL of this call", "what was passed as parameter i"), parameters (what call sites of the
file pass), instance attributes. A dict literal carries no origin.

Comments and docstrings (bare string statements anywhere): http(s) URLs
and words containing /api/ (or starting with api/) become Comment URLs;
kobolint:ignore and kobolint:ignore[KB101,KB200] become suppressions.
KoboHint: an identifier or import path containing "kobo".

Notebooks: JoinCells builds one program from code cells (each ending with
a newline; IPython lines %magic, !shell, ?help and %%cell magics blanked
with spaces, offsets unchanged) and returns where each cell starts;
AnalyzeCells analyses it. Spans refer to that program; the notebook
front-end maps them back (it currently calls Analyze on its own virtual
source, which works the same way).

Robustness: never panics (a recover turns a bug into an error); BOM hidden
from the parser; syntax errors become a warning and the rest is analysed
(ERROR nodes the parser hangs under a statement are walked too);
nesting deeper than 400 levels, a work budget per byte and a cap on the
total size of emitted URLs bound pathological files (with a warning).

# Not covered

Flow-sensitivity beyond "last assignment before the use in straight-line
order" (a loop's later reassignment is not seen by the loop's first use);
`global` declarations; values passed through lists (a URL stored in a
list and read back: a hole); dict entries as definitions for other files
(config['forms_url'] is a hole); per-instance attributes read by methods
when the file constructs a class with different arguments (the methods
see the class-level value, or the parameter's name); classes and
functions of other modules called with arguments (their bodies are not
seen here); template inheritance and {% include %} (a Django/Jinja
template is joined to the view that renders it by its name, see views.go
and analyzers/jinja; an included template's variables are not); a settings name imported from a
module is offered to the repository pass by name only (the engine picks a
definition when the name is unique in the repository); functools.partial,
decorators that wrap requests, subclasses of requests.Session; string
methods other than those above (the result is a hole); Python 2 and
3.12 f-string quirks that tree-sitter cannot parse (the damaged region is
lost, with a warning).
*/
package python
