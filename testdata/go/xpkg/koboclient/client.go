// Package koboclient reads the project list of the Kobo server.
package koboclient

import (
	"encoding/json"
	"net/http"
	"os"

	"example.org/sync/models"
)

var server = os.Getenv("KOBO_SERVER")

// Projects lists the projects the token can see.
func Projects() ([]models.FormSummary, error) {
	resp, err := http.Get(server + "/api/v1/data?format=json") // want "KB201 endpoint /api/v1/data"
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []models.FormSummary
	err = json.NewDecoder(resp.Body).Decode(&out) // want "KB501 shape /api/v1/data"
	return out, err
}

// Publish sends an event of our own.
func Publish(e models.Event) error {
	b, _ := json.Marshal(e)
	_, err := http.Post("https://bus.example.org/api/v1/events", "application/json", bytesReader(b))
	return err
}
