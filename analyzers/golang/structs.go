package golang

import (
	"fmt"
	"go/ast"
	"hash/fnv"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// predeclared type names never name a struct of the file.
var predeclared = map[string]bool{
	"any": true, "bool": true, "byte": true, "comparable": true, "complex64": true, "complex128": true,
	"error": true, "float32": true, "float64": true, "int": true, "int8": true, "int16": true,
	"int32": true, "int64": true, "rune": true, "string": true, "uint": true, "uint8": true,
	"uint16": true, "uint32": true, "uint64": true, "uintptr": true,
}

// typeRefs walks a type expression syntactically and reports the named
// types and struct types it mentions (through slices, maps, pointers,
// generic instantiations and struct fields, not through named types).
func typeRefs(t ast.Expr, onName func(string), onStruct func(*ast.StructType), depth int) {
	if t == nil || depth > 32 {
		return
	}
	switch x := t.(type) {
	case *ast.Ident:
		if !predeclared[x.Name] {
			onName(x.Name)
		}
	case *ast.SelectorExpr:
		// pkg.Type: reported as "pkg.Type" (never a name of this file)
		if id, ok := x.X.(*ast.Ident); ok {
			onName(id.Name + "." + x.Sel.Name)
		}
	case *ast.StarExpr, *ast.ParenExpr, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.Ellipsis:
		typeRefs(innerType(x), onName, onStruct, depth+1)
	case *ast.IndexExpr:
		typeRefs(x.X, onName, onStruct, depth+1)
		typeRefs(x.Index, onName, onStruct, depth+1)
	case *ast.IndexListExpr:
		typeRefs(x.X, onName, onStruct, depth+1)
		for _, i := range x.Indices {
			typeRefs(i, onName, onStruct, depth+1)
		}
	case *ast.StructType:
		onStruct(x)
		if x.Fields != nil {
			for _, f := range x.Fields.List {
				typeRefs(f.Type, onName, onStruct, depth+1)
			}
		}
	}
}

// innerType is the type of what a value of type t holds: the pointee of a
// pointer, the element of a slice, array, channel or variadic parameter,
// the value of a map, the type in parentheses; nil for other types.
func innerType(t ast.Expr) ast.Expr {
	switch x := t.(type) {
	case *ast.StarExpr:
		return x.X
	case *ast.ParenExpr:
		return x.X
	case *ast.ArrayType:
		return x.Elt
	case *ast.MapType:
		return x.Value
	case *ast.ChanType:
		return x.Value
	case *ast.Ellipsis:
		return x.Elt
	}
	return nil
}

// derefType is the type a pointer type points to, or the type in
// parentheses; t itself for other types.
func derefType(t ast.Expr) ast.Expr {
	switch t.(type) {
	case *ast.StarExpr, *ast.ParenExpr:
		return innerType(t)
	}
	return t
}

// linkType gives the struct types a value of type t holds the value's
// origin: `var forms []Form` decoded from a request makes Form a response
// type. Only the emitting pass has real URL IDs.
func (a *analyzer) linkType(t ast.Expr, origin []int) {
	if !a.emitting || t == nil || len(origin) == 0 {
		return
	}
	typeRefs(t, func(n string) {
		a.typeOrig[n] = append(a.typeOrig[n], origin...)
	}, func(st *ast.StructType) {
		a.structOrig[st] = append(a.structOrig[st], origin...)
	}, 0)
}

// markEncoded notes a value the program serialises itself (a request body):
// its struct tags are the program's own wire names unless a response is
// also decoded into the type.
func (a *analyzer) markEncoded(x ast.Expr) {
	if !a.emitting {
		return
	}
	v := a.eval(x)
	typeRefs(v.typ, func(n string) { a.encoded[n] = true }, func(st *ast.StructType) { a.encStruct[st] = true }, 0)
}

// expand resolves symbolic origins (function results) into URL IDs.
func (a *analyzer) expand(origin []int, out map[int]bool, seenFn map[int]bool) {
	for _, o := range origin {
		switch {
		case o >= 0:
			out[o] = true
		case o <= -2:
			i := -2 - o
			if i < len(a.fnList) && !seenFn[i] {
				seenFn[i] = true
				a.expand(a.fnList[i].origin, out, seenFn)
			}
		}
	}
}

func (a *analyzer) expanded(origin []int) map[int]bool {
	out := map[int]bool{}
	a.expand(origin, out, map[int]bool{})
	return out
}

// slots is how many sibling files can each tell a type declared elsewhere
// which request fills it (see typeKey).
const slots = 8

// typeKey names the cross-file link for a named type of the package in
// directory dir: the file that decodes a response into the type defines it
// (an ir.Def) under its own slot, and the file that declares the type emits
// a URL made of one hole per slot, which the repository pass fills. The
// name is a hash so that it can never look like a Kobo setting.
func typeKey(file, name string, slot int) string {
	dir := path.Dir(filepath.ToSlash(file))
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%d", dir, name, slot)
	return fmt.Sprintf("gotype_%016x", h.Sum64())
}

// pkgTypeKey is typeKey for a type used from another package (`var f
// []models.Form`): the link goes by package name, as an import path's last
// element usually is the package's name.
func pkgTypeKey(pkg, name string, slot int) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "pkg\x00%s\x00%s\x00%d", pkg, name, slot)
	return fmt.Sprintf("gotype_%016x", h.Sum64())
}

