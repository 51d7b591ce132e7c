package engine

import (
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// defSite is a top-level definition offered by one file to the others.
type defSite struct {
	path  string
	parts []ir.Part
	// flat is the definition's text (holes as rules.Hole), set by
	// prepareDefs, to compare definitions cheaply.
	flat string
	// agreeAll: every definition of the name has the same text.
	agreeAll bool
}

// prepareDefs puts each name's definitions in path order, as a sequential
// scan would have found them, and computes their text. lookupDef relies
// on that order.
func prepareDefs(defs map[string][]defSite) {
	for _, ds := range defs {
		sort.SliceStable(ds, func(i, j int) bool { return ds[i].path < ds[j].path })
		agree := true
		for i := range ds {
			ds[i].flat = flatten(ds[i].parts).s
			agree = agree && ds[i].flat == ds[0].flat
		}
		for i := range ds {
			ds[i].agreeAll = agree
		}
	}
}

// collectDefs gathers every file's top-level definitions by name. This is
// the repository pass: a settings module, a sourced R helper or a .env file
// gives values to names that other files use.
func collectDefs(files []*analysed) map[string][]defSite {
	defs := map[string][]defSite{}
	for _, a := range files {
		seen := map[string]bool{}
		for _, d := range a.file.Defs {
			if !ir.HasLit(d.Parts) && !namedHoles(d.Parts) || len(d.Name) < 3 {
				continue
			}
			seen[d.Name] = true
			defs[d.Name] = append(defs[d.Name], defSite{path: a.file.Path, parts: d.Parts})
			addKeySuffixes(defs, seen, d.Name, a.file.Path, d.Parts)
		}
		// Values assigned to a name (a config dict's "forms_url", a
		// setting) that the front-end did not offer as top-level
		// definitions: other files read them by the same key.
		for _, u := range a.file.URLs {
			if u.Comment || u.Var == "" || seen[u.Var] || len(u.Var) < 4 || (u.Role != ir.RoleAssign && u.Role != ir.RoleSetting) {
				continue
			}
			if !urlish(u.Parts) {
				continue
			}
			seen[u.Var] = true
			defs[u.Var] = append(defs[u.Var], defSite{path: a.file.Path, parts: u.Parts})
			addKeySuffixes(defs, seen, u.Var, a.file.Path, u.Parts)
		}
	}
	return defs
}

// addKeySuffixes offers a config file's nested key (kobo.server.root) also
// without its first keys (server.root): code reads it through an object
// holding part of the file.
func addKeySuffixes(defs map[string][]defSite, seen map[string]bool, name, path string, parts []ir.Part) {
	for k := name; strings.Count(k, ".") >= 2; {
		k = k[strings.IndexByte(k, '.')+1:]
		if !seen[k] {
			seen[k] = true
			defs[k] = append(defs[k], defSite{path: path, parts: parts})
		}
	}
}

// namedHoles reports whether parts hold a named hole: a definition that
// is another name (an alias, a function returning a setting), which the
// pass resolves in turn.
func namedHoles(parts []ir.Part) bool {
	for _, p := range parts {
		if p.Kind == ir.Hole && p.Name != "" {
			return true
		}
	}
	return false
}

// lookupDef finds the definition of a hole's name in another file. defs
// are the definitions of one git repository (Run keeps one map per
// repository, so that nothing crosses from one repository to another in a
// scan of several). When several files define the name, the ones nearest
// to the using file (the longest shared directory prefix: its own package)
// win; if those still disagree the name is left alone, since guessing
// would invent findings. defs must have been through prepareDefs.
func lookupDef(name, self string, defs map[string][]defSite) *defSite {
	cands := []string{name}
	if f := calledName(name); f != "" {
		// a call: the function's returned URL, offered as "f()"
		cands = append(cands[:0], ir.FuncDef(f))
		if i := strings.LastIndexAny(f, ".$:"); i >= 0 && i+1 < len(f) {
			cands = append(cands, ir.FuncDef(f[i+1:]))
		}
	} else {
		// a value read by nested keys (cfg["kobo"]["root"], cfg$kobo$root,
		// settings.kobo.root): the longest dotted key path a config file
		// defines, then shorter ones (the object holding it has a name of
		// the program's own), then the last key alone
		segs := keySegments(name)
		for i := 0; len(segs)-i >= 2; i++ {
			if k := strings.Join(segs[i:], "."); k != name {
				cands = append(cands, k)
			}
		}
		if len(segs) >= 2 {
			cands = append(cands, segs[len(segs)-1])
		}
	}
	for _, n := range cands {
		if d := nearestDef(defs[n], self); d != nil {
			return d
		}
	}
	return nil
}

// nearestDef picks from ds (in path order) the definition nearest to the
// file self, or nil when there is none or the nearest ones disagree. The
// definitions sharing at least k leading directories with self are one
// run of ds around the place self would sort at, so the nearest are found
// from there without looking at the rest: scanning every definition for
// every use would make an organisation-wide scan quadratic.
func nearestDef(ds []defSite, self string) *defSite {
	if len(ds) == 0 {
		return nil
	}
	at := sort.Search(len(ds), func(i int) bool { return ds[i].path >= self })
	left, right := at-1, at
	for left >= 0 && ds[left].path == self {
		left--
	}
	for right < len(ds) && ds[right].path == self {
		right++
	}
	best := -1
	if left >= 0 {
		best = sharedDirLen(ds[left].path, self)
	}
	if right < len(ds) {
		best = max(best, sharedDirLen(ds[right].path, self))
	}
	if best < 0 {
		return nil
	}
	if best == 0 && ds[0].agreeAll {
		// nothing shares a directory with self, so every other definition
		// is as near as any, and prepareDefs found them all equal: no
		// need to compare them all again at every use
		for i := range ds {
			if ds[i].path != self {
				return &ds[i]
			}
		}
		return nil
	}
	first := -1 // the first in path order, as a sequential scan would pick
	agree := true
	take := func(i int) bool {
		d := &ds[i]
		if d.path == self {
			return true
		}
		if sharedDirLen(d.path, self) < best {
			return false
		}
		switch {
		case first < 0:
			first = i
		case d.flat != ds[first].flat:
			agree = false
		default:
			first = min(first, i)
		}
		return agree
	}
	for i := left; i >= 0 && take(i); i-- {
	}
	for i := right; i < len(ds) && agree && take(i); i++ {
	}
	if !agree || first < 0 {
		return nil
	}
	return &ds[first]
}

// sharedDirLen counts the leading directories two slash paths share.
func sharedDirLen(a, b string) int {
	da, db := strings.Split(a, "/"), strings.Split(b, "/")
	n := 0
	for n < len(da)-1 && n < len(db)-1 && da[n] == db[n] {
		n++
	}
	return n
}

// resolveForeign replaces holes named after another file's definitions by
// that definition's parts, marked Foreign so they are never reported here.
func resolveForeign(parts []ir.Part, self string, defs map[string][]defSite, depth int) []ir.Part {
	if depth > 3 || len(defs) == 0 {
		return parts
	}
	var out []ir.Part
	changed := false
	for i, p := range parts {
		if p.Kind != ir.Hole || p.Name == "" {
			if changed {
				out = append(out, p)
			}
			continue
		}
		d := lookupDef(p.Name, self, defs)
		if d == nil {
			if changed {
				out = append(out, p)
			}
			continue
		}
		if !changed {
			out = append(out, parts[:i]...)
			changed = true
		}
		for _, q := range resolveForeign(d.parts, d.path, defs, depth+1) {
			if q.Foreign == "" {
				q.Foreign = d.path
			}
			if q.Via == "" {
				q.Via = p.Name
			}
			out = append(out, q)
		}
	}
	if !changed {
		return parts
	}
	return out
}

// calledName returns the function of a call spelling ("host" of
// "host(api)", "utils::host" of "utils::host()"), or "" when name is not
// a call of a plain or qualified name.
func calledName(name string) string {
	i := strings.IndexByte(name, '(')
	if i <= 0 || !strings.HasSuffix(name, ")") {
		return ""
	}
	f := name[:i]
	for _, r := range f {
		if !nameRune(r) {
			return ""
		}
	}
	return f
}

// nameRune: a rune of a plain or qualified function name.
func nameRune(r rune) bool {
	return r == '_' || r == '.' || r == ':' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// keySegments splits a read of nested constant keys into its keys:
// cfg["kobo"]["root"], cfg[["kobo"]][["root"]], cfg$kobo$root and
// cfg.kobo.root all give [cfg kobo root]. It returns nil for anything
// else (a call, an index by a variable).
func keySegments(name string) []string {
	var segs []string
	for i := 0; i < len(name); {
		switch c := name[i]; {
		case c == '.' || c == '$':
			i++
		case c == '[':
			j := i
			for j < len(name) && name[j] == '[' {
				j++
			}
			if j >= len(name) || name[j] != '"' && name[j] != '\'' {
				// an index the code computes (CONFIG[ENV]): any key,
				// which a definition offers as "*" when every key agrees
				k := strings.IndexByte(name[j:], ']')
				if k <= 0 || strings.ContainsAny(name[j:j+k], "[(") {
					return nil
				}
				segs = append(segs, "*")
				i = j + k + 1
				continue
			}
			q := name[j]
			k := strings.IndexByte(name[j+1:], q)
			if k < 0 {
				return nil
			}
			segs = append(segs, name[j+1:j+1+k])
			i = j + 1 + k + 1
			for i < len(name) && name[i] == ']' {
				i++
			}
		case nameRune(rune(c)) && c != ':':
			j := i
			for j < len(name) && nameRune(rune(name[j])) && name[j] != '.' && name[j] != '$' && name[j] != ':' {
				j++
			}
			segs = append(segs, name[i:j])
			i = j
		default:
			return nil
		}
	}
	return segs
}

// subscriptKey returns the constant key of a subscript spelling
// (config['forms_url'], cfg[["base"]]), or "".
func subscriptKey(name string) string {
	n := strings.TrimRight(name, "]")
	if len(n) == len(name) || len(n) < 2 {
		return ""
	}
	q := n[len(n)-1]
	if q != '"' && q != '\'' {
		return ""
	}
	i := strings.LastIndexByte(n[:len(n)-1], q)
	if i < 1 || n[i-1] != '[' {
		return ""
	}
	return n[i+1 : len(n)-1]
}

// urlish: the literal text of the parts looks like a URL or a path.
func urlish(parts []ir.Part) bool {
	for _, p := range parts {
		if p.Kind == ir.Lit && (strings.Contains(p.Text, "/") || strings.Contains(p.Text, "://")) {
			return true
		}
	}
	return false
}

// unnamePrefixes drops the names of the holes left standing for what a
// wrapper of another file puts before its argument ("kobo_get#0",
// "pkg.Client.get#0*") when no file of the repository offers it: a
// library's function, or a wrapper whose prefix depends on its
// arguments. Such a hole is some base nobody knows, and its name (the
// function's) says nothing of that base: Kobo$get("assets/") of a v2
// client is no KPI v1 path.
func unnamePrefixes(parts []ir.Part) []ir.Part {
	var out []ir.Part
	for i, p := range parts {
		if p.Kind != ir.Hole || !ir.IsArgDef(p.Name) {
			continue
		}
		if out == nil {
			out = append([]ir.Part(nil), parts...)
		}
		out[i].Name = ""
	}
	if out == nil {
		return parts
	}
	return out
}
