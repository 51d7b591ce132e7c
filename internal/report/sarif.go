package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ruledoc"
	"github.com/kobolint/kobolint/internal/textpos"
)

// srcRoot is the uriBaseId every artifact location is relative to.
const srcRoot = "%SRCROOT%"

// fingerprintKey names kobolint's partial fingerprint: stable across line
// moves, like the baseline's matching (file, rule, v1 text, occurrence).
const fingerprintKey = "kobolintFinding/v1"

// printSARIF writes a SARIF 2.1.0 log for code scanning. Rule metadata
// comes from the mapping table through ruledoc, like `kobolint explain`
// and the rule pages, so they never disagree. Columns are UTF-16 code
// units (columnKind), as GitHub and editors count them.
//
// go-sarif v2 is kept over v3: v3 writes spec defaults (-1 offsets and
// indexes) into every region and location, v2 writes only what is set.
func printSARIF(w io.Writer, r *Report) error {
	rep, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	run := sarif.NewRunWithInformationURI("kobolint", strings.TrimSuffix(ruledoc.BaseURL, "docs/rules/"))
	run.Tool.Driver.Version = &r.Version
	run.WithColumnKind("utf16CodeUnits")

	root := sarifRoot(r)
	run.WithOriginalUriBaseIds(map[string]*sarif.ArtifactLocation{
		srcRoot: sarif.NewSimpleArtifactLocation(dirURI(root)),
	})
	loc := func(path string) *sarif.ArtifactLocation {
		return sarif.NewSimpleArtifactLocation(relURI(root, absPath(r.WorkDir, path))).WithUriBaseId(srcRoot)
	}

	index := map[string]int{}
	for _, f := range r.Findings {
		if _, ok := index[f.Rule]; ok {
			continue
		}
		index[f.Rule] = -1
	}
	if r.Table != nil {
		for _, rule := range r.Table.Rules() {
			if _, used := index[rule.Code]; !used {
				continue
			}
			index[rule.Code] = len(run.Tool.Driver.Rules)
			page, err := ruledoc.Page(r.Table, rule)
			if err != nil {
				return err
			}
			help := rule.Why
			if rule.V2 != "" {
				help = "Use " + rule.V2 + ". " + help
			}
			pb := sarif.NewPropertyBag()
			pb.Add("category", rule.Category)
			pb.Add("fix", rule.Fix)
			pb.Add("tags", []string{"kobotoolbox", "api-migration", rule.Category})
			run.AddRule(rule.Code).
				WithName(ruledoc.Name(rule)).
				WithShortDescription(sarif.NewMultiformatMessageString(rule.Title)).
				WithFullDescription(sarif.NewMultiformatMessageString(rule.Why)).
				WithHelpURI(ruledoc.URL(rule.Code)).
				WithHelp(sarif.NewMultiformatMessageString(help).WithMarkdown(page)).
				WithProperties(pb.Properties)
		}
	}

	cols := newColumns(r)
	seen := map[string]int{}
	for _, f := range r.Findings {
		region := cols.region(f.Path, f.Line, f.Column, f.EndLine, f.EndColumn)
		res := sarif.NewRuleResult(f.Rule).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().WithArtifactLocation(loc(f.Path)).WithRegion(region))})
		if i := index[f.Rule]; i >= 0 {
			res.WithRuleIndex(i)
		}
		key := f.Path + "\x00" + f.Rule + "\x00" + f.V1
		res.WithPartialFingerPrints(map[string]any{fingerprintKey: fingerprint(key, seen[key])})
		seen[key]++
		if len(f.Fix.Edits) > 0 {
			res.AddFix(sarifFix(f, loc(f.Path), cols))
		}
		pb := sarif.NewPropertyBag()
		pb.Add("category", f.Category)
		pb.Add("fixSafety", f.Fix.Safety)
		if f.Fix.Reason != "" {
			pb.Add("fixReason", f.Fix.Reason)
		}
		if f.Cell != nil {
			pb.Add("cell", *f.Cell)
		}
		res.AttachPropertyBag(pb)
		run.AddResult(res)
	}

	inv := sarif.NewInvocation().WithExecutionSuccess(true)
	for _, p := range r.Problems {
		level := p.Level
		if level == "error" {
			// a file not read, not parsed or not written, or a wrong
			// directive: the run did not do all it was asked to
			inv.WithExecutionSuccess(false)
		}
		region := sarif.NewPhysicalLocation().WithArtifactLocation(loc(p.Path))
		if p.Line > 0 {
			region.WithRegion(sarif.NewRegion().WithStartLine(p.Line))
		}
		n := sarif.NewNotification().WithLevel(level).WithTextMessage(p.Path + ": " + p.Message).
			WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(region)})
		if p.Kind != "" {
			n.WithDescriptor(sarif.NewReportingDescriptorReference().WithId(p.Kind))
		}
		inv.AddTToolExecutionNotification(n)
	}
	run.AddInvocations(inv)
	rep.AddRun(run)
	return rep.PrettyWrite(w)
}

