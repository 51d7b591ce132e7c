package engine

// Endpoints: matching a URL expression's paths against the table, and their findings and fixes.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

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
		c.curHost, c.curBase = "", ""
		if v.hostStart >= 0 {
			hostKind, hostRule = c.classifyHost(fl, v, u)
			if hostKind == rules.HostKoboCAT {
				// a path rewritten to v2 is right only with its host
				c.curHost = c.keyAt(fl, v.hostStart, v.hostEnd)
			}
		} else if v.baseHole >= 0 && !c.kpiBases[fl.parts[v.baseHole].Name] {
			c.curBase = fl.parts[v.baseHole].Name
		}
		pathUse := ""
		unfixed := false // a v1 path here that the fixer cannot rewrite
		c.unsafePath = false
		// KoboCAT /api/v1 paths
		if k := findV1(fl.s, v.pathStart, v.end, c.t.V1Root); k >= 0 {
			// with no real host (none, a hole, or the "https" of a
			// doubled scheme: "http://https//<kc_url>/api/v1"), the
			// file's Kobo context decides; a name such as Django's
			// "testserver" is a host of its own
			hostless := v.hostStart < 0 || isSchemeWord(fl.s[v.hostStart:v.hostEnd])
			counts := kobo || (hostless && c.koboContext && !c.otherV1)
			if hostless && !c.koboContext && !c.otherV1 && !u.Comment {
				c.wantsRepo = true
			}
			if counts {
				pathUse = "api"
				m := c.t.MatchEndpoint(fl.s, k, "kobocat")
				if m != nil && !kobo && !c.fileKobo && c.t.GenericV1(m.Rule) {
					// only the repository talks to Kobo: a bare /api/v1
					// (or an unknown path under it) is any service's
					m = nil
				}
				if m != nil {
					c.facts[i].kobo = true
					c.facts[i].kinds = append(c.facts[i].kinds, m.Rule.Response)
					fixed := c.reportEndpoint(u, fl, v.end, m)
					unfixed = !fixed || unfixed
					if m.Rule.Paginated && c.formatSuffix(fl.s[m.Start:m.End]) == "" && !isWrite(u) {
						// a CSV or XML download is no JSON list
						c.facts[i].paginated = render(fl.s[m.Start:m.End])
						c.facts[i].pageFixed = fixed
					}
				}
			}
		} else if m := c.relativeToKoboBase(u, fl, v); m != nil {
			pathUse = "api"
			c.facts[i].kobo = true
			c.facts[i].kinds = append(c.facts[i].kinds, m.Rule.Response)
			c.fixBlock = "the path is relative to a base that is not known here (" + fl.parts[v.baseHole].Name + "), which holds a KoboCAT API base: rewrite the base and the path together"
			c.reportEndpoint(u, fl, v.end, m)
			c.fixBlock = ""
			if m.Rule.Paginated && c.formatSuffix(fl.s[m.Start:m.End]) == "" && !isWrite(u) {
				c.facts[i].paginated, c.facts[i].pageFixed = render(fl.s[m.Start:m.End]), false
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
		} else if v.hostStart < 0 && v.baseHole < 0 && c.fileKobo && !c.otherV1 && !c.f.Fragments {
			// /assets/<uid>/ written without a host, as a value of a
			// request's body (content_object): a KPI v1 resource URL
			// only in code of the v1 era: where the repository uses
			// /api/v2, a client joins such paths to a v2 base
			if m := c.t.RelativeResource(fl.s, v.pathStart, v.end); m != nil && !c.usesV2 && (!c.repo || !c.repoV2) {
				c.wantsRepo = true
			}
			if m := c.t.RelativeResource(fl.s, v.pathStart, v.end); m != nil && !c.usesV2 && c.repo && !c.repoV2 {
				c.facts[i].kinds = append(c.facts[i].kinds, m.Rule.Response)
				c.fixBlock = "a KPI resource named by a relative v1 URL: v2 takes its full " + c.t.V2Root + "/ URL, written together with the request that sends it"
				c.reportEndpoint(u, fl, v.end, m)
				c.fixBlock = ""
			}
		}
		if pathUse == "" && (hostKind == rules.HostKoboCAT || v.hostStart < 0 && v.baseHole >= 0 && c.nameSays("kc", fl.parts[v.baseHole].Name)) {
			// a KoboCAT link outside /api/v1 that no longer works
			// (/media/original?media_file=...)
			if m := c.t.MatchEndpoint(fl.s, v.pathStart, "legacy"); m != nil && m.Start == v.pathStart {
				pathUse = "api"
				c.facts[i].kobo = true
				c.reportEndpoint(u, fl, v.end, m)
				unfixed = true
			}
		}
		if kobo && pathUse == "" {
			if vp := c.t.V2PathAt(fl.s, v.pathStart); vp != nil && vp.Paginated && !isWrite(u) && c.formatSuffix(fl.s[v.pathStart:v.end]) == "" {
				c.facts[i].v2List = render(strings.TrimRight(fl.s[v.pathStart:v.end], "/"))
			}
			if kind := c.t.V2Response(fl.s, v.pathStart); kind != "" {
				pathUse = "api"
				c.facts[i].kinds = append(c.facts[i].kinds, kind)
			} else if c.t.IsOpenRosa(fl.s, v.pathStart) {
				pathUse = "openrosa"
			} else if hasPath(fl.s, v.pathStart, v.end) {
				pathUse = "api"
				if hostKind == rules.HostKoboCAT {
					// a KoboCAT web page (/<user>/api-token, a form's
					// page): gone, and no KPI page has that path
					pathUse = "page"
				}
				c.facts[i].kinds = append(c.facts[i].kinds, "kobo")
			}
		}
		if hostKind == rules.HostKoboCAT && hostRule != nil {
			c.noteHost(u, fl, v, hostRule, pathUse, unfixed)
		}
	}
}

