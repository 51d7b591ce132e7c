package golang

import (
	"go/ast"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Configuration structs. A struct loaded from a YAML/TOML/JSON file (or
// the environment) names its fields by tag; code that reads
// `cfg.Kobo.URL` reads the file's key kobo.url, so the hole is named by
// that dotted key path, as configuration files name their values
// (ir.URL.Var), and the repository pass joins the two.

// pathTags are the tag keys that name a field by its key in a file, in
// the order they are preferred.
var pathTags = []string{"yaml", "toml", "mapstructure", "koanf", "ini", "hcl", "json"}

// envTags name a field by an environment variable.
var envTags = []string{"env", "envconfig"}

// defaultTags give a field's default value (caarlos0/env, envconfig,
// creasty/defaults).
var defaultTags = []string{"envDefault", "default"}

// tagLit decodes a field's tag literal.
func (a *analyzer) tagLit(f *ast.Field) (lit, bool) {
	if f == nil || f.Tag == nil {
		return lit{}, false
	}
	start, end := a.off(f.Tag.Pos()), a.off(f.Tag.End())
	if start >= end {
		return lit{}, false
	}
	return decodeLit(string(a.src[start:end]), start), true
}

// tagValue finds the value of key in a struct tag (the reflect.StructTag
// convention) and returns its byte range in the tag text, quotes
// excluded. An escaped value is not located.
func tagValue(tag, key string) (int, int, bool) {
	i := 0
	for i < len(tag) {
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		k := i
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if k == i || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			return 0, 0, false
		}
		name := tag[k:i]
		i++ // at the opening quote
		q := i
		i++
		esc := false
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				esc = true
				i++
			}
			i++
		}
		if i >= len(tag) {
			return 0, 0, false
		}
		i++
		if name == key {
			if esc {
				return 0, 0, false
			}
			return q + 1, i - 1, true
		}
	}
	return 0, 0, false
}

// tagName is the name a tag value gives (before options such as
// ",omitempty"), or "" when it gives none ("-", ",inline").
func tagName(v string) string {
	if c := strings.IndexByte(v, ','); c >= 0 {
		v = v[:c]
	}
	if v == "-" {
		return ""
	}
	return v
}

// fieldDecl finds the declaration of field name in struct type t.
func (a *analyzer) fieldDecl(t ast.Expr, name string) *ast.Field {
	st := a.structOf(t)
	if st == nil || st.Fields == nil {
		return nil
	}
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			if n.Name == name {
				return f
			}
		}
	}
	return nil
}

// configKey is the configuration key a read of field f of x reads: the
// environment variable its env tag names, or the dotted path of its
// file-key tags. A json tag counts only off a value that is not the
// response of a request (a response's fields are not settings).
func (a *analyzer) configKey(f *ast.Field, x *value) string {
	l, ok := a.tagLit(f)
	if !ok {
		return ""
	}
	for _, k := range envTags {
		if i, j, ok := tagValue(l.text, k); ok {
			if n := tagName(l.text[i:j]); n != "" {
				return n
			}
		}
	}
	for _, k := range pathTags {
		i, j, ok := tagValue(l.text, k)
		if !ok {
			continue
		}
		n := tagName(l.text[i:j])
		if n == "" {
			return ""
		}
		if k == "json" && x.key == "" && a.fromRequest(x.origin) {
			return ""
		}
		if x.key != "" {
			return x.key + "." + n
		}
		return n
	}
	return ""
}

// fromRequest: some origin is the response of a request.
func (a *analyzer) fromRequest(origin []int) bool {
	for _, o := range origin {
		switch {
		case o == originParamReq:
			return true
		case o >= 0 && o < len(a.out.URLs) && a.out.URLs[o].Role == ir.RoleRequest:
			return true
		}
	}
	return false
}

