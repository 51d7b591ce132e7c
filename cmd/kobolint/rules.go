package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kobolint/kobolint/rules"
)

func newRulesCmd() *cobra.Command {
	var markdown bool
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
				fmt.Fprint(w, rulesMarkdown(t))
				return nil
			}
			for _, r := range t.Rules() {
				v2 := r.V2
				if v2 == "" {
					v2 = "(none)"
				}
				fmt.Fprintf(w, "%s  %-8s  %-6s  %s -> %s\n", r.Code, r.Category, r.Fix, strings.Join(r.V1, ", "), v2)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print the list as the Markdown table of the README")
	return cmd
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
		Short: "Explain one rule: v1, v2, why, and an example",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			t, err := rules.Load()
			if err != nil {
				return err
			}
			code := strings.ToUpper(args[0])
			for _, r := range t.Rules() {
				if r.Code != code {
					continue
				}
				w := cmd.OutOrStdout()
				fmt.Fprintf(w, "%s: %s (%s)\n\n", r.Code, r.Title, r.Category)
				fmt.Fprintf(w, "v1:   %s\n", strings.Join(r.V1, "\n      "))
				v2 := r.V2
				if v2 == "" {
					v2 = "no v2 equivalent"
				}
				fmt.Fprintf(w, "v2:   %s\n", v2)
				fmt.Fprintf(w, "fix:  %s\n\n", r.Fix)
				fmt.Fprintf(w, "Why: %s\n", r.Why)
				if r.Source != "" {
					fmt.Fprintf(w, "Source: %s\n", r.Source)
				}
				if ex := rules.Example(t, r); ex != "" {
					fmt.Fprintf(w, "\nExample:\n%s\n", ex)
				}
				fmt.Fprintf(w, "\nSee %s\n", t.Docs)
				return nil
			}
			return fmt.Errorf("no rule %s (see `kobolint rules`)", code)
		},
	}
}
