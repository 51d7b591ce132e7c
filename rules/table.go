// Package rules holds the mapping table (table.yaml, embedded) and the
// matchers that apply it. It is the only package that knows Kobo: hosts,
// endpoints, fields and their v2 replacements are data in the table; the code
// here only interprets that data.
package rules

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// The table is written in table.yaml and embedded as table.json, which
// `go generate ./rules` derives from it (TestJSONInStep fails when the two
// differ). Decoding the YAML was most of the CPU of a single-file run
// (3 ms warm, 6 ms in a fresh process); the JSON takes a fifth of that.
//
//go:generate go run ./gen table.yaml table.json

//go:embed table.json
var tableJSON []byte

// Fix safety levels.
const (
	Safe   = "safe"
	Unsafe = "unsafe"
	None   = "none"
)

// Host is one KoboCAT host rule.
type Host struct {
	Code    string  `yaml:"code"`
	Host    string  `yaml:"host"`
	Pattern string  `yaml:"pattern"`
	V2      *string `yaml:"v2"`
	Fix     string  `yaml:"fix"`
	Why     string  `yaml:"why"`
	Source  string  `yaml:"source"`
}

// Endpoint is one v1 path rule.
type Endpoint struct {
	Code     string  `yaml:"code"`
	Family   string  `yaml:"family"` // kobocat or kpi
	Match    string  `yaml:"match"`
	V2       *string `yaml:"v2"`
	Fix      string  `yaml:"fix"`
	Needs    string  `yaml:"needs"`
	Response string  `yaml:"response"`
	// Paginated: the v1 endpoint answers a bare list, its v2 replacement a
	// page object (see Shape).
	Paginated bool   `yaml:"paginated"`
	Title     string `yaml:"title"`
	Why       string `yaml:"why"`
	Source    string `yaml:"source"`

	pattern []string
}

// Shape is a change of a response's shape between v1 and v2, reported
// where the code decodes such a response.
type Shape struct {
	Code string  `yaml:"code"`
	Name string  `yaml:"name"`
	V2   *string `yaml:"v2"`
	// Next is the key of a page object that holds the URL of the next
	// page (null on the last): a fix that follows it fetches every page.
	// "" where the shape has no such link.
	Next   string `yaml:"next"`
	Fix    string `yaml:"fix"`
	Why    string `yaml:"why"`
	Source string `yaml:"source"`
}

// PaginatedShape is the shape rule of paginated lists, or nil.
func (t *Table) PaginatedShape() *Shape {
	for i := range t.Shapes {
		if t.Shapes[i].Name == "paginated list" {
			return &t.Shapes[i]
		}
	}
	return nil
}

// V2Path maps a v2 path to the kind of response it returns.
type V2Path struct {
	Match     string `yaml:"match"`
	Response  string `yaml:"response"`
	Paginated bool   `yaml:"paginated"`

	pattern []string
}

// Field is one v1 response field rule.
type Field struct {
	Code        string   `yaml:"code"`
	Name        string   `yaml:"name"`
	V2          *string  `yaml:"v2"`
	Fix         string   `yaml:"fix"`
	Nested      bool     `yaml:"nested"`
	Distinctive bool     `yaml:"distinctive"`
	Responses   []string `yaml:"responses"`
	// V1Type and V2Type are the value's types where they differ (an
	// integer id renamed to the string uid): a declaration or read typed
	// V1Type cannot simply take the v2 name.
	V1Type string `yaml:"v1_type"`
	V2Type string `yaml:"v2_type"`
	// ShapeChanged: the v2 value is structured otherwise (a list of
	// permission objects instead of user names), so a type declared for
	// the v1 value does not fit it.
	ShapeChanged bool `yaml:"shape_changed"`
	// XForm: the name is also an XForm name (pyxform, ODK): read where
	// nothing in the file itself talks to Kobo, it is not judged.
	XForm bool `yaml:"xform"`
	// Convert names a change of the value's type that a rename must make
	// too: "split", a v1 list that v2 sends as one comma-separated string.
	Convert string `yaml:"convert"`
	Why     string `yaml:"why"`
}

