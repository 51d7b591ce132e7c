// Package formsync reads v1 lists into Go types. v2 answers a page object
// ({count, next, previous, results}), so each list decoded into a slice
// must change its type with the URL: no automatic fix, the decode says so
// (issue 10, class 1).
package formsync

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// Form is one item of the v1 form list.
type Form struct {
	ID    int    `json:"formid"` // want "KB410 field formid"
	Title string `json:"title"`  // want "KB403 field title"
}

const kc = "https://kc.kobotoolbox.org" // want "KB101 host kc.kobotoolbox.org"

// Direct: a typed decoder of the list's response.
func forms() ([]Form, error) {
	resp, err := http.Get(kc + "/api/v1/forms") // want "KB210 endpoint /api/v1/forms"
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var list []Form
	err = json.NewDecoder(resp.Body).Decode(&list) // want "KB501 shape /api/v1/forms"
	return list, err
}

// Through io.ReadAll and json.Unmarshal.
func projects() ([]map[string]any, error) {
	resp, err := http.Get(kc + "/api/v1/data") // want "KB201 endpoint /api/v1/data"
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	var rows []map[string]any
	if err == nil {
		err = json.Unmarshal(body, &rows) // want "KB501 shape /api/v1/data"
	}
	return rows, err
}

// Client joins its base, set by the constructor, with relative paths.
type Client struct {
	base string
	hc   *http.Client
}

func NewClient() *Client {
	return &Client{base: kc + "/api/v1", hc: http.DefaultClient} // want "KB200 endpoint /api/v1"
}

// getJSON decodes into out the response of the URL its caller names: the
// decode is reported where it is called, for that URL.
func (c *Client) getJSON(ctx context.Context, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) Metadata(ctx context.Context) ([]map[string]any, error) {
	var list []map[string]any
	err := c.getJSON(ctx, c.base+"/metadata", &list) // want "KB220 endpoint /api/v1/metadata" "KB501 shape /api/v1/metadata"
	return list, err
}

// fetchList returns what it decoded: the call is the decode.
func fetchList(u string) ([]map[string]any, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []map[string]any
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

func countForms() (int, error) {
	list, err := fetchList(kc + "/api/v1/forms?owner=me") // want "KB210 endpoint /api/v1/forms" "KB501 shape /api/v1/forms"
	return len(list), err
}

// A detail is one object, not a list: decoded into a map, it is not a
// shape finding.
func form(ctx context.Context, c *Client, id int) (map[string]any, error) {
	var f map[string]any
	err := c.getJSON(ctx, fmt.Sprintf("%s/forms/%d", c.base, id), &f) // want "KB211 endpoint /api/v1/forms/"
	return f, err
}

// Look-alikes: Ona and ODK Central answer lists under their own v1 API.
func onaForms() (out []Form, err error) {
	resp, err := http.Get("https://api.ona.io/api/v1/forms")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

type centralProject struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func centralProjects(server string) ([]centralProject, error) {
	resp, err := http.Get(server + "/v1/projects")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var ps []centralProject
	return ps, json.NewDecoder(resp.Body).Decode(&ps)
}

// v2 code decodes the page object: nothing to report.
type assetPage struct {
	Count   int `json:"count"`
	Results []struct {
		UID  string `json:"uid"`
		Name string `json:"name"`
	} `json:"results"`
}

func assets(token string) (*assetPage, error) {
	req, err := http.NewRequest("GET", "https://kf.kobotoolbox.org/api/v2/assets/?format=json", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p assetPage
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}
