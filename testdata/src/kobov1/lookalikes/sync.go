// Package lookalikes is a v2 client next to other services that look like
// the v1 API: none of it may be reported.
package lookalikes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const kpiURL = "https://kf.kobotoolbox.org"

// Asset is a v2 asset.
type Asset struct {
	UID         string `json:"uid"`
	Name        string `json:"name"`
	Owner       string `json:"owner__username"`
	Submissions int    `json:"deployment__submission_count"`
	Tags        string `json:"tag_string"`
}

// Issue is a GitHub issue: its title is not a Kobo field.
type Issue struct {
	Title string   `json:"title"`
	Tags  []string `json:"tags"`
}

// Batch is what we send to our own warehouse API.
type Batch struct {
	Title string `json:"title"`
	Rows  int    `json:"rows"`
}

// Report is an in-memory report: Title is a Go name.
type Report struct {
	Title string
}

func assets() ([]Asset, error) {
	// was: GET https://kc.kobotoolbox.org/api/v1/forms (the v1 list)
	resp, err := http.Get(kpiURL + "/api/v2/assets/?q=asset_type:survey")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var page struct {
		Results []Asset `json:"results"`
	}
	err = json.NewDecoder(resp.Body).Decode(&page)
	return page.Results, err
}

func issues() ([]Issue, error) {
	resp, err := http.Get("https://api.github.com/repos/acme/survey/issues")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []Issue
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

func onaForms() (*http.Response, error) {
	return http.Get("https://api.ona.io/api/v1/forms")
}

func push(rows int) error {
	b, _ := json.Marshal(Batch{Title: "kobo sync", Rows: rows})
	_, err := http.Post("https://warehouse.example.org/api/v1/batches", "application/json", bytes.NewReader(b))
	return err
}

func report(kc int) Report {
	r := Report{Title: fmt.Sprintf("%d projects", kc)}
	r.Title += " (weekly)"
	return r
}
