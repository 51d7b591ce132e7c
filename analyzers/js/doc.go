/*
Package js is the front-end for JavaScript, TypeScript (.ts, .tsx, .mts,
.cts) and Google Apps Script (.gs, or no extension: see LooksLikeJS). It
parses with tree-sitter (javascript, typescript and tsx grammars; parsers are
pooled, trees closed) and emits the IR of internal/ir. It knows JavaScript,
not Kobo.

What it covers:

  - URL expressions: string literals, template strings (`${x}` holes,
    inlined when x is a const/let/var/parameter default of the file),
    `+` concatenation, `new URL(path, base)`, url.resolve, path.join and
    posix.join, [a, b].join("/"), encodeURI, util.format/sprintf, .concat,
    constant .replace()/.replaceAll() on known literals, process.env.X
    (a hole named X) and `process.env.X || "d"` / `?? "d"` (the default),
    object-literal settings (`cfg.baseUrl`), class fields and
    `this.base = ...` assignments, static members, and local helpers with one
    return (`url("/x")`). Escapes split a literal into raw runs (editable)
    and escape parts (not raw).
  - Roles: RoleRequest for fetch, axios (and its verbs, and instances of
    axios.create with their baseURL prepended), got, ky, superagent, request,
    $.ajax/$.get/$.getJSON ({url} options too), XMLHttpRequest.open,
    UrlFetchApp.fetch, http(s).get/request, new Request, verbs called on
    objects named like clients (this.http, apiClient, this.api), and calls to
    local wrappers: functions and methods one of whose parameters reaches the
    URL of one of those, found to a fixpoint (wrappers of wrappers). At a
    wrapper call the URL is the wrapper's URL with the argument substituted,
    so `koboGet_("forms")` yields API + "forms".
  - Origins: a call with a URL argument; .json(), .then callbacks, await,
    property/subscript access, for-of, array callbacks (.map, .forEach,
    .filter, .find, .reduce, ...), lodash/jQuery collection helpers,
    JSON.parse and other calls of response values, callbacks handed to a
    request call ($.ajax success, request(url, cb)), xhr.onload/this, and
    the returns of local functions. `await` of, or `.then` on, a call the
    file cannot trace (an imported function) yields ir.OriginFile.
  - Field reads: x["f"] always; x.f, x?.f and destructuring (declarations,
    for-of, parameters) when the receiver has an origin. Shorthand
    destructuring keys are not Raw (they are also local names).
  - TypeScript declarations: properties of interfaces, object type aliases
    (with nested object types) and field-only classes are FieldDecl reads,
    Receiver = the namespace-qualified type name. Their origins are the
    requests whose result is given that type (type arguments of a request
    or wrapper call, `as T` casts, annotated declarations, return types),
    carried to the types of their properties; ir.OriginFile otherwise,
    unless other types of the file are linked (then none) or the name is
    that of an input (…Props, …State, …Options, …Config, …Params).
  - Comments: URL-looking words (scheme, /api/, host/path) as Comment URLs;
    kobolint:ignore[...] directives. KoboHint from identifiers and module
    paths containing "kobo".
  - Defs: top-level `const/let/var NAME = <string>` and exports.NAME.
  - Responses as arguments (params.go): a call of an imported function
    with a response offers its URL as ir.ParamDef(f, i); a parameter of an
    exported top-level function the file does not call itself reads as an
    ir.ParamIn result, added where a field read uses it (ir.File.CallerAttrs
    tells the engine such member reads count only where a caller filled it).

Not covered: cross-file resolution (imports stay holes; the repository pass
does that), JSDoc types, values flowing through object spreads or class
hierarchies, computed property names, field reads in comments.
*/
package js
