package batch

import (
	"strings"

	"github.com/kobolint/kobolint/internal/lazyre"
)

// Record is the outcome of one repository: an entry of report.json and a
// line of results.jsonl. It holds no time and no machine-specific path, so
// that the same repositories give the same report however they were split
// into shards.
type Record struct {
	Name string `json:"name"`
	// Key identifies the repository (URL without credentials, and ref).
	Key string `json:"key"`
	// URL is the repository as listed, credentials masked.
	URL    string `json:"url"`
	Ref    string `json:"ref,omitempty"`
	Commit string `json:"commit,omitempty"`
	// Dirty is set for a local repository with uncommitted changes: its
	// results are never taken as current.
	Dirty bool `json:"dirty,omitempty"`
	// Status is "ok" or "failed".
	Status string `json:"status"`
	Error  string `json:"error,omitempty"`
	// Warnings name files that could not be read or fixes left out of the
	// patch.
	Warnings     []string `json:"warnings,omitempty"`
	FilesScanned int      `json:"files_scanned"`
	// Languages counts the files with findings by language.
	Languages map[string]int `json:"languages,omitempty"`
	// Findings is what the scan found (<name>.json lists them); Fixed of
	// them are gone after the fixes; Open still need a person (errors and
	// warnings), Notes are the findings at info that remain.
	Findings   int               `json:"findings"`
	Fixed      int               `json:"fixed"`
	Open       int               `json:"open"`
	Notes      int               `json:"notes"`
	Categories map[string]Counts `json:"categories,omitempty"`
	// Reasons counts the open findings by why they have no fix.
	Reasons      map[string]int `json:"reasons,omitempty"`
	OpenFindings []OpenFinding  `json:"open_findings,omitempty"`
	// JSON and Patch are file names in the campaign's folder.
	JSON         string `json:"json,omitempty"`
	Patch        string `json:"patch,omitempty"`
	FilesChanged int    `json:"files_changed,omitempty"`
	// Apply is the command that applies the patch in the repository.
	Apply string `json:"apply,omitempty"`
	// Branch is the branch that holds the fix commit (--branch).
	Branch string `json:"branch,omitempty"`
}

// Counts are a category's findings.
type Counts struct {
	Found int `json:"found"`
	Fixed int `json:"fixed"`
	Open  int `json:"open"`
}

// OpenFinding is a finding left for a person, and why.
type OpenFinding struct {
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Rule     string `json:"rule"`
	Category string `json:"category"`
	V1       string `json:"v1"`
	Reason   string `json:"reason"`
}

const (
	statusOK     = "ok"
	statusFailed = "failed"
)

// State is how a repository's record reads in a report: clean, patch,
// patch + open, open, notes or failed.
func (r *Record) State() string {
	switch {
	case r.Status == statusFailed:
		return "failed"
	case r.Patch != "" && r.Open > 0:
		return "patch, needs a person"
	case r.Patch != "":
		return "patch"
	case r.Open > 0:
		return "needs a person"
	case r.Findings > 0:
		return "notes only"
	}
	return "clean"
}

var (
	// where is a place a reason names ("at dir/file.py:12")
	where  = lazyre.New(` at [^ ,;:()]+:[0-9]+`)
	digits = lazyre.New(`\b[0-9]+\b`)
)

// reasonKind is the short form of a no-fix reason that groups findings in
// the report: the reason without the places it names, up to its first ':',
// ';' or ',', numbers as N ("needs the asset uid of form N", "no v2
// equivalent", "unsafe fix, not applied").
func reasonKind(reason string) string {
	reason = where().ReplaceAllString(reason, "")
	if strings.HasPrefix(reason, unsafeLeft) {
		return unsafeLeft
	}
	if i := strings.IndexAny(reason, ":;,"); i > 0 {
		reason = reason[:i]
	}
	return digits().ReplaceAllString(strings.TrimSpace(reason), "N")
}
