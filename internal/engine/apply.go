package engine

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

// urlFacts is what the engine concluded about one URL expression.
type urlFacts struct {
	kobo  bool     // it goes to a Kobo server
	other bool     // it goes to a known non-Kobo service, or an explicit other host
	kinds []string // response kinds it returns (for field reads)
	// paginated is the v1 list endpoint it calls (rendered), when v2
	// answers that list with a page object; pageFixed: its rewrite is an
	// edit of this run
	paginated string
	pageFixed bool
}

// hostUse is the evidence about one KoboCAT host literal, gathered from every
// expression that contains it.
type hostUse struct {
	rule     *rules.Host
	host     string
	loc      loc
	api      bool // joined with an API path somewhere
	openrosa bool // joined with an OpenRosa/KoboCollect path somewhere
	blocked  bool // joined with a v1 path that has no fix: rewrite both by hand
	prose    bool // shown in a sentence (a message or label)
	recorded bool // in a test's recorded HTTP exchange
	// unsafePath: a path joined to it has only an unsafe rewrite
	unsafePath bool
	names      []string
	doc        bool
	code       bool
}

// checker applies the table to one file's IR.
type checker struct {
	t           *rules.Table
	opts        *Options
	f           *ir.File
	lines       *lineIndex
	src         []byte
	flats       []flat
	facts       []urlFacts
	hosts       map[ir.Span]*hostUse
	hostOrder   []ir.Span
	out         []finding.Finding
	seen        map[dedupKey]bool
	koboContext bool
	otherV1     bool
	declRenames []declRename
	// prose is set while checking a URL that sits in a sentence.
	prose bool
	// kpiBases are run-time bases that the file joins with
	// api/v2/assets/ somewhere: they hold a KPI host.
	kpiBases map[string]bool
	// fixBlock, while set, is why the endpoint being reported gets no fix.
	fixBlock string
	// unsafePath is set by reportEndpoint when the edit it gave is unsafe:
	// the host joined to that path is then rewritten at that safety too,
	// so that a safe run does not change the host alone.
	unsafePath bool
	// decoded holds the URLs whose response the file decodes (ir.Decode):
	// rewriting a list endpoint alone would leave that code reading a page
	// object as a list. The value is false when some decode has no
	// automatic fix (a promise: res.json()).
	decoded map[int]bool
	// extended holds the literals (by span) that some URL of the file
	// inlines from a variable and then continues with more text: a base
	// such as FORMS = ".../api/v1/forms/" used as FORMS + id.
	extended map[ir.Span]bool
}

// findKPIBases finds the bases (variables, calls) that the file joins with
// a KPI v2 asset path: `urljoin(base, "api/v2/assets/")` tells that base
// is a Kobo server, whatever it is called, so `urljoin(base, "assets/")`
// next to it is a KPI v1 path.
func (c *checker) findKPIBases() map[string]bool {
	var m map[string]bool
	for i := range c.f.URLs {
		if c.f.URLs[i].Comment {
			continue
		}
		fl := c.flats[i]
		for _, v := range fl.views() {
			if v.baseHole < 0 || v.pathStart >= len(fl.s) {
				continue
			}
			if strings.HasPrefix(strings.TrimLeft(fl.s[v.pathStart:v.end], "/"), "api/v2/assets") {
				if m == nil {
					m = map[string]bool{}
				}
				m[fl.parts[v.baseHole].Name] = true
			}
		}
	}
	return m
}

// findExtended finds the literals that a URL takes from a variable and
// joins with more text after them.
func (c *checker) findExtended() map[ir.Span]bool {
	m := map[ir.Span]bool{}
	for i := range c.f.URLs {
		fl := c.flats[i]
		for j, p := range fl.parts {
			if p.Kind == ir.Lit && p.Via != "" && p.Foreign == "" && p.Span.Valid() && fl.start[j]+len(p.Text) < len(fl.s) {
				m[p.Span] = true
			}
		}
	}
	return m
}

// declRename is a declared wire name the fixer would rename; two renames of
// one type to the same v2 name (formid and id_string both to uid) would
// declare a duplicate key, so neither is fixed.
type declRename struct {
	key string // receiver type + new name
	out int    // index of the finding in checker.out
}

type dedupKey struct {
	span ir.Span
	cat  string
}

func (c *checker) skipURL(u *ir.URL) bool { return u.Comment && !c.opts.Comments }

