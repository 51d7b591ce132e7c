package rules

import (
	"fmt"
	"slices"
	"strings"
)

// Hole stands for a run-time value inside an analysed URL string.
const Hole = '\x00'

// HostKind classifies a host name.
type HostKind uint8

const (
	HostUnknown HostKind = iota
	HostKoboCAT
	HostKPI
	HostEnketo
	HostOther // a known non-Kobo service with look-alike paths (Ona)
	HostWeb   // Kobo's website or documentation: pages, not the API
)

// GenericV1 reports a rule that matches any path under the v1 root (the
// bare base, or an endpoint the table does not name).
func (t *Table) GenericV1(e *Endpoint) bool {
	return e.Match == t.V1Root || e.Match == t.v1Any
}

// V1Dir is the v1 root with its slash: what a relative path is joined
// after (/api/v1/).
func (t *Table) V1Dir() string { return t.v1Dir }

// AssetListPath is the path of the v2 asset list without slashes around
// it or its query (api/v2/assets).
func (t *Table) AssetListPath() string { return t.assetList }

// Placeholders of the table's path patterns that name a form: the
// integer form id of KoboCAT (v2 has none) and the asset uid.
const (
	CapFormID = "formid"
	CapUID    = "uid"
)

// NeedsUID says where the asset uid of the integer form formid is found,
// for a rewrite that cannot make it.
func NeedsUID(formid string) string {
	return fmt.Sprintf("needs the asset uid of form %s: it is the id_string of the form in the v1 list, or the id in the project's URL /#/forms/<uid>/; pass --id-map", formid)
}

// ClassifyHost says what a (lower-cased, port-less) host name is, and for a
// KoboCAT host which rule applies.
func (t *Table) ClassifyHost(h string) (HostKind, *Host) {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	if h == "" {
		return HostUnknown, nil
	}
	if _, ok := t.ExtraKoboCAT[h]; ok {
		return HostKoboCAT, t.extraHostRule(h)
	}
	if t.ExtraKPI[h] {
		return HostKPI, nil
	}
	for i := range t.Hosts {
		if t.Hosts[i].Host == h {
			return HostKoboCAT, &t.Hosts[i]
		}
	}
	for _, k := range t.KPIHosts {
		if h == k {
			return HostKPI, nil
		}
	}
	if slices.Contains(t.WebHosts, h) {
		return HostWeb, nil
	}
	for _, o := range t.OtherServices {
		if h == o || strings.HasSuffix(h, "."+o) {
			return HostOther, nil
		}
	}
	for i := range t.Hosts {
		p := t.Hosts[i].Pattern
		if p != "" && strings.HasSuffix(p, "*") {
			prefix := strings.TrimSuffix(p, "*")
			if strings.HasPrefix(h, prefix) && isDomain(h[len(prefix):]) {
				return HostKoboCAT, &t.Hosts[i]
			}
		}
	}
	for _, p := range t.EnketoHostPrefixes {
		if strings.HasPrefix(h, p) && strings.Contains(h, "kobo") {
			return HostEnketo, nil
		}
	}
	for _, p := range t.KPIHostPrefixes {
		if strings.HasPrefix(h, p) && isDomain(h[len(p):]) {
			return HostKPI, nil
		}
	}
	for _, w := range t.KoboDomainWords {
		if strings.Contains(h, w) {
			return HostKPI, nil
		}
	}
	return HostUnknown, nil
}

// EvidenceHost builds the rule of a host the table does not know that a
// repository shows to be a KoboCAT host (its KPI sibling kpi is used too,
// or a Kobo-named value holds it with KoboCAT paths): the self-hosted
// rule, with that sibling as its v2 host when known.
func (t *Table) EvidenceHost(h, kpi string) *Host {
	for i := range t.Hosts {
		if t.Hosts[i].Code != "KB104" {
			continue
		}
		r := t.Hosts[i]
		r.Pattern, r.Host = "", h
		r.V2, r.Fix = nil, None
		r.Why = "A self-hosted KoboCAT host not named kc.*, known by a Kobo-named setting that holds it; its KPI host is not known."
		if kpi != "" {
			r.V2, r.Fix = &kpi, Unsafe
			r.Why = "A self-hosted KoboCAT host not named kc.*, known by its KPI sibling " + kpi + ", which the repository uses: check that it is this server's KPI host."
		}
		return &r
	}
	return nil
}

// extraHostRule builds a rule for a KoboCAT host from the user's config.
func (t *Table) extraHostRule(h string) *Host {
	v2 := t.ExtraKoboCAT[h]
	r := &Host{Code: "KB104", Host: h, Fix: Unsafe, Why: "A KoboCAT host configured for this repository; its KPI host is the one configured next to it."}
	if v2 != "" {
		r.V2 = &v2
		r.Fix = Safe
	}
	return r
}

