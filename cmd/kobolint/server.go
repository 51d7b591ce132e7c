package main

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/lsp"
	"github.com/kobolint/kobolint/rules"
)

func newServerCmd() *cobra.Command {
	var debounce time.Duration
	cmd := &cobra.Command{
		Use:   "server",
		Short: "Run the language server (LSP over stdio) for editors",
		Long: `kobolint server speaks the Language Server Protocol on standard input and output:
diagnostics while you type, a quick fix per finding (unsafe ones labelled), a
"fix all safe" source action and the rule's page on hover. Settings come from the
workspace's .kobolint.yml. See docs/editors.md for VS Code, Neovim, Helix and Emacs.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			clean, err := lsp.New(version, debounce, serverOptions).RunStdio()
			if err != nil {
				return err
			}
			if !clean {
				// exit without shutdown: status 1, as the protocol asks
				return exitError{1}
			}
			return nil
		},
	}
	cmd.Flags().DurationVar(&debounce, "debounce", 300*time.Millisecond, "quiet time after an edit before the buffer is checked again")
	return cmd
}

// serverOptions are the engine's options of `kobolint check` with no
// flags, run from the workspace root: each folder's .kobolint.yml applies
// (read at every check, so edits to it take effect), and the rest of the
// buffer's repository is read for the context it gives.
func serverOptions() (engine.Options, error) {
	table, err := rules.Load()
	if err != nil {
		return engine.Options{}, err
	}
	maker := newSettingsMaker(&checkFlags{}, ruleCodes(table))
	base, err := maker.make(nil)
	if err != nil {
		return engine.Options{}, err
	}
	return engine.Options{Table: table, Base: base, Configs: maker.find, RepoContext: true}, nil
}