// run produces the findings of one file.
func (c *checker) run() []finding.Finding {
	c.seen = map[dedupKey]bool{}
	c.hosts = map[ir.Span]*hostUse{}
	c.facts = make([]urlFacts, len(c.f.URLs))
	c.koboContext = c.f.KoboHint
	c.kpiBases = c.findKPIBases()
	c.extended = c.findExtended()
	c.decoded = map[int]bool{}
	for _, d := range c.f.Decodes {
		for _, o := range d.Origin {
			fixable, seen := c.decoded[o]
			c.decoded[o] = d.Results != "" && (fixable || !seen)
		}
	}
	// pass 1: which URLs are Kobo, and does the file talk to another v1 API
	for i := range c.f.URLs {
		u := &c.f.URLs[i]
		fl := c.flats[i]
		for _, v := range fl.views() {
			kobo, other := c.koboBase(fl, v, u)
			if kobo {
				c.facts[i].kobo = true
				if !u.Comment && u.Role != ir.RoleDoc {
					c.koboContext = true
				}
			}
			if other {
				c.facts[i].other = true
				if findV1(fl.s, v.pathStart, v.end) >= 0 && !u.Comment {
					c.otherV1 = true
				}
			}
		}
		if !c.facts[i].kobo && isKoboName(u.Var) && !u.Comment {
			c.koboContext = true
		}
	}
	// pass 2: endpoints and hosts
	for i := range c.f.URLs {
		u := &c.f.URLs[i]
		if c.skipURL(u) {
			continue
		}
		c.checkURL(i, u)
	}
	c.reportHosts()
	for i := range c.f.Fields {
		c.checkField(&c.f.Fields[i])
	}
	c.dropDuplicateDeclRenames()
	c.checkDecodes()
	return c.out
}

// checkDecodes reports where the code decodes the response of a v1 list
// endpoint whose v2 replacement answers a page object: after the URL is
// migrated, the items are in results (one page of them).
func (c *checker) checkDecodes() {
	sh := c.t.PaginatedShape()
	if sh == nil {
		return
	}
	for _, d := range c.f.Decodes {
		path, fixed := "", true
		for _, o := range d.Origin {
			if o >= 0 && o < len(c.facts) && c.facts[o].paginated != "" && !c.f.URLs[o].Comment {
				path = c.facts[o].paginated
				fixed = fixed && c.facts[o].pageFixed
			}
		}
		if path == "" || !d.Span.Valid() || d.Span.End > len(c.src) {
			continue
		}
		if d.Results != "" && strings.HasPrefix(string(c.src[d.Span.End:]), d.Results) {
			continue // the code reads the results already
		}
		msg := fmt.Sprintf("the response of %s is decoded as a list: v2 answers a page object, read its results (and follow next for more than a page)", path)
		fx := finding.Fix{Safety: sh.Fix}
		switch {
		case d.Results == "" || sh.Fix == rules.None:
			fx.Safety = rules.None
			fx.Reason = "read the page's results by hand"
		case !fixed:
			fx.Safety = rules.None
			fx.Reason = "the request's URL has no automatic fix: rewrite it, then read the page's results"
		default:
			fx.Edits = []finding.Edit{{Start: d.Span.End, End: d.Span.End, NewText: d.Results}}
		}
		c.emit(d.Span, sh.Code, finding.Shape, finding.Warning, msg, path, sh.V2, fx)
	}
}

// koboBase decides from the host or base alone whether a URL is Kobo.
func (c *checker) koboBase(fl flat, v urlView, u *ir.URL) (kobo, other bool) {
	if v.hostStart >= 0 {
		host := strings.ToLower(fl.s[v.hostStart:v.hostEnd])
		if ph := placeholderHost(host); ph != "" {
			return isKoboName(ph), false
		}
		kind, _ := c.t.ClassifyHost(host)
		switch kind {
		case rules.HostKoboCAT, rules.HostKPI:
			return true, false
		case rules.HostOther:
			return false, true
		case rules.HostEnketo:
			return false, false
		}
		if v.hostStart >= 3 && strings.HasSuffix(fl.s[:v.hostStart], "://") {
			// an explicit host that is not Kobo
			return false, isDomainLike(host)
		}
		return false, false
	}
	if v.baseHole >= 0 && (isKoboName(fl.parts[v.baseHole].Name) || c.kpiBases[fl.parts[v.baseHole].Name]) {
		return true, false
	}
	return false, false
}

func isSchemeWord(h string) bool {
	return strings.EqualFold(h, "http") || strings.EqualFold(h, "https")
}

func isDomainLike(h string) bool { return strings.Contains(h, ".") || h == "localhost" }

