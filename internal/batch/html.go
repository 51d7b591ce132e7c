package batch

import (
	"html/template"
	"io"
	"maps"
	"slices"
	"sync"
)

// writeHTML writes report.html: one file with its style and charts inline
// (SVG drawn here), no script and nothing fetched from the network, so
// that it opens from a CI artifact or a mail as it is. html/template
// escapes every text that came from a repository.
func writeHTML(w io.Writer, r *Report) error {
	return reportPage().Execute(w, htmlData{Report: r, Charts: charts(r)})
}

type htmlData struct {
	*Report
	Charts []chart
}

// chart is a horizontal bar chart: one row per label, each row split into
// coloured segments.
type chart struct {
	Title  string
	Rows   []chartRow
	Legend []segment
	Height int
}

type chartRow struct {
	Label string
	Y     int
	Segs  []segment
	Total int
}

type segment struct {
	Name  string
	Color string
	N     int
	X, W  float64
}

// A row is its label, then its bar below it, so that long labels (the
// reasons) need no column of their own.
const (
	chartBarW  = 740.0
	chartRowH  = 40
	chartWidth = 800
	labelMax   = 120
)

var (
	colFixed  = "#2e7d32"
	colOpen   = "#ef6c00"
	colNotes  = "#90a4ae"
	colFailed = "#c62828"
	colClean  = "#9e9e9e"
	colPatch  = "#1565c0"
)

func charts(r *Report) []chart {
	t := r.Totals
	var out []chart
	// repositories by state, one bar
	states := []segment{
		{Name: "patch", Color: colFixed},
		{Name: "patch, needs a person", Color: colPatch},
		{Name: "needs a person", Color: colOpen},
		{Name: "notes only", Color: colNotes},
		{Name: "clean", Color: colClean},
		{Name: "failed", Color: colFailed},
	}
	for i := range r.Repositories {
		s := r.Repositories[i].State()
		for j := range states {
			if states[j].Name == s {
				states[j].N++
			}
		}
	}
	out = append(out, layout("Repositories", []chartRow{{Label: "all repositories", Segs: states}}, states))

	legend := []segment{{Name: "fixed", Color: colFixed}, {Name: "needs a person", Color: colOpen}, {Name: "other (notes)", Color: colNotes}}
	var rows []chartRow
	for _, c := range slices.Sorted(maps.Keys(t.Categories)) {
		n := t.Categories[c]
		rows = append(rows, chartRow{Label: c, Segs: []segment{
			{Name: "fixed", Color: colFixed, N: n.Fixed},
			{Name: "needs a person", Color: colOpen, N: n.Open},
			{Name: "other (notes)", Color: colNotes, N: max(0, n.Found-n.Fixed-n.Open)},
		}})
	}
	if len(rows) > 0 {
		out = append(out, layout("Findings by category", rows, legend))
	}
	rows = nil
	for _, k := range byCount(t.Reasons) {
		rows = append(rows, chartRow{Label: k, Segs: []segment{{Name: "findings", Color: colOpen, N: t.Reasons[k]}}})
	}
	if len(rows) > 0 {
		out = append(out, layout("Why a person is needed", rows, nil))
	}
	return out
}

// layout scales a chart's rows to the widest.
func layout(title string, rows []chartRow, legend []segment) chart {
	most := 0
	for i := range rows {
		for _, s := range rows[i].Segs {
			rows[i].Total += s.N
		}
		most = max(most, rows[i].Total)
	}
	for i := range rows {
		rows[i].Y = i * chartRowH
		rows[i].Label = truncate(rows[i].Label, labelMax)
		x := 0.0
		for j := range rows[i].Segs {
			s := &rows[i].Segs[j]
			if most > 0 {
				s.W = chartBarW * float64(s.N) / float64(most)
			}
			s.X = x
			x += s.W
		}
	}
	return chart{Title: title, Rows: rows, Legend: legend, Height: len(rows)*chartRowH + 4}
}

// reportPage is parsed on first use: package initialisation runs at every
// start of kobolint, and a single-file check should not pay for a campaign's
// report page.
var reportPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{
		"languages": languages,
		"short":     shortSHA,
		"onOff":     onOff,
		"byCount":   byCount,
		"add":       func(a, b int) int { return a + b },
		"svgWidth":  func() int { return chartWidth },
		"totalX":    func() int { return chartWidth - 4 },
	}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kobolint campaign</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1100px; padding: 0 1em; color: #212121; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; }
