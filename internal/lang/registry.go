package lang

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

// Each front-end adds its own Register call here, one block per language, in
// init order. Keep each block self-contained so that front-ends developed in
// parallel do not touch each other's lines.

func init() {
	// python: analyzers/python
	Register(&Language{Name: "python", Analyze: pythonfe.Analyze, Exts: []string{".py", ".pyw"}, Shebangs: []string{"python"}})
	// shell: analyzers/shell
	Register(&Language{Name: "shell", Analyze: shellfe.Analyze, Exts: []string{".sh", ".bash", ".zsh", ".ksh"}, Names: []string{"crontab"}, Shebangs: []string{"sh", "bash", "zsh", "ksh", "dash"}})
	// r, rmd: analyzers/r, analyzers/rmd
	// rmd before text: text's ".md" would otherwise claim ".rmd".
	Register(&Language{Name: "r", Analyze: rfe.Analyze, Exts: []string{".r"}, Names: []string{".rprofile", "rprofile.site"}, Shebangs: []string{"Rscript"}})
	Register(&Language{Name: rmdfe.Name, Analyze: rmdfe.Analyze, Exts: rmdfe.Exts})
	// notebook: analyzers/notebook
	// go: analyzers/golang
	Register(&Language{Name: "go", Analyze: golangfe.Analyze, Exts: []string{".go"}})
	// js, ts, csharp: analyzers/js, analyzers/csharp
	Register(&Language{Name: "js", Analyze: jsfe.Analyze, Sniff: jsfe.LooksLikeJS, Exts: []string{".js", ".mjs", ".cjs", ".jsx", ".gs"}})
	Register(&Language{Name: "ts", Analyze: jsfe.Analyze, Exts: []string{".ts", ".mts", ".cts", ".tsx"}})
	Register(&Language{Name: "csharp", Analyze: csharpfe.Analyze, Exts: []string{".cs"}})
	// php (and Blade templates, .blade.php): analyzers/php
	Register(&Language{Name: phpfe.Name, Analyze: phpfe.Analyze, Exts: phpfe.Exts})
	// text/config/markdown: analyzers/text
	Register(&Language{Name: textfe.Name, Analyze: textfe.Analyze, Exts: textfe.Exts, Names: textfe.Names, Prefixes: textfe.Prefixes})
	Register(&Language{Name: notebookfe.Name, Analyze: notebookfe.Analyze, Exts: notebookfe.Exts})
	// other languages, string literals only: analyzers/literals
	for _, name := range literalsfe.Names() {
		Register(&Language{Name: name, Analyze: literalsfe.For(name), Exts: literalsfe.Languages[name].Exts})
	}
}