// checkURL matches one URL expression against the host and endpoint rules.
func (c *checker) checkURL(i int, u *ir.URL) {
	fl := c.flats[i]
	if c.versionSetting(u, fl) {
		return
	}
	for _, v := range fl.views() {
		kobo, other := c.koboBase(fl, v, u)
		if other {
			continue
		}
		c.prose = u.Role != ir.RoleRequest && u.Role != ir.RoleDoc && isProse(fl.s, v)
		var hostKind rules.HostKind
		var hostRule *rules.Host
		if v.hostStart >= 0 {
			hostKind, hostRule = c.t.ClassifyHost(strings.ToLower(fl.s[v.hostStart:v.hostEnd]))
		}
		pathUse := ""
		unfixed := false // a v1 path here that the fixer cannot rewrite
		c.unsafePath = false
		// KoboCAT /api/v1 paths
		if k := findV1(fl.s, v.pathStart, v.end); k >= 0 {
			// with no real host (none, a hole, or the "https" of a
			// doubled scheme: "http://https//<kc_url>/api/v1"), the
			// file's Kobo context decides; a name such as Django's
			// "testserver" is a host of its own
			hostless := v.hostStart < 0 || isSchemeWord(fl.s[v.hostStart:v.hostEnd])
			counts := kobo || (hostless && c.koboContext && !c.otherV1)
			if counts {
				pathUse = "api"
				if m := c.t.MatchEndpoint(fl.s, k, "kobocat"); m != nil {
					c.facts[i].kobo = true
					c.facts[i].kinds = append(c.facts[i].kinds, m.Rule.Response)
					fixed := c.reportEndpoint(u, fl, v.end, m)
					unfixed = !fixed || unfixed
					if m.Rule.Paginated && c.formatSuffix(fl.s[m.Start:m.End]) == "" {
						// a CSV or XML download is no JSON list
						c.facts[i].paginated = render(fl.s[m.Start:m.End])
						c.facts[i].pageFixed = fixed
					}
				}
			}
		} else if m := c.relativeV1(u, fl, v); m != nil {
			pathUse = "api"
			c.facts[i].kobo = true
			c.facts[i].kinds = append(c.facts[i].kinds, m.Rule.Response)
			c.fixBlock = "the path is relative to a base that ends in /api, defined elsewhere; rewrite the base and the path together"
			c.reportEndpoint(u, fl, v.end, m)
			c.fixBlock = ""
		} else if kobo && hostKind != rules.HostKoboCAT && !startsAPI(fl.s, v.pathStart) && c.hostOnlyBase(fl, v) {
			if m := c.t.MatchEndpoint(fl.s, v.pathStart, "kpi"); m != nil {
				pathUse = "api"
				c.facts[i].kinds = append(c.facts[i].kinds, m.Rule.Response)
				unfixed = !c.reportEndpoint(u, fl, v.end, m) || unfixed
			}
		}
		if kobo && pathUse == "" {
			if kind := c.t.V2Response(fl.s, v.pathStart); kind != "" {
				pathUse = "api"
				c.facts[i].kinds = append(c.facts[i].kinds, kind)
			} else if c.t.IsOpenRosa(fl.s, v.pathStart) {
				pathUse = "openrosa"
			} else if hasPath(fl.s, v.pathStart, v.end) {
				pathUse = "api"
				c.facts[i].kinds = append(c.facts[i].kinds, "kobo")
			}
		}
		if hostKind == rules.HostKoboCAT && hostRule != nil {
			c.noteHost(u, fl, v, hostRule, pathUse, unfixed)
		}
	}
}

// relativeV1Heads are the first segments after "v1/" of the KoboCAT paths
// that a client may request relative to a base ending in /api ("/v1/forms"
// on a client whose base URL is https://kc.../api). ODK Central's paths
// also start with /v1/, but with projects, users, sessions and config,
// which are left out for that reason.
var relativeV1Heads = map[string]bool{
	"forms": true, "data": true, "submissions": true, "metadata": true,
	"media": true, "stats": true, "notes": true, "attachments": true,
}

// relativeV1 matches a request path "/v1/forms" with no host in a file
// that talks to Kobo (and to no other v1 API), as the KoboCAT path
// /api/v1/forms. It returns the match on fl.s, or nil.
func (c *checker) relativeV1(u *ir.URL, fl flat, v urlView) *rules.PathMatch {
	if u.Role != ir.RoleRequest || v.hostStart >= 0 || !c.koboContext || c.otherV1 {
		return nil
	}
	q := v.pathStart
	if q < len(fl.s) && fl.s[q] == '/' {
		q++
	}
	rest := fl.s[q:v.end]
	if !strings.HasPrefix(rest, "v1/") {
		return nil
	}
	head := rest[3:]
	if i := strings.IndexAny(head, "/?.#"); i >= 0 {
		head = head[:i]
	}
	if !relativeV1Heads[head] {
		return nil
	}
	const prefix = "/api/"
	m := c.t.MatchEndpoint(prefix+rest, 0, "kobocat")
	if m == nil || m.Start != 0 || m.End < len(prefix) {
		return nil
	}
	m.Start = q
	if q > v.pathStart {
		m.Start = q - 1 // the leading slash
	}
	m.End = q + m.End - len(prefix)
	return m
}

