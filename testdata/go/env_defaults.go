// Package envdefaults takes its servers from the environment, with
// defaults written in the code (issue 11, a base URL defined elsewhere).
package envdefaults

import (
	"cmp"
	"net/http"
	"os"
)

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

var server = getenv("KOBO_SERVER", "https://kc-eu.kobotoolbox.org") // want "KB102 host kc-eu.kobotoolbox.org"

func projects() (*http.Response, error) {
	return http.Get(server + "/api/v1/data?format=json") // want "KB201 endpoint /api/v1/data"
}

func forms() (*http.Response, error) {
	base, ok := os.LookupEnv("KOBO_URL")
	if !ok {
		base = "https://kc.kobotoolbox.org" // want "KB101 host kc.kobotoolbox.org"
	}
	return http.Get(base + "/api/v1/forms") // want "KB210 endpoint /api/v1/forms"
}

func me() (*http.Response, error) {
	return http.Get(cmp.Or(os.Getenv("KC_URL"), "https://kc.humanitarianresponse.info") + "/api/v1/user") // want "KB103 host kc.humanitarianresponse.info" "KB230 endpoint /api/v1/user"
}

// Ona's default: silent.
var ona = getenv("ONA_URL", "https://api.ona.io")

func onaForms() (*http.Response, error) {
	return http.Get(ona + "/api/v1/forms")
}