func fileSlot(file string) int {
	h := fnv.New32a()
	h.Write([]byte(path.Base(filepath.ToSlash(file))))
	return int(h.Sum32() % slots)
}

// structTags emits a FieldDecl for every `json:"name"` tag, with the
// origins of the responses decoded into its struct, and the Defs and hole
// URLs that carry those origins between files of the package.
func (a *analyzer) structTags() {
	names := map[string]map[int]bool{}
	structs := map[*ast.StructType]map[int]bool{}
	for n, o := range a.typeOrig {
		names[n] = a.expanded(o)
	}
	for st, o := range a.structOrig {
		structs[st] = a.expanded(o)
	}
	// "Some response of this file" only means something in a file that
	// sends requests itself; in a file of type declarations the hole URLs
	// below say which responses fill which type.
	fileRequests := false
	for _, u := range a.out.URLs {
		if u.Role == ir.RoleRequest && !u.Comment && ir.HasLit(u.Parts) {
			fileRequests = true
		}
	}
	// Types that some other file of the package may decode.
	holes := map[int]bool{}
	own := fileSlot(a.path)
	for ts := range specs[*ast.TypeSpec](a.file) {
		if !a.hasTags(ts.Type) {
			continue
		}
		var keys []string
		for s := range slots {
			if s != own {
				keys = append(keys, typeKey(a.path, ts.Name.Name, s))
			}
			if pkg := a.file.Name.Name; pkg != "main" && ast.IsExported(ts.Name.Name) {
				keys = append(keys, pkgTypeKey(pkg, ts.Name.Name, s))
			}
		}
		for _, k := range keys {
			id := a.b.AddURL(ir.URL{Parts: []ir.Part{{Kind: ir.Hole, Name: k}}})
			holes[id] = true
			if names[ts.Name.Name] == nil {
				names[ts.Name.Name] = map[int]bool{}
			}
			names[ts.Name.Name][id] = true
		}
	}
	// Propagate origins into the types each type contains.
	encoded := map[string]bool{}
	for n := range a.encoded {
		encoded[n] = true
	}
	encStruct := map[*ast.StructType]bool{}
	for st := range a.encStruct {
		encStruct[st] = true
	}
	for round := 0; round < len(a.named)+len(structs)+2; round++ {
		grew := false
		push := func(o map[int]bool, enc bool, t ast.Expr) {
			typeRefs(t, func(n string) {
				grew = reach(names, encoded, n, o, enc) || grew
			}, func(st *ast.StructType) {
				grew = reach(structs, encStruct, st, o, enc) || grew
			}, 0)
		}
		for n, o := range names {
			if t, ok := a.named[n]; ok {
				push(o, encoded[n], t)
			}
		}
		for st, o := range structs {
			if st.Fields != nil {
				for _, f := range st.Fields.List {
					push(o, encStruct[st], f.Type)
				}
			}
		}
		if !grew {
			break
		}
	}
	// Named types carry their name for messages.
	typeName := map[*ast.StructType]string{}
	for n, t := range a.named {
		if st, ok := t.(*ast.StructType); ok {
			typeName[st] = n
		}
	}
	ast.Inspect(a.file, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		o := structs[st]
		direct := false
		for id := range o {
			if !holes[id] {
				direct = true
			}
		}
		var origin []int
		if !direct && fileRequests && !encStruct[st] && !encoded[typeName[st]] {
			origin = append(origin, ir.OriginFile)
		}
		origin = append(origin, sortedIDs(o)...)
		for _, f := range st.Fields.List {
			if f.Tag == nil {
				continue
			}
			a.tagField(f.Tag, origin, typeName[st], a.scalarType(f.Type))
		}
		return true
	})
	a.typeLinkDefs(names, holes)
}

