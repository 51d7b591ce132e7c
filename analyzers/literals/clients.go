package literals

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// HTTP clients that hold a base URL and take relative paths: Ruby's
// HTTParty (`base_uri 'kc.example.org/api/v1'` then `get('/data')`),
// Faraday (`Faraday.new(url: ...)` then `conn.get('forms')`), RestClient
// resources, and Retrofit (`.baseUrl(...)` then `@GET("forms")`). The
// lexer sees no objects, so one base holds for the file: the last one
// written before a request's path (a file with clients of several servers
// joins a path to the base written nearest above it).

// baseSetters name the calls and class macros whose string argument is a
// client's base URL.
var baseSetters = map[string]bool{"base_uri": true, "baseUrl": true, "baseURL": true, "base_url": true}

// baseCtors are constructors whose first string argument (or url:) is a
// client's base URL, by the name before ".new".
var baseCtors = map[string]bool{"Faraday": true, "Resource": true}

// requestVerbs are the calls and annotations whose first argument is a
// request's path.
var requestVerbs = map[string]bool{"get": true, "post": true, "put": true, "patch": true, "delete": true,
	"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true}

// callBefore returns the name of the call whose first argument starts at
// open (a quote): `name(` or Ruby's `name ` without parentheses, skipping
// a url: / url = keyword; "" when there is none.
func (lx *lexer) callBefore(open int) (name, recv string) {
	src := lx.src
	k := lx.back(open)
	if k >= 0 && (src[k] == ':' || src[k] == '=' || src[k] == '>') {
		// url: '...', url = "...", :url => '...'
		j := k
		for j >= 0 && (src[j] == ':' || src[j] == '=' || src[j] == '>') {
			j--
		}
		if n, s := lx.nameBefore(lx.back(j + 1)); n == "url" {
			k = lx.back(s)
		} else {
			return "", ""
		}
	}
	if k < 0 {
		return "", ""
	}
	end := k
	if src[k] == '(' {
		end = lx.back(k)
	} else if k+1 < open && src[k+1] != ' ' && src[k+1] != '\t' {
		return "", ""
	}
	name, start := lx.nameBefore(end)
	if name == "" {
		return "", ""
	}
	if start >= 2 && src[start-1] == '.' {
		recv, _ = lx.nameBefore(start - 2)
	}
	return name, recv
}

// clientBase records a literal that sets a client's base URL.
func (lx *lexer) clientBase(open int, parts []ir.Part) {
	name, recv := lx.callBefore(open)
	if baseSetters[name] || name == "new" && baseCtors[recv] {
		lx.base = urlparts.WithVia(parts, name)
		if lx.firstBase == nil {
			lx.firstBase = lx.base
		}
	}
}

// clientPath joins a request's relative path to the file's client base.
// A path written before any base (a Retrofit interface above its
// builder) waits in pending for the first base of the file.
func (lx *lexer) clientPath(open int, parts []ir.Part) ([]ir.Part, bool) {
	if len(parts) == 0 || parts[0].Kind != ir.Lit {
		return parts, false
	}
	t := parts[0].Text
	if t == "" || strings.Contains(t, "://") || strings.HasPrefix(t, "//") || t[0] != '/' && (t[0] < 'a' || t[0] > 'z') {
		return parts, false
	}
	name, _ := lx.callBefore(open)
	if !requestVerbs[name] {
		return parts, false
	}
	if strings.ToUpper(name) == name {
		// an annotation's path (@GET("data/{id}")): its {name}s are the
		// method's arguments
		parts = braceHoles(parts)
	}
	if lx.base == nil {
		lx.pending = append(lx.pending, pendingPath{open: open, parts: parts})
		return parts, false
	}
	return urlparts.SlashJoin(lx.base, parts, open+1), true
}

// pendingPath is a request's relative path met before any client base.
type pendingPath struct {
	open  int
	parts []ir.Part
}

// joinPending adds the paths met before the file's first base, joined
// to it; without a base they stay what they were (plain literals).
func (lx *lexer) joinPending() {
	if lx.firstBase == nil {
		return
	}
	for _, p := range lx.pending {
		lx.b.AddURL(ir.URL{Role: ir.RoleRequest, Parts: urlparts.SlashJoin(lx.firstBase, p.parts, p.open+1)})
	}
}

// braceHoles splits the literal parts at {name} placeholders, which become
// holes (the template's values, known at run time).
func braceHoles(parts []ir.Part) []ir.Part {
	var out []ir.Part
	for _, p := range parts {
		if p.Kind != ir.Lit || !strings.Contains(p.Text, "{") {
			out = append(out, p)
			continue
		}
		t, at := p.Text, 0
		for {
			i := strings.IndexByte(t[at:], '{')
			if i < 0 {
				break
			}
			j := strings.IndexByte(t[at+i:], '}')
			if j < 0 {
				break
			}
			i, j = at+i, at+i+j
			out = append(out, urlparts.Cut(p, at, i)...)
			out = append(out, ir.Part{Kind: ir.Hole, Name: t[i+1 : j]})
			at = j + 1
		}
		out = append(out, urlparts.Cut(p, at, len(t))...)
	}
	return out
}
