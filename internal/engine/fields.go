package engine

// Fields: judging a field read by the responses it comes from.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

// declRename is a declared wire name the fixer would rename; two renames of
// one type to the same v2 name (formid and id_string both to uid) would
// declare a duplicate key, so neither is fixed.
type declRename struct {
	key string // receiver type + new name
	out int    // index of the finding in checker.out
}

// checkField judges one field read.
func (c *checker) checkField(fr *ir.FieldRead) {
	if fr.Comment && !c.opts.Comments {
		return
	}
	rs := c.t.FieldRules(fr.Name)
	if len(rs) == 0 {
		return
	}
	if c.checkShapeField(fr, rs) {
		return
	}
	if prev := c.syn().Parent(c.src, fr); prev != "" && c.t.IsV2Object(prev) && (prev != strings.TrimPrefix(fr.Receiver, "$") || !c.fromV1(fr.Origin)) {
		// user["extra_details"]["country"]: a key inside a v2 object (but
		// not a variable named like one that holds a v1 response:
		// metadata = forms_info(); metadata["id_string"])
		return
	}
	if localOnly(fr.Origin) {
		// a column of a spreadsheet or CSV file: the program's own name,
		// unless it is a name only v1 answers with, in a file that talks
		// to Kobo (a form list exported from v1 and read back)
		c.checkLocalField(fr, rs)
		return
	}
	kinds, known, explicitOther := c.originKinds(fr.Origin)
	if !known && fr.Kind == ir.FieldAttr && c.f.ObjectAttrs && c.onlyResults(fr.Origin) {
		// where attributes are of objects, not of decoded JSON (Python):
		// x.name on the result of another module's function that is not
		// known to call Kobo is an object of the program (a Django model
		// from a queryset helper). In R (x$name) and JavaScript such a
		// value is data like any other, judged by the file's context.
		return
	}
	if !known && fr.Kind == ir.FieldAttr && c.f.CallerAttrs && c.onlyUnresolvedParams(fr.Origin) {
		// x.name on a parameter that no caller in another file was seen
		// passing a response to: a front-end that reads members only of
		// responses would not have read it
		return
	}
	if !known && c.onlyUnresolvedTypes(fr.Origin) {
		// a member of a type whose values another file decodes, where
		// no file was seen decoding a Kobo response into it: the type is
		// the program's own
		return
	}
	var pick *rules.Field
	via, item := "", false
	if known {
		for _, k := range kinds {
			if fr.Kind == ir.FieldKey && !strings.HasPrefix(k, "v1-") && k != "kobo" {
				// a key sent to a v2 (or KPI) endpoint is that
				// endpoint's own vocabulary
				continue
			}
			if r := c.fieldFor(rs, fr.Name, k); r != nil {
				pick, via = r, k
				if ik := c.itemKind(r, k); ik != "" {
					via = ik // read from an item of a list the response holds
					item = true
				}
				break
			}
		}
		if pick == nil {
			return
		}
	} else {
		// A key of a literal the code builds is the code's own name unless
		// it is known to travel to Kobo.
		if explicitOther || fr.Kind == ir.FieldKey {
			return
		}
		for _, r := range rs {
			if r.Distinctive {
				pick = r
				break
			}
		}
		if pick == nil {
			return
		}
		if !c.koboContext {
			// a v1-only name: Kobo's if the repository talks to Kobo
			c.wantsRepo = c.wantsRepo || !c.otherV1 && !fr.Comment
			return
		}
		if pick.XForm && !c.fileKobo {
			// an XForm name too (pyxform, ODK): the repository's context
			// is not enough
			return
		}
	}
	c.reportField(fr, pick, via, known, item)
}

