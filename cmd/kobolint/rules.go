package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kobolint/kobolint/internal/ruledoc"
	"github.com/kobolint/kobolint/rules"
)

func newRulesCmd() *cobra.Command {
	var markdown bool
	var format string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules of the mapping table",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := rules.Load()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if markdown {
				format = "markdown"
			}
			switch format {
			case "markdown":
				fmt.Fprint(w, rulesMarkdown(t))
			case "json":
				return rulesJSON(w, t)
			case "text":
				for _, r := range t.Rules() {
					v2 := r.V2
					if v2 == "" {
						v2 = "(none)"
					}
					fmt.Fprintf(w, "%s  %-8s  %-6s  %s -> %s\n", r.Code, r.Category, r.Fix, strings.Join(r.V1, ", "), v2)
				}
			default:
				fmt.Fprintf(stderr, "kobolint: unknown --format %q (text, json, markdown)\n", format)
				return exitError{2}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json or markdown")
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print the list as the Markdown table of the README (--format markdown)")
	return cmd
}

// ruleJSON is one rule as `kobolint rules --format json` prints it, for
// tooling (docs/json.md documents it).
type ruleJSON struct {
	Code     string   `json:"code"`
	Name     string   `json:"name"`
	Category string   `json:"category"`
	Title    string   `json:"title"`
	V1       []string `json:"v1"`
	V2       *string  `json:"v2"`
	Fix      string   `json:"fix"`
	Why      string   `json:"why"`
	Sources  []string `json:"sources"`
	URL      string   `json:"url"`
}

func rulesJSON(w io.Writer, t *rules.Table) error {
	out := []ruleJSON{}
	for _, r := range t.Rules() {
		srcs, err := ruledoc.Sources(t, r.Source)
		if err != nil {
			return err
		}
		rj := ruleJSON{Code: r.Code, Name: ruledoc.Name(r), Category: r.Category, Title: r.Title, V1: r.V1,
			Fix: r.Fix, Why: r.Why, Sources: srcs, URL: ruledoc.URL(r.Code)}
		if r.V2 != "" {
			rj.V2 = &r.V2
		}
		out = append(out, rj)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// rulesMarkdown renders the rule list for the README; a test keeps the
// README in step with the table.
func rulesMarkdown(t *rules.Table) string {
	var b strings.Builder
	b.WriteString("| rule | kind | v1 | v2 | fix |\n|---|---|---|---|---|\n")
	for _, r := range t.Rules() {
		v2 := r.V2
		if v2 == "" {
			v2 = "none"
		}
		v1 := strings.Join(r.V1, "`, `")
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n", r.Code, r.Category,
			strings.ReplaceAll(v1, "|", "\\|"), mdCode(v2), r.Fix)
	}
	return b.String()
}

func mdCode(s string) string {
	if s == "none" {
		return s
	}
	return "`" + s + "`"
}

func newExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Explain one rule: v1, v2, why, fix safety, an example (the rule's page)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			t, err := rules.Load()
			if err != nil {
				return err
			}
			r, ok := ruledoc.Lookup(t, args[0])
			if !ok {
				return fmt.Errorf("no rule %s (see `kobolint rules`)", strings.ToUpper(args[0]))
			}
			page, err := ruledoc.Page(t, r)
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), page)
			return err
		},
	}
}
