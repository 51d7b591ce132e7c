// Package lookalikes uses the v2 API and services that look like the v1 API:
// nothing here may be reported.
package lookalikes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const kpi = "https://kf.kobotoolbox.org"

// Asset is an item of the v2 asset list.
type Asset struct {
	UID     string `json:"uid"`
	Name    string `json:"name"`
	Owner   string `json:"owner__username"`
	Count   int    `json:"deployment__submission_count"`
	Tags    string `json:"tag_string"`
	URL     string `json:"url"`
	Created string `json:"date_created"`
}

// PullRequest comes from GitHub: its title and tags are not Kobo fields.
type PullRequest struct {
	Title string   `json:"title"`
	Tags  []string `json:"tags"`
	ID    int      `json:"id"`
}

// Note is posted to our own API.
type Note struct {
	Title       string `json:"title"`
	Description string `json:"description"`
}

// Chart is drawn locally; Title is a Go name only.
type Chart struct {
	Title string
	Tags  []string
}

func assets() ([]Asset, error) {
	// v1 was: https://kc.kobotoolbox.org/api/v1/forms
	resp, err := http.DefaultClient.Get(kpi + "/api/v2/assets/?q=asset_type:survey&format=json")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var page struct {
		Count   int     `json:"count"`
		Next    *string `json:"next"`
		Results []Asset `json:"results"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		return nil, err
	}
	return page.Results, nil
}

func pulls() ([]PullRequest, error) {
	resp, err := http.DefaultClient.Get("https://api.github.com/repos/acme/forms/pulls")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var prs []PullRequest
	err = json.NewDecoder(resp.Body).Decode(&prs)
	for _, p := range prs {
		fmt.Println(p.Title)
	}
	return prs, err
}

func onaData(formID int) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.ona.io/api/v1/data/%d", formID))
}

func postNote(n Note) error {
	b, err := json.Marshal(n)
	if err != nil {
		return err
	}
	_, err = http.Post("https://notes.example.org/api/v1/notes", "application/json", bytes.NewReader(b))
	return err
}

func chart(kc int) Chart {
	c := Chart{Title: fmt.Sprintf("%d forms", kc), Tags: []string{"weekly"}}
	c.Title = c.Title + " (v2)"
	return c
}

func me() (*http.Response, error) {
	return http.Get(kpi + "/me/")
}

func collect() string {
	// KoboCollect keeps the kc server for OpenRosa submissions
	return "https://kc.kobotoolbox.org/submission"
}