func sortedIDs(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// hasTags reports whether a type declaration holds a json-tagged field,
// directly or in a nested anonymous struct.
func (a *analyzer) hasTags(t ast.Expr) bool {
	found := false
	typeRefs(t, func(string) {}, func(st *ast.StructType) {
		if st.Fields == nil {
			return
		}
		for _, f := range st.Fields.List {
			if f.Tag != nil && strings.Contains(f.Tag.Value, "json:") {
				found = true
			}
		}
	}, 0)
	return found
}

// tagField emits the FieldDecl of one struct tag's json name.
func (a *analyzer) tagField(tag *ast.BasicLit, origin []int, recv, typ string) {
	start, end := a.off(tag.Pos()), a.off(tag.End())
	l := decodeLit(string(a.src[start:end]), start)
	i, j, ok := jsonTagName(l.text)
	if !ok {
		return
	}
	s, e, exact := l.span(i, j, a.src)
	a.out.Fields = append(a.out.Fields, ir.FieldRead{
		Name: l.text[i:j], Span: ir.Span{Start: s, End: e}, Kind: ir.FieldDecl,
		Origin: append([]int(nil), origin...), Receiver: recv, Raw: exact, Type: typ,
	})
}

// scalarType normalises a field's declared type for ir.FieldRead.Type:
// "int", "float", "bool", "string", or "" for anything else (structs,
// slices, json.Number, interfaces). Pointers (`*int`, optional values)
// and the file's named types are followed.
func (a *analyzer) scalarType(t ast.Expr) string {
	x, ok := a.underlying(t).(*ast.Ident)
	if !ok {
		return ""
	}
	switch x.Name {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr":
		return "int"
	case "float32", "float64":
		return "float"
	case "bool":
		return "bool"
	case "string":
		return "string"
	}
	return ""
}

// jsonTagName finds the name in the json key of a struct tag (the
// reflect.StructTag convention) and returns its byte range in the tag.
func jsonTagName(tag string) (int, int, bool) {
	i, j, ok := tagValue(tag, "json")
	if !ok {
		return 0, 0, false
	}
	name := tag[i:j]
	if c := strings.IndexByte(name, ','); c >= 0 {
		name = name[:c]
	}
	if name == "" || name == "-" {
		return 0, 0, false
	}
	return i, i + len(name), true
}

// typeLinkDefs offers, for each type of the package that this file decodes
// a response into but does not declare, the request's URL to the file that
// declares it (see typeKey).
func (a *analyzer) typeLinkDefs(names map[string]map[int]bool, holes map[int]bool) {
	declared := map[string]bool{}
	for ts := range specs[*ast.TypeSpec](a.file) {
		declared[ts.Name.Name] = true
	}
	own := fileSlot(a.path)
	keys := make([]string, 0, len(names))
	for n := range names {
		keys = append(keys, n)
	}
	sort.Strings(keys)
	for _, n := range keys {
		if declared[n] || predeclared[n] {
			continue
		}
		key := typeKey(a.path, n, own)
		if i := strings.IndexByte(n, '.'); i >= 0 {
			pkg, ok := a.importPkg[n[:i]]
			if !ok {
				continue
			}
			key = pkgTypeKey(pkg, n[i+1:], own)
		}
		best, bestScore := -1, -1
		for id := range names[n] {
			if holes[id] || id < 0 || id >= len(a.out.URLs) {
				continue
			}
			u := a.out.URLs[id]
			score := 0
			for _, p := range u.Parts {
				if p.Kind == ir.Lit {
					score += len(p.Text)
				}
			}
			if u.Role == ir.RoleRequest {
				score += 1 << 20
			}
			if score > bestScore || score == bestScore && id < best {
				best, bestScore = id, score
			}
		}
		if best < 0 || !ir.HasLit(a.out.URLs[best].Parts) {
			continue
		}
		parts := append([]ir.Part(nil), a.out.URLs[best].Parts...)
		a.out.Defs = append(a.out.Defs, ir.Def{Name: key, Parts: parts})
	}
}

// finishFieldReads resolves the origins of subscript reads.
func (a *analyzer) finishFieldReads() {
	for _, p := range a.fieldReads {
		fr := p.fr
		if len(p.origin) > 0 {
			fr.Origin = sortedIDs(a.expanded(p.origin))
		}
		a.out.Fields = append(a.out.Fields, fr)
	}
}

// reach adds the origins o to those of k in to (and marks k encoded when
// enc), reporting whether anything grew.
func reach[K comparable](to map[K]map[int]bool, encoded map[K]bool, k K, o map[int]bool, enc bool) bool {
	if to[k] == nil {
		to[k] = map[int]bool{}
	}
	grew := false
	for id := range o {
		if !to[k][id] {
			to[k][id], grew = true, true
		}
	}
	if enc && !encoded[k] {
		encoded[k], grew = true, true
	}
	return grew
}