// checkShapeField judges a read by the v1 shape of the type it is
// declared in or read through (typeshapes.go), unless a v1 request it
// comes from already tells its kind. It reports whether it did. No fix is
// offered: no request is seen filling the type with a v1 response (the
// type may be filled from v2 too), so its members are renamed by a person
// together with the requests; and a type half renamed would no longer be
// recognised, hiding the members that are left.
func (c *checker) checkShapeField(fr *ir.FieldRead, rs []*rules.Field) bool {
	if localOnly(fr.Origin) {
		return false
	}
	var r *rules.Field
	sk := ""
	for _, k := range c.shapeKinds(fr) {
		if r = c.fieldFor(rs, fr.Name, k); r != nil {
			sk = k
			break
		}
	}
	if r == nil {
		return false
	}
	kinds, known, _ := c.originKinds(fr.Origin)
	if known {
		for _, k := range kinds {
			if strings.HasPrefix(k, "v1-") && c.fieldFor(rs, fr.Name, k) != nil {
				return false // the request's kind judges it
			}
		}
	}
	n := len(c.out)
	c.reportField(fr, r, sk, false, false)
	if len(c.out) > n {
		f := &c.out[n]
		if len(f.Fix.Edits) > 0 {
			f.Fix = finding.Fix{Safety: rules.None, Edits: []finding.Edit{},
				Reason: "a member of a type whose members are the v1 fields of a " + c.t.KindTitle(sk) + ", where no request filling it with that response is seen: rename it with those requests, by hand"}
		}
		f.Link = nil
		if k := len(c.declRenames); k > 0 && c.declRenames[k-1].out == n {
			c.declRenames = c.declRenames[:k-1]
		}
	}
	return true
}

// checkLocalField judges a column of a local file (read_excel, read.csv,
// pd.read_csv): reported only for a name that only a v1 response carries,
// in a file that itself talks to Kobo, and never renamed, since the file
// that holds the column is not seen.
func (c *checker) checkLocalField(fr *ir.FieldRead, rs []*rules.Field) {
	if fr.Comment || fr.Kind == ir.FieldKey || !c.fileKobo {
		return
	}
	for _, r := range rs {
		if !r.Distinctive || r.XForm {
			continue
		}
		msg := fmt.Sprintf("column %q of a local file is named like a v1 field", fr.Name)
		if r.V2 != nil {
			msg += fmt.Sprintf("; if the file holds a v1 answer, v2 calls it %q", *r.V2)
		}
		msg += ": " + r.Why
		c.emit(fr.Span, r.Code, finding.Field, finding.Warning, msg, fr.Name, r.V2, finding.Fix{Safety: rules.None,
			Reason: "the value comes from a local file kobolint does not read: rename the column where that file is made, together with the code that reads it"})
		return
	}
}

// unsafeFieldReason says why a field rule's rename is unsafe: what the
// rewrite changes besides the name.
func unsafeFieldReason(r *rules.Field) string {
	v2 := ""
	if r.V2 != nil {
		v2 = *r.V2
	}
	switch {
	case r.V1Type != "" && r.V2Type != "" && r.V1Type != r.V2Type:
		return fmt.Sprintf("%s (%s in v1) becomes %s (%s): code that uses the value as %s must change with it", r.Name, r.V1Type, v2, r.V2Type, r.V1Type)
	case r.ShapeChanged:
		return fmt.Sprintf("%s has another shape in v2 than %s had: the code that uses the value must fit it", v2, r.Name)
	case strings.Contains(v2, "."):
		return fmt.Sprintf("the value moved into %s: the rewrite is right for a v2 response, wrong for data of the program's own with this name", v2[:strings.LastIndexByte(v2, '.')])
	}
	return r.Why
}

// itemKind is the kind of the items (of a list the response of kind k
// holds) that rule r is a field of, when r is not a field of k itself.
func (c *checker) itemKind(r *rules.Field, k string) string {
	if slices.Contains(r.Responses, k) {
		return ""
	}
	for _, ik := range c.t.V1Items[k] {
		if slices.Contains(r.Responses, ik) {
			return ik
		}
	}
	return ""
}

// fromV1 reports whether some origin of a read is a known v1 response.
func (c *checker) fromV1(origin []int) bool {
	kinds, known, _ := c.originKinds(origin)
	if !known {
		return false
	}
	for _, k := range kinds {
		if strings.HasPrefix(k, "v1-") {
			return true
		}
	}
	return false
}

// localOnly reports whether every origin of a read is a local file.
func localOnly(origin []int) bool {
	for _, o := range origin {
		if o != ir.OriginLocal {
			return false
		}
	}
	return len(origin) > 0
}

