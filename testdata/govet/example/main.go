// Command example counts the projects of a KoboToolbox account through the
// v1 API; kobolint-vet must report it under go vet.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

const server = "https://kc.kobotoolbox.org" // want "KB101 host kc.kobotoolbox.org"

type project struct {
	IDString string `json:"id_string"` // want "KB401 field id_string"
	Title    string `json:"title"`     // want "KB403 field title"
}

func main() {
	req, err := http.NewRequest(http.MethodGet, server+"/api/v1/data", nil) // want "KB201 endpoint /api/v1/data"
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	req.Header.Set("Authorization", "Token "+os.Getenv("KOBO_TOKEN"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var projects []project
	if err := json.NewDecoder(resp.Body).Decode(&projects); err != nil { // want "KB501 shape /api/v1/data"
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, p := range projects {
		fmt.Println(p.IDString, p.Title)
	}
}
