package onasync

// Form is the same form record in an Ona client: Ona's API is a fork of
// KoboCAT's and answers formid, id_string and num_of_submissions too.
type Form struct {
	FormID      int    `json:"formid"`
	IDString    string `json:"id_string"`
	Title       string `json:"title"`
	Owner       string `json:"owner"`
	Submissions int    `json:"num_of_submissions"`
}
