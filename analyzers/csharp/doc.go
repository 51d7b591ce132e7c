/*
Package csharp is the front-end for C# (.cs). It parses with tree-sitter's
C# grammar (pooled parsers, trees closed) and emits the IR of internal/ir;
it knows C#, not Kobo.

What it covers:

  - URL expressions: regular, verbatim (@"..."), raw ("""...""") and
    interpolated strings ($"{Base}/api/v1/data/{id}", $@"...", $"""...""";
    {{ }} and escapes become non-raw parts, the rest stays raw), `+`,
    string.Format (composite items), string.Concat, string.Join, Flurl's
    Url.Combine/AppendPathSegment, new Uri(s) and new Uri(base, rel),
    .Replace on known literals, ?? defaults, and the const/static
    readonly fields, properties (initialisers and `=> expr` bodies) and
    locals they name, including Class.Member of types of this file.
    Environment.GetEnvironmentVariable("X"), AppSettings["X"] and
    configuration["X"] are holes named X.
  - Roles: RoleRequest for HttpClient verbs (GetAsync, GetStringAsync,
    PostAsync, GetFromJsonAsync, ...; the receiver's BaseAddress, from its
    initializer or an assignment, is prepended to relative URLs), WebClient
    DownloadString/UploadString and friends, WebRequest.Create, new HttpRequestMessage(method,
    url), RestSharp new RestRequest/RestClient, Flurl verbs on a URL, and
    calls of local methods whose parameter reaches one of those (wrappers,
    to a fixpoint; the call site's argument is substituted).
  - DTO classes: types deserialised into (DeserializeObject<T>,
    JsonSerializer.Deserialize<T>, ReadFromJsonAsync<T>, GetFromJsonAsync<T>,
    RestSharp Execute<T>, ...), types whose members carry [JsonProperty],
    [JsonPropertyName] or [DataMember(Name=...)], types with snake_case or
    lower-case members, and the types their members hold. Every member is a
    FieldDecl named by its attribute string, else by its identifier (a
    PascalCase `Title` is then just "Title"). Origin: the requests whose
    result is decoded into the type, else ir.OriginFile when no DTO of the
    file is linked to a request.
  - Field reads: x["name"] always; x.name / x?.name when the receiver has
    an origin (request results, .Content, ReadAsStringAsync, Deserialize,
    foreach, LINQ lambdas, from clauses, values typed with a DTO), or when
    the name is spelled like a JSON key on a value that is not typed with a
    non-DTO class of the file (ir.OriginFile: DTOs declared in other files).
  - Comments: URL-looking words as Comment URLs; kobolint:ignore[...].
    KoboHint from identifiers containing "kobo". Defs: fields and
    properties with string values, as Member and Type.Member.

Not covered: inheritance and partial classes across files (unresolved
names stay holes), `dynamic` member chains beyond one level, resx/config
files (the text front-end reads those).
*/
package csharp
