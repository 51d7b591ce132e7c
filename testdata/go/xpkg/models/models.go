// Package models holds the wire types of the sync service.
package models

// Submission is a raw record; its keys are question names.
type Submission map[string]any

// FormSummary is an element of the project list.
type FormSummary struct {
	ID          int    `json:"id"`          // want "KB402 field id"
	IDString    string `json:"id_string"`   // want "KB401 field id_string"
	Title       string `json:"title"`       // want "KB403 field title"
	Description string `json:"description"` // want "KB404 field description"
	DataURL     string `json:"url"`         // want "KB405 field url"
}

// Event is posted to the organisation's event bus: its title is ours.
type Event struct {
	Title string `json:"title"`
	Kind  string `json:"kind"`
}
