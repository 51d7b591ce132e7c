package r

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// An rvest session (s <- session("https://host/")) keeps the URL of the
// page it is on; session_jump_to(s, "/exports/") requests a URL relative
// to it: a path from the root of its host, or one next to its page.

// sessions open a browsing session on their URL argument.
var sessions = map[string]bool{"session": true, "html_session": true}

// navigations move a session to a URL relative to its page.
var navigations = map[string]bool{"session_jump_to": true, "jump_to": true}

// navigate handles session_jump_to(s, url) on a session the analysis
// knows: the request of the resolved URL, and the session now on it.
func (a *analyzer) navigate(n *CallNode, name string, sc *scope) (value, bool) {
	si, ui := urlArgIndex(n.Args, urlArg{0, "x"}), urlArgIndex(n.Args, urlArg{1, "url"})
	if si < 0 || ui < 0 {
		return value{}, false
	}
	recv := a.eval(n.Args[si].Value, sc)
	if recv.client == nil {
		return value{}, false
	}
	vals := make([]value, len(n.Args))
	vals[si] = recv
	for i, arg := range n.Args {
		if i != si {
			vals[i] = a.eval(arg.Value, sc)
		}
	}
	rel := vals[ui].parts
	if len(rel) == 0 {
		rel = []piece{hole(a.spelled(n.Args[ui].Value))}
	}
	// the session's page is reported where it was opened
	parts := resolveRef(withVia(recv.client.base, a.spelled(n.Args[si].Value)), rel)
	a.recordTemplate(parts, name, "GET", 0, sc)
	v, _ := a.sinkArgs(n, vals, name, -1, "", map[int]bool{si: true, ui: true})
	if id, ok := a.emitURL(parts, ir.URL{Role: ir.RoleRequest, Call: name, Method: "GET"}); ok {
		v.origin = unionInts(v.origin, []int{id})
	}
	v.local = false
	v.client = &httpClient{base: parts}
	return v, true
}

// resolveRef resolves a reference against the URL of a page: a whole URL
// stands alone, a path from the root replaces the page's path (when the
// page's scheme and host are literal), and anything else goes next to it.
func resolveRef(page, ref []piece) []piece {
	if absolute(ref) {
		return ref
	}
	if ref[0].Kind == ir.Lit && strings.HasPrefix(ref[0].Text, "/") {
		if len(page) > 0 && page[0].Kind == ir.Lit && page[0].param == 0 {
			t := page[0].Text
			if k := strings.Index(t, "://"); k >= 0 {
				if j := strings.IndexByte(t[k+3:], '/'); j >= 0 {
					return append([]piece{subLit(page[0], 0, k+3+j)}, ref...)
				}
				if len(page) == 1 || page[1].Kind == ir.Lit && strings.HasPrefix(page[1].Text, "/") {
					// the first piece is the whole scheme and host
					return append([]piece{page[0]}, ref...)
				}
			}
		}
		return append(append([]piece(nil), page...), ref...)
	}
	out := append([]piece(nil), page...)
	if !endsWithSlash(page) {
		out = append(out, bareLit("/"))
	}
	return append(out, ref...)
}
