// Package nightly exports submissions; its servers are configured in
// config.yml, read by key into Config.
package nightly

import (
	"encoding/json"
	"net/http"
	"net/url"
	"os"

	"gopkg.in/yaml.v3"
)

// Config mirrors config.yml.
type Config struct {
	Kobo struct {
		APIRoot string `yaml:"api_root"`
		Token   string `yaml:"token"`
	} `yaml:"kobo"`
	Ona struct {
		APIRoot string `yaml:"api_root"`
	} `yaml:"ona"`
	Central struct {
		URL string `yaml:"url"`
	} `yaml:"central"`
	// Media is read from the environment, with a default.
	Media string `env:"KOBO_MEDIA_URL" envDefault:"https://kc.kobotoolbox.org/api/v1/metadata"` // want "KB101 host kc.kobotoolbox.org" "KB220 endpoint /api/v1/metadata"
}

func load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	if err := yaml.Unmarshal(b, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// forms reads the form list from the configured KoboCAT root (kobo.api_root).
func (c *Config) forms() ([]map[string]any, error) {
	resp, err := http.Get(c.Kobo.APIRoot + "/forms") // want "KB210 endpoint /api/v1/forms"
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out) // want "KB501 shape /api/v1/forms"
}

// projects joins the path with url.JoinPath, which escapes a '?': the
// v2 URL's query cannot be written into that element.
func (c *Config) projects() (*http.Response, error) {
	u, err := url.JoinPath(c.Kobo.APIRoot, "data") // want "KB201 endpoint /api/v1/data"
	if err != nil {
		return nil, err
	}
	return http.Get(u)
}

// Look-alikes: the same shapes on Ona and ODK Central stay silent.
func (c *Config) onaForms() (*http.Response, error) {
	return http.Get(c.Ona.APIRoot + "/forms")
}

func (c *Config) centralProjects() (*http.Response, error) {
	return http.Get(c.Central.URL + "/v1/projects")
}