// Prefilter holds the byte strings one of which a file must hold to be
// parsed (with Table.FieldMarkers, which count in any case where a word
// starts).
type Prefilter struct {
	// Anywhere count as written, anywhere.
	Anywhere []string `yaml:"anywhere"`
	// WordStart count as written where a word starts: not right after an
	// ASCII letter or digit that does not end an escape.
	WordStart []string `yaml:"word_start"`
	// AnyCase are lower case and count as written anywhere, and in any
	// other case outside a long run of base64 bytes.
	AnyCase []string `yaml:"any_case"`
}

// Table is the loaded mapping table.
type Table struct {
	Docs               string              `yaml:"docs"`
	Hosts              []Host              `yaml:"hosts"`
	KPIHosts           []string            `yaml:"kpi_hosts"`
	KPIHostPrefixes    []string            `yaml:"kpi_host_prefixes"`
	EnketoHostPrefixes []string            `yaml:"enketo_host_prefixes"`
	WebHosts           []string            `yaml:"web_hosts"`
	KoboDomainWords    []string            `yaml:"kobo_domain_words"`
	OtherServices      []string            `yaml:"other_services"`
	OtherServiceWords  []string            `yaml:"other_service_words"`
	KPIResources       []string            `yaml:"kpi_resources"`
	NameWords          map[string][]string `yaml:"name_words"`
	Prefilter          Prefilter           `yaml:"prefilter"`
	FieldMarkers       []string            `yaml:"field_markers"`
	RelativeV1Heads    []string            `yaml:"relative_v1_heads"`
	RelativeBaseHeads  []string            `yaml:"relative_base_heads"`
	Formats            map[string]string   `yaml:"formats"`
	ExportHint         string              `yaml:"export_hint"`
	KindTitles         map[string]string   `yaml:"kind_titles"`
	AssetUID           string              `yaml:"asset_uid"`
	OpenRosa           []string            `yaml:"openrosa"`
	AssetListV2        string              `yaml:"asset_list_v2"`
	V1Root             string              `yaml:"v1_root"`
	V2Root             string              `yaml:"v2_root"`
	Endpoints          []Endpoint          `yaml:"endpoints"`
	V2Paths            []V2Path            `yaml:"v2_paths"`
	Responses          map[string][]string `yaml:"responses"`
	V2Of               map[string]string   `yaml:"v2_of"`
	V1Items            map[string][]string `yaml:"v1_items"`
	V2Objects          []string            `yaml:"v2_objects"`
	Fields             []Field             `yaml:"fields"`
	Shapes             []Shape             `yaml:"shapes"`
	// Sources spells out the short keys the entries' source lines start
	// with, for the rule pages (docs/rules).
	Sources map[string]string `yaml:"sources"`

	openrosa [][]string
	// derived by compile, asked for on every file: V1Root+"/**",
	// V1Root+"/", AssetListV2's path
	v1Any, v1Dir, assetList string
	assetUID                *regexp.Regexp
	v2Fields                map[string]map[string]bool
	fieldsByNm              map[string][]*Field
	// ExtraKoboCAT and ExtraKPI are hosts added by the user's config.
	ExtraKoboCAT map[string]string `yaml:"-" json:"-"`
	ExtraKPI     map[string]bool   `yaml:"-" json:"-"`
}

var codeRE = regexp.MustCompile(`^KB[1-5][0-9][0-9]$`)

// Load returns the embedded table. It is parsed once per process (the
// YAML decode is most of a single-file run's CPU, and the command, the
// settings of every config and the front-ends all ask for it); each call
// gets its own copy of the Table value, so that a caller setting
// ExtraKoboCAT or ExtraKPI for one config does not change the others. The
// rest of the table is read-only and shared.
func Load() (*Table, error) {
	t, err := embedded()
	if err != nil {
		return nil, err
	}
	c := *t
	return &c, nil
}

var embedded = sync.OnceValues(func() (*Table, error) { return decodeJSON(tableJSON) })

// MustLoad is Load for program start; the table is tested, so a failure here
// is a build defect.
func MustLoad() *Table {
	t, err := Load()
	if err != nil {
		panic("kobolint: embedded mapping table is broken: " + err.Error())
	}
	return t
}

// Parse parses and validates a table.
func Parse(data []byte) (*Table, error) {
	var t Table
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("mapping table: %w", err)
	}
	if err := t.compile(); err != nil {
		return nil, fmt.Errorf("mapping table: %w", err)
	}
	return &t, nil
}

