/*
Package text is the front-end for configuration, documentation and other
text files: .env files (.env*, .Renviron, *.env), YAML (docker-compose,
mkdocs, CI), JSON (comments and trailing commas tolerated), TOML, INI/.cfg/
.conf, Java .properties, Dockerfile, Makefile, Procfile, Markdown,
reStructuredText, HTML, REST-client .http/.rest files and plain .txt. Template copies (config.ini.example,
settings.json.sample, .tmpl, .dist...) are read as the file they stand for.

# What it reports

URLs, never field names. A URL is a token that holds http(s)://, a
host-looking word (kc.myngo.org, not pull.py or requests.get) or a path
containing /api/; placeholders such as {uid}, <formid>, $VAR, ${VAR:-x},
$(VAR) and {{ x }} become holes.

Configuration values are RoleSetting URLs with Var = the key path:
KOBO_URL=... gives "KOBO_URL", `kobo:\n  base_url:` gives "kobo.base_url",
[kobo] url = ... gives "kobo.url", TOML tables likewise, JSON key paths
(array elements take their array's path). Children of environment/env/
variables/args keys, `- NAME=value` list items and Kubernetes
{name, value} items are named by the variable alone (KOBO_URL), since code
reads them by that name. Each such value is also a File.Def for the
repository pass. A value without a scheme (a bare host, a relative path)
counts only under a name that says it is a location (url, host, server,
endpoint, api, base, path...): `token: /api/v1/data` in a data file is not a
URL. Values built on a variable of the same file (${KOBO_URL}/forms in
.env, ENV API=${KC}/api/v1, $(KC)/api/v1 in a Makefile) are inlined (Via).
Keys that contain "kobo" set File.KoboHint.

Documentation (Markdown, rst, HTML text, .txt) is RoleDoc. In prose only
URLs with a scheme or a host count: a bare `/api/v1/data` there names an
endpoint, it does not call one; a URL trailed by "..." is a pattern and is
marked Comment. Fenced code goes to its front-end (bash/sh/console/shell ->
analyzers/shell, python/pycon -> analyzers/python, r -> analyzers/r, js/ts ->
analyzers/js; json/yaml/toml/ini/env/dockerfile/makefile fences -> this
package's readers), with spans mapped back through the fence's indentation.
Console blocks ($ prompts, pycon >>> prompts) send only the commands (and
their continuation lines) to the front-end; output lines are prose.
Unlabelled fences and indented code blocks that start with a command (curl,
wget, export, $) are shell; other unlabelled blocks are scanned. A leading
`---` YAML front matter block is read as YAML. Dockerfile RUN/CMD/
ENTRYPOINT/HEALTHCHECK, Makefile recipes ($(VAR) -> ${VAR}, $$ -> $, with
the file's variables passed to the shell front-end) and Procfile commands
are shell, and so are YAML values under run/script/before_script/
after_script/command/entrypoint/cmd (CI steps, compose commands: the
values of env/variables mappings are known there, GitHub Actions
`${{ env.X }}`/`${{ secrets.X }}` templates become ${X}, and the lines of
one GitLab script list are one script) and JSON
"scripts" entries (package.json). HTML character references are decoded
(offsets map back through them) and <script> bodies go to the JS
front-end. A page with Django/Jinja tags ({{ }}, {% %}; also .jinja,
.jinja2, .j2 and page.html.j2) also gets its template reads from
analyzers/jinja, and ObjectAttrs (a variable no view renders with a
response is an object of the program, as in Python). In .http files `@name = value` defines {{name}} and
`METHOD url` lines are requests.

Comments (#, ;, <!-- -->, rst `..` comments, JSON line and block comments) give URLs
with Comment set. `kobolint:ignore[RULES]` after a comment marker on any
line is a suppression.

A file of no known kind (a script saved without an extension, which the
engine may hand over as a fallback) is scanned as code: every URL token,
`#` and `//` comments marked. .txt, README, LICENSE and the like are prose.

A file that does not parse (YAML, JSON) is read line by line (key: value,
key = value, KEY=value) with a warning; Analyze never fails on content.

# Reuse by other front-ends

Derived (a reader run on text derived from a file, e.g. a notebook's
markdown cell), Code (a language front-end run on embedded code, with the
URL scan as fallback) and Embedded are the entry points for analyzers that
embed text; package remap (offset maps through escapes and made-up bytes)
and package jsonx (JSON with offsets) are shared with analyzers/notebook.
Front-ends for embedded code are linked in by the embed_<lang>.go files.

# Not covered

Multi-line YAML plain scalars are aligned word by word with the source
(exact for URL tokens, which hold no blanks). XML, .plist, .csv, AsciiDoc
and Org files are not read. rst
literal blocks and Markdown blocks inside block quotes are scanned, not
parsed. Knitted HTML code (<pre><code>) is scanned as documentation. Makefile `define` bodies and conditionals are scanned as text.
*/
package text