// hostOnlyBase: KPI v1 paths are only judged after a base that is a host
// (no /api/... prefix hidden in it).
func (c *checker) hostOnlyBase(fl flat, v urlView) bool {
	if v.hostStart >= 0 {
		return true
	}
	if v.baseHole < 0 {
		return false
	}
	n := strings.ToLower(fl.parts[v.baseHole].Name)
	return !strings.Contains(n, "api") && !strings.Contains(n, "v2") && !strings.Contains(n, "v1")
}

func startsAPI(s string, from int) bool {
	rest := strings.TrimLeft(s[from:], "/")
	return strings.HasPrefix(rest, "api/")
}

// hasPath reports whether there is a literal path after the host.
func hasPath(s string, from, end int) bool {
	p := strings.Trim(s[from:end], "/")
	return p != "" && p[0] != rules.Hole && p[0] != '?' && p[0] != '#'
}

// noteHost records how a KoboCAT host literal is used in this expression.
func (c *checker) noteHost(u *ir.URL, fl flat, v urlView, r *rules.Host, pathUse string, unfixed bool) {
	l, ok := fl.locate(v.hostStart, v.hostEnd)
	if !ok {
		// the host is written in another file: tell that file how it is used
		if p := fl.parts[fl.at[v.hostStart]]; p.Foreign != "" && p.Via != "" {
			c.opts.shared.markUse(p.Foreign, p.Via, pathUse, unfixed)
		}
		return
	}
	h := c.hosts[l.span]
	if h == nil {
		h = &hostUse{rule: r, host: fl.s[v.hostStart:v.hostEnd], loc: l}
		c.hosts[l.span] = h
		c.hostOrder = append(c.hostOrder, l.span)
	}
	if unfixed {
		h.blocked = true
	}
	if c.unsafePath {
		h.unsafePath = true
	}
	if u.Recorded {
		h.recorded = true
	}
	switch pathUse {
	case "api":
		h.api = true
	case "openrosa":
		h.openrosa = true
	}
	p := fl.parts[l.part]
	if p.Via != "" {
		h.names = append(h.names, p.Via)
	} else if u.Var != "" {
		h.names = append(h.names, u.Var)
	}
	switch {
	case u.Role == ir.RoleDoc:
		h.doc = true
	case c.prose:
		h.prose = true
	default:
		h.code = true
	}
}

// recordedReason is why a URL recorded by a test gets no fix.
const recordedReason = "recorded by a test (an HTTP cassette): record it again against the v2 API"

// reportHosts turns the gathered host evidence into findings.
func (c *checker) reportHosts() {
	for _, sp := range c.hostOrder {
		h := c.hosts[sp]
		sev := finding.Error
		switch {
		case h.api:
		case h.openrosa:
			continue
		case collectName(h.names):
			continue
		case apiName(h.names):
		default:
			sev = finding.Info
		}
		if !h.code && sev == finding.Error {
			sev = finding.Warning
			if !h.doc {
				sev = finding.Info // only in messages shown to people
			}
		}
		r := h.rule
		msg := fmt.Sprintf("KoboCAT host %s no longer serves the API", h.host)
		var v2 *string
		if r.V2 != nil {
			nv := hostV2(r, h.host)
			v2 = &nv
			msg += "; use " + nv
		}
		msg += " (a KoboCollect server URL may keep it for /submission and /formList)"
		fx := finding.Fix{Safety: r.Fix}
		if v2 != nil && h.loc.exact && h.api && !h.blocked && !h.recorded {
			fx.Edits = []finding.Edit{{Start: h.loc.span.Start, End: h.loc.span.End, NewText: *v2}}
			if h.unsafePath && fx.Safety == rules.Safe {
				fx.Safety = rules.Unsafe
			}
		} else if h.recorded {
			fx.Safety = rules.None
			fx.Reason = recordedReason
		} else if h.blocked {
			fx.Safety = rules.None
			fx.Reason = "a v1 path joined to this host has no automatic fix; change host and path together"
		} else {
			fx.Safety = rules.None
			fx.Reason = "the host is not only used for API calls here"
			if v2 == nil {
				fx.Reason = "the KPI host of this server is not known"
			}
		}
		n := len(c.out)
		c.emit(h.loc.span, r.Code, finding.Host, sev, msg, h.host, v2, fx)
		if len(c.out) > n && sev == finding.Info {
			c.out[n].Names = h.names
			if v2 != nil && h.loc.exact && h.code && !h.blocked && !h.prose && !h.doc {
				// used for nothing here: the fix waits for the other files
				held := finding.Fix{Safety: r.Fix, Edits: []finding.Edit{{Start: h.loc.span.Start, End: h.loc.span.End, NewText: *v2}}}
				c.placeEdits(&held)
				c.out[n].Held = &held
			}
		}
	}
}

