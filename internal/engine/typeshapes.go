package engine

// Type shapes: a declared type (a C# class, a TypeScript type, a Go
// struct) whose members are the fields of a v1 response is that response's
// shape, wherever its values come from. A KoboForm class declaring formid,
// num_of_submissions and owner describes a KoboCAT form even when the
// program also decodes a v2 asset into it, or when the file that decodes
// it is not seen: its owner is the v1 username, not the v2 URL, and every
// read of a member through a value of the type (a loop variable, a lambda
// parameter, another class's property) reads that v1 field. Front-ends
// name the type of such values by a "T{}" hole (origins.TypeResult); the
// repository pass gathers every file's shapes by type name.

import (
	"slices"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

// typeShapes finds the types of a file that are v1 response shapes: the
// type name (ir.FieldRead.Receiver of its declarations) to the v1
// response kind, and "" for the other types the file declares (so that a
// type of the same name elsewhere is not taken for one of them). A type is a shape of kind k when it declares two fields
// the table marks distinctive for k, or one when its name says Kobo
// (saysKobo) and at least half its members are v1 fields of k. A type of
// the program's own that holds a form id (a request body, a submission's
// answer, a row of its database) is no form.
func typeShapes(t *rules.Table, f *ir.File, saysKobo func(string) bool) map[string]string {
	type tally struct {
		members     int
		fields      map[string]int
		distinctive map[string]int
	}
	var byType map[string]*tally
	for i := range f.Fields {
		fr := &f.Fields[i]
		if fr.Kind != ir.FieldDecl || fr.Comment || fr.Receiver == "" {
			continue
		}
		if byType == nil {
			byType = map[string]*tally{}
		}
		ty := byType[fr.Receiver]
		if ty == nil {
			ty = &tally{fields: map[string]int{}, distinctive: map[string]int{}}
			byType[fr.Receiver] = ty
		}
		ty.members++
		seen := map[string]bool{}
		for _, r := range t.FieldRules(fr.Name) {
			for _, k := range r.Responses {
				if !strings.HasPrefix(k, "v1-") || seen[k] {
					continue
				}
				seen[k] = true
				ty.fields[k]++
				if r.Distinctive {
					ty.distinctive[k]++
				}
			}
		}
	}
	var out map[string]string
	for name, ty := range byType {
		best, bestN := "", 0
		for k, d := range ty.distinctive {
			n := ty.fields[k]
			if d == 0 || d < 2 && (2*n < ty.members || !saysKobo(name)) {
				continue
			}
			if n > bestN || n == bestN && k < best {
				best, bestN = k, n
			}
		}
		if out == nil {
			out = map[string]string{}
		}
		out[name] = best
	}
	return out
}

// shapeIndex is the shapes of a repository's types by name. A name that
// files declare as shapes of different kinds is no shape.
type shapeIndex map[string]string

// add merges one file's shapes.
func (s shapeIndex) add(m map[string]string) {
	for name, k := range withLastParts(m) {
		if prev, ok := s[name]; ok && prev != k {
			s[name] = ""
			continue
		}
		s[name] = k
	}
}

// kindOf is the shape kind of a type name: the name as spelled, else its
// last qualified part (Kobo.V1.Form is declared as Form in a namespace).
func (s shapeIndex) kindOf(name string) string {
	if k, ok := s[name]; ok {
		return k
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return s[name[i+1:]]
	}
	return ""
}

// withLastParts adds, for the qualified names of m, their last part (when
// no other name claims it), so that a value typed Form finds Kobo.V1.Form.
func withLastParts(m map[string]string) map[string]string {
	if len(m) == 0 {
		return m
	}
	out := make(map[string]string, len(m))
	names := make([]string, 0, len(m))
	for n, k := range m {
		out[n] = k
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		i := strings.LastIndexByte(n, '.')
		if i < 0 {
			continue
		}
		last := n[i+1:]
		if prev, ok := out[last]; ok && prev != m[n] {
			out[last] = ""
			continue
		}
		out[last] = m[n]
	}
	return out
}

// typeHole returns the type a value stands for when its origin is a
// value of a type decoded elsewhere (a "T{}" hole), or "".
func typeHole(parts []ir.Part) string {
	if len(parts) != 1 || parts[0].Kind != ir.Hole || !strings.HasSuffix(parts[0].Name, "{}") {
		return ""
	}
	return strings.TrimSuffix(parts[0].Name, "{}")
}

// shapeKinds are the v1 response kinds a field read belongs to by the
// type it is declared in or read through: a declaration of a shape, or a
// read whose origin is a value of a shape type (a loop variable over a
// list of forms that is also typed as a media item has both). Only in
// Kobo context: an Ona client declares the same form type.
func (c *checker) shapeKinds(fr *ir.FieldRead) []string {
	if !c.koboContext || c.otherV1 {
		return nil
	}
	if fr.Kind == ir.FieldDecl {
		// the declaration's own type, by the members this file gives it
		if k := c.ownShapes[fr.Receiver]; k != "" {
			return []string{k}
		}
		return nil
	}
	if fr.Kind != ir.FieldAttr && fr.Kind != ir.FieldSubscript && fr.Kind != ir.FieldGet {
		return nil
	}
	var kinds []string
	for _, o := range fr.Origin {
		if o < 0 || o >= len(c.f.URLs) || c.f.URLs[o].Role != ir.RoleResult {
			continue
		}
		if k := c.shapes.kindOf(typeHole(c.f.URLs[o].Parts)); k != "" && !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	return kinds
}

// holeTypes reports whether a file's hole names include a value of a type
// that the repository's shapes describe: its reads are judged again with
// them.
func holeTypes(names []string, s shapeIndex) bool {
	for _, n := range names {
		if t, ok := strings.CutSuffix(n, "{}"); ok && s.kindOf(t) != "" {
			return true
		}
	}
	return false
}
