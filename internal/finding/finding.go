// Package finding defines a reported v1 use, exactly as the JSON report
// carries it (DESIGN.md: the JSON contract), and the deterministic order of
// findings.
package finding

import "sort"

// Categories.
const (
	Host     = "host"
	Endpoint = "endpoint"
	Field    = "field"
	Shape    = "shape"
)

// Severities.
const (
	Error   = "error"
	Warning = "warning"
	Info    = "info"
)

// Edit replaces text; lines and columns are 1-based, columns count bytes.
// Start and End are byte offsets, kept for the fixer and not printed.
type Edit struct {
	StartLine   int    `json:"start_line"`
	StartColumn int    `json:"start_column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
	NewText     string `json:"new_text"`
	Start       int    `json:"-"`
	End         int    `json:"-"`
}

// Fix is how a finding can be rewritten.
type Fix struct {
	Safety string `json:"safety"`
	// Reason says why the fix is unsafe or why there is none ("" for a
	// safe fix).
	Reason string `json:"reason"`
	Edits  []Edit `json:"edits"`
}

// Finding is one v1 use.
type Finding struct {
	Path      string  `json:"path"`
	Line      int     `json:"line"`
	Column    int     `json:"column"`
	EndLine   int     `json:"end_line"`
	EndColumn int     `json:"end_column"`
	Rule      string  `json:"rule"`
	Category  string  `json:"category"`
	Severity  string  `json:"severity"`
	Message   string  `json:"message"`
	V1        string  `json:"v1"`
	V2        *string `json:"v2"`
	// URL is the rule's documentation page; the printers fill it in.
	URL string `json:"url"`
	Fix Fix    `json:"fix"`
	// Cell is the 0-based index of the notebook cell the finding is in
	// (only for .ipynb files; the line is still the .ipynb file's line).
	Cell *int `json:"cell,omitempty"`
	// Start and End are the byte span, for fixers and de-duplication.
	Start int `json:"-"`
	End   int `json:"-"`
	// Names are the variables a reported host is bound to; the engine's
	// repository pass uses them to raise a host that other files join
	// with API paths.
	Names []string `json:"-"`
	// Held is the fix of such a host, held back until the repository pass
	// shows that every other file joins it with API paths it rewrites.
	Held *Fix `json:"-"`
	// Link ties the finding's fix to the changes it goes with; nil when
	// it stands alone.
	Link *Link `json:"-"`
}

// Link says which values a finding's fix changes or depends on, each named
// by a key ("path#offset" of a literal). Findings sharing a key form one
// group: a list URL's rewrite, the host it is joined to, the reads of its
// response. The engine settles a group's safety as one, and the fixer
// applies a group whole or not at all.
type Link struct {
	Keys []string
	// Group is the group's representative key, set by the engine when the
	// group has more than one member.
	Group string
	// Needed marks a change the rest of the group cannot do without (an
	// endpoint, a host, a decode): when it has no edit, nothing in the
	// group is fixed.
	Needed bool
	// List: the rewrite turns a v1 list into a v2 page object, so every
	// reader of the response must be seen. Reshapes: the v2 response
	// names its fields otherwise.
	List, Reshapes bool
	// Vanishes marks a read with no fix whose v1 name also exists in the
	// v2 response with another meaning: after its request's rewrite it
	// would no longer be reported, so that rewrite waits for a person.
	Vanishes bool
	// Kinds are the v1 response kinds involved: an endpoint's answer, or
	// the kinds a read of unknown origin may come from. Loose marks such a
	// read: it is renamed only when no request of its kinds stays v1.
	Kinds []string
	Loose bool
	// Hosts are the keys of the KoboCAT host literals an endpoint is
	// joined to: its v2 path is right only once that host is swapped, and
	// the host is swapped only with every path joined to it.
	Hosts []string
}

// Sort orders findings by path, position and rule, so that output is the
// same on every run whatever the worker scheduling.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		return a.Rule < b.Rule
	})
}
