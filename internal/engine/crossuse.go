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
	// keep: a use elsewhere that keeps the host as it is (an OpenRosa
	// path that stays on the kc host, a web page, a v1 path with no fix)
	keep map[string]bool
}

func newCrossUse() *crossUse { return &crossUse{api: map[string]bool{}, keep: map[string]bool{}} }

// markUse records that another file joins the host held in name (defined
// in file) with a path: pathUse "api", "openrosa" or "page"; unfixed when
// that path keeps no rewrite.
func (c *crossUse) markUse(file, name, pathUse string, unfixed bool) {
	if c == nil || pathUse == "" {
		return
	}
	keys := []string{file + "\x00" + name}
	if k := subscriptKey(name); k != "" {
		keys = append(keys, file+"\x00"+k)
	}
	c.mu.Lock()
	for _, k := range keys {
		if pathUse == "api" {
			c.api[k] = true
		}
		if pathUse != "api" || unfixed {
			c.keep[k] = true
		}
	}
	c.mu.Unlock()
}

// raise turns host advice into errors where another file showed the host
// is used for API calls, with the held fix when every use elsewhere is an
// API call whose path is rewritten too.
func (c *crossUse) raise(fs []finding.Finding) {
	if c == nil || len(c.api) == 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		if f.Category != finding.Host || f.Severity != finding.Info {
			continue
		}
		api, keep := false, false
		for _, n := range f.Names {
			k := f.Path + "\x00" + n
			api = api || c.api[k]
			keep = keep || c.keep[k]
		}
		if !api {
			continue
		}
		f.Severity = finding.Error
		switch {
		case f.Held != nil && !keep:
			f.Fix = *f.Held
		case keep:
			f.Fix.Reason = "other files also join this host with OpenRosa or web-page paths, or with v1 paths that keep no fix: change it with them by hand"
		}
		f.Held = nil
	}
}
