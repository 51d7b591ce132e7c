package engine

// KoboCAT hosts: how a host literal is used, and the host findings.

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

// hostUse is the evidence about one KoboCAT host literal, gathered from every
// expression that contains it.
type hostUse struct {
	rule     *rules.Host
	key      string // the literal's key (links.go)
	host     string
	loc      loc
	api      bool // joined with an API path somewhere
	openrosa bool // joined with an OpenRosa/KoboCollect path somewhere
	page     bool // joined with the path of a KoboCAT web page
	pagePath string
	// apiUnfixed: joined with a v1 path that has no fix
	apiUnfixed bool
	prose      bool // shown in a sentence (a message or label)
	recorded   bool // in a test's recorded HTTP exchange
	asserted   bool // compared in a test assertion
	// unsafePath: a path joined to it has only an unsafe rewrite
	unsafePath bool
	names      []string
	doc        bool
	code       bool
}

// blocked: a v1 path joined to the host stays as it is: a host is swapped
// only where every path joined to it is rewritten in the same run (the
// other paths could not stay on a KoboCAT host after that), so host and
// paths are left to a person together.
func (h *hostUse) blocked() bool { return h.apiUnfixed }

// koboBase decides from the host or base alone whether a URL is Kobo.
func (c *checker) koboBase(fl flat, v urlView, u *ir.URL) (kobo, other bool) {
	if v.hostStart >= 0 {
		if v.hostEnd == v.hostStart && v.hostStart < len(fl.s) && fl.s[v.hostStart] == rules.Hole {
			// a scheme joined to a host held in a name ("https://" + host,
			// f"{proto}://{cfg['HOST']}"): judged by that name, as a base is
			p := fl.parts[fl.at[v.hostStart]]
			return c.nameSays("kobo", p.Name) || c.nameSays("kobo", p.Via), false
		}
		host := strings.ToLower(fl.s[v.hostStart:v.hostEnd])
		if ph := placeholderHost(host); ph != "" {
			return c.nameSays("kobo", ph), false
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
		if k, _ := c.evidenceHost(fl, v, u, host); k == rules.HostKoboCAT {
			return true, false
		}
		if v.hostStart >= 3 && strings.HasSuffix(fl.s[:v.hostStart], "://") {
			// an explicit host that is not Kobo
			return false, isDomainLike(host)
		}
		return false, false
	}
	if v.baseHole >= 0 {
		p := fl.parts[v.baseHole]
		if c.nameSays("kobo", p.Name) || c.kpiBases[p.Name] {
			return true, false
		}
		// a base that another file's getter gives, named there as another
		// service's (partner_root() returning settings.ONA_ROOT); a name
		// of this file is judged with the file (namesOther)
		return false, p.Foreign != "" && c.namesOtherService(p.Name)
	}
	return false, false
}

// classifyHost is the table's verdict on the host of view v, or, for a
// host the table does not know, the repository's (evidenceHost).
func (c *checker) classifyHost(fl flat, v urlView, u *ir.URL) (rules.HostKind, *rules.Host) {
	host := strings.ToLower(fl.s[v.hostStart:v.hostEnd])
	kind, r := c.t.ClassifyHost(host)
	if kind == rules.HostUnknown {
		if k, er := c.evidenceHost(fl, v, u, host); k == rules.HostKoboCAT {
			return k, er
		}
	}
	return kind, r
}

// evidenceHost recognises a self-hosted KoboCAT host that is not named
// kc.*: joined with a KoboCAT endpoint (not a bare /api/v1, which any
// service has), where the file or the repository also uses its KPI or
// Enketo sibling (kf.<domain>, ee.<domain>), or where a Kobo-named value
// holds it (KOBOCAT_URL = "https://data.myngo.org").
func (c *checker) evidenceHost(fl flat, v urlView, u *ir.URL, host string) (rules.HostKind, *rules.Host) {
	if kind, _ := c.t.ClassifyHost(host); kind != rules.HostUnknown || !isDomainLike(host) || u.Comment {
		return rules.HostUnknown, nil
	}
	k := findV1(fl.s, v.pathStart, v.end, c.t.V1Root)
	if k < 0 {
		return rules.HostUnknown, nil
	}
	m := c.t.MatchEndpoint(fl.s, k, "kobocat")
	if m == nil || c.t.GenericV1(m.Rule) {
		return rules.HostUnknown, nil
	}
	parent := host[strings.IndexByte(host, '.')+1:]
	if kpi := c.siblingKPI(parent); kpi != "" {
		return rules.HostKoboCAT, c.t.EvidenceHost(host, kpi)
	}
	named := c.nameSays("kobo", u.Var)
	if p := fl.parts[fl.at[v.hostStart]]; p.Via != "" {
		named = c.nameSays("kobo", p.Via)
	}
	if named && !c.namesOther() {
		return rules.HostKoboCAT, c.t.EvidenceHost(host, "")
	}
	// the repository's other files may use its KPI sibling
	c.wantsRepo = c.wantsRepo || !c.repo
	return rules.HostUnknown, nil
}

// siblingKPI returns the KPI host of the domain parent that the file or
// the repository uses (kf.<parent>), or "" when there is none. An Enketo
// host of the domain tells it is a Kobo server too, with KPI at kf.
func (c *checker) siblingKPI(parent string) string {
	if kpi, ok := c.kpiDomains[parent]; ok {
		return c.orKPI(kpi, parent)
	}
	if kpi, ok := c.repoDomains[parent]; ok {
		return c.orKPI(kpi, parent)
	}
	return ""
}

// noteDomain records the domain of a KPI or Enketo host the file uses.
func (c *checker) noteDomain(h string) {
	if d, kpi := kpiSibling(c.t, h); d != "" && (c.kpiDomains[d] == "" || kpi != "") {
		if c.kpiDomains == nil {
			c.kpiDomains = map[string]string{}
		}
		c.kpiDomains[d] = kpi
	}
}

// kpiSibling returns the parent domain of a KPI or Enketo host and, for a
// KPI host, the host itself.
func kpiSibling(t *rules.Table, h string) (domain, kpi string) {
	kind, _ := t.ClassifyHost(h)
	i := strings.IndexByte(h, '.')
	if i < 0 || !strings.Contains(h[i+1:], ".") {
		return "", ""
	}
	switch kind {
	case rules.HostKPI:
		return h[i+1:], h
	case rules.HostEnketo:
		return h[i+1:], ""
	}
	return "", ""
}

// orKPI is kpi, or where the domain's KPI host is not seen, the table's
// usual one (kf.<parent>).
func (c *checker) orKPI(kpi, parent string) string {
	if kpi != "" {
		return kpi
	}
	return c.t.KPIHostPrefixes[0] + parent
}

func isSchemeWord(h string) bool {
	return strings.EqualFold(h, "http") || strings.EqualFold(h, "https")
}

func isDomainLike(h string) bool { return strings.Contains(h, ".") || h == "localhost" }

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
		h = &hostUse{rule: r, host: fl.s[v.hostStart:v.hostEnd], loc: l, key: c.keyAt(fl, v.hostStart, v.hostEnd)}
		c.hosts[l.span] = h
		c.hostOrder = append(c.hostOrder, l.span)
	}
	if pathUse == "api" && unfixed {
		h.apiUnfixed = true
	}
	if c.unsafePath {
		h.unsafePath = true
	}
	if u.Recorded {
		h.recorded = true
	}
	if u.Role == ir.RoleArg && assertion(u.Call) {
		h.recorded, h.asserted = true, true
	}
	switch pathUse {
	case "api":
		h.api = true
	case "page":
		if !h.page {
			h.pagePath = render(fl.s[v.pathStart:v.end])
		}
		h.page = true
	case "openrosa":
		h.openrosa = true
	}
	p := fl.parts[l.part]
	switch {
	case p.Via != "":
		h.names = append(h.names, p.Via)
	case u.Var != "":
		h.names = append(h.names, u.Var)
	}
	if p.Via == "" && v.hostStart >= 3 {
		// a command-line option names the value: --kobo-url=https://kc...
		// in a manifest, `tool --api https://kc...` in a usage line
		if f := flagBefore(c.src, l.span.Start-(v.hostStart-schemeStart(fl.s, v.hostStart))); f != "" {
			h.names = append(h.names, f)
		}
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

// schemeStart returns where the scheme of the URL whose host starts at
// hostStart begins in s (the "h" of "https://").
func schemeStart(s string, hostStart int) int {
	i := hostStart - 3
	for i > 0 && isSchemeByte(s[i-1]) {
		i--
	}
	return i
}

// flagBefore returns the name of the command-line option written just
// before offset i of src (--kobo.url=, --api , -u ), or "": what a manifest,
// a Makefile or a usage line passes the URL as. It looks back over at most
// one line break and the quotes and list markers between an option and its
// value.
func flagBefore(src []byte, i int) string {
	if i <= 0 || i > len(src) {
		return ""
	}
	j, lines := i, 0
	for j > 0 && i-j < 40 {
		ch := src[j-1]
		if ch == '\n' {
			lines++
			if lines > 1 {
				return ""
			}
		} else if ch != ' ' && ch != '\t' && ch != '=' && ch != '"' && ch != '\'' && ch != '-' && ch != '\r' {
			break
		}
		if ch == '-' && j < len(src) && src[j] == ' ' && (j < 2 || src[j-2] == ' ' || src[j-2] == '\t' || src[j-2] == '\n') {
			// a YAML list marker ("- ") before the value
			j--
			continue
		}
		if ch == '-' {
			break
		}
		j--
	}
	end := j
	for j > 0 && (isIdentByte(src[j-1]) || src[j-1] == '.' || src[j-1] == '-') {
		j--
	}
	name := strings.TrimLeft(string(src[j:end]), "-")
	if name == "" || j == end || src[j] != '-' {
		return ""
	}
	return name
}

// recordedReason is why a URL recorded by a test gets no fix.
const recordedReason = "recorded by a test (an HTTP cassette): record it again against the v2 API"

// reportHosts turns the gathered host evidence into findings.
func (c *checker) reportHosts() {
	for _, sp := range c.hostOrder {
		h := c.hosts[sp]
		sev := finding.Error
		switch {
		case h.api, h.page:
		case h.openrosa:
			continue
		case c.namesSay("collect", h.names):
			continue
		case c.namesSay("api", h.names):
		case h.code && !h.prose && !h.doc && !h.recorded && c.repoAPI && !c.usesV2:
			// held in code of a repository that requests the removed v1
			// API, in a file that joins no /api/v2 (which would make it a
			// migration's own code): most likely that API's base, set up
			// here and joined elsewhere (a table of base URLs, a default)
			sev = finding.Warning
		default:
			sev = finding.Info
			if h.code && !h.prose && !h.doc && !c.repo {
				c.wantsRepo = true
			}
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
		if h.openrosa && h.api {
			fx.Safety = rules.None
			fx.Reason = "the host is also used for KoboCollect (OpenRosa) paths, which stay on it: give the API its own KPI base by hand"
		} else if h.page && v2 != nil && !h.recorded {
			fx.Safety = rules.None
			fx.Reason = "the host is used for a KoboCAT web page (" + h.pagePath + "), which KPI does not serve at that path: link the page by hand"
		} else if v2 != nil && h.loc.exact && h.api && !h.blocked() && !h.recorded {
			fx.Edits = []finding.Edit{{Start: h.loc.span.Start, End: h.loc.span.End, NewText: *v2}}
			if h.unsafePath && fx.Safety == rules.Safe {
				fx.Safety = rules.Unsafe
				fx.Reason = "a path joined to this host has only an unsafe rewrite, which the host goes with"
			}
			if h.prose && !h.code && fx.Safety == rules.Safe {
				fx.Safety = rules.Unsafe
				fx.Reason = "the URL is part of a sentence: check that the text around it still holds for the KPI host"
			}
		} else if h.recorded {
			fx.Safety = rules.None
			fx.Reason = recordedReason
			if h.asserted {
				fx.Reason = assertionReason
			}
		} else if h.blocked() {
			fx.Safety = rules.None
			fx.Reason = "a v1 path joined to this host has no automatic fix; change host and path together"
		} else {
			fx.Safety = rules.None
			fx.Reason = "the host is not only used for API calls here"
			if v2 == nil {
				fx.Reason = "the KPI host of this server is not known"
			}
		}
		if fx.Safety == rules.Unsafe && fx.Reason == "" {
			fx.Reason = r.Why
		}
		n := len(c.out)
		idx := c.emit(h.loc.span, r.Code, finding.Host, sev, msg, h.host, v2, fx)
		if idx < 0 {
			c.suppressedUse(h.key)
		} else {
			c.link(idx, true, h.key)
		}
		if len(c.out) > n && sev == finding.Info {
			c.out[n].Names = h.names
			if v2 != nil && h.loc.exact && h.code && !h.blocked() && !h.prose && !h.doc {
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

// nameSays reports whether a word of the name n says what (one of the
// table's name_words: kobo, kc, api, collect) of the value it holds.
func (c *checker) nameSays(what, n string) bool {
	for _, w := range nameWords(n) {
		if c.t.NameSays(what, w) {
			return true
		}
	}
	return false
}

// namesSay is nameSays for any of several names.
func (c *checker) namesSay(what string, names []string) bool {
	for _, n := range names {
		if c.nameSays(what, n) {
			return true
		}
	}
	return false
}
