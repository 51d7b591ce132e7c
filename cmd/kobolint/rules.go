package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kobolint/kobolint/rules"
)

func newRulesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: "List the rules of the mapping table",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := rules.Load()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
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