// sarifFix is one finding's edits as a SARIF fix; its description and
// properties carry the safety, which code scanning shows to reviewers.
func sarifFix(f finding.Finding, loc *sarif.ArtifactLocation, cols *columns) *sarif.Fix {
	change := sarif.NewArtifactChange(loc)
	for _, e := range f.Fix.Edits {
		change.WithReplacement(sarif.NewReplacement(cols.region(f.Path, e.StartLine, e.StartColumn, e.EndLine, e.EndColumn)).
			WithInsertedContent(sarif.NewArtifactContent().WithText(e.NewText)))
	}
	desc := "Rewrite to the v2 API (safe fix: kobolint check --fix)"
	if f.Fix.Safety != "safe" {
		desc = "Rewrite to the v2 API (" + f.Fix.Safety + " fix: kobolint check --fix --unsafe-fixes; review it)"
		if f.Fix.Reason != "" {
			desc += ": " + f.Fix.Reason
		}
	}
	fix := sarif.NewFix().WithDescriptionText(desc).WithArtifactChanges([]*sarif.ArtifactChange{change})
	pb := sarif.NewPropertyBag()
	pb.Add("safety", f.Fix.Safety)
	fix.AttachPropertyBag(pb)
	return fix
}

func fingerprint(key string, n int) string {
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
	return hex.EncodeToString(sum[:16])
}

func sarifLevel(sev string) string {
	switch sev {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	}
	return "note"
}

// columns converts byte columns to UTF-16 code units, reading each file
// with findings once.
type columns struct {
	read  func(string) ([]byte, error)
	files map[string]*textpos.Lines
}

func newColumns(r *Report) *columns {
	read := r.ReadFile
	if read == nil {
		read = func(p string) ([]byte, error) { return os.ReadFile(absPath(r.WorkDir, p)) }
	}
	return &columns{read: read, files: map[string]*textpos.Lines{}}
}

func (c *columns) region(path string, line, col, endLine, endCol int) *sarif.Region {
	l, ok := c.files[path]
	if !ok {
		if src, err := c.read(path); err == nil {
			l = textpos.New(src)
		}
		c.files[path] = l
	}
	if l != nil {
		// without the file (gone since the scan) byte columns stay: equal
		// on ASCII lines, which is where v1 URLs and field names live
		col, endCol = l.UTF16Col(line, col), l.UTF16Col(endLine, endCol)
	}
	return sarif.NewRegion().WithStartLine(line).WithStartColumn(col).WithEndLine(endLine).WithEndColumn(endCol)
}

// SourceRoot is the root of the git repository that holds dir (the
// directory code scanning resolves paths from), or dir itself outside one.
func SourceRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// sarifRoot is the report's source root, widened to hold every reported
// path: a URI is never absolute and never climbs out of its base.
func sarifRoot(r *Report) string {
	root := r.SourceRoot
	if root == "" {
		root = r.WorkDir
	}
	if root == "" {
		root, _ = os.Getwd()
	}
	widen := func(p string) {
		for !within(root, absPath(r.WorkDir, p)) {
			parent := filepath.Dir(root)
			if parent == root {
				return
			}
			root = parent
		}
	}
	for _, f := range r.Findings {
		widen(f.Path)
	}
	for _, p := range r.Problems {
		widen(p.Path)
	}
	return root
}

func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func absPath(wd, p string) string {
	p = filepath.FromSlash(p)
	if filepath.IsAbs(p) || wd == "" {
		return filepath.Clean(p)
	}
	return filepath.Join(wd, p)
}

// relURI is p relative to root as a URI reference: each segment
// percent-encoded (space, '#', '%', '?', ':' and non-ASCII bytes).
func relURI(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		rel = p
	}
	segs := strings.Split(filepath.ToSlash(rel), "/")
	for i, s := range segs {
		// PathEscape leaves ':' alone, but a first segment with ':' would
		// read as a URI scheme
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}

// dirURI is the file: URI of a directory, ending in '/' as SARIF asks of a
// base.
func dirURI(dir string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // a Windows drive letter
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u.String()
}
