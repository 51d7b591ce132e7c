/*
Package php is the front-end for PHP (.php, .phtml) and Blade templates
(.blade.php). It parses with tree-sitter's PHP grammar (pooled parsers,
trees closed) and emits the IR of internal/ir; it knows PHP, not Kobo.

What it covers:

  - URL expressions: single- and double-quoted strings, heredoc and
    nowdoc ("{$base}/api/v1/forms", "$base/forms", "${id}"; escapes are
    non-raw parts), `.` concatenation and `.=`, sprintf/vsprintf,
    implode, str_replace on known literals, trim-like functions, `??`,
    `?:` and ternaries. Names are inlined from locals, parameter
    defaults, global constants (const, define), class constants
    (self::API, Class::API), static properties and properties set in the
    class ($this->koboUrl: the constructor's assignment, else the
    initializer), array literals read by constant keys ($cfg['base']) and
    local helpers with one return. config('a.b.c'), Config::get and
    config()->get are holes named by the dotted key; env('K') and
    getenv('K') holes named K, or the default's parts when one is given;
    $_ENV['K'] and $_SERVER['K'] holes named K; other constant-key
    subscripts holes named by their dotted keys.
  - Configuration files: a file returning an array (Laravel's
    config/x.php) gives each string value Role=RoleSetting and Var = its
    dotted key path, prefixed with the file's name under config/ (x.kobo.
    endpoint), and offers it as a Def of that name, so that the
    repository pass fills config('x.kobo.endpoint') in other files.
  - Requests (RoleRequest, with Method): Guzzle and Symfony clients
    ($client->get/post/..., ->request('GET', $url), with the base_uri of
    `new Client([...])` joined as Guzzle does), Laravel's Http facade
    (Http::get, Http::withToken(...)->post, baseUrl()), new Request('GET',
    $url), file_get_contents and fopen of a remote URL (the method of a
    stream context), curl_init / curl_setopt(CURLOPT_URL) /
    curl_setopt_array (the method from the handle's other options),
    WordPress's wp_remote_*; and calls of local functions and methods
    one of whose parameters reaches one of those (wrappers, to a
    fixpoint; the call site's argument is substituted, the method is the
    inner request's, bound at the call when it is a parameter). The
    keys of data a request sends are FieldKey reads.
  - Decodes: json_decode (Results ['results'] with `true`, ->results
    without), ->json(), ->object(), ->toArray(), ->collect() (no
    Results), with AsList when the value is iterated (foreach), indexed
    by a number, counted or handed to an array function, directly,
    through its variable or out of the function returning it. A wrapper
    returning a decoded response is decoded at each call. A decode whose
    page results the code reads already is not reported.
  - Origins: request calls, calls with a URL argument, ->json(),
    ->getBody(), json_decode and other calls of response values,
    variables, foreach values and keys, [0] and ['k'], properties,
    closures run over arrays (array_map, collect()->map), parameters of
    local functions the file calls with responses, curl_exec of a handle,
    the returns of local functions. json_decode of a local file is
    ir.OriginLocal.
  - Field reads: $x['name'] always ("$x[name]" in strings too); $x->name
    and $x?->name when the receiver has an origin; array_column($x,
    'name') and ->pluck('name') as column reads; (int)/intval conversions
    as Type.
  - Comments, kobolint:ignore directives, KoboHint from names and config
    keys containing "kobo", Defs of constants, class constants, static
    and instance properties, file-level variables and top-level
    functions ("f()").
  - Inline HTML outside the PHP tags is read as the text front-end reads
    an HTML page. Blade templates are turned into a PHP program (echoes,
    directives, @php blocks) whose expressions keep their spans; a
    template's free variables are results (ir.RoleResult) named after
    the view and the variable, which the controller rendering the view
    (view('kobo.projects')->with('projects', $rows), view(..., [...]),
    compact()) offers as Defs: the template's field reads get the origin
    of the response the controller decoded.

Not covered: inheritance across files, traits, interfaces' constants of
other files, dynamic property names, Blade components and @include data,
Twig templates.
*/
package php
