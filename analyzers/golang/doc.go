/*
Package golang is kobolint's Go front-end. It reads one file with the
standard go/parser (no type checking: the file need not build, and a snippet
without a package clause or function is wrapped so that it parses) and emits
the IR of internal/ir. It knows Go syntax and the standard library's string
and HTTP functions, nothing about Kobo.

Covered:
  - URL expressions: string literals (interpreted and raw, with exact spans
    even after escapes), `+` chains, package-level and local constants and
    variables (inlined with Via; the last assignment before the use wins, so
    `if u == "" { u = defaultURL }` gives the default), fmt.Sprintf/Errorf
    formats (%s %d %v replaced by the arguments' parts, %% kept), printf-style
    logging calls, url.JoinPath / path.Join / filepath.Join / strings.Join of a
    slice literal / u.JoinPath, url.Parse and u.String(), url.URL{Scheme:...}
    literals, os.Getenv("K") and os.LookupEnv (a hole named K), os.ExpandEnv,
    cmp.Or(env, default) (the default), strings.Replace/ReplaceAll with
    a literal old text (folded on the value), flag/pflag String and StringVar
    defaults, strconv.Itoa and TrimSuffix-style pass-throughs.
  - Roles: net/http Get/Head/Post/PostForm/NewRequest(WithContext), client
    and resty-style methods (.Get(url), R().Post(url), Execute(m, url)),
    SetBaseURL; struct literal fields and assignments (RoleAssign, Var = the
    field or variable). Method: from the call's name (Get, Post, PostForm)
    or its method argument ("POST", http.MethodPost, resty.MethodGet); a
    wrapper's requests keep their method, or take it from the caller when
    it is a parameter (c.send(ctx, http.MethodPost, "/api/v1/forms", ...)).
  - Decodes: json.NewDecoder(r).Decode(&v), json.Unmarshal(b, &v) and
    resty's SetResult(&v) decode the response of the requests r/b come
    from (not a write's answer, not a file's content): an ir.Decode with
    Span = the call, AsList when v's declared type is a slice or array,
    Results "" (the type must change with a v2 page). A helper whose
    request URL comes from its parameters and which decodes the response
    into a parameter (getJSON(ctx, url, out any)) or returns what it
    decoded is reported at each call site instead (Span = the call,
    Origin = the requests made for that call), and a helper calling such
    a helper with its own parameters is one too.
  - Segment: the literal elements of url.JoinPath (not its base),
    path.Join, filepath.Join and u.JoinPath, which escape or clean them.
  - Wrappers: a function of the file whose parameter flows into a request
    (directly or through another wrapper) is learnt in collecting passes; its
    call sites get RoleRequest and an extra URL with the wrapper's own URL
    expression filled with the arguments (c.get("/api/v1/forms") becomes
    BaseURL + "/api/v1/forms"). A function returning a string built from its
    parameters is inlined at its call sites the same way (which also turns a
    getenv(key, def) helper into its default).
  - Struct fields: a field name given exactly one string value in the file
    (`Client{BaseURL: def}`, `c.BaseURL = x`) is inlined where `c.BaseURL` is
    read.
  - Configuration libraries read by key (viper.GetString("kobo.url"),
    koanf k.String("kobo.url")): a hole named by the key.
  - Configuration structs: a read of a field with a yaml/toml/mapstructure/
    koanf/ini/hcl tag (or a json tag, off a value that is no response) is
    a hole named by the dotted key path of the tags (cfg.Kobo.URL with
    `yaml:"kobo"` and `yaml:"url"` gives kobo.url, as the YAML file names
    the value); an env/envconfig tag names the environment variable; an
    envDefault/default tag gives the default's parts (also emitted where
    it is written, RoleAssign). A field of a type another file declares
    is named by the type's path (Config.Kobo.URL), and the declaring file
    offers Defs under those names: the tag default, or a hole named by
    the key path (which the engine only resolves once it follows such
    aliases).
  - Field reads: `json:"name"` struct tags (FieldDecl, span of the name inside
    the tag, Type = the field's declared type: int, float, bool, string,
    through pointers and the file's named types) and constant-key
    subscripts m["title"] (FieldSubscript). Go field
    selectors are Go names, not wire names, and are never emitted. Origins:
    a value gets the URL IDs of a call that has URLs among its arguments
    (including out-parameters `&forms`), of the values it is derived from
    (resp.Body, io.ReadAll, json.NewDecoder(...).Decode(&v), json.Unmarshal,
    ranges, type assertions) and of the local functions it is returned by.
    A variable's declared type links the origin to struct types (through
    slices, maps, pointers, generic instantiations like page[Asset], nested
    anonymous structs and contained named types).
  - Functions of other files: a function whose result is a URL built here,
    or the response of a request it makes, is offered as a Def named
    "f()"; a call of a function no local declaration explains (another
    file of the package, a method of the enclosing method's receiver that
    this file does not declare, a package outside the standard library)
    is a hole "f()" where a string is used and an ir.Result URL as the
    origin of what it returns.
  - Wrappers of other files (crossfile.go): a function or method of the
    file whose request URL is built from a parameter offers what it puts
    before it as "pkg.f#i" or "pkg.Type.m#i" (i the argument's position);
    a call that no declaration of the file explains (a plain call of
    another file's function, pkg.F of a repository package, a method of a
    type declared elsewhere: the enclosing method's receiver, a variable
    of a declared type, an object made by NewType()) with a relative path
    as argument i is the URL [hole "pkg.f#i"] + that path (RoleRequest),
    whose response the call returns.
  - Types declared in one file and decoded in another file of the same
    package: the decoding file offers an ir.Def named typeKey(dir, type, slot)
    holding the request's URL; the declaring file emits one hole URL per
    other slot and uses them as origins, so the engine's repository pass (and
    engine.CheckFiles in the go/analysis driver) joins the two.
  - Types of another package (`var out []models.Form`): the same, keyed by
    the package name (the import path's last element) instead of the
    directory; the declaring file emits those holes for its exported types.
  - resty-style builders told where to decode before sending
    (`R().SetResult(&forms).Get(url)`).
  - A struct with no decode origin gets ir.OriginFile only in a file that
    sends requests itself, and never when the program only encodes it
    (json.Marshal, Encoder.Encode: a request body of its own).
  - Router registrations (mux.HandleFunc("/api/v1/x", h), chi/gin/echo
    routes with a handler argument) are paths the program serves, not URLs
    it calls: their pattern is not emitted.
  - Comments: URL-looking words (scheme://..., paths with /api/) as
    Comment=true URLs; `kobolint:ignore[...]` directives.
  - KoboHint: an identifier or import path containing "kobo".

Not covered (known gaps): types (a method call is matched by name only, so
two methods named get in one file share their templates), values flowing
through channels, struct field values of other files, the HTTP method
and decodes of another file's wrapper, a method called on a value whose
type the file cannot tell (a field of a struct of another file), map literals
used as lookup tables, strings.Builder, text/template, a package whose
name differs from its import path's last element (the cross-package type
link then misses), xml tags, and request bodies built as map literals
(keys the program writes are not reported).
*/
package golang
