package fieldsync

import (
	"encoding/json"
	"net/http"
)

// assets decodes the v2 asset list into both types: the form type is seen
// with a v2 URL only.
func assets() ([]Form, []Asset, error) {
	resp, err := http.Get("https://kf.kobotoolbox.org/api/v2/assets/?format=json")
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	var page struct {
		Results []Form `json:"results"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		return nil, nil, err
	}
	var as []Asset
	return page.Results, as, nil
}