// assertion reports a call of a test assertion (expect_equal, assertEqual,
// expect(x).toBe): a URL compared there is what a recorded or stubbed
// response says, and changes only when that response is recorded again.
func assertion(call string) bool {
	c := strings.ToLower(call)
	c = c[strings.LastIndexAny(c, ".:$")+1:]
	switch c {
	case "tobe", "toequal", "tostrictequal", "tocontain", "equal", "equals", "deepequal", "strictequal", "is":
		return true
	}
	return strings.HasPrefix(c, "expect") || strings.HasPrefix(c, "assert")
}

// assertionReason is why a URL in a test assertion gets no fix.
const assertionReason = "compared in a test assertion: record the test's responses again against v2, then change it"

// writeCall reports a request made by a call that writes (POST, PUT,
// PATCH, DELETE, an upload helper): its response is the object written,
// not the endpoint's list.
func writeCall(call string) bool {
	c := strings.ToLower(call)
	c = c[strings.LastIndexAny(c, ".:$")+1:]
	for _, w := range []string{"post", "put", "patch", "delete", "upload", "create"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// relativeV1 matches a request path "/v1/forms" with no host in a file
// that talks to Kobo (and to no other v1 API), as the KoboCAT path
// /api/v1/forms. It returns the match on fl.s, or nil.
func (c *checker) relativeV1(u *ir.URL, fl flat, v urlView) *rules.PathMatch {
	if u.Role != ir.RoleRequest || v.hostStart >= 0 || c.otherV1 {
		return nil
	}
	if !c.koboContext {
		c.wantsRepo = c.wantsRepo || c.relativeV1Head(fl.s[v.pathStart:v.end])
		return nil
	}
	const prefix = "/api/"
	return c.relativeMatch(fl, v, prefix, "v1/", false, func(m *rules.PathMatch) bool { return m.End >= len(prefix) })
}

// relativeToKoboBase matches a KoboCAT resource ("data/{id}", "/forms")
// joined to a base that is not known here (a parameter, a setting read at
// run time) as the KoboCAT path /api/v1/...: where the base is named as an
// API base (a url, a server, an api: not a folder) that is Kobo's by its
// name (KOBO_API_URL) or by the file's talk; in both cases only in a file
// that joins no /api/v2 and talks to no other /api/v1 service. A v2 base has
// no such resource at its root.
func (c *checker) relativeToKoboBase(u *ir.URL, fl flat, v urlView) *rules.PathMatch {
	if v.hostStart >= 0 || v.baseHole < 0 || c.otherV1 || c.usesV2 || u.Comment || c.f.Fragments {
		return nil
	}
	name := fl.parts[v.baseHole].Name
	if c.kpiBases[name] || c.nameSays("kpi", name) || c.namesOtherService(name) {
		return nil
	}
	if !c.nameSays("api", name) || !c.nameSays("kobo", name) && !c.fileKobo {
		// the base must be named as an API base (not app_dir + "/data/")
		return nil
	}
	prefix := c.t.V1Dir()
	// the table's base-only heads (projects) also name an application's
	// own routes: only after a base that itself says Kobo
	return c.relativeMatch(fl, v, prefix, "", c.nameSays("kobo", name), func(m *rules.PathMatch) bool {
		return !c.t.GenericV1(m.Rule) && m.End > len(prefix)
	})
}

// relativeMatch matches the path of v (without its leading slash, which
// must start with lead) as the KoboCAT path prefix+path, when its first
// segment after lead is a KoboCAT resource the table knows and accept
// takes the match. The match is returned on fl.s, or nil.
func (c *checker) relativeMatch(fl flat, v urlView, prefix, lead string, baseHeads bool, accept func(*rules.PathMatch) bool) *rules.PathMatch {
	q := v.pathStart
	if q < len(fl.s) && fl.s[q] == '/' {
		q++
	}
	rest := fl.s[q:v.end]
	head, ok := strings.CutPrefix(rest, lead)
	if !ok {
		return nil
	}
	if i := strings.IndexAny(head, "/?.#"); i >= 0 {
		head = head[:i]
	}
	if !c.t.RelativeV1Head(head) && (!baseHeads || !slices.Contains(c.t.RelativeBaseHeads, head)) {
		return nil
	}
	m := c.t.MatchEndpoint(prefix+rest, 0, "kobocat")
	if m == nil || m.Start != 0 || !accept(m) {
		return nil
	}
	m.Start = q
	if q > v.pathStart {
		m.Start = q - 1 // the leading slash
	}
	m.End = q + m.End - len(prefix)
	return m
}

// relativeV1Head reports whether a path starts with "v1/" and one of the
// KoboCAT heads a client may request relative to a base ending in /api.
func (c *checker) relativeV1Head(p string) bool {
	p = strings.TrimPrefix(p, "/")
	head, ok := strings.CutPrefix(p, "v1/")
	if !ok {
		return false
	}
	if i := strings.IndexAny(head, "/?.#"); i >= 0 {
		head = head[:i]
	}
	return c.t.RelativeV1Head(head)
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

// reportEndpoint reports the endpoint m of a URL that ends at urlEnd in
// fl, with its fix when the table and the source allow one. It returns
// whether the finding carries an edit.
func (c *checker) reportEndpoint(u *ir.URL, fl flat, urlEnd int, m *rules.PathMatch) bool {
	withSlash := m.End < len(fl.s) && fl.s[m.End] == '/'
	key := c.keyAt(fl, m.Start, m.End)
	c.noteUse(u.ID, u, key)
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
				missing = c.t.ExportHint
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
		case u.Role == ir.RoleArg && assertion(u.Call):
			fx.Safety = rules.None
			fx.Reason = assertionReason
		case !l.exact || !fl.parts[l.part].Raw:
			fx.Safety = rules.None
			fx.Reason = "the path is built from several pieces; rewrite it by hand"
		case strings.Contains(text, "?") && c.extended[fl.parts[l.part].Span]:
			fx.Safety = rules.None
			fx.Reason = "the v2 URL ends in a query, and this base is joined with more text where it is used; rewrite those uses by hand"
		case strings.Contains(text, "?") && fl.parts[l.part].Segment:
			fx.Safety = rules.None
			fx.Reason = "the v2 URL ends in a query, and this path goes through a path-joining call that would escape the '?': put the query where that call takes one"
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
				// as the language writes it there (a shell word outside
				// quotes escapes ? and &)
				text = c.syn().URLText(c.src, l.span.Start, text)
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
				fx.Reason = "v2 answers this list with a page object: the URL is rewritten together with the read of its results, which gets the first page only (follow next for the rest)"
				if sh := c.t.PaginatedShape(); c.follows[u.ID] && sh != nil {
					fx.Reason = fmt.Sprintf("v2 answers this list with a page object: the URL is rewritten together with a loop that follows %s to fetch every page and collects their %s", sh.Next, *sh.V2)
				}
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
	if len(fx.Edits) > 0 && (c.prose || u.Role == ir.RoleDoc) && fx.Safety == rules.Safe {
		fx.Safety = rules.Unsafe
		fx.Reason = "the URL is part of a sentence: check that the text around it still says what the v2 URL does"
	}
	if len(fx.Edits) > 0 && c.curBase != "" && fx.Safety == rules.Safe {
		switch e.Family {
		case "kobocat":
			fx.Safety = rules.Unsafe
			fx.Reason = fmt.Sprintf("the base %s is not known here: the v2 path is right only where it holds the KPI host, not a KoboCAT one", c.curBase)
		case "kpi":
			// KOBO_URL + "/assets/": v2 puts the path under its root, which
			// is right only where the base is the server alone (a base that
			// ends in a path, /api/v2 say, would be written twice)
			fx.Safety = rules.Unsafe
			fx.Reason = fmt.Sprintf("the base %s is not known here: the v2 path is right only where it holds the server's address alone, with no path", c.curBase)
		}
	}
	if len(fx.Edits) > 0 && fx.Safety == rules.Unsafe {
		c.unsafePath = true
		if fx.Reason == "" {
			fx.Reason = e.Why
		}
	}
	if fid, ok := m.Caps[rules.CapFormID]; ok && strings.IndexByte(fid, rules.Hole) >= 0 && len(fx.Edits) == 0 {
		// an integer form id pasted in at run time into a URL that stays
		// v1: an id read of the file must keep its meaning
		c.idHole = true
	}
	idx := c.emit(l.span, e.Code, finding.Endpoint, sev, msg, v1, v2, fx)
	if idx < 0 {
		c.suppressedUse(key)
	} else if key != "" {
		lk := c.link(idx, true, key)
		if c.curHost != "" && !hasKey(lk.Hosts, c.curHost) {
			lk.Hosts = append(lk.Hosts, c.curHost)
		}
		lk.List = lk.List || e.Paginated && c.formatSuffix(fl.s[m.Start:m.End]) == ""
		if c.t.V2KindOf(e.Response) != "" {
			lk.Reshapes = true
			if !hasKey(lk.Kinds, e.Response) {
				lk.Kinds = append(lk.Kinds, e.Response)
			}
		}
	}
	return len(fx.Edits) > 0
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
	return c.t.Format(last[dot+1:])
}

// expandTemplate fills a v2 template from the captured values; missing says
// what is needed when a value cannot be known.
func (c *checker) expandTemplate(e *rules.Endpoint, m *rules.PathMatch) (string, string) {
	out := c.t.ExpandV2(*e.V2)
	out = strings.TrimSuffix(out, "**")
	missing := ""
	if strings.Contains(out, "{"+rules.CapUID+"}") {
		uid, ok := m.Caps[rules.CapUID]
		if formid, has := m.Caps[rules.CapFormID]; has {
			uid, ok = c.opts.IDMap[formid]
			if !ok {
				if strings.IndexByte(formid, rules.Hole) >= 0 {
					missing = "needs the asset uid instead of the integer form id held in a variable"
				} else {
					missing = rules.NeedsUID(formid)
				}
			}
		} else if !ok || strings.IndexByte(uid, rules.Hole) >= 0 {
			ok = false
		}
		if ok {
			out = strings.ReplaceAll(out, "{"+rules.CapUID+"}", uid)
		} else if missing == "" {
			missing = "needs the asset uid"
		}
	}
	for k, v := range m.Caps {
		if k == rules.CapUID || k == rules.CapFormID {
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

// versionSetting reports an API version setting ("VERSION": "v1") in a file
// that talks to Kobo and to no other v1 API; it returns true when the URL
// was such a setting.
func (c *checker) versionSetting(u *ir.URL, fl flat) bool {
	if u.Role != ir.RoleAssign && u.Role != ir.RoleSetting || !strings.Contains(strings.ToLower(u.Var), "version") {
		return false
	}
	m := c.t.MatchEndpoint("/"+strings.ToLower(fl.s), 0, "version")
	if m == nil || !c.fileKobo || c.otherV1 {
		// a version setting is Kobo's only in a file that talks to Kobo
		return m != nil
	}
	// the match is on "/"+s: shift it back onto the literal
	m.Start, m.End = 0, len(fl.s)
	c.reportEndpoint(u, fl, len(fl.s), m)
	return true
}
