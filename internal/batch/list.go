package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// ReadList reads a campaign's repository list: a text file with one git URL
// or local path a line (optional @ref, # comments), or the JSON of
// `gh repo list ORG --json url,name` or of GitLab's project list (one
// array, or several pages one after the other). Relative local paths are
// taken from the list's folder. Entries refused for safety come back with
// Refused set, so the campaign reports them; a repository listed twice is
// kept once, with a warning.
func ReadList(path string) (repos []Repo, warnings []string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("repository list: %w", err)
	}
	base, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, nil, fmt.Errorf("repository list %s: %w", path, err)
	}
	var entries []entry
	trimmed := bytes.TrimLeftFunc(bytes.TrimPrefix(data, []byte("\ufeff")), unicode.IsSpace)
	if len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
		entries, err = jsonEntries(trimmed, path)
	} else {
		entries, err = textEntries(data, path)
	}
	if err != nil {
		return nil, nil, err
	}
	if len(entries) == 0 {
		return nil, nil, fmt.Errorf("repository list %s: %w", path, errNoRepos)
	}
	seen := map[string]string{}
	for _, e := range entries {
		r := newRepo(e, base)
		if first, dup := seen[r.Key]; dup && r.Refused == "" {
			warnings = append(warnings, fmt.Sprintf("%s: %s is already listed at %s; kept once", r.Where, r.Display(), first))
			continue
		}
		seen[r.Key] = r.Where
		repos = append(repos, r)
	}
	assignNames(repos)
	return repos, warnings, nil
}

// entry is one repository as the list writes it.
type entry struct {
	text  string // the source, possibly with @ref
	ref   string // a ref given apart (JSON)
	where string
}

func newRepo(e entry, base string) Repo {
	text, ref := e.text, e.ref
	if ref == "" {
		text, ref = splitRef(text)
		if ref != "" {
			// a local folder whose name holds an @ is that folder
			if src, local, _ := parseSource(e.text, base); local {
				if _, err := os.Stat(src); err == nil {
					text, ref = e.text, ""
				}
			}
		}
	}
	source, local, refused := parseSource(text, base)
	if refused == "" {
		refused = checkRef(ref)
	}
	r := Repo{Source: source, Local: local, Ref: ref, Where: e.where, Refused: refused}
	r.Key = keyOf(source, local, ref)
	if refused != "" {
		// a refused entry is never parsed further; its key only has to be
		// stable and unique
		r.Key = "refused:" + shortHash(e.text+"@"+ref)
	}
	return r
}

func textEntries(data []byte, path string) ([]entry, error) {
	var out []entry
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		line = strings.TrimSpace(stripComment(line))
		if line == "" {
			continue
		}
		out = append(out, entry{text: line, where: fmt.Sprintf("%s:%d", path, n)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("repository list %s: %w", path, err)
	}
	return out, nil
}

// stripComment drops a # comment: a whole line, or # after white space (a
// # inside a URL is left alone).
func stripComment(line string) string {
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return ""
	}
	for i := 1; i < len(line); i++ {
		if line[i] == '#' && (line[i-1] == ' ' || line[i-1] == '\t') {
			return line[:i]
		}
	}
	return line
}

// urlKeys are the fields that hold a clone URL, best first: GitLab's
// projects API, GitHub's REST API, gh's --json url/sshUrl, and GitLab's
// web URL (which git also clones).
var urlKeys = []string{"http_url_to_repo", "clone_url", "url", "sshUrl", "ssh_url_to_repo", "ssh_url", "web_url"}

func jsonEntries(data []byte, path string) ([]entry, error) {
	var out []entry
	dec := json.NewDecoder(bytes.NewReader(data))
	for page := 1; ; page++ {
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("repository list %s: not valid JSON (at byte %d): %w", path, dec.InputOffset(), err)
		}
		items, ok := v.([]any)
		if !ok {
			items = []any{v}
		}
		for i, it := range items {
			where := fmt.Sprintf("%s: item %d", path, i+1)
			if page > 1 {
				where = fmt.Sprintf("%s: page %d item %d", path, page, i+1)
			}
			e, err := jsonEntry(it, where)
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
	}
	return out, nil
}

func jsonEntry(it any, where string) (entry, error) {
	switch x := it.(type) {
	case string:
		return entry{text: strings.TrimSpace(x), where: where}, nil
	case map[string]any:
		for _, k := range urlKeys {
			if s, ok := x[k].(string); ok && strings.TrimSpace(s) != "" {
				return entry{text: strings.TrimSpace(s), where: where}, nil
			}
		}
		return entry{}, fmt.Errorf("%s: no repository URL (want one of %s; with gh: gh repo list ORG --json url,name)", where, strings.Join(urlKeys, ", "))
	}
	return entry{}, fmt.Errorf("%s: want an object with a repository URL, or a URL string", where)
}
