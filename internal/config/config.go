// Package config reads .kobolint.yml, the per-repository settings file.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileName is the config file looked up in the working directory.
const FileName = ".kobolint.yml"

// Config is .kobolint.yml.
type Config struct {
	// Exclude lists globs of paths not to scan.
	Exclude []string `yaml:"exclude"`
	// Select and Ignore list rule codes or prefixes (KB2, KB401).
	Select []string `yaml:"select"`
	Ignore []string `yaml:"ignore"`
	// Comments reports URLs in comments and docstrings (at info).
	Comments bool `yaml:"comments"`
	// Hosts adds the KoboCAT and KPI hosts of self-hosted servers.
	Hosts struct {
		// KoboCAT maps a KoboCAT host to its KPI host ("" if unknown).
		KoboCAT map[string]string `yaml:"kobocat"`
		KPI     []string          `yaml:"kpi"`
	} `yaml:"hosts"`
	// IDMap is a CSV file of formid,uid pairs.
	IDMap string `yaml:"id_map"`
}

// Load reads a config file. A missing default file is not an error; a file
// given explicitly must exist. Unknown keys are errors, so typos do not
// silently disable settings.
func Load(path string, explicit bool) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if !explicit && errors.Is(err, os.ErrNotExist) {
			return &Config{}, nil
		}
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) { // io.EOF: an empty file
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	for h, v := range c.Hosts.KoboCAT {
		if strings.Contains(h, "/") || strings.Contains(v, "/") {
			return nil, fmt.Errorf("config %s: hosts.kobocat wants host names, not URLs (%q: %q)", path, h, v)
		}
	}
	if c.IDMap != "" && !filepath.IsAbs(c.IDMap) {
		c.IDMap = filepath.Join(filepath.Dir(path), c.IDMap)
	}
	return &c, nil
}
