package nightly

import "net/http"

// media reads the media list from the URL whose default config.go gives
// in a struct tag.
func media(cfg *Config) (*http.Response, error) {
	return http.Get(cfg.Media + "?format=json")
}
