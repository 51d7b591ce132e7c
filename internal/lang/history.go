package lang

import (
	"path/filepath"
	"strings"
)

// IsHistory reports whether path is a changelog, release notes or news
// file. Such files describe what a project did in the past, not what a
// reader should call, so the engine skips them unless asked otherwise. The
// test is on the name only: CHANGELOG, CHANGES, HISTORY, NEWS, RELEASES,
// RELEASE_NOTES, WHATSNEW (any case, with a documentation ending or none),
// and documentation files inside changelog.d/, newsfragments/ and the like.
func IsHistory(path string) bool {
	p := strings.ToLower(filepath.ToSlash(path))
	base := p[strings.LastIndex(p, "/")+1:]
	ext := filepath.Ext(base)
	switch ext {
	case "", ".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".rd", ".org", ".html", ".htm":
	default:
		return false
	}
	stem := strings.TrimSuffix(base, ext)
	stem = strings.NewReplacer("-", "", "_", "", " ", "", ".", "").Replace(stem)
	for _, h := range []string{"changelog", "changes", "history", "news", "releases", "releasenotes", "whatsnew", "changelogs"} {
		if stem == h {
			return true
		}
	}
	if strings.HasPrefix(stem, "changelog") || strings.HasPrefix(stem, "releasenotes") {
		return true
	}
	for _, dir := range strings.Split(p, "/") {
		switch dir {
		case "changelog", "changelog.d", "changelogs", "changes", "newsfragments", "release-notes", "releasenotes", "release_notes":
			if dir != base {
				return true
			}
		}
	}
	return false
}
