package ir

// Edit is a replacement a front-end's Syntax proposes: the bytes
// [Start, End) of the file become NewText.
type Edit struct {
	Start, End int
	NewText    string
}

// Syntax is what the fixer needs of a file's language to write an edit that
// the mapping table alone cannot: the front-end sets it on its files (a
// notebook, for its kernel's language), and the engine reads code only
// through it. A method that cannot help returns no edits and says why.
type Syntax interface {
	// Split rewrites the read fr of a list field that v2 sends as one
	// comma-separated string v2 (tags -> tag_string) so that it still
	// gives a list: Python `x["tag_string"].split(",")`, R
	// `strsplit(x$tag_string, ",")[[1]]`, jq `(.tag_string | split(","))`.
	Split(src []byte, fr *FieldRead, v2 string) ([]Edit, string)
	// Nested rewrites the accessor of fr (at fr.Access) into one that reads
	// the path (extra_details, city) in the same style.
	Nested(src []byte, fr *FieldRead, path []string) ([]Edit, string)
	// Annotate gives a declaration whose identifier is the v1 wire name
	// the v2 name as an annotation of the serializer the file uses (C#
	// [JsonProperty("name")]), so that the identifier and its uses stay.
	Annotate(src []byte, fr *FieldRead, v2 string) ([]Edit, string)
	// Parent returns the constant key read just before fr in its access
	// chain (extra_details in user["extra_details"]["country"]), or "".
	Parent(src []byte, fr *FieldRead) string
	// URLText returns text as it must be written at offset at of src, inside
	// a URL literal (a shell word outside quotes escapes ? and &).
	URLText(src []byte, at int, text string) string
	// FollowNext replaces the statement d.Fetch, which fetches one page of
	// a paged list, by a loop that fetches every page: it reads each
	// page's items at the key results and the next page's URL at the key
	// next, and collects the items under the statement's name (or, where
	// the statement prints what it reads, prints each page's).
	FollowNext(src []byte, d *Decode, results, next string) ([]Edit, string)
}
