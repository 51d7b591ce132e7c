// Package central reads ODK Central, whose API is /v1/projects/...
package central

import (
	"net/http"
	"os"
)

func get(path string) (*http.Response, error) {
	return http.Get(os.Getenv("CENTRAL_URL") + "/v1/" + path)
}

// Warehouse is another service with an /api/v1 of its own.
type Warehouse struct{ base string }

// NewWarehouse makes its client.
func NewWarehouse() *Warehouse { return &Warehouse{base: "https://warehouse.ngo-data.net/api/v1/"} }

// Get requests a path of the warehouse.
func (w *Warehouse) Get(path string) (*http.Response, error) {
	return http.Get(w.base + path)
}
