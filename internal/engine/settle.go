package engine

// Settling linked fixes. A fix is safe only when every use of the value it
// changes is seen and stays right, so the fixes of findings that share a
// value (a list URL, the host joined to it, the reads and decodes of its
// response) are decided together, like this:
//   - a change the others need that has no fix (an endpoint that needs the
//     asset uid, a host that must stay for KoboCollect, a decode no edit can
//     fix) leaves the whole group without a fix: renaming a response's
//     fields while its request stays v1 would work with neither API;
//   - a list URL whose response may be read where the analysis cannot see
//     it (a write, an unknown call, a response never seen decoded) is not
//     rewritten: v2 answers a page object there;
//   - otherwise the group takes the least safety of its members (a list
//     rewrite is unsafe with the read of its page's results), and the fixer
//     applies the group whole or not at all (finding.Link.Group).

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/rules"
)

// keyUnion is a union-find over literal keys; the smallest key of a group
// is its root, so that groups are named the same on every run.
type keyUnion map[string]string

func (u keyUnion) find(k string) string {
	p, ok := u[k]
	if !ok {
		u[k] = k
		return k
	}
	if p == k {
		return k
	}
	r := u.find(p)
	u[k] = r
	return r
}

func (u keyUnion) join(a, b string) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra < rb:
		u[rb] = ra
	case rb < ra:
		u[ra] = rb
	}
}

// settle decides the fixes of linked findings together (see above). fs are
// every finding of a run, uses every use the checks recorded.
func settle(fs []finding.Finding, uses []use) {
	settleLinks(fs, uses)
	settleLoose(fs, looseStays(fs))
}

