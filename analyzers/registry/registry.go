// Package registry registers every kobolint front-end with internal/lang.
// Import it for its side effect in the kobolint command and in tests:
//
//	import _ "github.com/kobolint/kobolint/analyzers/registry"
//
// Adding a language is a package under analyzers/, a Register block here,
// and fixtures (see CONTRIBUTING.md).
package registry

import pythonfe "github.com/kobolint/kobolint/analyzers/python"
import shellfe "github.com/kobolint/kobolint/analyzers/shell"
import csharpfe "github.com/kobolint/kobolint/analyzers/csharp"
import jsfe "github.com/kobolint/kobolint/analyzers/js"
import notebookfe "github.com/kobolint/kobolint/analyzers/notebook"
import textfe "github.com/kobolint/kobolint/analyzers/text"
import rfe "github.com/kobolint/kobolint/analyzers/r"
import rmdfe "github.com/kobolint/kobolint/analyzers/rmd"
import golangfe "github.com/kobolint/kobolint/analyzers/golang"
import literalsfe "github.com/kobolint/kobolint/analyzers/literals"
import phpfe "github.com/kobolint/kobolint/analyzers/php"
import "github.com/kobolint/kobolint/internal/lang"

// Each front-end adds its own Register call here, one block per language, in
// init order. Keep each block self-contained so that front-ends developed in
// parallel do not touch each other's lines.

// The fallback scanners (see internal/engine/fallback.go for the figures):
// the string-literal lexer where URLs are string literals, the URL-token
// scan of analyzers/text elsewhere (shell words, config values, notebook
// JSON), and for files of no known language.

func init() {
	lang.DefaultFallback = textfe.Scan
	// python: analyzers/python
	lang.Register(&lang.Language{Name: "python", Analyze: pythonfe.Analyze, Exts: []string{".py", ".pyw"}, Shebangs: []string{"python"}, Fallback: literalsfe.Scan})
	// shell: analyzers/shell
	lang.Register(&lang.Language{Name: "shell", Analyze: shellfe.Analyze, Exts: []string{".sh", ".bash", ".zsh", ".ksh"}, Names: []string{"crontab"}, Shebangs: []string{"sh", "bash", "zsh", "ksh", "dash"}})
	// r, rmd: analyzers/r, analyzers/rmd
	// rmd before text: text's ".md" would otherwise claim ".rmd".
	lang.Register(&lang.Language{Name: "r", Analyze: rfe.Analyze, Exts: []string{".r"}, Names: []string{".rprofile", "rprofile.site"}, Shebangs: []string{"Rscript"}, Fallback: literalsfe.Scan})
	lang.Register(&lang.Language{Name: rmdfe.Name, Analyze: rmdfe.Analyze, Exts: rmdfe.Exts})
	// notebook: analyzers/notebook
	// go: analyzers/golang
	lang.Register(&lang.Language{Name: "go", Analyze: golangfe.Analyze, Exts: []string{".go"}, Fallback: literalsfe.Scan})
	// js, ts, csharp: analyzers/js, analyzers/csharp
	lang.Register(&lang.Language{Name: "js", Analyze: jsfe.Analyze, Sniff: jsfe.LooksLikeJS, Exts: []string{".js", ".mjs", ".cjs", ".jsx", ".gs"}, Fallback: literalsfe.Scan})
	lang.Register(&lang.Language{Name: "ts", Analyze: jsfe.Analyze, Exts: []string{".ts", ".mts", ".cts", ".tsx"}, Fallback: literalsfe.Scan})
	lang.Register(&lang.Language{Name: "csharp", Analyze: csharpfe.Analyze, Exts: []string{".cs"}, Fallback: literalsfe.Scan})
	// php (and Blade templates, .blade.php): analyzers/php
	lang.Register(&lang.Language{Name: phpfe.Name, Analyze: phpfe.Analyze, Exts: phpfe.Exts})
	// text/config/markdown: analyzers/text
	lang.Register(&lang.Language{Name: textfe.Name, Analyze: textfe.Analyze, Exts: textfe.Exts, Names: textfe.Names, Prefixes: textfe.Prefixes})
	lang.Register(&lang.Language{Name: notebookfe.Name, Analyze: notebookfe.Analyze, Exts: notebookfe.Exts})
	// other languages, string literals only: analyzers/literals
	for _, name := range literalsfe.Names() {
		lang.Register(&lang.Language{Name: name, Analyze: literalsfe.For(name), Exts: literalsfe.Languages[name].Exts, Fallback: literalsfe.Scan})
	}
}
