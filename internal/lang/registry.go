package lang

// Each front-end adds its own Register call here, one block per language, in
// init order. Keep each block self-contained so that front-ends developed in
// parallel do not touch each other's lines.

func init() {
	// python: analyzers/python
	// shell: analyzers/shell
	// r, rmd: analyzers/r, analyzers/rmd
	// notebook: analyzers/notebook
	// go: analyzers/golang
	// js, ts, csharp: analyzers/js, analyzers/csharp
	// text/config/markdown: analyzers/text
}
