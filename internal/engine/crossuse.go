package engine

import (
	"sync"

	"github.com/kobolint/kobolint/internal/finding"
)

// crossUse records, while files are checked in parallel, which variables
// holding a KoboCAT host are joined with API paths in other files: a
// `KC_HOST = "https://kc..."` in settings.py is an API base when client.py
// builds `KC_HOST + "/api/v1/forms"`, though settings.py alone cannot tell.
type crossUse struct {
	mu  sync.Mutex
	api map[string]bool // defining file + "\x00" + name
}

func newCrossUse() *crossUse { return &crossUse{api: map[string]bool{}} }

func (c *crossUse) markAPI(file, name string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.api[file+"\x00"+name] = true
	if k := subscriptKey(name); k != "" {
		c.api[file+"\x00"+k] = true
	}
	c.mu.Unlock()
}

// raise turns host advice into errors where another file showed the host
// is used for API calls.
func (c *crossUse) raise(fs []finding.Finding) {
	if c == nil || len(c.api) == 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		if f.Category != finding.Host || f.Severity != finding.Info {
			continue
		}
		for _, n := range f.Names {
			if c.api[f.Path+"\x00"+n] {
				f.Severity = finding.Error
				break
			}
		}
	}
}
