package crossfile

import (
	"encoding/json"
	"net/http"
	"os"
)

type client struct {
	base  string
	token string
}

func newClient() *client {
	base := os.Getenv("KOBO_URL")
	if base == "" {
		base = "https://kc.kobotoolbox.org" // want `KB101: KoboCAT host`
	}
	return &client{base: base, token: os.Getenv("KOBO_TOKEN")}
}

func (c *client) getJSON(path string, out any) error {
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Token "+c.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *client) projects() ([]Project, error) {
	var ps []Project
	err := c.getJSON("/api/v1/data", &ps) // want `KB201: v1 endpoint /api/v1/data ` `KB501: the response of /api/v1/data is decoded as a list`
	return ps, err
}

func (c *client) me() (*Me, error) {
	var m Me
	return &m, c.getJSON("/api/v1/user", &m) // want `KB230: v1 endpoint /api/v1/user`
}

func (c *client) assets() ([]Asset, error) {
	var p Page[Asset]
	err := c.getJSON("https://kf.kobotoolbox.org/api/v2/assets/", &p)
	return p.Results, err
}
