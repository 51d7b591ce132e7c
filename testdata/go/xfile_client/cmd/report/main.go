// Command report prints the media files and the user of the account.
package main

import (
	"encoding/json"
	"fmt"

	"example.org/survey/kobo"
)

func main() {
	cl := kobo.NewClient()
	resp, err := cl.Get("metadata") // want "KB220 endpoint /api/v1/metadata"
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var files []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&files); err != nil { // want "KB501 shape /api/v1/metadata"
		return
	}
	for _, f := range files {
		fmt.Println(f["data_file"]) // want "KB435 field data_file"
	}
	me, err := kobo.Fetch("/api/v1/user") // want "KB230 endpoint /api/v1/user"
	if err == nil {
		me.Body.Close()
	}
}
