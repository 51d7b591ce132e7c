package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// version is the module version kobolint was built as: set by the go
// command from debug.ReadBuildInfo (a tag or pseudo-version under `go
// install ...@version`, "(devel)" in a checkout), or at link time with
// -ldflags "-X main.version=...".
var version = moduleVersion()

func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	return describeBuild(bi)
}

// describeBuild names the module version and, when the go command stamped
// it (a build inside a git checkout), the commit and whether the tree had
// local changes, so that a bug report names the code it ran.
func describeBuild(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev != "" && !strings.Contains(v, rev[:min(12, len(rev))]) {
		return fmt.Sprintf("%s (commit %s%s)", v, rev, dirty)
	}
	return v
}