th, td { border-bottom: 1px solid #eee; padding: 4px 8px; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.state-failed { color: #c62828; font-weight: 600; }
.state-clean { color: #757575; }
.warn { color: #ef6c00; }
.incomplete { background: #ffebee; padding: .6em 1em; border-left: 4px solid #c62828; }
code { font: 12px ui-monospace, "SF Mono", Menlo, Consolas, monospace; background: #f5f5f5; padding: 0 3px; }
svg text { font: 12px system-ui, sans-serif; }
details { margin: .3em 0; }
summary { cursor: pointer; }
.muted { color: #757575; }
</style>
</head>
<body>
<h1>kobolint campaign</h1>
{{if .Incomplete}}<p class="incomplete">Incomplete: {{.Incomplete}}</p>{{end}}
<p>{{.Summary}}</p>
<p class="muted">kobolint {{.Kobolint}}; unsafe fixes {{onOff .Settings.UnsafeFixes}}{{if .Settings.IDMap}}; id map {{.Settings.IDMap}}{{end}}{{if .Settings.Branch}}; fixes committed on branch <code>{{.Settings.Branch}}</code>{{end}}.</p>

{{range .Charts}}
<h2>{{.Title}}</h2>
<svg role="img" aria-label="{{.Title}}" width="{{svgWidth}}" height="{{.Height}}" viewBox="0 0 {{svgWidth}} {{.Height}}" xmlns="http://www.w3.org/2000/svg">
{{range .Rows}}{{$y := .Y}}<text x="0" y="{{add $y 13}}">{{.Label}}</text>
{{range .Segs}}{{if .N}}<rect x="{{printf "%.1f" .X}}" y="{{add $y 18}}" width="{{printf "%.1f" .W}}" height="16" fill="{{.Color}}"><title>{{.Name}}: {{.N}}</title></rect>
{{end}}{{end}}<text x="{{totalX}}" y="{{add $y 31}}" text-anchor="end">{{.Total}}</text>
{{end}}</svg>
{{if .Legend}}<p class="muted">{{range $i, $s := .Legend}}{{if $i}} · {{end}}<svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="{{$s.Color}}"/></svg> {{$s.Name}}{{if $s.N}} ({{$s.N}}){{end}}{{end}}</p>{{end}}
{{end}}

<h2>Repositories</h2>
<table>
<thead><tr><th>Repository</th><th>State</th><th>Languages</th><th class="n">Findings</th><th class="n">Fixed</th><th class="n">Needs a person</th><th>Patch</th></tr></thead>
<tbody>
{{range .Repositories}}<tr>
<td><a href="#repo-{{.Name}}">{{.Name}}</a></td>
<td class="state-{{.Status}}{{if eq .State "clean"}} state-clean{{end}}">{{.State}}</td>
<td>{{languages .Languages}}</td>
<td class="n">{{.Findings}}</td><td class="n">{{.Fixed}}</td><td class="n">{{.Open}}</td>
<td>{{if .Patch}}<a href="{{.Patch}}">{{.Patch}}</a>{{end}}</td>
</tr>
{{end}}</tbody>
</table>

<h2>Details</h2>
{{range .Repositories}}
<details id="repo-{{.Name}}"{{if or (eq .Status "failed") .Open}} open{{end}}>
<summary><strong>{{.Name}}</strong> — {{.State}}</summary>
<p><code>{{.URL}}</code>{{if .Commit}} at <code>{{short .Commit}}</code>{{end}}{{if .FilesScanned}}; {{.FilesScanned}} files scanned{{end}}.</p>
{{if .Error}}<p class="state-failed">Failed: {{.Error}}</p>{{end}}
{{if .Categories}}<table><thead><tr><th>Category</th><th class="n">Found</th><th class="n">Fixed</th><th class="n">Needs a person</th></tr></thead><tbody>
{{range $c, $n := .Categories}}<tr><td>{{$c}}</td><td class="n">{{$n.Found}}</td><td class="n">{{$n.Fixed}}</td><td class="n">{{$n.Open}}</td></tr>
{{end}}</tbody></table>{{end}}
{{if .Apply}}<p>Apply the patch with <code>{{.Apply}}</code>{{if .Branch}}, or push the branch <code>{{.Branch}}</code> of the clone{{end}}.</p>{{end}}
{{if .OpenFindings}}<table><thead><tr><th>Where</th><th>Rule</th><th>v1</th><th>Why a person is needed</th></tr></thead><tbody>
{{range .OpenFindings}}<tr><td><code>{{.Path}}:{{.Line}}</code></td><td>{{.Rule}}</td><td><code>{{.V1}}</code></td><td>{{.Reason}}</td></tr>
{{end}}</tbody></table>{{end}}
{{range .Warnings}}<p class="warn">Warning: {{.}}</p>
{{end}}</details>
{{end}}
</body>
</html>
`))
})
