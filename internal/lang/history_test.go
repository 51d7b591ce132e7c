package lang

import "testing"

func TestIsHistory(t *testing.T) {
	for p, want := range map[string]bool{
		"CHANGELOG.md": true, "docs/changelog.md": true, "HISTORY.rst": true, "NEWS": true, "NEWS.md": true,
		"RELEASE_NOTES.md": true, "CHANGES.txt": true, "changelog.d/123.feature.md": true, "whats-new.md": true,
		"README.md": false, "changes.py": false, "src/news/feed.py": false, "docs/history-of-kobo.md": false,
		"docs/api.md": false, "CHANGELOG-1.x.md": true,
	} {
		if got := IsHistory(p); got != want {
			t.Errorf("IsHistory(%q) = %v, want %v", p, got, want)
		}
	}
}
