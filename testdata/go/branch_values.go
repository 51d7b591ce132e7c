// A name assigned in a clause of an if holds, after it, every value a
// path may leave in it: the decoded response stays one after a clause
// that empties it.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
)

const kc = "https://kc.kobotoolbox.org" // want "KB101"
const ona = "https://api.ona.io"

func formTitles() {
	var forms []map[string]any
	resp, err := http.Get(kc + "/api/v1/forms") // want "KB210"
	if err != nil {
		return
	}
	json.NewDecoder(resp.Body).Decode(&forms) // want "KB501"
	if len(forms) > 100 {
		forms = nil
	}
	for _, f := range forms {
		fmt.Println(f["title"]) // want "KB403"
	}
}

// Ona answers forms with the same field names: nothing here is Kobo's
func onaTitles() {
	var forms []map[string]any
	resp, err := http.Get(ona + "/api/v1/forms")
	if err != nil {
		return
	}
	json.NewDecoder(resp.Body).Decode(&forms)
	if len(forms) > 100 {
		forms = nil
	}
	for _, f := range forms {
		fmt.Println(f["downloadable"])
	}
}