// isDomain reports whether s looks like "example.org" (two labels or more).
func isDomain(s string) bool {
	if !strings.Contains(s, ".") || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") {
		return false
	}
	for _, r := range s {
		if r != '.' && r != '-' && (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return false
		}
	}
	tld := s[strings.LastIndexByte(s, '.')+1:]
	return len(tld) >= 2 && allIn(tld, 'a', 'z')
}

// allIn reports whether every character of s lies in [lo, hi].
func allIn(s string, lo, hi rune) bool {
	for _, r := range s {
		if r < lo || r > hi {
			return false
		}
	}
	return true
}

// segment is one "/"-separated piece of a path with its offsets in the
// analysed string.
type segment struct {
	text       string
	start, end int
}

// splitPath splits a pattern into segments, dropping empty ones.
func splitPath(p string) []string {
	var out []string
	for _, s := range strings.Split(p, "/") {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// pathSegments splits s[from:] up to the query string into segments.
func pathSegments(s string, from int) []segment {
	end := len(s)
	for i := from; i < len(s); i++ {
		c := s[i]
		if c == '?' || c == '#' || c == ' ' || c == '"' || c == '\'' || c == '\n' || c == '\t' || c == '<' || c == '>' || c == '`' {
			end = i
			break
		}
	}
	var segs []segment
	i := from
	for i < end {
		if s[i] == '/' {
			i++
			continue
		}
		j := i
		for j < end && s[j] != '/' {
			j++
		}
		segs = append(segs, segment{s[i:j], i, j})
		i = j
	}
	return segs
}

var formatSuffixes = []string{".json", ".jsonp", ".csv", ".xml", ".xls", ".xlsx", ".geojson", ".zip"}

func stripFormat(s string) string {
	for _, f := range formatSuffixes {
		if strings.HasSuffix(s, f) && len(s) > len(f) {
			return s[:len(s)-len(f)]
		}
	}
	return s
}

// matchSegs matches pattern tokens against segments. It returns the number
// of segments consumed by non-"**" tokens, the captured values, and ok.
func matchSegs(pat []string, segs []segment) (int, map[string]string, bool) {
	caps := map[string]string{}
	n, ok := matchFrom(pat, segs, caps, true)
	return n, caps, ok
}

func matchFrom(pat []string, segs []segment, caps map[string]string, last bool) (int, bool) {
	for i, p := range pat {
		if p == "**" {
			return i, true // the rest is free
		}
		if i >= len(segs) {
			return 0, false
		}
		s := segs[i].text
		// the path's last segment may carry a format suffix (data.json),
		// also where the pattern lets more follow (submissions/**)
		isLast := i == len(segs)-1 && (i == len(pat)-1 || i == len(pat)-2 && pat[i+1] == "**")
		if !matchSeg(p, s, isLast, caps) {
			return 0, false
		}
	}
	if len(segs) != len(pat) {
		return 0, false
	}
	return len(pat), true
}

func matchSeg(p, s string, last bool, caps map[string]string) bool {
	if s == "" {
		return false
	}
	if strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}") {
		v := s
		if last {
			v = stripFormat(s)
		}
		if p == "{"+CapFormID+"}" && !isIntOrHole(v) {
			return false
		}
		caps[p[1:len(p)-1]] = v
		return true
	}
	if i := strings.Index(p, "{"); i > 0 { // "form.{name}"
		return strings.HasPrefix(s, p[:i]) && len(s) > i
	}
	if s == p {
		return true
	}
	return last && stripFormat(s) == p
}

func isIntOrHole(s string) bool {
	if s == "" {
		return false
	}
	if strings.IndexByte(s, Hole) >= 0 {
		// a run-time value, possibly with literal decoration around it
		return true
	}
	return allIn(s, '0', '9')
}

// PathMatch is an endpoint rule matched in an analysed string.
type PathMatch struct {
	Rule *Endpoint
	// Start and End delimit the matched path in the analysed string (Start at
	// its leading slash when there is one).
	Start, End int
	// Caps holds the values of the pattern's placeholders ({formid}: "474").
	Caps map[string]string
	// Rest is the unmatched remainder of the path (for "**" rewrites).
	Rest string
}

// MatchEndpoint matches the path that starts at s[from:] against the rules of
// one family. It returns nil when nothing matches.
func (t *Table) MatchEndpoint(s string, from int, family string) *PathMatch {
	segs := pathSegments(s, from)
	if len(segs) == 0 {
		return nil
	}
	for i := range t.Endpoints {
		e := &t.Endpoints[i]
		if e.Family != family {
			continue
		}
		n, caps, ok := matchSegs(e.pattern, segs)
		if !ok {
			continue
		}
		start := segs[0].start
		if start > 0 && s[start-1] == '/' {
			start--
		}
		end := segs[0].end
		if n > 0 {
			end = segs[n-1].end
		}
		rest := ""
		if n < len(segs) {
			rest = s[segs[n].start:segs[len(segs)-1].end]
		}
		return &PathMatch{Rule: e, Start: start, End: end, Caps: caps, Rest: rest}
	}
	return nil
}

