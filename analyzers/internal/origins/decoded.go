package origins

import (
	"maps"
	"slices"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// Decoded is what one file knows of typed decodes: the requests decoded
// into each type name (Links, declared here or not, offered to the other
// files), and the URLs standing for values of a type decoded in another
// file (Results, one per type name).
type Decoded struct {
	Links   map[string][]int
	Results map[string]int
}

// NewDecoded returns an empty Decoded.
func NewDecoded() Decoded {
	return Decoded{Links: map[string][]int{}, Results: map[string]int{}}
}

// Link records that the requests ids are decoded into type t.
func (d *Decoded) Link(t string, ids []int) { d.Links[t] = Union(d.Links[t], ids) }

// Result is the URL standing for a value of the type named t decoded in
// another file (see TypeResult), added to b on first use, at the start of
// at.
func (d *Decoded) Result(b *ir.Builder, t string, at ir.Span) int {
	if id, ok := d.Results[t]; ok {
		return id
	}
	at.End = at.Start
	id := b.AddURL(TypeResult(t, at))
	d.Results[t] = id
	return id
}

// IsResult reports a URL standing for values of a type decoded in
// another file.
func (d *Decoded) IsResult(id int) bool {
	for _, r := range d.Results {
		if r == id {
			return true
		}
	}
	return false
}

// Offer offers, for each type a response of f is decoded into (but those
// skip names), that request to the files that declare the type or read
// values of it (TypeDef).
func (d *Decoded) Offer(f *ir.File, skip func(t string) bool) {
	for _, nm := range slices.Sorted(maps.Keys(d.Links)) {
		if skip != nil && skip(nm) {
			continue
		}
		if u := SpecificRequest(f.URLs, d.Links[nm]); u != nil {
			f.Defs = append(f.Defs, ir.Def{Name: TypeDef(nm), Parts: u.Parts})
		}
	}
}

// SpecificRequest is, among the URLs ids, the read that spells the most
// of its URL (a call of a wrapper rather than the wrapper's own request
// with a parameter in it), else such a write, or nil.
func SpecificRequest(urls []ir.URL, ids []int) *ir.URL {
	var best *ir.URL
	bestLen := -1
	for _, id := range ids {
		if id < 0 || id >= len(urls) {
			continue
		}
		u := &urls[id]
		if u.Comment || u.Role != ir.RoleRequest || !urlparts.HasURLText(u.Parts) {
			continue
		}
		n := 0
		if u.Method == "" || u.Method == "GET" {
			n = 1 << 20 // a read answers what the type describes
		}
		for _, p := range u.Parts {
			if p.Kind == ir.Lit {
				n += len(p.Text)
			}
		}
		if n > bestLen {
			best, bestLen = u, n
		}
	}
	return best
}
