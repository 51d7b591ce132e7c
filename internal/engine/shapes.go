package engine

// Response shapes: decodes of v1 lists that v2 answers with a page object.

import (
	"bytes"
	"fmt"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/rules"
)

// checkDecodes reports where the code decodes the response of a v1 list
// endpoint whose v2 replacement answers a page object: after the URL is
// migrated, the items are in results (one page of them).
func (c *checker) checkDecodes() {
	sh := c.t.PaginatedShape()
	if sh == nil {
		return
	}
	for i, d := range c.f.Decodes {
		path, fixed, v2 := "", true, false
		for _, o := range d.Origin {
			if o < 0 || o >= len(c.facts) || c.f.URLs[o].Comment {
				continue
			}
			switch {
			case c.facts[o].paginated != "":
				path = c.facts[o].paginated
				fixed = fixed && c.facts[o].pageFixed
			case c.facts[o].v2List != "" && d.AsList && path == "":
				// half migrated: a v2 list URL whose page is read as a list
				path, v2 = c.facts[o].v2List, true
			}
		}
		if path == "" || !d.Span.Valid() || d.Span.End > len(c.src) {
			continue
		}
		at := d.Span.End
		if d.Before {
			at = d.Span.Start
		}
		if d.Results != "" && (!d.Before && bytes.HasPrefix(c.src[at:], []byte(d.Results)) ||
			d.Before && bytes.HasSuffix(c.src[:at], []byte(d.Results))) {
			continue // the code reads the results already
		}
		items, next := *sh.V2, sh.Next
		msg := fmt.Sprintf("the response of %s is decoded as a list: v2 answers a page object, read its %s (and follow %s for more than a page)", path, items, next)
		if v2 {
			msg = fmt.Sprintf("the response of %s, a v2 list, is read as a list: v2 answers a page object, read its %s (and follow %s for more than a page)", path, items, next)
		}
		fx := finding.Fix{Safety: sh.Fix}
		switch {
		case c.loops[i] != nil && fixed && sh.Fix != rules.None:
			fx.Edits = c.loops[i]
			fx.Reason = fmt.Sprintf("v2 pages this list: the edit turns the statement into a loop that follows %s to fetch every page and collects each page's %s under the same name", next, items)
		case d.Results == "" && d.AsList:
			fx.Safety = rules.None
			fx.Reason = fmt.Sprintf("the response is decoded into a list type: change the type to a page (count, %s, previous, %s) and read its %s", next, items, items)
		case d.Results == "" || sh.Fix == rules.None:
			fx.Safety = rules.None
			fx.Reason = "read the page's " + items + " by hand"
		case !fixed:
			fx.Safety = rules.None
			fx.Reason = "the request's URL has no automatic fix: rewrite it, then read the page's " + items
		default:
			fx.Edits = []finding.Edit{{Start: at, End: at, NewText: d.Results}}
		}
		if fx.Safety == rules.Unsafe && fx.Reason == "" {
			fx.Reason = fmt.Sprintf("v2 pages this list: the edit reads the first page's %s; follow %s for the rest", items, next)
		}
		if idx := c.emit(d.Span, sh.Code, finding.Shape, finding.Warning, msg, path, sh.V2, fx); idx >= 0 && !v2 {
			c.link(idx, true, c.originKeys(d.Origin)...)
		}
	}
}

// findLoops writes, for each decode of a paged list in a statement that
// fetches it and assigns it to a name, the loop that fetches every page
// (by the file's syntax), and notes the URLs whose every decode gets one.
// A notebook's cells are not written (their text is escaped in JSON).
func (c *checker) findLoops() {
	c.loops, c.follows = map[int][]finding.Edit{}, map[int]bool{}
	sh := c.t.PaginatedShape()
	if sh == nil || sh.V2 == nil || sh.Next == "" || c.f.EditText != nil {
		return
	}
	loops := map[int]bool{}
	for i := range c.f.Decodes {
		d := &c.f.Decodes[i]
		ok := false
		if d.Fetch != nil && !d.Before {
			es, _ := c.syn().FollowNext(c.src, d, *sh.V2, sh.Next)
			if fx, _ := edits(es, ""); len(fx) > 0 {
				c.loops[i], ok = fx, true
			}
		}
		for _, o := range d.Origin {
			was, seen := loops[o]
			loops[o] = ok && (was || !seen)
		}
	}
	for o, ok := range loops {
		if ok {
			c.follows[o] = true
		}
	}
}
