package kobosync

import "time"

// Form is one element of the form list.
type Form struct {
	FormID    int       `json:"formid"` // want "KB410 field formid"
	Title     string    `json:"title"`  // want "KB403 field title"
	Owner     string    `json:"owner"`  // want "KB411 field owner"
	Public    bool      `json:"public"` // want "KB414 field public"
	Submitted time.Time `json:"date_created"`
}

// Media is one file of the media list.
type Media struct {
	ID       int    `json:"id"`            // want "KB430 field id"
	XForm    int    `json:"xform"`         // want "KB432 field xform"
	Filename string `json:"data_filename"` // want "KB434 field data_filename"
}

// Batch is what the warehouse accepts.
type Batch struct {
	Title string           `json:"title"`
	Rows  []map[string]any `json:"rows"`
}
