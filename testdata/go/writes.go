// Package upload writes to v1 endpoints through a wrapper that takes the
// method from its caller: a POST to the v1 form list is an upload, and
// must never get the list's rewrite (issue 10, class 2).
package upload

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
)

const base = "https://kf.kobotoolbox.org"

type client struct{ hc *http.Client }

// send makes a request with the method and path its caller gives.
func (c *client) send(ctx context.Context, method, path string, body io.Reader, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, base+path, body)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// uploadForm posts an XLSForm: v2 imports go through /api/v2/imports/.
func (c *client) uploadForm(ctx context.Context, xls []byte) error {
	var created map[string]any
	return c.send(ctx, http.MethodPost, "/api/v1/forms", bytes.NewReader(xls), &created) // want "KB210 endpoint /api/v1/forms"
}

// A plain net/http POST is a write too.
func pushSubmission(b []byte) error {
	_, err := http.Post(base+"/api/v1/submissions", "application/json", bytes.NewReader(b)) // want "KB224 endpoint /api/v1/submissions"
	return err
}

// The same wrapper reading a detail: a GET.
func (c *client) me(ctx context.Context) (map[string]any, error) {
	var u map[string]any
	return u, c.send(ctx, "GET", "/api/v1/user", nil, &u) // want "KB230 endpoint /api/v1/user"
}

// Look-alike: a POST to another service's v1 API.
func notify(b []byte) error {
	_, err := http.Post("https://hooks.example.org/api/v1/forms", "application/json", bytes.NewReader(b))
	return err
}
