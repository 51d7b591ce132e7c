package fixes

import (
	"encoding/json"
	"net/http"
)

const api = "https://kc.kobotoolbox.org/api/v1/forms" // want `KB101: KoboCAT host` `KB210: v1 endpoint /api/v1/forms`

func titles() ([]string, error) {
	resp, err := http.Get(api)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var forms []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&forms); err != nil { // want `KB501: the response of /api/v1/forms is decoded as a list`
		return nil, err
	}
	var out []string
	for _, f := range forms {
		out = append(out, f["title"].(string)) // want `KB403: v1 field "title"`
	}
	return out, nil
}

func me() (*http.Response, error) {
	return http.Get("https://kf.kobotoolbox.org/api/v1/user") // want `KB230: v1 endpoint /api/v1/user`
}

func form(id int) (*http.Response, error) {
	// needs the asset uid: reported without a fix
	return http.Get("https://kf.kobotoolbox.org/api/v1/forms/" + string(rune(id))) // want `KB211: v1 endpoint`
}
