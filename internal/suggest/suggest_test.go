package suggest

import "testing"

func TestClosest(t *testing.T) {
	keys := []string{"exclude", "select", "ignore", "comments", "hosts", "id_map", "max_file_size"}
	for typed, want := range map[string]string{
		"exlude":  "exclude",
		"Exclude": "exclude",
		"selct":   "select",
		"idmap":   "id_map",
		"hots":    "hosts",
		"colour":  "",
		"x":       "",
	} {
		if got := Closest(typed, keys); got != want {
			t.Errorf("Closest(%q) = %q, want %q", typed, got, want)
		}
	}
	codes := []string{"KB101", "KB201", "KB299", "KB401"}
	if got := Closest("KB999", codes); got != "KB299" {
		t.Errorf("KB999: got %q", got)
	}
	if got := Hint("KB10", codes); got != "; did you mean KB101?" {
		t.Errorf("hint: %q", got)
	}
	if got := Hint("ZZZZZZ", codes); got != "" {
		t.Errorf("far: %q", got)
	}
}
