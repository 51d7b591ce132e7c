package onasync

import (
	"encoding/json"
	"net/http"
)

const server = "https://api.ona.io"

func fetch(path string, out any) error {
	resp, err := http.Get(server + path)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// Forms lists the forms of the Ona server.
func Forms() ([]Form, error) {
	var fs []Form
	return fs, fetch("/api/v1/forms", &fs)
}
