package fieldsync

import "fmt"

// Labels reads the form records through a loop variable. A Go selector
// (f.Title) is the program's name, not the wire name: the uses are the
// tags of the type, renamed there once for every read.
func Labels(forms []Form, boats []Boat) []string {
	var out []string
	for _, f := range forms {
		out = append(out, fmt.Sprintf("%s by %s (%d users)", f.Title, f.Owner, len(f.Users)))
		for _, m := range f.Metadata {
			out = append(out, m.DataValue)
		}
	}
	for _, b := range boats {
		out = append(out, b.Title+b.Owner)
	}
	return out
}
