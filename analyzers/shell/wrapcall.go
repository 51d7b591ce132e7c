package shell

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// maxTemplates caps the request templates kept per wrapper.
const maxTemplates = 8

// isPositional: a hole standing for a function or script argument.
func isPositional(p ir.Part) bool {
	if p.Kind != ir.Hole || p.Name == "" {
		return false
	}
	if p.Name == "@" || p.Name == "*" {
		return true
	}
	for _, c := range p.Name {
		if c < '0' || c > '9' {
			return false
		}
	}
	return p.Name != "0"
}

// template is a request a wrapper function makes from its positional
// parameters: the URL, and its method, spelled out or a parameter.
type template struct {
	parts  []ir.Part
	method string
	// mparam > 0: the method is positional parameter mparam.
	mparam int
}

// request emits a request URL with its HTTP method. Inside a function, a
// URL built from the function's parameters becomes a template of that
// function, so that calls of the wrapper yield whole URLs.
func (w *walker) request(parts []ir.Part, call, method string, mparam int) int {
	id := w.a.emit(parts, ir.RoleRequest, call, "")
	if id >= 0 {
		w.a.f.URLs[id].Method = method
	}
	if w.fn == "" || w.fn == "?" || len(w.a.templates[w.fn]) >= maxTemplates {
		return id
	}
	for _, p := range parts {
		if isPositional(p) {
			w.a.templates[w.fn] = append(w.a.templates[w.fn], template{parts: parts, method: method, mparam: mparam})
			w.a.wrappers[w.fn] = true
			if id >= 0 {
				w.a.tmplFn[id] = w.fn
			}
			break
		}
	}
	return id
}

// wrapperCall handles a call of a local function that makes requests:
// each of its templates, with the call's arguments put in for $1, $2...,
// is a request URL (the template's own literals marked Via the function,
// so that the call site's literals are where findings land). Arguments no
// template uses are plain arguments; without a template (a function
// defined below its first call) every argument is taken as a URL.
func (w *walker) wrapperCall(name string, args []arg) []int {
	var ids []int
	used := map[int]bool{}
	tmpls := w.a.templates[name]
	for _, t := range tmpls {
		var parts []ir.Part
		method, mparam := t.method, 0
		if t.mparam > 0 && t.mparam <= len(args) {
			method, mparam = methodWord(args[t.mparam-1].v)
			used[t.mparam-1] = true
		}
		for _, p := range t.parts {
			if !isPositional(p) {
				if p.Via == "" {
					p.Via = name
				}
				parts = append(parts, p)
				continue
			}
			i := 0
			if p.Name != "@" && p.Name != "*" {
				for _, c := range p.Name {
					i = i*10 + int(c-'0')
					if i > 1000 {
						break
					}
				}
				i--
			}
			if i >= 0 && i < len(args) {
				ap := args[i].v.parts
				if !pathLike(litText(ap)) {
					// `fetch_form 474`: an id put into the function's
					// path; the path is the function's, so is a finding
					ap = urlparts.WithVia(ap, name)
				}
				parts = append(parts, ap...)
				used[i] = true
			} else {
				parts = append(parts, p)
			}
		}
		if id := w.request(capParts(parts), name, method, mparam); id >= 0 {
			ids = append(ids, id)
		}
	}
	w.linkDecodes(name, ids)
	for i, a := range args {
		if used[i] {
			continue
		}
		role := ir.RoleArg
		if len(tmpls) == 0 {
			role = ir.RoleRequest
		}
		mode := argPlain
		if role == ir.RoleArg {
			mode = argProse
		}
		if id := w.a.emitArg(a.v.parts, role, name, "", mode); id >= 0 && role == ir.RoleRequest {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return []int{ir.OriginFile}
	}
	if w.a.fnDerived[name] {
		return derive(ids)
	}
	return ids
}

// linkDecodes gives the decodes made inside wrapper name, of its
// template requests' responses, the requests of one of its calls. The
// edit that reads a page's results there is right for every call only
// when one call is seen: with more, the decode keeps no edit.
func (w *walker) linkDecodes(name string, ids []int) {
	idx := w.a.fnDecodes[name]
	if len(idx) == 0 || len(ids) == 0 {
		return
	}
	w.a.fnCalls[name]++
	for _, i := range idx {
		d := &w.a.f.Decodes[i]
		d.Origin = union(d.Origin, w.a.writesOut(ids))
		if w.a.fnCalls[name] > 1 {
			d.Results, d.Before = "", false
		}
	}
}

// pathLike: an argument that spells a piece of path ("forms",
// "data/12?format=json", a whole URL) rather than an id ("474", "aB3xZ9").
func pathLike(s string) bool {
	if strings.ContainsAny(s, "/?.") {
		return true
	}
	return strings.Trim(s, "abcdefghijklmnopqrstuvwxyz_-\x00") == ""
}
