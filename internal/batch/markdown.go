package batch

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// writeMarkdown writes report.md: the totals, a table of repositories and,
// per repository, what still needs a person and why.
func writeMarkdown(w io.Writer, r *Report) {
	t := r.Totals
	fmt.Fprintf(w, "# kobolint campaign\n\n")
	if r.Incomplete != "" {
		fmt.Fprintf(w, "**Incomplete:** %s\n\n", mdText(r.Incomplete))
	}
	fmt.Fprintf(w, "%s\n\n", mdText(r.Summary()))
	fmt.Fprintf(w, "kobolint %s; unsafe fixes %s", mdText(r.Kobolint), onOff(r.Settings.UnsafeFixes))
	if r.Settings.IDMap != "" {
		fmt.Fprintf(w, "; id map %s", mdText(r.Settings.IDMap))
	}
	if r.Settings.Branch != "" {
		fmt.Fprintf(w, "; fixes committed on branch `%s`", mdCode(r.Settings.Branch))
	}
	fmt.Fprint(w, ".\n\n")

	if len(t.Categories) > 0 {
		fmt.Fprint(w, "| Category | Found | Fixed | Needs a person |\n|---|---:|---:|---:|\n")
		for _, c := range slices.Sorted(maps.Keys(t.Categories)) {
			n := t.Categories[c]
			fmt.Fprintf(w, "| %s | %d | %d | %d |\n", mdText(c), n.Found, n.Fixed, n.Open)
		}
		fmt.Fprintln(w)
	}
	if len(t.Reasons) > 0 {
		fmt.Fprint(w, "| Why a person is needed | Findings |\n|---|---:|\n")
		for _, k := range byCount(t.Reasons) {
			fmt.Fprintf(w, "| %s | %d |\n", mdText(k), t.Reasons[k])
		}
		fmt.Fprintln(w)
	}

	fmt.Fprint(w, "## Repositories\n\n")
	fmt.Fprint(w, "| Repository | State | Languages | Findings | Fixed | Needs a person | Patch |\n|---|---|---|---:|---:|---:|---|\n")
	for i := range r.Repositories {
		rec := &r.Repositories[i]
		patch := ""
		if rec.Patch != "" {
			patch = fmt.Sprintf("[%s](%s)", mdText(rec.Patch), rec.Patch)
		}
		fmt.Fprintf(w, "| %s | %s | %s | %d | %d | %d | %s |\n", mdText(rec.Name), rec.State(), mdText(languages(rec.Languages)),
			rec.Findings, rec.Fixed, rec.Open, patch)
	}
	fmt.Fprintln(w)

	for i := range r.Repositories {
		rec := &r.Repositories[i]
		if rec.Status != statusFailed && rec.Open == 0 && len(rec.Warnings) == 0 {
			continue
		}
		fmt.Fprintf(w, "### %s\n\n%s", mdText(rec.Name), mdText(rec.URL))
		if rec.Commit != "" {
			fmt.Fprintf(w, " at `%s`", shortSHA(rec.Commit))
		}
		fmt.Fprint(w, "\n\n")
		if rec.Error != "" {
			fmt.Fprintf(w, "Failed: %s\n\n", mdText(rec.Error))
		}
		if rec.Apply != "" {
			fmt.Fprintf(w, "Apply the patch with `%s`.\n\n", rec.Apply)
		}
		for _, f := range rec.OpenFindings {
			fmt.Fprintf(w, "- `%s:%d` %s %s: %s\n", mdCode(f.Path), f.Line, f.Rule, mdText(f.V1), mdText(f.Reason))
		}
		for _, warn := range rec.Warnings {
			fmt.Fprintf(w, "- warning: %s\n", mdText(warn))
		}
		fmt.Fprintln(w)
	}
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// languages lists a record's languages, most files first.
func languages(m map[string]int) string {
	return strings.Join(byCount(m), ", ")
}

// byCount orders a map's keys by count, then name.
func byCount(m map[string]int) []string {
	keys := slices.Sorted(maps.Keys(m))
	slices.SortStableFunc(keys, func(a, b string) int { return m[b] - m[a] })
	return keys
}

// mdText makes untrusted text (names, URLs, messages from a repository)
// inert in Markdown: no table break, no HTML, no link, on one line. It is
// never at the start of a line, where more characters would matter.
func mdText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode is text inside `...`: backticks cannot be escaped there, so they
// become quotes.
func mdCode(s string) string {
	return strings.ReplaceAll(strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s), "`", "'")
}