// tagDefault returns the segments of a field's default value given in
// its tag (`envDefault:"https://..."`), with their exact spans, or nil.
func (a *analyzer) tagDefault(f *ast.Field) []seg {
	l, ok := a.tagLit(f)
	if !ok {
		return nil
	}
	for _, k := range defaultTags {
		if i, j, ok := tagValue(l.text, k); ok && j > i {
			return []seg{a.litSeg(&l, i, j)}
		}
	}
	return nil
}

// tagDefaults emits the defaults that struct tags give (RoleAssign, Var =
// the field's configuration key), so that a v1 URL written there is
// reported where it is written, and offers them to other files.
func (a *analyzer) tagDefaults() {
	ast.Inspect(a.file, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		for _, f := range st.Fields.List {
			segs := a.tagDefault(f)
			if segs == nil || !hasURLText(segs) {
				continue
			}
			name := a.configKey(f, &value{})
			if name == "" && len(f.Names) > 0 {
				name = f.Names[0].Name
			}
			a.emit(segs, ir.RoleAssign, "", name)
			if name != "" {
				a.out.Defs = append(a.out.Defs, ir.Def{Name: name, Parts: a.parts(segs)})
			}
		}
		return true
	})
}

// typePath is what a selector on x starts from when x's type is a named
// type that another file declares: the type's name (with its package name
// when imported), or x's own path below such a type; "" otherwise.
func (a *analyzer) typePath(x *value) string {
	if x.tpath != "" {
		return x.tpath
	}
	t := x.typ
	for depth := 0; t != nil && depth < 4; depth++ {
		switch y := t.(type) {
		case *ast.StarExpr, *ast.ParenExpr:
			t = derefType(y)
		case *ast.Ident:
			if predeclared[y.Name] || a.named[y.Name] != nil {
				return ""
			}
			return y.Name
		case *ast.SelectorExpr:
			id, ok := y.X.(*ast.Ident)
			if !ok {
				return ""
			}
			if pkg, ok := a.importPkg[id.Name]; ok {
				return pkg + "." + y.Sel.Name
			}
			return ""
		default:
			return ""
		}
	}
	return ""
}

// configDefs offers, for each struct type of the file that has tagged
// fields, the configuration key each field path reads, to the files that
// read those fields through a value of the type (see typePath): a Def
// named Config.Kobo.URL holding the hole kobo.url, or the default its tag
// gives. Types of a package other than main are offered under the package
// name too (models.Config.Kobo.URL).
func (a *analyzer) configDefs() {
	for ts := range specs[*ast.TypeSpec](a.file) {
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			continue
		}
		prefixes := []string{ts.Name.Name}
		if pkg := a.file.Name.Name; pkg != "main" && ast.IsExported(ts.Name.Name) {
			prefixes = append(prefixes, pkg+"."+ts.Name.Name)
		}
		n := 0
		a.fieldDefs(st, "", &value{}, prefixes, 0, &n)
	}
}

// fieldDefs walks the fields of st (reached by the Go path goPath, whose
// configuration key is in parent.key) for configDefs.
func (a *analyzer) fieldDefs(st *ast.StructType, goPath string, parent *value, prefixes []string, depth int, n *int) {
	if st == nil || st.Fields == nil || depth > 4 {
		return
	}
	for _, f := range st.Fields.List {
		for _, name := range f.Names {
			if *n >= 256 {
				return
			}
			path := name.Name
			if goPath != "" {
				path = goPath + "." + name.Name
			}
			key := a.configKey(f, parent)
			var parts []ir.Part
			switch d := a.tagDefault(f); {
			case d != nil:
				parts = a.parts(d)
			case key != "" && a.scalarType(f.Type) == "string":
				parts = []ir.Part{{Kind: ir.Hole, Name: key}}
			}
			if parts != nil {
				for _, p := range prefixes {
					a.out.Defs = append(a.out.Defs, ir.Def{Name: p + "." + path, Parts: parts})
					*n++
				}
			}
			if key != "" || f.Tag == nil {
				a.fieldDefs(a.structOf(f.Type), path, &value{key: key}, prefixes, depth+1, n)
			}
		}
	}
}