func hostV2(r *rules.Host, host string) string {
	if r.Host != "" || r.V2 == nil {
		return *r.V2
	}
	// pattern rule such as "kc.*" -> "kf.*"
	from := strings.TrimSuffix(r.Pattern, "*")
	to := strings.TrimSuffix(*r.V2, "*")
	return to + strings.TrimPrefix(strings.ToLower(host), from)
}

// reportEndpoint reports the endpoint m of a URL that ends at urlEnd in
// fl, with its fix when the table and the source allow one. It returns
// whether the finding carries an edit.
func (c *checker) reportEndpoint(u *ir.URL, fl flat, urlEnd int, m *rules.PathMatch) bool {
	withSlash := m.End < len(fl.s) && fl.s[m.End] == '/'
	l, ok := fl.locate(m.Start, m.End)
	if !ok {
		return true // reported, and fixed or not, where it is written
	}
	e := m.Rule
	v1 := render(fl.s[m.Start:m.End])
	sev := finding.Error
	if u.Role == ir.RoleDoc {
		sev = finding.Warning
	}
	if u.Comment || c.prose {
		sev = finding.Info
	}
	var v2 *string
	msg := fmt.Sprintf("v1 endpoint %s (%s) was removed", v1, e.Title)
	fx := finding.Fix{Safety: e.Fix}
	if e.V2 != nil {
		text, missing := c.expandTemplate(e, m)
		if strings.HasSuffix(*e.V2, "**") || withSlash {
			// the rest of the path, or its trailing slash, stays in the source
			text = strings.TrimSuffix(text, "/")
		}
		if m.Start < len(fl.s) && fl.s[m.Start] != '/' {
			// a relative path ("assets/" for urljoin) stays relative
			text = strings.TrimPrefix(text, "/")
		}
		if r := c.formatSuffix(fl.s[m.Start:m.End]); r != "" && missing == "" {
			if r == "export" {
				missing = "a CSV/XLS file download has no direct v2 equivalent: use an export setting's synchronous link or /api/v2/assets/{uid}/exports/"
			} else {
				text += r
			}
		}
		v2 = &text
		msg += "; use " + text
		switch {
		case e.Fix == rules.None:
			fx.Reason = "no mechanical rewrite: " + e.Why
		case missing != "":
			fx.Safety = rules.None
			fx.Reason = missing
			msg += " (" + missing + ")"
		case c.fixBlock != "":
			fx.Safety = rules.None
			fx.Reason = c.fixBlock
		case u.Recorded:
			fx.Safety = rules.None
			fx.Reason = recordedReason
		case !l.exact || !fl.parts[l.part].Raw:
			fx.Safety = rules.None
			fx.Reason = "the path is built from several pieces; rewrite it by hand"
		case strings.Contains(text, "?") && c.extended[fl.parts[l.part].Span]:
			fx.Safety = rules.None
			fx.Reason = "the v2 URL ends in a query, and this base is joined with more text where it is used; rewrite those uses by hand"
		default:
			end := l.span.End
			if strings.Contains(text, "?") {
				extra, join, ok := queryTail(fl, l.part, m.End, urlEnd)
				if !ok {
					fx.Safety = rules.None
					fx.Reason = "the v2 URL ends in a query, and more of the path follows here; rewrite it by hand"
					break
				}
				end += extra
				text += join
				if c.f.Lang == "shell" && unquotedWord(c.src, l.span.Start) {
					// a bare ? or & in an unquoted shell word is a glob
					// (zsh refuses it, bash's nullglob drops the word)
					// or ends the command
					text = strings.NewReplacer("?", `\?`, "&", `\&`).Replace(text)
				}
			}
			fixable, decoded := c.decoded[u.ID]
			switch {
			case e.Paginated && decoded && !fixable:
				fx.Safety = rules.None
				fx.Reason = "the code decodes this list where no automatic edit can read the v2 page's results (KB501): rewrite the URL and that read together"
			case e.Paginated && decoded && fx.Safety == rules.Safe:
				// the rewrite is safe only with the KB501 edit that
				// reads the page's results
				fx.Safety = rules.Unsafe
				fx.Edits = []finding.Edit{{Start: l.span.Start, End: end, NewText: text}}
			default:
				fx.Edits = []finding.Edit{{Start: l.span.Start, End: end, NewText: text}}
			}
		}
	} else {
		fx.Safety = rules.None
		fx.Reason = "no v2 equivalent: " + e.Why
		msg += "; no v2 equivalent"
	}
	if len(fx.Edits) > 0 && fx.Safety == rules.Unsafe {
		c.unsafePath = true
	}
	c.emit(l.span, e.Code, finding.Endpoint, sev, msg, v1, v2, fx)
	return len(fx.Edits) > 0
}

