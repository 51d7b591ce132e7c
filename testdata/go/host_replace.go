// Package hosts derives the KoboCAT host from the KPI host by a string
// replacement (issue 11, string transforms folded on literals).
package hosts

import (
	"net/http"
	"strings"
)

const kpi = "https://kf.kobotoolbox.org"

var kc = strings.Replace(kpi, "kf.", "kc.", 1) // want "KB101 host kc.kobotoolbox.org"

func forms() (*http.Response, error) {
	return http.Get(kc + "/api/v1/forms") // want "KB210 endpoint /api/v1/forms"
}

// the reverse replacement is the migration itself: silent
func assets(old string) (*http.Response, error) {
	return http.Get(strings.ReplaceAll("https://kc.example.org", "kc.", "kf.") + "/api/v2/assets/")
}
