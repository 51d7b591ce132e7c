package origins

import "github.com/kobolint/kobolint/internal/ir"

// ParamOffers are the ir.ParamDef definitions a file offers: for a
// response passed as argument i of a function another file defines
// (import_all(projects())), the URL it comes from, once per name.
type ParamOffers map[string]bool

// Offer offers under ir.ParamDef(callee, i) the first of ids that is a
// request or a result of f (not in a comment). It reports whether the name
// is offered (now or before); the new Def, if any, is f's last.
func (o *ParamOffers) Offer(f *ir.File, callee string, i int, ids []int) bool {
	def := ir.ParamDef(callee, i)
	if (*o)[def] {
		return true
	}
	for _, id := range ids {
		if id < 0 || id >= len(f.URLs) {
			continue
		}
		u := f.URLs[id]
		if u.Comment || u.Role != ir.RoleRequest && u.Role != ir.RoleResult {
			continue
		}
		if *o == nil {
			*o = ParamOffers{}
		}
		(*o)[def] = true
		f.Defs = append(f.Defs, ir.Def{Name: def, Parts: u.Parts})
		return true
	}
	return false
}