// EncodeJSON is the form of a table that the binary embeds (table.json).
func EncodeJSON(t *Table) ([]byte, error) {
	data, err := json.MarshalIndent(t, "", " ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// decodeJSON reads a table written by EncodeJSON and validates it as Parse
// does.
func decodeJSON(data []byte) (*Table, error) {
	var t Table
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("mapping table (table.json): %w", err)
	}
	if err := t.compile(); err != nil {
		return nil, fmt.Errorf("mapping table (table.json): %w", err)
	}
	return &t, nil
}

func validFix(s string) bool { return s == Safe || s == Unsafe || s == None }

func (t *Table) compile() error {
	titles := map[string]string{}
	check := func(code, title, fix, why string) error {
		if !codeRE.MatchString(code) {
			return fmt.Errorf("bad rule code %q", code)
		}
		if !validFix(fix) {
			return fmt.Errorf("%s: fix must be safe, unsafe or none, not %q", code, fix)
		}
		if strings.TrimSpace(why) == "" {
			return fmt.Errorf("%s: no why", code)
		}
		if prev, ok := titles[code]; ok && prev != title {
			return fmt.Errorf("%s used for two different rules (%q, %q)", code, prev, title)
		}
		titles[code] = title
		return nil
	}
	for i := range t.Hosts {
		h := &t.Hosts[i]
		if (h.Host == "") == (h.Pattern == "") {
			return fmt.Errorf("%s: give exactly one of host and pattern", h.Code)
		}
		if err := check(h.Code, "host "+h.Host+h.Pattern, h.Fix, h.Why); err != nil {
			return err
		}
		if h.V2 == nil && h.Fix != None {
			return fmt.Errorf("%s: no v2 host but fix %s", h.Code, h.Fix)
		}
	}
	for i := range t.Endpoints {
		e := &t.Endpoints[i]
		if err := check(e.Code, e.Title, e.Fix, e.Why); err != nil {
			return err
		}
		if e.Family != "kobocat" && e.Family != "kpi" && e.Family != "version" && e.Family != "legacy" {
			return fmt.Errorf("%s: family must be kobocat, kpi, legacy or version", e.Code)
		}
		if !strings.HasPrefix(e.Match, "/") {
			return fmt.Errorf("%s: match must start with /", e.Code)
		}
		if e.V2 == nil && e.Fix != None {
			return fmt.Errorf("%s: no v2 but fix %s", e.Code, e.Fix)
		}
		if e.Response == "" {
			return fmt.Errorf("%s: no response kind", e.Code)
		}
		e.pattern = splitPath(e.Match)
	}
	t.fieldsByNm = map[string][]*Field{}
	for i := range t.Fields {
		f := &t.Fields[i]
		if err := check(f.Code, "field "+f.Name+" "+strings.Join(f.Responses, ","), f.Fix, f.Why); err != nil {
			return err
		}
		if f.V2 == nil && f.Fix != None {
			return fmt.Errorf("%s: no v2 but fix %s", f.Code, f.Fix)
		}
		t.fieldsByNm[f.Name] = append(t.fieldsByNm[f.Name], f)
	}
	paginated := false
	for _, e := range t.Endpoints {
		paginated = paginated || e.Paginated
	}
	for _, sh := range t.Shapes {
		if err := check(sh.Code, "shape "+sh.Name, sh.Fix, sh.Why); err != nil {
			return err
		}
		if sh.V2 == nil && sh.Fix != None {
			return fmt.Errorf("%s: no v2 but fix %s", sh.Code, sh.Fix)
		}
	}
	if paginated && t.PaginatedShape() == nil {
		return fmt.Errorf("endpoints are marked paginated but no shape rule is named \"paginated list\"")
	}
	t.v2Fields = map[string]map[string]bool{}
	for kind, names := range t.Responses {
		m := map[string]bool{}
		for _, n := range names {
			m[n] = true
		}
		t.v2Fields[kind] = m
	}
	for i := range t.V2Paths {
		t.V2Paths[i].pattern = splitPath(t.V2Paths[i].Match)
	}
	for v1, v2 := range t.V2Of {
		if _, ok := t.v2Fields[v2]; !ok {
			return fmt.Errorf("v2_of: %s becomes %s, which responses does not list", v1, v2)
		}
	}
	for _, p := range t.OpenRosa {
		t.openrosa = append(t.openrosa, splitPath(p))
	}
	if t.AssetListV2 == "" {
		return fmt.Errorf("asset_list_v2 is empty")
	}
	for _, root := range []string{t.V1Root, t.V2Root} {
		if !strings.HasPrefix(root, "/") || strings.HasSuffix(root, "/") {
			return fmt.Errorf("v1_root and v2_root must start with / and not end with one: %q", root)
		}
	}
	if len(t.KPIHostPrefixes) == 0 {
		return fmt.Errorf("kpi_host_prefixes is empty")
	}
	if len(t.Prefilter.Anywhere)+len(t.Prefilter.WordStart)+len(t.Prefilter.AnyCase) == 0 {
		return fmt.Errorf("prefilter: no markers")
	}
	for _, m := range append(append([]string{}, t.Prefilter.AnyCase...), t.FieldMarkers...) {
		if m == "" || m != strings.ToLower(m) {
			return fmt.Errorf("prefilter: any-case marker %q must be lower case", m)
		}
	}
	for _, m := range append(append([]string{}, t.Prefilter.Anywhere...), t.Prefilter.WordStart...) {
		if m == "" {
			return fmt.Errorf("prefilter: empty marker")
		}
	}
	t.v1Any, t.v1Dir = t.V1Root+"/**", t.V1Root+"/"
	list, _, _ := strings.Cut(t.AssetListV2, "?")
	t.assetList = strings.Trim(list, "/")
	for ext, to := range t.Formats {
		if to == "export" && t.ExportHint == "" {
			return fmt.Errorf("formats: %s is served through exports, but export_hint is empty", ext)
		}
	}
	re, err := regexp.Compile(t.AssetUID)
	if err != nil || t.AssetUID == "" {
		return fmt.Errorf("asset_uid: not a regular expression: %q", t.AssetUID)
	}
	t.assetUID = re
	return nil
}

// Rule is the documentation view of one rule code, for `kobolint rules`,
// `explain` and SARIF metadata.
type Rule struct {
	Code     string
	Category string
	Title    string
	V1       []string
	V2       string
	Fix      string
	Why      string
	Source   string
}

// Rules lists every rule code once, in code order.
func (t *Table) Rules() []Rule {
	byCode := map[string]*Rule{}
	add := func(code, cat, title, v1 string, v2 *string, fix, why, src string) {
		r, ok := byCode[code]
		if !ok {
			r = &Rule{Code: code, Category: cat, Title: title, Fix: fix, Why: why, Source: src}
			if v2 != nil {
				r.V2 = t.expandV2(*v2)
			}
			byCode[code] = r
		}
		r.V1 = append(r.V1, v1)
	}
	for _, h := range t.Hosts {
		add(h.Code, "host", "KoboCAT host "+h.Host+h.Pattern, h.Host+h.Pattern, h.V2, h.Fix, h.Why, h.Source)
	}
	for _, e := range t.Endpoints {
		add(e.Code, "endpoint", e.Title, e.Match, e.V2, e.Fix, e.Why, e.Source)
	}
	for _, f := range t.Fields {
		title := fmt.Sprintf("v1 field %s (%s)", f.Name, strings.Join(f.Responses, ", "))
		add(f.Code, "field", title, f.Name, f.V2, f.Fix, f.Why, "ART field tables")
	}
	for _, sh := range t.Shapes {
		add(sh.Code, "shape", "response shape: "+sh.Name, sh.Name, sh.V2, sh.Fix, sh.Why, sh.Source)
	}
	out := make([]Rule, 0, len(byCode))
	for _, r := range byCode {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Codes lists every rule code once, in code order: Rules' codes without
// building their pages (a run asks for them at start, to check select and
// ignore lists).
func (t *Table) Codes() []string {
	var out []string
	for _, h := range t.Hosts {
		out = append(out, h.Code)
	}
	for _, e := range t.Endpoints {
		out = append(out, e.Code)
	}
	for _, f := range t.Fields {
		out = append(out, f.Code)
	}
	for _, sh := range t.Shapes {
		out = append(out, sh.Code)
	}
	sort.Strings(out)
	return slices.Compact(out)
}

func (t *Table) expandV2(v2 string) string {
	return strings.ReplaceAll(v2, "{asset_list}", t.AssetListV2)
}
