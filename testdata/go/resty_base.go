// Package sync pulls forms with a resty client that carries the base URL:
// its requests name only the path.
package sync

import "github.com/go-resty/resty/v2"

const kobo = "https://kc.kobotoolbox.org/api/v1" // want "KB101 host" "KB200 endpoint"

const ona = "https://api.ona.io/api/v1"

func forms() (*resty.Response, error) {
	c := resty.New().SetBaseURL(kobo).SetAuthToken("x")
	return c.R().Get("/forms") // want "KB210 endpoint"
}

func data(id string) (*resty.Response, error) {
	c := resty.New()
	c.SetBaseURL(kobo)
	return c.R().SetHeader("Accept", "application/json").Get("/data/" + id) // want "KB202 endpoint"
}

// Ona's API has the same paths: not Kobo's.
func onaForms() (*resty.Response, error) {
	c := resty.New().SetBaseURL(ona)
	return c.R().Get("/forms")
}
