package crossfile

// Project is one entry of the KoboCAT project list.
type Project struct {
	ID       int    `json:"id"`        // want `KB402: v1 field "id" of a KoboCAT project list`
	IDString string `json:"id_string"` // want `KB401: v1 field "id_string"`
	Title    string `json:"title"`     // want `KB403: v1 field "title"`
	URL      string `json:"url"`       // want `KB405: v1 field "url"`
	Created  string `json:"date_created"`
}

// Me is the profile of the token owner.
type Me struct {
	ID       int    `json:"id"` // want `KB440: v1 field "id" of a KoboCAT user`
	Username string `json:"username"`
	Twitter  string `json:"twitter"` // want `KB445: v1 field "twitter"`
}

// Page wraps a list the way v2 does.
type Page[T any] struct {
	Count   int `json:"count"`
	Results []T `json:"results"`
}

// Asset is a v2 asset: nothing to report.
type Asset struct {
	UID   string `json:"uid"`
	Name  string `json:"name"`
	Count int    `json:"deployment__submission_count"`
}
