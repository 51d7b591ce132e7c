package engine

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestRunDeterministic: findings do not depend on the number of workers or
// on the order files finish in, and NoSources keeps no content.
func TestRunDeterministic(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	first, err := Run([]string{root}, Options{Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Findings) == 0 {
		t.Skip("no findings in testdata yet")
	}
	for _, jobs := range []int{2, 8} {
		res, err := Run([]string{root}, Options{Jobs: jobs, NoSources: true})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res.Findings, first.Findings) {
			t.Errorf("--jobs %d: findings differ from --jobs 1", jobs)
		}
		if res.FilesScanned != first.FilesScanned {
			t.Errorf("--jobs %d: %d files scanned, --jobs 1 scanned %d", jobs, res.FilesScanned, first.FilesScanned)
		}
		if len(res.Sources) != 0 {
			t.Errorf("NoSources kept %d files", len(res.Sources))
		}
	}
	for path, src := range first.Sources {
		disk, err := os.ReadFile(path)
		if err != nil || string(disk) != string(src) {
			t.Errorf("Sources[%s] is not the file's content", path)
		}
	}
}

// TestRunCrossFile: a URL built from a name another file defines is
// resolved through the repository pass, whichever file is read first; a
// file that names another service keeps out of the repository's context.
func TestRunCrossFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a_settings.env", "KOBO_BASE_URL=https://kc.kobotoolbox.org\n")
	write("z_client.sh", "curl \"$KOBO_BASE_URL/api/v1/forms\"\n")
	write("other.sh", "curl \"$ONA_SERVER/api/v1/forms\"\n")
	var got [][]string
	for _, jobs := range []int{1, 2} {
		res, err := Run([]string{dir}, Options{Jobs: jobs})
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, f := range res.Findings {
			lines = append(lines, f.Path+" "+f.Rule+" "+f.V1)
		}
		got = append(got, lines)
	}
	if !reflect.DeepEqual(got[0], got[1]) {
		t.Errorf("findings differ with the number of jobs:\n%v\n%v", got[0], got[1])
	}
	client, other := false, false
	for _, l := range got[0] {
		client = client || strings.Contains(l, "z_client.sh")
		other = other || strings.Contains(l, "other.sh")
	}
	if !client || other {
		t.Errorf("want a finding in z_client.sh (base URL from a_settings.env) and none in other.sh (an Ona server), got %v", got[0])
	}
}
