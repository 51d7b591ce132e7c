package fixers

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// Fixtures in testdata/fixers/*.txtar show Apply and UnifiedDiff on readable
// cases. Sections: in, fixes, rejected (optional), out, diff. In in, out and
// diff, <CR> stands for "\r", <BOM> for the UTF-8 byte order mark, and a
// section ending in <NOEOL> has no final newline. A fixes line is
// `ID find="text" new="text"` (first occurrence of text) or
// `ID span=START,END new="text"`; lines with the same ID are one fix.

func unescapeFixture(s string) []byte {
	s = strings.ReplaceAll(s, "<CR>", "\r")
	s = strings.ReplaceAll(s, "<BOM>", "\xef\xbb\xbf")
	s = strings.TrimSuffix(s, "<NOEOL>\n")
	return []byte(s)
}

func parseFixtureFixes(t *testing.T, src []byte, text string) []Fix {
	t.Helper()
	var fixes []Fix
	index := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		id, rest, _ := strings.Cut(line, " ")
		var ed Edit
		switch {
		case strings.HasPrefix(rest, "find="):
			q, tail, err := cutQuoted(rest[len("find="):])
			if err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			i := bytes.Index(src, []byte(q))
			if i < 0 {
				t.Fatalf("%q: text not in file", line)
			}
			ed, rest = Edit{Start: i, End: i + len(q)}, tail
		case strings.HasPrefix(rest, "span="):
			var s, e int
			var tail string
			spec, tail, _ := strings.Cut(rest[len("span="):], " ")
			if _, err := fmt.Sscanf(spec, "%d,%d", &s, &e); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			ed, rest = Edit{Start: s, End: e}, " "+tail
		default:
			t.Fatalf("bad fixes line %q", line)
		}
		rest = strings.TrimSpace(rest)
		if !strings.HasPrefix(rest, "new=") {
			t.Fatalf("%q: want new=", line)
		}
		q, _, err := cutQuoted(rest[len("new="):])
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		ed.NewText = q
		k, ok := index[id]
		if !ok {
			k = len(fixes)
			index[id] = k
			fixes = append(fixes, Fix{ID: id, Safety: SafetySafe})
		}
		fixes[k].Edits = append(fixes[k].Edits, ed)
	}
	return fixes
}

// cutQuoted reads one Go-quoted string at the start of s.
func cutQuoted(s string) (string, string, error) {
	q, err := strconv.QuotedPrefix(s)
	if err != nil {
		return "", "", err
	}
	v, err := strconv.Unquote(q)
	return v, s[len(q):], err
}

func TestGoldenFixtures(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "fixers", "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			sec := map[string]string{}
			for _, f := range txtar.Parse(data).Files {
				sec[f.Name] = string(f.Data)
			}
			in := unescapeFixture(sec["in"])
			fixes := parseFixtureFixes(t, in, sec["fixes"])
			out, _, rejected := Apply(in, fixes)
			if want := unescapeFixture(sec["out"]); !bytes.Equal(out, want) {
				t.Errorf("out:\n%q\nwant\n%q", out, want)
			}
			var rej string
			for _, r := range rejected {
				rej += r.ID + ": " + r.Reason + "\n"
			}
			if rej != sec["rejected"] {
				t.Errorf("rejected:\n%s\nwant\n%s", rej, sec["rejected"])
			}
			d := UnifiedDiff("file", in, out)
			if want := string(unescapeFixture(sec["diff"])); d != want {
				t.Errorf("diff:\n%s\nwant\n%s", d, want)
			}
		})
	}
}
