package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

func printForms() error {
	resp, err := http.Get(formsURL())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var forms []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&forms); err != nil { // want "KB501 shape /api/v1/forms"
		return err
	}
	for _, f := range forms {
		fmt.Println(f["title"]) // want "KB403 field title"
	}
	return nil
}

func printProjects() error {
	resp, err := projects()
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var ps []map[string]any
	if err := json.Unmarshal(body, &ps); err != nil { // want "KB501 shape /api/v1/data"
		return err
	}
	for _, p := range ps {
		fmt.Println(p["id_string"]) // want "KB401 field id_string"
	}
	return nil
}

func printOna() {
	resp, err := onaForms()
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fs []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&fs); err != nil {
		return
	}
	for _, f := range fs {
		fmt.Println(f["title"], f["formid"])
	}
}
