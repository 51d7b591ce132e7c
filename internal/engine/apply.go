package engine

// The checker: one file's IR against the table (hosts.go, endpoints.go,
// fields.go and shapes.go hold each kind of finding).

import (
	"strings"

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
	// v2List is the v2 list endpoint it calls (rendered), which answers a
	// page object: code that reads it as a list is half migrated
	v2List string
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
	seen        map[dedupKey]int // index in out, or -1: suppressed
	koboContext bool
	otherV1     bool
	// fileKobo is whether the file itself talks to Kobo; repoKobo whether
	// the repository does (some other file talks to Kobo, none to another
	// /api/v1 service): then the file's relative and hostless v1 paths
	// count as well. wantsRepo records that the file has such paths or
	// names that only the repository's context can decide.
	fileKobo, repoKobo, wantsRepo bool
	// usesV2: the file joins /api/v2 somewhere; repo: this check has the
	// repository's context (repoKobo, repoV2: some file uses /api/v2)
	usesV2, repo, repoV2 bool
	// repoAPI: some file of the repository requests a removed v1 API
	// path (reported as an endpoint); a KoboCAT host that this file only
	// holds is then most likely that API's base
	repoAPI bool
	// kpiDomains are the domains whose KPI or Enketo host the file uses,
	// with that KPI host; repoDomains the repository's (evidenceHost)
	kpiDomains, repoDomains map[string]string
	declRenames             []declRename
	// prose is set while checking a URL that sits in a sentence.
	prose bool
	// kpiBases are run-time bases that the file joins with
	// api/v2/assets/ somewhere: they hold a KPI host.
	kpiBases map[string]bool
	// fixBlock, while set, is why the endpoint being reported gets no fix.
	fixBlock string
	// declared are the wire names the file's types declare (FieldDecl),
	// built on first use.
	declared map[string]bool
	// unsafePath is set by reportEndpoint when the edit it gave is unsafe:
	// the host joined to that path is then rewritten at that safety too,
	// so that a safe run does not change the host alone.
	unsafePath bool
	// decoded holds the URLs whose response the file decodes (ir.Decode):
	// rewriting a list endpoint alone would leave that code reading a page
	// object as a list. The value is false when some decode has no
	// automatic fix (a promise: res.json()).
	decoded map[int]bool
	// loops holds, by decode index, the edits that replace the statement
	// around a decode of a paged list by a loop over every page; follows
	// holds the URL IDs all of whose decodes get such a loop.
	loops   map[int][]finding.Edit
	follows map[int]bool
	// extended holds the literals (by span) that some URL of the file
	// inlines from a variable and then continues with more text: a base
	// such as FORMS = ".../api/v1/forms/" used as FORMS + id.
	extended map[ir.Span]bool
	// urlKeys are, per URL, the literals its v1 endpoints are made of
	// (links.go); uses records what each URL does with them.
	urlKeys [][]string
	uses    []use
	// idHole is set when a v1 URL of the file takes the integer form id
	// from a variable: it stays v1, so an id read must keep its meaning.
	idHole bool
	// curHost is the key of the KoboCAT host literal of the view being
	// checked: an endpoint found there is rewritten only with it.
	curHost string
	// shapes are the v1 response shapes of the types the file or its
	// repository declares (typeshapes.go).
	shapes shapeIndex
	// ownShapes are those of the types this file declares.
	ownShapes map[string]string
	// curBase, when the view's base is a value not known here (a
	// parameter, the environment), names it: a v2 path joined to it is
	// right only if it holds the KPI host.
	curBase string
}

// namesOther reports whether the file names another /api/v1 service in
// its values' names (ONA_API_URL, get_odk_forms): the repository's Kobo
// context is not the file's then.
func (c *checker) namesOther() bool {
	other := c.namesOtherService
	for i := range c.f.URLs {
		u := &c.f.URLs[i]
		if other(u.Var) || other(u.Call) {
			return true
		}
		for _, p := range u.Parts {
			if p.Kind == ir.Hole && other(p.Name) {
				return true
			}
		}
	}
	for i := range c.f.Fields {
		if other(c.f.Fields[i].Receiver) {
			return true
		}
	}
	return false
}

