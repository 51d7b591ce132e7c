package kobo

import (
	"encoding/json"
	"fmt"
)

// Form is an element of the form list.
type Form struct {
	FormID int    `json:"formid"` // want "KB410 field formid"
	Title  string `json:"title"`  // want "KB403 field title"
}

// Forms lists the forms of the account.
func (c *Client) Forms() ([]Form, error) {
	resp, err := c.get("forms") // want "KB210 endpoint /api/v1/forms"
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var forms []Form
	err = json.NewDecoder(resp.Body).Decode(&forms) // want "KB501 shape /api/v1/forms"
	return forms, err
}

// Submissions reads the records of one form.
func (c *Client) Submissions(formID int) ([]map[string]any, error) {
	resp, err := c.get(fmt.Sprintf("data/%d", formID)) // want "KB202 endpoint /api/v1/data/{…}"
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var rows []map[string]any
	err = json.NewDecoder(resp.Body).Decode(&rows) // want "KB501 shape /api/v1/data/{…}"
	return rows, err
}
