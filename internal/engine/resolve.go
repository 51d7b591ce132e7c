package engine

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// defSite is a top-level definition offered by one file to the others.
type defSite struct {
	path  string
	parts []ir.Part
}

// collectDefs gathers every file's top-level definitions by name. This is
// the repository pass: a settings module, a sourced R helper or a .env file
// gives values to names that other files use.
func collectDefs(files []*analysed) map[string][]defSite {
	defs := map[string][]defSite{}
	for _, a := range files {
		for _, d := range a.file.Defs {
			if !ir.HasLit(d.Parts) || len(d.Name) < 3 {
				continue
			}
			defs[d.Name] = append(defs[d.Name], defSite{path: a.file.Path, parts: d.Parts})
		}
	}
	return defs
}

// lookupDef finds the single definition of a hole's name in another file.
// A name defined differently in several files is left alone: guessing there
// would invent findings.
func lookupDef(name, self string, defs map[string][]defSite) *defSite {
	cands := []string{name}
	if i := strings.LastIndexAny(name, ".$"); i >= 0 && i+1 < len(name) {
		cands = append(cands, name[i+1:])
	}
	for _, n := range cands {
		var found *defSite
		ok := true
		for i := range defs[n] {
			d := &defs[n][i]
			if d.path == self {
				continue
			}
			if found != nil && flatten(found.parts).s != flatten(d.parts).s {
				ok = false
				break
			}
			if found == nil {
				found = d
			}
		}
		if found != nil && ok {
			return found
		}
	}
	return nil
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