// namesOtherService reports whether a name says its value belongs to
// another /api/v1 service (ONA_API_URL).
func (c *checker) namesOtherService(n string) bool {
	for _, w := range nameWords(n) {
		if c.t.OtherServiceWord(w) {
			return true
		}
	}
	return false
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
			if strings.HasPrefix(strings.TrimLeft(fl.s[v.pathStart:v.end], "/"), c.t.AssetListPath()) {
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

type dedupKey struct {
	span ir.Span
	cat  string
}

func (c *checker) skipURL(u *ir.URL) bool { return u.Comment && !c.opts.Comments }

// run produces the findings of one file.
func (c *checker) run() []finding.Finding {
	c.seen = map[dedupKey]int{}
	c.hosts = map[ir.Span]*hostUse{}
	c.facts = make([]urlFacts, len(c.f.URLs))
	c.urlKeys = make([][]string, len(c.f.URLs))
	c.koboContext = c.f.KoboHint
	c.kpiBases = c.findKPIBases()
	c.extended = c.findExtended()
	c.findLoops()
	c.decoded = map[int]bool{}
	for i, d := range c.f.Decodes {
		for _, o := range d.Origin {
			fixable, seen := c.decoded[o]
			c.decoded[o] = (d.Results != "" || c.loops[i] != nil) && (fixable || !seen)
		}
	}
	// pass 1: which URLs are Kobo, and does the file talk to another v1 API
	for i := range c.f.URLs {
		u := &c.f.URLs[i]
		fl := c.flats[i]
		for _, v := range fl.views() {
			if v.hostStart >= 0 && !u.Comment {
				c.noteDomain(strings.ToLower(fl.s[v.hostStart:v.hostEnd]))
			}
		}
	}
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
				if findV1(fl.s, v.pathStart, v.end, c.t.V1Root) >= 0 && !u.Comment {
					c.otherV1 = true
				}
			}
		}
		if !c.facts[i].kobo && c.nameSays("kobo", u.Var) && !u.Comment {
			c.koboContext = true
		}
	}
	for i := range c.flats {
		if !c.f.URLs[i].Comment && strings.Contains(c.flats[i].s, strings.TrimPrefix(c.t.V2Root, "/")) {
			c.usesV2 = true
		}
	}
	c.fileKobo = c.koboContext
	if !c.koboContext && !c.otherV1 && c.repoKobo && !c.namesOther() {
		c.koboContext = true
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

// emit appends a finding unless the same span already has one of the same
// category, or a directive suppresses it. It returns the index of the
// finding in c.out (the earlier one of the same span and category), or -1
// when it is suppressed.
func (c *checker) emit(sp ir.Span, code, cat, sev, msg, v1 string, v2 *string, fx finding.Fix) int {
	k := dedupKey{sp, cat}
	if i, ok := c.seen[k]; ok {
		if i >= 0 && c.out[i].Severity == finding.Info && sev != finding.Info {
			// the same text is also a request's (a command line that a
			// sentence-like string builds, then runs): as severe as that
			c.out[i].Severity = sev
		}
		return i
	}
	sl, sc := c.lines.pos(sp.Start)
	el, ec := c.lines.pos(sp.End)
	if c.suppressed(sl, code) {
		c.seen[k] = -1
		return -1
	}
	c.placeEdits(&fx)
	if fx.Edits == nil {
		fx.Edits = []finding.Edit{}
	}
	if len(fx.Edits) == 0 && fx.Safety != rules.None {
		fx.Safety = rules.None
	}
	c.seen[k] = len(c.out)
	c.out = append(c.out, finding.Finding{
		Path: c.f.Path, Line: sl, Column: sc, EndLine: el, EndColumn: ec,
		Rule: code, Category: cat, Severity: sev, Message: msg, V1: v1, V2: v2, Fix: fx,
		Start: sp.Start, End: sp.End,
	})
	return len(c.out) - 1
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
