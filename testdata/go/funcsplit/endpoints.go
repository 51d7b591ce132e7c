// Package report reads a KoboCAT server; endpoints.go builds its URLs and
// requests, report.go reads the answers.
package report

import (
	"net/http"
	"os"
)

func server() string {
	if s := os.Getenv("KC_SERVER"); s != "" {
		return s
	}
	return "https://kc.kobotoolbox.org" // want "KB101 host kc.kobotoolbox.org"
}

// formsURL is used by report.go.
func formsURL() string {
	return server() + "/api/v1/forms" // want "KB210 endpoint /api/v1/forms"
}

// projects requests the project list; report.go decodes the answer.
func projects() (*http.Response, error) {
	return http.Get(server() + "/api/v1/data") // want "KB201 endpoint /api/v1/data"
}

// onaForms is Ona's list: its answer stays a list.
func onaForms() (*http.Response, error) {
	return http.Get("https://api.ona.io/api/v1/forms")
}
