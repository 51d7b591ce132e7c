package kobosync

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

func getJSON(u string, out any) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func forms() ([]Form, error) {
	var fs []Form
	return fs, getJSON(KoboServer+"/api/v1/forms", &fs) // want "KB210 endpoint /api/v1/forms" "KB501 shape /api/v1/forms"
}

func media() ([]Media, error) {
	var ms []Media
	return ms, getJSON(KoboServer+"/api/v1/metadata", &ms) // want "KB220 endpoint /api/v1/metadata" "KB501 shape /api/v1/metadata"
}

func push(f Form) error {
	b, _ := json.Marshal(Batch{Title: f.Title})
	_, err := http.Post(IngestURL, "application/json", bytes.NewReader(b))
	return err
}
