package nightly

import (
	"net/http"

	"github.com/spf13/viper"
)

// submissions reads config.yml through viper, by key.
func submissions() (*http.Response, error) {
	return http.Get(viper.GetString("kobo.api_root") + "/data/" + viper.GetString("form_id")) // want "KB202 endpoint /api/v1/data/"
}

// onaSubmissions: Ona's root, silent.
func onaSubmissions() (*http.Response, error) {
	return http.Get(viper.GetString("ona.api_root") + "/data")
}