// IsOpenRosa reports whether the path at s[from:] is an OpenRosa/KoboCollect
// path that stays valid on KoboCAT hosts.
func (t *Table) IsOpenRosa(s string, from int) bool {
	return matchAny(t.openrosa, pathSegments(s, from))
}

func matchAny(pats [][]string, segs []segment) bool {
	if len(segs) == 0 {
		return false
	}
	for _, p := range pats {
		caps := map[string]string{}
		if _, ok := matchFrom(p, segs, caps, true); ok {
			return true
		}
	}
	return false
}

// V2Response returns the response kind of a v2 path at s[from:], or "".
func (t *Table) V2Response(s string, from int) string {
	if p := t.V2PathAt(s, from); p != nil {
		return p.Response
	}
	return ""
}

// V2PathAt returns the v2 path rule matching s[from:], or nil.
func (t *Table) V2PathAt(s string, from int) *V2Path {
	segs := pathSegments(s, from)
	for i := range t.V2Paths {
		p := &t.V2Paths[i]
		caps := map[string]string{}
		if _, ok := matchFrom(p.pattern, segs, caps, true); ok {
			return p
		}
	}
	return nil
}

// V2KindOf returns the v2 response kind that a v1 kind became, or "".
func (t *Table) V2KindOf(v1 string) string { return t.V2Of[v1] }

// RelativeResource matches a KPI resource URL written without a host
// (/assets/<uid>/, /users/<name>/) at s[from:end]: a resource the table
// lists, whose second segment is a run-time value or, for assets, has the
// shape of an asset uid. The match must cover the whole path.
func (t *Table) RelativeResource(s string, from, end int) *PathMatch {
	segs := pathSegments(s[:end], from)
	if len(segs) != 2 || from >= len(s) || s[from] != '/' {
		return nil
	}
	head := segs[0].text
	known := false
	for _, r := range t.KPIResources {
		known = known || r == head
	}
	second := segs[1].text
	switch {
	case !known:
		return nil
	case strings.IndexByte(second, Hole) >= 0:
	case head == "assets" && t.assetUID.MatchString(second):
	case head != "assets" && !strings.ContainsAny(second, ".?#="):
	default:
		return nil
	}
	m := t.MatchEndpoint(s[:end], from, "kpi")
	if m == nil || m.Start != from {
		return nil
	}
	return m
}

// NameSays reports whether a lower-case word of a name says what the
// name_words entry what (kobo, kc, api, collect) says of its value.
func (t *Table) NameSays(what, word string) bool {
	for _, w := range t.NameWords[what] {
		// a table of them says the same (ENDPOINTS, SERVERS, urls); not
		// for the other words: "submissions" is KoboCAT's API, not the
		// OpenRosa submission
		if w == word || what == "api" && word == w+"s" {
			return true
		}
	}
	if what == "kobo" {
		for _, p := range t.NameWords["kobo_prefix"] {
			if strings.HasPrefix(word, p) {
				return true
			}
		}
	}
	return false
}

// RelativeV1Head reports whether a KoboCAT resource may be requested
// relative to a base that ends in /api ("/v1/forms").
func (t *Table) RelativeV1Head(head string) bool { return slices.Contains(t.RelativeV1Heads, head) }

// Format returns what a v1 format suffix (xml, csv) becomes in v2: a query,
// "export", or "" (JSON, v2's default, or no suffix the table knows).
func (t *Table) Format(ext string) string { return t.Formats[strings.ToLower(ext)] }

// KindTitle names a response kind in messages.
func (t *Table) KindTitle(kind string) string { return t.KindTitles[kind] }

// OtherServiceWord reports whether a lower-case word names another /api/v1
// service (ona, odk).
func (t *Table) OtherServiceWord(w string) bool {
	for _, o := range t.OtherServiceWords {
		if o == w {
			return true
		}
	}
	return false
}

// FieldRules returns the rules for a field name.
func (t *Table) FieldRules(name string) []*Field { return t.fieldsByNm[name] }

// V2Has reports whether a v2 response kind has a field of that name.
func (t *Table) V2Has(kind, name string) bool { return t.v2Fields[kind][name] }

// KnownV2Kind reports whether kind is a v2 response kind with a field list.
func (t *Table) KnownV2Kind(kind string) bool { _, ok := t.v2Fields[kind]; return ok }

// ExpandV2 resolves table placeholders such as {asset_list} in a v2 text.
func (t *Table) ExpandV2(v2 string) string { return t.expandV2(v2) }

// IsV2Object reports whether a v2 field holds an object whose own keys are
// v2 names (extra_details, settings, metadata).
func (t *Table) IsV2Object(name string) bool {
	for _, o := range t.V2Objects {
		if o == name {
			return true
		}
	}
	return false
}
