// Package basic talks to a KoboToolbox server through the v1 API.
package basic

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
)

const kcBase = "https://kc.kobotoolbox.org" // want `KB101: KoboCAT host kc.kobotoolbox.org`

// Form is an element of GET /api/v1/forms.
type Form struct {
	FormID   int      `json:"formid"`              // want `KB410: v1 field "formid"`
	IDString string   `json:"id_string,omitempty"` // want `KB401: v1 field "id_string"`
	Title    string   `json:"title"`               // want `KB403: v1 field "title" of a KoboCAT form`
	Owner    string   `json:"owner__username"`
	Tags     []string `json:"tags"` // want `KB413: v1 field "tags"`
}

func token() string { return os.Getenv("KOBO_TOKEN") }

func listForms() ([]Form, error) {
	req, err := http.NewRequest(http.MethodGet, kcBase+"/api/v1/forms", nil) // want `KB210: v1 endpoint /api/v1/forms `
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+token())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var forms []Form
	err = json.NewDecoder(resp.Body).Decode(&forms) // want `KB501: the response of /api/v1/forms is decoded as a list`
	return forms, err
}

func submissions(formID int) ([]map[string]any, error) {
	url := fmt.Sprintf("%s/api/v1/data/%d?format=json", kcBase, formID) // want `KB202: v1 endpoint /api/v1/data/\{…\}`
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var rows []map[string]any
	if err := json.Unmarshal(body, &rows); err != nil {
		return nil, err
	}
	for _, r := range rows {
		_ = r["_submission_time"]
	}
	return rows, nil
}

func projects() (int, error) {
	resp, err := http.Get(kcBase + "/api/v1/data") // want `KB201: v1 endpoint /api/v1/data `
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var list []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil { // want `KB501: the response of /api/v1/data is decoded as a list`
		return 0, err
	}
	n := 0
	for _, p := range list {
		if p["url"] != nil { // want `KB405: v1 field "url" of a KoboCAT project list`
			n++
		}
		fmt.Println(p["title"]) // want `KB403: v1 field "title" of a KoboCAT project list`
	}
	return n, nil
}

func ignored() {
	http.Get("https://kf.kobotoolbox.org/api/v1/user") // kobolint:ignore[KB230]
}
