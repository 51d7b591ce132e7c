// Package koboexport pulls KoboToolbox data through the removed v1 API.
package koboexport

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
)

// Config is read from the environment or a file.
type Config struct {
	BaseURL string
	Token   string
}

var defaults = Config{BaseURL: "https://kc.kobotoolbox.org"} // want "KB101 host kc.kobotoolbox.org"

type client struct {
	base string
	http *http.Client
}

func newClient() *client {
	base := os.Getenv("KOBO_URL")
	if base == "" {
		base = defaults.BaseURL
	}
	return &client{base: strings.TrimSuffix(base, "/"), http: http.DefaultClient}
}

func (c *client) do(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *client) forms(ctx context.Context) ([]map[string]any, error) {
	var forms []map[string]any
	if err := c.do(ctx, "/api/v1/forms", &forms); err != nil { // want "KB210 endpoint /api/v1/forms" "KB501 shape /api/v1/forms"
		return nil, err
	}
	for _, f := range forms {
		fmt.Println(f["title"], f["formid"], f["num_of_submissions"]) // want "KB403 field title" "KB410 field formid" "KB424 field num_of_submissions"
		fmt.Println(f["_submission_time"], f["uid"])
	}
	return forms, nil
}

func (c *client) data(ctx context.Context, formID int) ([]map[string]any, error) {
	var rows []map[string]any
	err := c.do(ctx, fmt.Sprintf("/api/v1/data/%d?format=json", formID), &rows) // want "KB202 endpoint /api/v1/data/"
	return rows, err
}

func (c *client) form474(ctx context.Context) error {
	var f map[string]any
	return c.do(ctx, "/api/v1/forms/474", &f) // want "KB211 endpoint /api/v1/forms/474"
}

func userURL() (string, error) {
	return url.JoinPath("https://kc-eu.kobotoolbox.org", "api", "v1", "user") // want "KB102 host kc-eu.kobotoolbox.org" "KB230 endpoint /api/v1/user"
}

func legacy() {
	// the suppressed call stays as it is until the server is switched
	http.Get("https://kf.kobotoolbox.org/api/v1/forms") // kobolint:ignore[KB210]
}

func exportsKPI(ctx context.Context, c *client) error {
	var out any
	return c.do(ctx, "https://kf.kobotoolbox.org/exports/", &out) // want "KB305 endpoint /exports"
}
