package onaclient

import (
	"encoding/json"
	"fmt"
)

// Form is an element of Ona's form list.
type Form struct {
	FormID int    `json:"formid"`
	Title  string `json:"title"`
}

// Forms lists the forms of the account.
func (c *Client) Forms() ([]Form, error) {
	resp, err := c.get("forms")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var forms []Form
	err = json.NewDecoder(resp.Body).Decode(&forms)
	return forms, err
}

// Data reads the records of one form.
func (c *Client) Data(id int) error {
	_, err := c.get(fmt.Sprintf("data/%d", id))
	return err
}