// unquotedWord reports whether offset i of a shell script lies outside
// quotes, reading its line from the start ("..." and '...' toggle, a
// backslash escapes the next byte outside single quotes).
func unquotedWord(src []byte, i int) bool {
	start := bytes.LastIndexByte(src[:i], '\n') + 1
	var q byte
	for j := start; j < i; j++ {
		switch c := src[j]; {
		case q == 0 && (c == '"' || c == '\''):
			q = c
		case q == c:
			q = 0
		case c == '\\' && q != '\'':
			j++
		}
	}
	return q == 0
}

// queryTail decides how a replacement that carries a query ("/api/v2/
// assets/?q=asset_type:survey") fits before what follows the matched path
// at pos in the same literal part: a trailing slash is taken in with the
// edit, and an existing query is joined with "&" (so "/forms/?format=json"
// does not become "?q=...?format=json"). ok is false when anything else
// follows (more path, or a value joined at run time).
func queryTail(fl flat, part, pos, urlEnd int) (extra int, join string, ok bool) {
	partEnd := fl.start[part] + len(fl.parts[part].Text)
	p := pos
	if p < partEnd && fl.s[p] == '/' {
		p++
	}
	switch {
	case p == urlEnd && p <= partEnd:
		return p - pos, "", true
	case p < partEnd && fl.s[p] == '?':
		return p + 1 - pos, "&", true
	case p < partEnd && fl.s[p] == '#':
		return p - pos, "", true
	}
	return 0, "", false
}

// formatSuffix looks at a format suffix on the matched path (474.csv,
// data.json): "" for none or JSON (the v2 default), "?format=xml" for XML,
// "export" for file formats that v2 serves only through exports.
func (c *checker) formatSuffix(path string) string {
	last := path[strings.LastIndexByte(path, '/')+1:]
	if strings.HasPrefix(last, "form.") {
		return "" // form.xml and friends are part of the pattern
	}
	dot := strings.LastIndexByte(last, '.')
	if dot < 0 {
		return ""
	}
	switch strings.ToLower(last[dot+1:]) {
	case "xml":
		return "?format=xml"
	case "csv", "xls", "xlsx", "zip":
		return "export"
	}
	return ""
}

// expandTemplate fills a v2 template from the captured values; missing says
// what is needed when a value cannot be known.
func (c *checker) expandTemplate(e *rules.Endpoint, m *rules.PathMatch) (string, string) {
	out := c.t.ExpandV2(*e.V2)
	out = strings.TrimSuffix(out, "**")
	missing := ""
	if strings.Contains(out, "{uid}") {
		uid, ok := m.Caps["uid"]
		if formid, has := m.Caps["formid"]; has {
			uid, ok = c.opts.IDMap[formid]
			if !ok {
				if strings.IndexByte(formid, rules.Hole) >= 0 {
					missing = "needs the asset uid instead of the integer form id held in a variable"
				} else {
					missing = fmt.Sprintf("needs the asset uid of form %s: it is the id_string of the form in the v1 list, or the id in the project's URL /#/forms/<uid>/; pass --id-map", formid)
				}
			}
		} else if !ok || strings.IndexByte(uid, rules.Hole) >= 0 {
			ok = false
		}
		if ok {
			out = strings.ReplaceAll(out, "{uid}", uid)
		} else if missing == "" {
			missing = "needs the asset uid"
		}
	}
	for k, v := range m.Caps {
		if k == "uid" || k == "formid" {
			continue
		}
		ph := "{" + k + "}"
		if strings.Contains(out, ph) {
			if strings.IndexByte(v, rules.Hole) >= 0 {
				missing = "part of the path is only known at run time"
				continue
			}
			out = strings.ReplaceAll(out, ph, v)
		}
	}
	return out, missing
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
	if prev := c.previousKey(fr); prev != "" && c.t.IsV2Object(prev) {
		// user["extra_details"]["country"]: a key inside a v2 object
		return
	}
	kinds, known, explicitOther := c.originKinds(fr.Origin)
	if !known && fr.Kind == ir.FieldAttr && c.onlyResults(fr.Origin) {
		// x.name on the result of another file's function that is not
		// known to call Kobo: an object of the program (a Django model
		// from a queryset helper), not a response
		return
	}
	var pick *rules.Field
	via := ""
	if known {
		for _, k := range kinds {
			if fr.Kind == ir.FieldKey && !strings.HasPrefix(k, "v1-") && k != "kobo" {
				// a key sent to a v2 (or KPI) endpoint is that
				// endpoint's own vocabulary
				continue
			}
			if r := c.fieldFor(rs, fr.Name, k); r != nil {
				pick, via = r, k
				break
			}
		}
		if pick == nil {
			return
		}
	} else {
		// A key of a literal the code builds is the code's own name unless
		// it is known to travel to Kobo.
		if explicitOther || !c.koboContext || fr.Kind == ir.FieldKey {
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
	}
	c.reportField(fr, pick, via, known)
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
	}
	return true
}

