// Command kobolint finds uses of the removed KoboToolbox v1 APIs and rewrites
// them to the KPI v2 API.
//
// The command line uses cobra: subcommands (check, rules, explain), POSIX
// flags and generated help are what users of ruff and golangci-lint expect,
// and cobra is the well-kept standard for that in Go.
package main

import (
	// every front-end: the command reads every language kobolint knows
	"errors"
	"fmt"
	_ "github.com/kobolint/kobolint/analyzers/registry"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// exitError carries an exit code out of a command.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// stderr receives diagnostics about the run itself (unreadable files, bad
// flags); findings go to the command's output.
var stderr io.Writer = os.Stderr

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, errOut io.Writer) int {
	stderr = errOut
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(errOut)
	err := root.Execute()
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintln(stderr, "kobolint:", err)
		return 2
	}
}

func newRoot() *cobra.Command {
	checkOpts := &checkFlags{}
	root := &cobra.Command{
		Use:   "kobolint [check] [PATH...]",
		Short: "Find and fix uses of the removed KoboToolbox v1 APIs",
		Long: `kobolint finds every use of the removed KoboToolbox v1 APIs (KoboCAT /api/v1/...,
KPI paths outside /api/v2/, kc.* hosts, v1 response fields) and rewrites them to
the KPI v2 API where that is safe.

Exit status: 0 no findings (notes at info and notices on stderr do not count);
1 findings, a file that does not parse, an unused suppression with
--report-unused-ignores, or a non-empty --diff; 2 a path or file that cannot be
read, a file --fix cannot write, an unknown rule code, a config error or a usage
error. README.md lists every case.`,
		Version:       version,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := unknownCommand(cmd, args); err != nil {
				return err
			}
			return runCheck(cmd, checkOpts, args)
		},
	}
	checkOpts.register(root)
	check := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Report (and with --fix, rewrite) v1 API uses",
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, checkOpts, args)
		},
	}
	checkOpts.register(check)
	root.AddCommand(check, newRulesCmd(), newExplainCmd(), newServerCmd(), newBatchCmd())
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		fmt.Fprintf(stderr, "kobolint: %v\n", err)
		return exitError{2}
	})
	return root
}

// unknownCommand: `kobolint PATH...` is `kobolint check PATH...`, but a
// first word that is no file or folder and looks like a command (a plain
// word, or one close to a command's name) is a typo of a command
// (`kobolint rule KB101`), not a path to scan.
func unknownCommand(root *cobra.Command, args []string) error {
	if len(args) == 0 || args[0] == "-" {
		return nil
	}
	word := args[0]
	if _, err := os.Lstat(word); err == nil {
		return nil
	}
	if root.SuggestionsMinimumDistance <= 0 {
		root.SuggestionsMinimumDistance = 2 // cobra's own default for its messages
	}
	sugg := root.SuggestionsFor(word)
	if len(sugg) == 0 && strings.ContainsAny(word, "/.\\") {
		return nil // a path: the scan names it as unreadable
	}
	hint := ""
	if len(sugg) > 0 {
		hint = "; did you mean " + strings.Join(sugg, " or ") + "?"
	}
	return usageError("unknown command %q%s (and there is no file or folder of that name; commands: check, rules, explain)", word, hint)
}
