package fieldsync

// Form is the app's form record: its tags are the KoboCAT form's (formid,
// num_of_submissions, has_kpi_hooks are v1 only), so it describes a v1
// form though the client decodes a v2 asset list into it. Names that v2
// has too (owner, metadata, users, title, uuid) are the v1 values here.
type Form struct {
	FormID      int     `json:"formid"`             // want "KB410 field formid"
	IDString    string  `json:"id_string"`          // want "KB401 field id_string"
	Title       string  `json:"title"`              // want "KB403 field title"
	Owner       string  `json:"owner"`              // want "KB411 field owner"
	Users       []User  `json:"users"`              // want "KB417 field users"
	Metadata    []Media `json:"metadata"`           // want "KB412 field metadata"
	UUID        string  `json:"uuid"`               // want "KB422 field uuid"
	Submissions int     `json:"num_of_submissions"` // want "KB424 field num_of_submissions"
	Hooks       bool    `json:"has_kpi_hooks"`      // want "KB428 field has_kpi_hooks"
	Version     string  `json:"xlsform_version"`
}

// User is one entry of the form's v1 users.
type User struct {
	User        string   `json:"user"`
	Permissions []string `json:"permissions"`
}

// Media is an item of the form's v1 media list.
type Media struct {
	ID        int    `json:"id"`         // want "KB430 field id"
	DataValue string `json:"data_value"` // want "KB433 field data_value"
	DataType  string `json:"data_type"`  // want "KB431 field data_type"
	DataFile  string `json:"data_file"`  // want "KB435 field data_file"
}

// Asset is the v2 asset as v2 spells it: its owner is v2's.
type Asset struct {
	UID         string `json:"uid"`
	Name        string `json:"name"`
	Owner       string `json:"owner"`
	OwnerName   string `json:"owner__username"`
	Submissions int    `json:"deployment__submission_count"`
}

// Boat is the app's own record, with a title and an owner of its own.
type Boat struct {
	Title string   `json:"title"`
	Owner string   `json:"owner"`
	Users []string `json:"users"`
}