// previousKey returns the key read just before this one in an access chain
// (`extra_details` in user["extra_details"]["country"], user$extra_details$country,
// user.extra_details.country), from the source text, or "".
func (c *checker) previousKey(fr *ir.FieldRead) string {
	start := fr.Span.Start
	if fr.Access.Valid() && fr.Access.Start < start {
		start = fr.Access.Start
	}
	if start <= 0 || start > len(c.src) {
		return ""
	}
	i := start
	// step back over the accessor punctuation between the two names
	for n := 0; i > 0 && n < 8; n++ { // (notebook sources escape quotes: \")
		ch := c.src[i-1]
		if ch == '"' || ch == '\'' || ch == '[' || ch == ']' || ch == '$' || ch == '.' || ch == '`' || ch == '?' || ch == '\\' {
			i--
			continue
		}
		break
	}
	end := i
	for i > 0 && isIdentByte(c.src[i-1]) {
		i--
	}
	if end-i >= 2 {
		return string(c.src[i:end])
	}
	// x.get("settings", {}).get("description")
	if m := getCallTail.FindSubmatch(c.src[max(0, start-80):start]); m != nil {
		return string(m[1])
	}
	return ""
}

// getCallTail matches a `.get("key", default)` call that ends right before
// the next accessor.
var getCallTail = regexp.MustCompile(`\.get\(\s*\\?["'](\w+)\\?["']\s*(?:,[^()]*(?:\(\))?[^()]*)?\)\s*$`)

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
		return nil
	case c.t.KnownV2Kind(k):
		if c.t.V2Has(k, name) {
			return nil
		}
		v1 := map[string][]string{"v2-assets": {"v1-forms", "v1-data-list"}, "v2-me": {"v1-user"}, "v2-files": {"v1-metadata"}}[k]
		for _, want := range v1 {
			for _, r := range rs {
				for _, rk := range r.Responses {
					if rk == want {
						return r
					}
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

var kindNames = map[string]string{
	"v1-data-list": "KoboCAT project list (/api/v1/data)",
	"v1-forms":     "KoboCAT form (/api/v1/forms)",
	"v1-metadata":  "KoboCAT media list (/api/v1/metadata)",
	"v1-user":      "KoboCAT user (/api/v1/user)",
	"v2-assets":    "v2 asset",
	"v2-me":        "v2 /me/",
	"v2-files":     "v2 asset file",
	"kobo":         "Kobo response",
}

func (c *checker) reportField(fr *ir.FieldRead, r *rules.Field, via string, known bool) {
	sev := finding.Error
	if fr.Comment {
		sev = finding.Info
	}
	from := kindNames[via]
	if from == "" {
		from = "Kobo v1 response"
	}
	msg := fmt.Sprintf("v1 field %q of a %s", fr.Name, from)
	if fr.Kind == ir.FieldKey {
		msg = fmt.Sprintf("v1 field %q in the body of a request to a removed v1 endpoint", fr.Name)
	}
	if strings.HasPrefix(via, "v2-") {
		msg = fmt.Sprintf("v1 field %q read from a %s response, which has no such field", fr.Name, kindNames[via])
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
	} else if edits, reason := c.fieldEdits(fr, r); len(edits) == 0 {
		fx.Safety = rules.None
		fx.Reason = reason
	} else {
		safety := r.Fix
		if !known && safety == rules.Safe {
			// the value is not known to come from Kobo: the name may be
			// the code's own
			safety = rules.Unsafe
		}
		fx.Safety = safety
		fx.Edits = edits
	}
	n := len(c.out)
	c.emit(fr.Span, r.Code, finding.Field, sev, msg, fr.Name, r.V2, fx)
	if fr.Kind == ir.FieldDecl && len(c.out) > n && len(fx.Edits) > 0 {
		c.declRenames = append(c.declRenames, declRename{key: fr.Receiver + "\x00" + *r.V2, out: n})
	}
}

// emit appends a finding unless the same span already has one of the same
// category, or a directive suppresses it.
func (c *checker) emit(sp ir.Span, code, cat, sev, msg, v1 string, v2 *string, fx finding.Fix) {
	k := dedupKey{sp, cat}
	if c.seen[k] {
		return
	}
	c.seen[k] = true
	sl, sc := c.lines.pos(sp.Start)
	el, ec := c.lines.pos(sp.End)
	if c.suppressed(sl, code) {
		return
	}
	c.placeEdits(&fx)
	if fx.Edits == nil {
		fx.Edits = []finding.Edit{}
	}
	if len(fx.Edits) == 0 && fx.Safety != rules.None {
		fx.Safety = rules.None
	}
	c.out = append(c.out, finding.Finding{
		Path: c.f.Path, Line: sl, Column: sc, EndLine: el, EndColumn: ec,
		Rule: code, Category: cat, Severity: sev, Message: msg, V1: v1, V2: v2, Fix: fx,
		Start: sp.Start, End: sp.End,
	})
}

// placeEdits escapes the edits' text for the file and gives them lines
// and columns.
func (c *checker) placeEdits(fx *finding.Fix) {
	for j := range fx.Edits {
		e := &fx.Edits[j]
		if c.f.EditText != nil {
			e.NewText = c.f.EditText(e.NewText)
		}
		e.StartLine, e.StartColumn = c.lines.pos(e.Start)
		e.EndLine, e.EndColumn = c.lines.pos(e.End)
	}
}

func (c *checker) suppressed(line int, code string) bool {
	for _, s := range c.f.Suppressions {
		if s.Line != line && s.Line != line-1 {
			continue
		}
		if len(s.Rules) == 0 {
			return true
		}
		for _, r := range s.Rules {
			if strings.EqualFold(r, code) {
				return true
			}
		}
	}
	return false
}

// nameWords splits an identifier into lower-case words (KOBO_URL, kcUrl,
// settings.kobo_base -> kobo, url, kc, url, settings, kobo, base).
func nameWords(n string) []string {
	var words []string
	var cur []rune
	prevLower := false
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range n {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && prevLower {
				flush()
			}
			cur = append(cur, r)
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	return words
}

// isKoboName: a variable or setting name that says it holds a Kobo value.
func isKoboName(n string) bool {
	for _, w := range nameWords(n) {
		switch w {
		case "kobo", "kc", "kf", "kpi", "kobocat", "kobotoolbox":
			return true
		}
		if strings.HasPrefix(w, "kobo") {
			return true
		}
	}
	return false
}

// apiName: a name that says the value is an API base (not a Collect URL).
func apiName(names []string) bool {
	for _, n := range names {
		for _, w := range nameWords(n) {
			switch w {
			case "api", "kobo", "kc", "kpi", "kobocat", "base", "server", "url", "host", "endpoint", "domain", "root", "uri":
				return true
			}
		}
	}
	return false
}

// collectName: a name that says the value is the KoboCollect/OpenRosa URL.
func collectName(names []string) bool {
	for _, n := range names {
		for _, w := range nameWords(n) {
			switch w {
			case "collect", "odk", "openrosa", "enketo", "formlist", "submission":
				return true
			}
		}
	}
	return false
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

// versionSetting reports an API version setting ("VERSION": "v1") in a file
// that talks to Kobo and to no other v1 API; it returns true when the URL
// was such a setting.
func (c *checker) versionSetting(u *ir.URL, fl flat) bool {
	if u.Role != ir.RoleAssign && u.Role != ir.RoleSetting || !strings.Contains(strings.ToLower(u.Var), "version") {
		return false
	}
	m := c.t.MatchEndpoint("/"+strings.ToLower(fl.s), 0, "version")
	if m == nil || !c.koboContext || c.otherV1 {
		return m != nil
	}
	// the match is on "/"+s: shift it back onto the literal
	m.Start, m.End = 0, len(fl.s)
	c.reportEndpoint(u, fl, len(fl.s), m)
	return true
}
