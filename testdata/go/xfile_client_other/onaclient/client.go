// Package onaclient reads forms from Ona, whose API is also /api/v1.
package onaclient

import "net/http"

// Client talks to api.ona.io.
type Client struct {
	http *http.Client
	base string
}

// NewClient makes an Ona client.
func NewClient() *Client {
	return &Client{http: http.DefaultClient, base: "https://api.ona.io/api/v1/"}
}

// Get requests a path of Ona's API.
func (c *Client) Get(path string) (*http.Response, error) {
	return c.http.Get(c.base + path)
}

func (c *Client) get(path string) (*http.Response, error) {
	return c.Get(path)
}