// onlyUnresolvedTypes reports whether every origin stands for a value of
// a type decoded in another file (a "T{}" hole) that no file resolved.
func (c *checker) onlyUnresolvedTypes(origin []int) bool {
	return c.onlyUnresolved(origin, func(name string) bool { return strings.HasSuffix(name, "{}") })
}

// onlyUnresolvedParams reports whether every origin stands for what
// callers in other files pass to a parameter (ir.ParamIn) and no caller
// was seen passing a response.
func (c *checker) onlyUnresolvedParams(origin []int) bool {
	return c.onlyUnresolved(origin, ir.IsParamDef)
}

// onlyUnresolved reports whether every origin is another file's result
// that the repository pass left a single hole, named as named says.
func (c *checker) onlyUnresolved(origin []int, named func(string) bool) bool {
	if len(origin) == 0 {
		return false
	}
	for _, o := range origin {
		if o < 0 || o >= len(c.f.URLs) || c.f.URLs[o].Role != ir.RoleResult {
			return false
		}
		ps := c.flats[o].parts
		if len(ps) != 1 || ps[0].Kind != ir.Hole || !named(ps[0].Name) {
			return false
		}
	}
	return true
}

// onlyResults reports whether every origin is the result of another
// file's function (ir.RoleResult).
func (c *checker) onlyResults(origin []int) bool {
	if len(origin) == 0 {
		return false
	}
	for _, o := range origin {
		if o < 0 || o >= len(c.f.URLs) || c.f.URLs[o].Role != ir.RoleResult {
			return false
		}
		if ps := c.f.URLs[o].Parts; len(ps) == 1 && ir.IsParamDef(ps[0].Name) {
			// what a caller in another file passes (ir.ParamIn) is data
			// like any parameter's, not an object another module makes
			return false
		}
	}
	return true
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// fieldFor picks the rule for a field read from a response of kind k.
func (c *checker) fieldFor(rs []*rules.Field, name, k string) *rules.Field {
	switch {
	case strings.HasPrefix(k, "v1-"):
		for _, r := range rs {
			for _, rk := range r.Responses {
				if rk == k {
					return r
				}
			}
		}
		// an item of a list the response holds (a form's metadata)
		for _, ik := range c.t.V1Items[k] {
			for _, r := range rs {
				if r.Distinctive && slices.Contains(r.Responses, ik) {
					return r
				}
			}
		}
		return nil
	case c.t.KnownV2Kind(k):
		if c.t.V2Has(k, name) {
			return nil
		}
		// a v1 name read off the v2 kind that its v1 kind became
		for _, r := range rs {
			for _, rk := range r.Responses {
				if c.t.V2KindOf(rk) == k {
					return r
				}
			}
		}
		return nil
	case k == "kpi":
		// KPI v1 answered with v2 shapes: its field names are v2 names
		return nil
	case k == "kobo":
		for _, r := range rs {
			if r.Distinctive {
				return r
			}
		}
	}
	return nil
}

// originKinds collects the response kinds of a read's origins. known is true
// when at least one origin is a Kobo request.
func (c *checker) originKinds(origin []int) (kinds []string, known, explicitOther bool) {
	add := func(i int) {
		if i < 0 || i >= len(c.facts) {
			return
		}
		f := c.facts[i]
		if f.kobo {
			known = true
			if len(f.kinds) == 0 {
				kinds = append(kinds, "kobo")
			}
			kinds = append(kinds, f.kinds...)
		} else if f.other {
			explicitOther = true
		}
	}
	for _, o := range origin {
		if o == ir.OriginFile {
			for i := range c.facts {
				if !c.f.URLs[i].Comment && c.facts[i].kobo {
					add(i)
				}
			}
			continue
		}
		add(o)
	}
	if known {
		explicitOther = false
	}
	return kinds, known, explicitOther
}

// reportField reports a read of rule r's field from a response of kind
// via; item: read from an item of a list inside that response (V1Items).
func (c *checker) reportField(fr *ir.FieldRead, r *rules.Field, via string, known, item bool) {
	sev := finding.Error
	if fr.Comment {
		sev = finding.Info
	}
	from := c.t.KindTitle(via)
	if from == "" {
		from = "Kobo v1 response"
	}
	msg := fmt.Sprintf("v1 field %q of a %s", fr.Name, from)
	if fr.Kind == ir.FieldKey {
		msg = fmt.Sprintf("v1 field %q in the body of a request to a removed v1 endpoint", fr.Name)
	}
	if strings.HasPrefix(via, "v2-") {
		msg = fmt.Sprintf("v1 field %q read from a %s response, which has no such field", fr.Name, c.t.KindTitle(via))
	}
	fx := finding.Fix{Safety: r.Fix}
	if r.V2 != nil {
		msg += fmt.Sprintf("; v2 calls it %q", *r.V2)
	} else {
		msg += "; no v2 equivalent"
	}
	msg += ": " + r.Why
	if r.Fix == rules.None {
		fx.Safety = rules.None
		fx.Reason = "no mechanical rewrite: " + r.Why
	} else if item {
		// the items of a v1 list inside the response (a form's media)
		// are a request of their own in v2
		fx.Safety = rules.None
		fx.Reason = "read from an item of a list inside the v1 response; in v2 those items have a request of their own: rewrite the loop with that request by hand"
	} else if r.V1Type == "int" && r.V2Type == "string" && c.idHole {
		// the id may be what the v1 URL pastes in: a uid there would
		// make that URL neither v1 nor v2
		fx.Safety = rules.None
		fx.Reason = "a v1 URL of this file takes the integer form id from a variable and stays v1 (it needs the asset uid): rename the id together with that URL"
	} else if edits, reason := c.fieldEdits(fr, r); len(edits) == 0 {
		fx.Safety = rules.None
		fx.Reason = reason
	} else {
		safety := r.Fix
		if via == "kobo" {
			// a Kobo response of a request whose version is not seen (a
			// package's function, a relative path): unknown as well
			known = false
		}
		if !known && safety == rules.Safe {
			// the value is not known to come from Kobo: the name may be
			// the code's own
			safety = rules.Unsafe
			fx.Reason = "the request this value comes from is not seen: rename it together with that request (and only if it is a Kobo response)"
		}
		if c.f.Fragments && safety == rules.Safe {
			// a front-end that reads literals only cannot tell which
			// value a key is read from (the response, or the program's
			// own settings under the same name)
			safety = rules.Unsafe
			fx.Reason = "only the file's literals are read: check that this key is read from the Kobo response before renaming it"
		}
		fx.Safety = safety
		fx.Edits = edits
	}
	if fx.Safety == rules.Unsafe && fx.Reason == "" {
		fx.Reason = unsafeFieldReason(r)
	}
	n := len(c.out)
	idx := c.emit(fr.Span, r.Code, finding.Field, sev, msg, fr.Name, r.V2, fx)
	if keys := c.originKeys(fr.Origin); idx >= 0 && len(keys) > 0 {
		lk := c.link(idx, false, keys...)
		// a read with no fix whose name v2 also has, with another meaning:
		// once the request is v2 it would pass unnoticed
		lk.Vanishes = lk.Vanishes || len(c.out[idx].Fix.Edits) == 0 && c.t.V2Has(c.t.V2KindOf(via), fr.Name)
	} else if idx >= 0 && !known && len(c.out[idx].Fix.Edits) > 0 {
		// the request is not seen: renamed only if no request that may
		// answer it stays v1 (settle)
		f := &c.out[idx]
		if f.Link == nil {
			f.Link = &finding.Link{}
		}
		f.Link.Loose = true
		f.Link.Kinds = append(f.Link.Kinds[:0], r.Responses...)
	}
	if fr.Kind == ir.FieldDecl && len(c.out) > n && len(fx.Edits) > 0 {
		c.declRenames = append(c.declRenames, declRename{key: fr.Receiver + "\x00" + *r.V2, out: n})
	}
}

func (c *checker) dropDuplicateDeclRenames() {
	count := map[string]int{}
	for _, d := range c.declRenames {
		count[d.key]++
	}
	for _, d := range c.declRenames {
		if count[d.key] > 1 {
			f := &c.out[d.out]
			f.Fix = finding.Fix{Safety: rules.None, Edits: []finding.Edit{},
				Reason: "another field of this type would get the same v2 name; merge them by hand"}
		}
	}
}
