package literals

import (
	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/internal/ir"
)

// Without a grammar the lexer cannot tell which value a read is of, so it
// reports only reads of the table's distinctive v1 field names (rare in
// other code), as reads of "some Kobo response of this file"
// (ir.OriginFile): the engine judges them only in a file that requests a
// Kobo endpoint. Two shapes are reads:
//   - a member: form.num_of_submissions, $f.id_string, form->formid, and a
//     Ruby symbol key form[:id_string];
//   - a string key: json.getString("id_string"), form["formid"],
//     @SerializedName("id_string").

// memberRead adds the identifier src[i:j] as a field read when it is a
// distinctive field name reached through ".", "?.", "->" or a symbol key.
func (lx *lexer) memberRead(i, j int) {
	src := lx.src
	if i == 0 || j < len(src) && src[j] == '(' || !names.DistinctiveField(string(src[i:j])) {
		return
	}
	kind := ir.FieldAttr
	switch k := i - 1; {
	case src[k] == '.' && k > 0 && (isIdentByte(src[k-1]) || src[k-1] == ')' || src[k-1] == ']' || src[k-1] == '?'):
	case src[k] == '>' && k > 0 && src[k-1] == '-':
	case src[k] == ':' && k > 0 && (src[k-1] == '[' || src[k-1] == '(') && j < len(src) && (src[j] == ']' || src[j] == ')'):
		kind = ir.FieldSubscript
	default:
		return
	}
	lx.addField(i, j, kind)
}

// keyRead adds the string literal src[s:e] (its quotes just outside) as a
// field read when it is a distinctive field name written as a key: inside
// brackets or as a call's only or first argument.
func (lx *lexer) keyRead(s, e int) {
	src := lx.src
	if lx.sx.quotedIdent != 0 || !names.DistinctiveField(string(src[s:e])) {
		return // Power Query's column reads are read by columns()
	}
	before, after := lx.back(s-1), e+1
	for after < len(src) && (src[after] == ' ' || src[after] == '\t') {
		after++
	}
	if before < 0 || after >= len(src) {
		return
	}
	switch {
	case src[before] == '[' && src[after] == ']':
		lx.addField(s, e, ir.FieldSubscript)
	case src[before] == '(' && (src[after] == ')' || src[after] == ','):
		lx.addField(s, e, ir.FieldGet)
	}
}

func (lx *lexer) addField(s, e int, kind ir.FieldKind) {
	lx.fields = append(lx.fields, ir.FieldRead{
		Name: string(lx.src[s:e]), Span: ir.Span{Start: s, End: e}, Kind: kind,
		Origin: []int{ir.OriginFile}, Raw: true,
	})
}

// keepFields adds the field reads to the file, unless the file also
// requests another service with KoboCAT's paths (Ona): which response a
// read is of cannot be told then.
func (lx *lexer) keepFields() {
	for _, u := range lx.b.File.URLs {
		for _, p := range u.Parts {
			if p.Kind == ir.Lit && names.NamesOtherService(p.Text) {
				return
			}
		}
	}
	lx.b.File.Fields = append(lx.b.File.Fields, lx.fields...)
}
