package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/kobolint/kobolint/internal/config"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/rules"
)

// settingsMaker turns config files and the command line into the engine's
// settings. The command line wins where both speak: --select replaces a
// config's select, --id-map its id_map; --ignore, --exclude and
// --comments add to it.
type settingsMaker struct {
	f     *checkFlags
	codes []string
	wd    string
	// idMaps caches the id maps read, by path: one CSV serves every
	// config that names it.
	mu     sync.Mutex
	idMaps map[string]map[string]string
}

func newSettingsMaker(f *checkFlags, codes []string) *settingsMaker {
	wd, _ := os.Getwd()
	return &settingsMaker{f: f, codes: codes, wd: wd, idMaps: map[string]map[string]string{}}
}

// make builds the settings of one config (nil: the command line alone).
func (m *settingsMaker) make(c *config.Config) (*engine.Settings, error) {
	table, err := rules.Load()
	if err != nil {
		return nil, err
	}
	s := &engine.Settings{Table: table, Comments: m.f.comments, Select: m.f.selectRules, Ignore: m.f.ignoreRules}
	s.AddExcludes(m.f.exclude, m.wd)
	idMap := m.f.idMap
	if c != nil {
		s.Source = c.Path
		s.AddServers(c.Hosts.KoboCAT, c.Hosts.KPI)
		s.AddExcludes(c.Exclude, c.Dir)
		s.Comments = s.Comments || c.Comments
		if len(m.f.selectRules) == 0 {
			s.Select = c.Select
		}
		s.Ignore = append(append([]string{}, c.Ignore...), m.f.ignoreRules...)
		s.MaxFileSize = c.MaxFileSize
		if idMap == "" {
			idMap = c.IDMap
		}
	}
	if idMap != "" {
		ids, err := m.idMap(idMap)
		if err != nil {
			return nil, err
		}
		s.IDMap = ids
	}
	return s, nil
}

func (m *settingsMaker) idMap(path string) (map[string]string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if ids, ok := m.idMaps[abs]; ok {
		return ids, nil
	}
	ids, err := config.LoadIDMap(path)
	if err != nil {
		return nil, err
	}
	m.idMaps[abs] = ids
	return ids, nil
}

// find is the engine's Configs: the settings of the config file in dir.
func (m *settingsMaker) find(dir string) (*engine.Settings, error) {
	c, err := config.Find(dir, m.codes)
	if err != nil || c == nil {
		return nil, err
	}
	return m.make(c)
}

// checkSelectors checks --select and --ignore against the rule codes.
func checkSelectors(f *checkFlags, codes []string) error {
	for _, l := range []struct {
		flag string
		list []string
	}{{"--select", f.selectRules}, {"--ignore", f.ignoreRules}} {
		for _, sel := range l.list {
			if err := config.CheckSelector(sel, codes); err != nil {
				return fmt.Errorf("%s: %w", l.flag, err)
			}
		}
	}
	return nil
}

// ruleCodes lists the codes of the table.
func ruleCodes(t *rules.Table) []string {
	var out []string
	for _, c := range t.Codes() {
		out = append(out, strings.ToUpper(c))
	}
	return out
}
