package engine

import (
	"os"
	"path"
)

// DisplayPath is the path Run reports for the file p, and the key
// Options.Overlay takes: relative to the working directory when under it,
// with '/'. The language server keys an editor's buffer with it.
func DisplayPath(p string) string {
	wd, _ := os.Getwd()
	return display(wd, p)
}

// Excluded reports whether an exclude glob (config or --exclude) matches a
// slash path relative to the walked root, as a walk would skip it.
func Excluded(globs []string, rel string) bool {
	return excluded(globs, rel, path.Base(rel))
}