// settleLinks is settle but for the reads of unknown origin, which depend
// on the whole run (settleLoose). Findings that share no key settle apart
// from each other: a streamed run settles each set of files whose
// findings and uses share keys on its own (see stream.go).
func settleLinks(fs []finding.Finding, uses []use) {
	u := keyUnion{}
	for i := range fs {
		l := fs[i].Link
		if l == nil || len(l.Keys) == 0 {
			continue
		}
		for _, k := range l.Keys {
			u.join(l.Keys[0], k)
		}
	}
	if len(u) == 0 {
		return
	}
	members := map[string][]int{}
	for i := range fs {
		if l := fs[i].Link; l != nil && len(l.Keys) > 0 {
			r := u.find(l.Keys[0])
			members[r] = append(members[r], i)
		}
	}
	// in a stable order, whatever order the files were checked in: the
	// first doubt found is the one a reason names
	sort.Slice(uses, func(i, j int) bool {
		a, b := uses[i], uses[j]
		if a.key != b.key {
			return a.key < b.key
		}
		if a.where != b.where {
			return a.where < b.where
		}
		return a.kind < b.kind
	})
	usesOf := map[string][]use{}
	for _, x := range uses {
		if _, known := u[x.key]; known {
			usesOf[x.key] = append(usesOf[x.key], x)
		}
	}
	suppressed := map[string]string{}
	for k, us := range usesOf {
		for _, x := range us {
			if x.kind == useSuppressed {
				suppressed[u.find(k)] = x.where
			}
		}
	}
	roots := make([]string, 0, len(members))
	for r := range members {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	groupOf := map[int]*group{}
	for _, r := range roots {
		g := &group{fs: fs, members: members[r], usesOf: usesOf, root: r}
		for _, i := range g.members {
			groupOf[i] = g
		}
		if where := suppressed[r]; where != "" {
			g.block(fmt.Sprintf("a change it goes with is suppressed by a kobolint:ignore directive (%s)", where), -1)
			continue
		}
		g.decide()
	}
	settleHosts(fs, groupOf, suppressed, u)
	nameGroups(fs, u)
}

// settleHosts ties endpoints to the KoboCAT hosts they are joined to: a v2
// path is right only once its host is swapped in the same run, and a host
// is swapped only where some path joined to it is rewritten (or is v2
// already). One decision can undo another (a host left as it is takes the
// fixes of its paths away), so they are made until nothing changes.
func settleHosts(fs []finding.Finding, groupOf map[int]*group, suppressed map[string]string, u keyUnion) {
	hosts := map[string]int{}
	joined := map[string][]int{}
	for i := range fs {
		l := fs[i].Link
		if l == nil {
			continue
		}
		if fs[i].Category == finding.Host && len(l.Keys) > 0 {
			hosts[l.Keys[0]] = i
		}
		for _, h := range l.Hosts {
			joined[h] = append(joined[h], i)
		}
	}
	if len(joined) == 0 {
		return
	}
	keys := make([]string, 0, len(joined))
	for k := range joined {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for round := 0; round < 8; round++ {
		changed := false
		for _, hk := range keys {
			eps := joined[hk]
			hi, ok := hosts[hk]
			switch {
			case !ok || len(fs[hi].Fix.Edits) == 0:
				why := "its KoboCAT host is not swapped in this run, and a v2 path on a KoboCAT host does not work"
				if ok {
					h := &fs[hi]
					why = fmt.Sprintf("it goes with the host %s at %s:%d, which stays (%s)", h.V1, h.Path, h.Line, orSo(h.Fix.Reason))
				} else if where := suppressed[u.find(hk)]; where != "" {
					why = fmt.Sprintf("its KoboCAT host is left as it is by a kobolint:ignore directive (%s), and a v2 path on a KoboCAT host does not work", where)
				}
				for _, e := range eps {
					if len(fs[e].Fix.Edits) > 0 && groupOf[e] != nil {
						groupOf[e].block(why, -1)
						changed = true
					}
				}
			default:
				// every path joined to the host is rewritten with it, or
				// none: a v1 path left on a swapped host is a half migration
				for _, e := range eps {
					if o := &fs[e]; len(o.Fix.Edits) == 0 {
						h := &fs[hi]
						h.Fix = finding.Fix{Safety: rules.None, Edits: []finding.Edit{},
							Reason: fmt.Sprintf("%s at %s:%d, joined to this host, keeps no fix (%s): change host and paths together", describe(o), o.Path, o.Line, orSo(o.Fix.Reason))}
						changed = true
						break
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	// hostFixes calls f with each host whose fix has the given safety
	// and the findings joined with it.
	hostFixes := func(safety string, f func(h *finding.Finding, joined []int)) {
		for _, hk := range keys {
			if hi, ok := hosts[hk]; ok && len(fs[hi].Fix.Edits) > 0 && fs[hi].Fix.Safety == safety {
				f(&fs[hi], joined[hk])
			}
		}
	}
	// a host is swapped in the run that rewrites its paths: a safe run
	// does not swap a host whose paths only --unsafe-fixes rewrites
	hostFixes(rules.Safe, func(h *finding.Finding, joined []int) {
		for _, e := range joined {
			if o := &fs[e]; len(o.Fix.Edits) > 0 && o.Fix.Safety == rules.Unsafe {
				h.Fix.Safety = rules.Unsafe
				h.Fix.Reason = fmt.Sprintf("it goes with %s at %s:%d, an unsafe fix (%s)", describe(o), o.Path, o.Line, orSo(o.Fix.Reason))
				break
			}
		}
	})
	// an endpoint is no safer than the host it needs: a safe run must not
	// write a v2 path onto a host that only --unsafe-fixes swaps
	hostFixes(rules.Unsafe, func(h *finding.Finding, joined []int) {
		for _, e := range joined {
			if g := groupOf[e]; g != nil && len(fs[e].Fix.Edits) > 0 && fs[e].Fix.Safety == rules.Safe {
				g.lower(fmt.Sprintf("it goes with the host %s at %s:%d, an unsafe fix (%s)", h.V1, h.Path, h.Line, orSo(h.Fix.Reason)))
			}
		}
	})
}

// nameGroups names the groups whose fixes the fixer must apply together:
// the findings sharing keys, with the hosts their endpoints need.
func nameGroups(fs []finding.Finding, u keyUnion) {
	for i := range fs {
		l := fs[i].Link
		if l == nil || len(l.Keys) == 0 || len(fs[i].Fix.Edits) == 0 {
			continue
		}
		for _, h := range l.Hosts {
			u.join(l.Keys[0], h)
		}
	}
	count := map[string]int{}
	for i := range fs {
		if l := fs[i].Link; l != nil && len(l.Keys) > 0 && len(fs[i].Fix.Edits) > 0 {
			count[u.find(l.Keys[0])]++
		}
	}
	for i := range fs {
		l := fs[i].Link
		if l == nil || len(l.Keys) == 0 {
			continue
		}
		l.Group = ""
		if r := u.find(l.Keys[0]); len(fs[i].Fix.Edits) > 0 && count[r] > 1 {
			l.Group = r
		}
	}
}

// settleLoose takes the rename away from reads of unknown origin when a
// request of a kind they may come from stays v1 somewhere in the run: the
// value may well be that request's, and a v2 name read from a v1 response
// works with neither API.
// stays are, by response kind, the first endpoint of the run that stays v1
// (see looseStays).
func settleLoose(fs []finding.Finding, stays map[string]*finding.Finding) {
	if len(stays) == 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		if f.Link == nil || !f.Link.Loose || len(f.Fix.Edits) == 0 {
			continue
		}
		for _, k := range f.Link.Kinds {
			if e := stays[k]; e != nil {
				f.Fix = finding.Fix{Safety: rules.None, Edits: []finding.Edit{},
					Reason: fmt.Sprintf("the value's request is not seen, and %s at %s:%d, which may answer it, stays v1 (%s): rename the read with its request", e.V1, e.Path, e.Line, orSo(e.Fix.Reason))}
				break
			}
		}
	}
}

// looseStays returns, by v1 response kind, the first endpoint of fs that
// stays v1 (no edit) and answers that kind.
func looseStays(fs []finding.Finding) map[string]*finding.Finding {
	stays := map[string]*finding.Finding{}
	for i := range fs {
		f := &fs[i]
		if f.Link == nil || f.Category != finding.Endpoint || len(f.Fix.Edits) > 0 {
			continue
		}
		for _, k := range f.Link.Kinds {
			if stays[k] == nil {
				stays[k] = f
			}
		}
	}
	return stays
}

// group is one set of linked findings.
type group struct {
	fs      []finding.Finding
	members []int
	usesOf  map[string][]use
	root    string
}

func (g *group) decide() {
	// a change without a fix leaves the others wrong: a response read that
	// stays v1 after its request's rewrite fails (or reads nothing) just
	// as the v1 request does, so the group is left to a person
	for _, i := range g.members {
		f := &g.fs[i]
		l := f.Link
		switch {
		case len(f.Fix.Edits) == 0:
			g.block(fmt.Sprintf("it goes with %s at %s:%d, which has no automatic fix (%s)", describe(f), f.Path, f.Line, orSo(f.Fix.Reason)), i)
			return
		case l.Vanishes:
			g.block(fmt.Sprintf("%s at %s:%d means something else in the v2 response; migrate the request and its reads by hand", describe(f), f.Path, f.Line), i)
			return
		case l.List:
			if why := listDoubt(g.usesOf[l.Keys[0]]); why != "" {
				g.block(why, -1)
				return
			}
		}
	}
	// doubts that leave the fixes to --unsafe-fixes
	doubt, from := "", -1
	for _, i := range g.members {
		l := g.fs[i].Link
		why := ""
		switch {
		case l.Reshapes && !l.List:
			why = reshapeDoubt(g.usesOf[l.Keys[0]])
		case l.Needed:
			why = unseenDoubt(g.usesOf[l.Keys[0]])
		}
		if why != "" {
			doubt, from = why, i
			break
		}
	}
	least, leastAt := rules.Safe, -1
	for _, i := range g.members {
		f := &g.fs[i]
		if len(f.Fix.Edits) == 0 {
			continue
		}
		// name the member that is unsafe for a reason of its own, not one
		// that only goes with another
		if f.Fix.Safety == rules.Unsafe && (least == rules.Safe || derived(g.fs[leastAt].Fix.Reason) && !derived(f.Fix.Reason)) {
			least, leastAt = rules.Unsafe, i
		}
	}
	for _, i := range g.members {
		f := &g.fs[i]
		if len(f.Fix.Edits) == 0 {
			continue
		}
		switch {
		case doubt != "" && i != from:
			if f.Fix.Safety == rules.Safe || f.Fix.Reason == "" {
				f.Fix.Reason = doubt
			}
			f.Fix.Safety = rules.Unsafe
		case doubt != "":
			f.Fix.Safety = rules.Unsafe
			if f.Fix.Reason == "" {
				f.Fix.Reason = doubt
			}
		case least == rules.Unsafe && f.Fix.Safety == rules.Safe:
			o := &g.fs[leastAt]
			f.Fix.Safety = rules.Unsafe
			f.Fix.Reason = fmt.Sprintf("it goes with %s at %s:%d, an unsafe fix (%s)", describe(o), o.Path, o.Line, orSo(o.Fix.Reason))
		}
	}
}

// block takes every fix of the group away, saying why; by is the member
// that blocks (-1: none in particular), which keeps its own reason.
func (g *group) block(why string, by int) {
	for _, i := range g.members {
		f := &g.fs[i]
		if i == by && len(f.Fix.Edits) == 0 {
			continue
		}
		if len(f.Fix.Edits) == 0 && f.Fix.Reason != "" {
			continue
		}
		f.Fix = finding.Fix{Safety: rules.None, Edits: []finding.Edit{}, Reason: why}
		f.Held = nil
	}
}

// lower makes the group's safe fixes unsafe, saying why.
func (g *group) lower(why string) {
	for _, i := range g.members {
		f := &g.fs[i]
		if len(f.Fix.Edits) > 0 && f.Fix.Safety == rules.Safe {
			f.Fix.Safety = rules.Unsafe
			f.Fix.Reason = why
		}
	}
}

// listDoubt says why a list URL's rewrite cannot be made, from its uses:
// v2 answers a page object, so every reader of the response must be seen.
func listDoubt(us []use) string {
	seen := false
	for _, x := range us {
		switch x.kind {
		case useWrite:
			return fmt.Sprintf("the URL is also used to write (%s): v2 creates and changes through other endpoints than its list", x.where)
		case useUnknown:
			return fmt.Sprintf("the URL goes where kobolint cannot follow it (%s), and v2 answers a page object instead of a list: rewrite it where the response is read", x.where)
		case useUnread:
			return fmt.Sprintf("the response of the request at %s is not read where kobolint can see it, and v2 answers a page object instead of a list: rewrite the URL and the code that reads it together", x.where)
		case useRead, useDoc:
			seen = true
		}
	}
	if !seen {
		return "no request with this URL is seen here, and v2 answers a page object instead of a list: rewrite the URL where the response is read"
	}
	return ""
}

// reshapeDoubt says why a rewrite whose v2 response names its fields
// otherwise is unsafe: some response is read where it is not seen.
func reshapeDoubt(us []use) string {
	for _, x := range us {
		switch x.kind {
		case useUnknown, useUnread:
			return fmt.Sprintf("the response of %s is read where kobolint cannot see it, and v2 names its fields otherwise", x.where)
		}
	}
	return ""
}

// unseenDoubt says why a rewrite is unsafe when nothing seen requests the
// URL: it is only handed on (an argument, a value in a structure).
func unseenDoubt(us []use) string {
	unknown := ""
	for _, x := range us {
		switch x.kind {
		case useRead, useUnread, useWrite, useDoc:
			return ""
		case useUnknown:
			if unknown == "" {
				unknown = x.where
			}
		}
	}
	if unknown == "" {
		return ""
	}
	return fmt.Sprintf("the URL is not requested where kobolint can see it, only handed on (%s): check where it goes", unknown)
}

// derived reports whether a reason only says that a fix goes with another.
func derived(reason string) bool {
	return strings.HasPrefix(reason, "it goes with ") || strings.HasPrefix(reason, "a path joined to this host has only an unsafe rewrite")
}

func describe(f *finding.Finding) string {
	switch f.Category {
	case finding.Field:
		return fmt.Sprintf("the read of %q", f.V1)
	case finding.Host:
		return "the host " + f.V1
	case finding.Shape:
		return "the list read"
	}
	return f.V1
}

func orSo(reason string) string {
	if reason == "" {
		return "see its finding"
	}
	return reason
}
